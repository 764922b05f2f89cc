import { relativeToCommonFolder } from '../../core/share/workspacePaths';
import type { WorkspaceFile } from '../../core/types';

export interface FetchError {
  url: string;
  message: string;
}

export interface FetchOptions {
  /** Per-file cap; compose files and docs are kilobytes, so megabytes mean a wrong URL. */
  maxBytes?: number;
  fetch?: typeof fetch;
}

export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

class FetchProblem extends Error {}

/**
 * Fetches the files of `?src=URL` links. Never sends cookies (`credentials: 'omit'`), reads at
 * most `maxBytes` per file whatever the server claims, and refuses binary files. One clear
 * error per file that could not be used; names are the URL paths below their common folder.
 */
export async function fetchSources(
  urls: string[],
  onProgress: (done: number, total: number) => void = () => {},
  options: FetchOptions = {},
): Promise<{ files: WorkspaceFile[]; errors: FetchError[] }> {
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
  const get = options.fetch ?? globalThis.fetch.bind(globalThis);
  let done = 0;
  onProgress(0, urls.length);
  const results = await Promise.all(
    urls.map(async (url) => {
      try {
        return { url, text: await fetchText(url, maxBytes, get) };
      } catch (error) {
        return { url, message: error instanceof FetchProblem ? error.message : networkMessage(url) };
      } finally {
        onProgress(++done, urls.length);
      }
    }),
  );
  const ok = results.filter((r): r is { url: string; text: string } => 'text' in r);
  const names = relativeToCommonFolder(ok.map((r) => decodeURIComponent(new URL(r.url).pathname)));
  return {
    files: ok.map((r, i) => ({ path: names[i], text: r.text })),
    errors: results.filter((r): r is FetchError => 'message' in r),
  };
}

async function fetchText(url: string, maxBytes: number, get: typeof fetch): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchProblem('This is not a web address.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new FetchProblem('Only http and https addresses can be opened.');
  const response = await get(parsed.href, { credentials: 'omit', redirect: 'follow' });
  if (!response.ok) throw new FetchProblem(statusMessage(response.status));
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FetchProblem(tooLarge(declared, maxBytes));
  const bytes = await readCapped(response, maxBytes);
  return decodeText(bytes);
}

/** Reads the body chunk by chunk and stops at the cap: a server may lie about Content-Length or send none. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      void reader.cancel();
      throw new FetchProblem(tooLarge(total, maxBytes));
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new FetchProblem('This is a binary file, not a compose file, .env file or Markdown page.');
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  // A stray bad byte is survivable; many of them mean another encoding or a binary file.
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  if (bad > 8 && bad > text.length / 100) throw new FetchProblem('This file is not UTF-8 text. Save it as UTF-8 and try again.');
  return text;
}

function statusMessage(status: number): string {
  if (status === 404) return 'Not found (HTTP 404). Check the address; for GitHub, use the "Raw" link of the file.';
  if (status === 401 || status === 403) return `The server refused access (HTTP ${status}). Stackmap only opens public files.`;
  return `The server answered HTTP ${status} instead of the file.`;
}

function networkMessage(url: string): string {
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  return `Could not read the file from ${host}: the server does not allow other sites to read it (CORS), or it cannot be reached. Raw file hosts such as raw.githubusercontent.com and gist.githubusercontent.com allow it.`;
}

const tooLarge = (bytes: number, max: number) =>
  `This file is larger than ${Math.round(max / 1024 / 1024)} MB (${(bytes / 1024 / 1024).toFixed(1)} MB read); a compose file or a docs page is far smaller.`;
