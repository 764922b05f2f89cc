// GitHub's heading anchors: lower-case, drop punctuation (keep letters, marks, numbers,
// `_`, `-`), spaces become `-`; a repeated anchor gets `-1`, `-2` … as on github.com.
const NOT_SLUG = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;

export function slugify(text: string): string {
  return text.toLowerCase().replace(NOT_SLUG, '').replace(/ /g, '-');
}

/** Hands out GitHub-style anchors for one page, deduplicating as GitHub does. */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base = slugify(text);
    let slug = base;
    let n = seen.get(base) ?? 0;
    while (seen.has(slug)) slug = `${base}-${++n}`;
    seen.set(base, n);
    seen.set(slug, 0);
    return slug;
  };
}
