// Small readers for the facts a cell, a list item or a node label states: images, ports, a role.

const IMAGE = /(?:^|[\s`(])((?:[a-z0-9][a-z0-9._-]*(?::\d+)?\/)*[a-z0-9][a-z0-9._-]*(?::[\w][\w.-]*|@sha256:[a-f0-9]{8,}))(?=$|[\s`),])/g;
const IMAGE_WITH_PATH = /(?:^|[\s`(])((?:[a-z0-9][a-z0-9._-]*(?::\d+)?\/)+[a-z0-9][a-z0-9._-]*)(?=$|[\s`),])/g;

/** Image references: `name:tag`, `registry/name[:tag]`. In an image column (`column`), also `owner/name` and `redis:7`. */
export function findImages(text: string, column = false): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(IMAGE)) {
    const ref = m[1];
    // `:80` and `localhost:9090` are ports, not tags; a tag starts with a letter or has a dot/dash.
    const tag = ref.split(':').pop() ?? '';
    if (/^\d+$/.test(tag) && !column) continue;
    if (!ref.includes('://')) found.add(ref);
  }
  if (column) for (const m of text.matchAll(IMAGE_WITH_PATH)) if (!m[1].startsWith('.')) found.add(m[1]);
  return [...found];
}

/** Port numbers a text states: `8000`, `:80, :443`, `ports: 80, 443`, `${API_PORT:-8080}`, `5433:5432`. */
export function findPorts(text: string, bareNumbers: boolean): string[] {
  const found: string[] = [];
  const add = (p: string) => {
    const n = Number(p);
    if (n > 0 && n < 65536 && !found.includes(p)) found.push(p);
  };
  for (const m of text.matchAll(/\$\{[A-Z0-9_]+:?-(\d{1,5})\}/g)) add(m[1]);
  for (const m of text.matchAll(/\bports?\s*:?\s*((?:\d{1,5}\s*(?:,|and|\/)?\s*)+)/gi)) {
    for (const p of m[1].match(/\d{1,5}/g) ?? []) add(p);
  }
  for (const m of text.matchAll(/(?:^|[\s,(])(\d{1,5})?:(\d{1,5})\b/g)) {
    if (m[1]) add(m[1]);
    add(m[2]);
  }
  if (bareNumbers) for (const m of text.matchAll(/(?:^|[\s,(/])(\d{2,5})(?=$|[\s,)/])/g)) add(m[1]);
  return found;
}

/** A name as a person would say it: emoji, numbering and decoration dropped. */
export function cleanName(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{20E3}]/gu, ' ')
    .replace(/^[\s*_`#>|-]+|[\s*_`:|-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case alphanumerics only: how names are compared everywhere. */
export function norm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Words of a name, split at punctuation, spaces and camelCase humps. */
export function nameTokens(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The first sentence or clause of a description, as a short role. */
export function firstClause(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const cut = t.search(/[.;](\s|$)/);
  const clause = cut > 0 ? t.slice(0, cut) : t;
  return clause.length > max ? `${clause.slice(0, max - 1)}…` : clause;
}
