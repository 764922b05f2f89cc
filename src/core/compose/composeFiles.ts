// Which workspace files are compose or env files, and the files compose reads when the
// user names none (compose-go cli/options.go: DefaultFileNames, DefaultOverrideFileNames).
import { basename, dirname } from './paths';

export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES: Record<string, string[]> = {
  'compose.yaml': ['compose.override.yaml', 'compose.override.yml'],
  'compose.yml': ['compose.override.yml', 'compose.override.yaml'],
  'docker-compose.yml': ['docker-compose.override.yml', 'docker-compose.override.yaml'],
  'docker-compose.yaml': ['docker-compose.override.yaml', 'docker-compose.override.yml'],
};

/** A YAML file whose name says compose (`compose.yaml`, `docker-compose.prod.yml`, `fleet-compose.yml`). */
export function isComposeFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  return /\.ya?ml$/.test(name) && name.includes('compose');
}

/** `.env`, `*.env` and `.env.*` files. */
export function isEnvFile(path: string): boolean {
  const name = basename(path);
  return name === '.env' || name.endsWith('.env') || name.startsWith('.env.');
}

/**
 * The compose files in merge order when the user gave none: compose's default file in the
 * shallowest folder that has one, then its override (what compose itself reads), then the
 * workspace's other compose files (shallowest first, then by name), so a dropped folder
 * shows everything; the user can reorder or drop them.
 */
export function defaultComposeFiles(paths: string[]): string[] {
  const depth = (p: string) => (p.match(/\//g) ?? []).length;
  const sorted = [...paths].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  for (const dir of [...new Set(sorted.map(dirname))]) {
    const inDir = new Set(sorted.filter((p) => dirname(p) === dir).map(basename));
    const pair = composeDefaults((n) => inDir.has(n));
    if (!pair.length) continue;
    const first = pair.map((n) => (dir ? `${dir}/${n}` : n));
    return [...first, ...sorted.filter((p) => isComposeFile(p) && !first.includes(p))];
  }
  return sorted.filter(isComposeFile);
}

/**
 * What compose reads in one folder when given no `-f`: its first default file that exists,
 * then that file's override if there is one; [] when the folder has none. `exists` answers for
 * a bare file name, so the same rule serves a workspace (a set of paths) and a disk (the CLI).
 */
export function composeDefaults(exists: (name: string) => boolean): string[] {
  const main = DEFAULT_FILE_NAMES.find(exists);
  if (!main) return [];
  const override = OVERRIDE_NAMES[main].find(exists);
  return override ? [main, override] : [main];
}
