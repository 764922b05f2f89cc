import fs from 'node:fs';
import path from 'node:path';
import { corpusDir } from '../corpus';

/** One run of the reference implementation recorded in the corpus. */
export interface OracleCase {
  name: string;
  dir: string;
  files: string[];
  envFiles: string[];
  /** The reference command's arguments between `docker-compose` and `config`. */
  args: string[];
  /** The notes file's text (stub files the reference needed, expected errors). */
  notes: string;
  configPath: string | null;
  errPath: string | null;
}

/** Every `oracle*.notes.txt` under corpus/compose, with the `-f` files of its command. */
export function oracleCases(): OracleCase[] {
  const root = path.join(corpusDir, 'compose');
  if (!fs.existsSync(root)) return [];
  const cases: OracleCase[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^oracle.*\.notes\.txt$/.test(entry.name)) {
        const stem = entry.name.replace(/\.notes\.txt$/, '');
        const notes = fs.readFileSync(full, 'utf8');
        const command = /^command:\s*(.*)$/m.exec(notes)?.[1] ?? '';
        const args = /^docker-compose (.*) config$/.exec(command)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
        const words = command.split(/\s+/);
        const files: string[] = [];
        const envFiles: string[] = [];
        words.forEach((w, i) => {
          if (w === '-f' || w === '--file') files.push(words[i + 1]);
          if (w === '--env-file') envFiles.push(words[i + 1]);
        });
        const config = path.join(dir, `${stem}.config.yaml`);
        const err = path.join(dir, `${stem}.err`);
        cases.push({
          name: `${path.relative(root, dir)}/${stem}`,
          dir,
          files,
          envFiles,
          args,
          notes,
          configPath: fs.existsSync(config) ? config : null,
          errPath: fs.existsSync(err) ? err : null,
        });
      }
    }
  };
  walk(root);
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}
