/**
 * Workspace paths for files named by absolute paths or URLs: relative to their deepest common
 * folder, posix style, so `a/compose.yaml` and `a/docs/x.md` become `compose.yaml` and
 * `docs/x.md` and the docs' relative links still resolve. Names that would collide get a suffix.
 */
export function relativeToCommonFolder(paths: string[]): string[] {
  const split = paths.map((p) => p.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.'));
  const folders = split.map((parts) => parts.slice(0, -1));
  let common = folders[0]?.length ?? 0;
  for (const folder of folders) {
    let i = 0;
    while (i < common && i < folder.length && folder[i] === folders[0][i]) i++;
    common = i;
  }
  const taken = new Set<string>();
  return split.map((parts) => {
    const base = parts.slice(common).join('/') || 'file';
    let name = base;
    for (let n = 2; taken.has(name); n++) name = base.replace(/(\.[^./]*)?$/, (ext) => `-${n}${ext}`);
    taken.add(name);
    return name;
  });
}
