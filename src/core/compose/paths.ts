// POSIX path helpers for workspace paths (the core cannot use node:path).

/** Normalizes `a/./b/../c` to `a/c`; keeps leading `..`; '' for the root. */
export function normalizePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('~');
}

/** Joins workspace-relative `dir` and a path written in a file; absolute paths stay as written. */
export function joinPath(dir: string, p: string): string {
  if (isAbsolute(p)) return p;
  return normalizePath(dir ? `${dir}/${p}` : p);
}

/** `to` (workspace-relative) as seen from `from` (workspace-relative directory). */
export function relativePath(from: string, to: string): string {
  const a = from ? from.split('/') : [];
  const b = to ? to.split('/') : [];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/**
 * A path written in a file in `fileDir`, as compose prints it relative to the project
 * directory (`./proxy/nginx.conf`, `../shared`); absolute paths and URLs stay as written.
 */
export function projectPath(projectDir: string, fileDir: string, p: string): string {
  if (isAbsolute(p) || /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith('git@')) return p;
  const rel = relativePath(projectDir, joinPath(fileDir, p));
  if (rel === '') return '.';
  return rel.startsWith('..') ? rel : `./${rel}`;
}
