/**
 * The services' names cut to `max` characters, for a graph zoomed out so far that only a short
 * name fits on a node. By default the middle goes and both ends stay; but where the end kept is
 * one that other long names share too (`…vice` in a stack of `*service`s, `snub…` among
 * `snuba-*` consumers), the cut moves to that end, to keep the part that tells the name apart:
 * `accounti…` and `checkout…` rather than `acco…vice` and `chec…vice`. Linear in the names.
 * Names that fit are not in the map.
 */
export function shortNames(names: readonly string[], max: number): Map<string, string> {
  const keep = max - 1;
  const headLength = Math.ceil(keep / 2);
  const tailLength = keep - headLength;
  const long = names.filter((n) => n.length > max);
  const heads = countOf(long.map((n) => n.slice(0, headLength)));
  const tails = countOf(long.map((n) => n.slice(n.length - tailLength)));
  const out = new Map<string, string>();
  for (const name of long) {
    const head = name.slice(0, headLength);
    const tail = name.slice(name.length - tailLength);
    const sharedHead = heads.get(head)! > 1;
    const sharedTail = tails.get(tail)! > 1;
    if (sharedTail && !sharedHead) out.set(name, `${name.slice(0, keep)}…`);
    else if (sharedHead && !sharedTail) out.set(name, `…${name.slice(name.length - keep)}`);
    else out.set(name, `${head}…${tail}`);
  }
  return out;
}

function countOf(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
