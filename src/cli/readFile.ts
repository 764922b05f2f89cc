// The one reader of files from disk for every command. The core never touches the disk; what
// it cannot be given (a folder, an unreadable or huge file) is said here, in plain words.
import fs from 'node:fs';
import path from 'node:path';

/** Size cap for one file, the same order as the app's: the core reports smaller but still large files itself. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** A file's text, or why it could not be read. `missing` tells "no such file" from other trouble. */
export type ReadOutcome = { text: string } | { error: string; missing: boolean };

/**
 * Reads a file as UTF-8; bytes that are not valid UTF-8 become U+FFFD, which the core reports
 * at their line. `shown` is how the path appears in messages (as the user typed it).
 */
export function readFileText(abs: string, shown = abs): ReadOutcome {
  try {
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) return { error: `${shown}: is a folder; name the files in it`, missing: false };
    if (stat.size > MAX_READ_BYTES) {
      return { error: `${shown}: ${Math.round(stat.size / 1e6)} MB is too large to read (limit ${MAX_READ_BYTES / 1e6} MB)`, missing: false };
    }
    return { text: new TextDecoder('utf-8').decode(fs.readFileSync(abs)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { error: `${shown}: no such file`, missing: true };
    return { error: `${shown}: cannot be read (${code ?? (error as Error).message})`, missing: false };
  }
}

/**
 * A reader that reads each file once (commands ask for the same file more than once: to find
 * compose's default files, then to load them) and collects what went wrong other than a file
 * being absent, which the core reports in its own words where the project names the file.
 */
export interface DiskReader {
  /** The text, or undefined when the file cannot be read (why is in `outcome` and, unless absent, `errors`). */
  read: (abs: string) => string | undefined;
  outcome: (abs: string) => ReadOutcome;
  errors: string[];
}

export function diskReader(cwd: string): DiskReader {
  const seen = new Map<string, ReadOutcome>();
  const errors: string[] = [];
  const outcome = (abs: string) => {
    const key = path.resolve(abs);
    let result = seen.get(key);
    if (!result) {
      result = readFileText(key, path.relative(cwd, key) || key);
      seen.set(key, result);
      if ('error' in result && !result.missing) errors.push(result.error);
    }
    return result;
  };
  const read = (abs: string) => {
    const r = outcome(abs);
    return 'text' in r ? r.text : undefined;
  };
  return { read, outcome, errors };
}

export const toPosix = (p: string): string => p.split(path.sep).join('/');
