import { Inflate } from 'fflate';

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  /** `partial` is what inflated before the problem: enough to rescue the start of a cut-off link. */
  | { ok: false; reason: 'too-large' | 'truncated' | 'corrupt'; partial: Uint8Array };

// Small input steps bound the work done between two size checks: deflate expands at most
// ~1032:1, so one 1 KiB step can add about 1 MiB before the cap is checked again.
const STEP = 1024;

class TooLarge extends Error {}

/** Inflates raw deflate data, refusing as soon as the output would pass `maxBytes`. */
export function inflateBounded(data: Uint8Array, maxBytes: number, dictionary?: Uint8Array): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const onData = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  };
  const inflater = dictionary ? new Inflate({ dictionary }, onData) : new Inflate(onData);
  try {
    // Push every step as non-final so output streams out; the empty final push then tells a
    // cut-off link (unexpected EOF) from a complete one, with the partial output already kept.
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), false);
    inflater.push(new Uint8Array(0), true);
    return { ok: true, bytes: concat(chunks, total) };
  } catch (error) {
    const partial = concat(chunks, chunks.reduce((n, c) => n + c.length, 0));
    if (error instanceof TooLarge) return { ok: false, reason: 'too-large', partial };
    const truncated = /unexpected EOF/i.test(String((error as Error)?.message));
    return { ok: false, reason: truncated ? 'truncated' : 'corrupt', partial };
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
