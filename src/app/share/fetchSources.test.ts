import { describe, expect, it } from 'vitest';
import { fetchSources } from './fetchSources';

type Route = Response | (() => Response) | Error;

function fakeFetch(routes: Record<string, Route>) {
  const seen: RequestInit[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push(init);
    const route = routes[url];
    if (route instanceof Error) throw route;
    if (!route) return new Response('nope', { status: 404 });
    return typeof route === 'function' ? route() : route;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, seen };
}

const base = 'https://raw.example/org/shop/main';

describe('fetchSources', () => {
  it('fetches every file without credentials and names them below their common folder', async () => {
    const { fetch, seen } = fakeFetch({
      [`${base}/compose.yaml`]: new Response('services:\n  web:\n    image: nginx\n'),
      [`${base}/docs/architecture.md`]: new Response('# Architecture\n'),
    });
    const progress: string[] = [];
    const result = await fetchSources([`${base}/compose.yaml`, `${base}/docs/architecture.md`], (d, t) => progress.push(`${d}/${t}`), { fetch });
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual([
      { path: 'compose.yaml', text: 'services:\n  web:\n    image: nginx\n' },
      { path: 'docs/architecture.md', text: '# Architecture\n' },
    ]);
    expect(seen.every((init) => init.credentials === 'omit')).toBe(true);
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
  });

  it('gives one clear error per file and keeps the others', async () => {
    const stream = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new Uint8Array(64 * 1024).fill(65));
          },
        }),
      );
    const { fetch } = fakeFetch({
      [`${base}/ok.yaml`]: new Response('services: {}\n'),
      [`${base}/cors.yaml`]: new TypeError('Failed to fetch'),
      [`${base}/big.yaml`]: new Response('x', { headers: { 'content-length': String(50 * 1024 * 1024) } }),
      [`${base}/endless.yaml`]: stream,
      [`${base}/image.png`]: new Response(new Uint8Array([137, 80, 78, 71, 0, 0, 0])),
      [`${base}/latin1.md`]: new Response(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0xe9 : 0x61)))),
    });
    const urls = ['ok.yaml', 'missing.yaml', 'cors.yaml', 'big.yaml', 'endless.yaml', 'image.png', 'latin1.md'].map((n) => `${base}/${n}`);
    const result = await fetchSources([...urls, 'ftp://x/y', 'not a url'], () => {}, { fetch, maxBytes: 1024 * 1024 });
    expect(result.files.map((f) => f.path)).toEqual(['ok.yaml']);
    const byName = Object.fromEntries(result.errors.map((e) => [e.url.split('/').pop(), e.message]));
    expect(byName['missing.yaml']).toMatch(/Not found \(HTTP 404\)/);
    expect(byName['cors.yaml']).toMatch(/CORS/);
    expect(byName['big.yaml']).toMatch(/larger than 1 MB/);
    expect(byName['endless.yaml']).toMatch(/larger than 1 MB/);
    expect(byName['image.png']).toMatch(/binary file/);
    expect(byName['latin1.md']).toMatch(/not UTF-8/);
    expect(byName['y']).toMatch(/Only http and https/);
    expect(byName['not a url']).toMatch(/not a web address/);
  });
});
