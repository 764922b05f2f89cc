/**
 * Rescues what a cut-off payload still holds. Payloads are `[view, [[path, text], …]]`, view
 * first, so a link cut short keeps its view and every file that ends before the cut. Walks the
 * text once tracking strings and depth, and closes the JSON after the last complete file.
 * `unfinished` says the text stops inside a string or a bracket: the mark of a cut, not of noise.
 */
export function salvagePayload(text: string): { value: unknown[] | null; unfinished: boolean } {
  let depth = 0;
  let inString = false;
  let lastFileEnd = -1;
  let viewEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 1 && viewEnd < 0) viewEnd = i + 1;
      if (depth === 2 && viewEnd > 0) lastFileEnd = i + 1;
    }
  }
  const unfinished = inString || depth > 0;
  const attempts = [
    lastFileEnd > 0 ? text.slice(0, lastFileEnd) + ']]' : null,
    viewEnd > 0 ? text.slice(0, viewEnd) + ']' : null,
  ];
  for (const attempt of attempts) {
    if (attempt === null) continue;
    try {
      const value: unknown = JSON.parse(attempt);
      if (Array.isArray(value)) return { value, unfinished };
    } catch {
      // A cut inside an escape or a damaged byte: try the smaller rescue.
    }
  }
  return { value: null, unfinished };
}
