// Serves dist/ under /stackmap/ exactly as a static host serves a project page: no rewrites,
// no server code. Also serves e2e/fixtures/ under /fixtures/ for `?src=` tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.argv[2] ?? 4173);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.yaml': 'text/yaml', '.yml': 'text/yaml', '.md': 'text/markdown', '.png': 'image/png', '.wasm': 'application/wasm' };

function resolve(urlPath) {
  if (urlPath.startsWith('/stackmap/')) return path.join(root, 'dist', urlPath.slice('/stackmap/'.length) || 'index.html');
  if (urlPath.startsWith('/fixtures/')) return path.join(root, 'e2e', 'fixtures', urlPath.slice('/fixtures/'.length));
  return null;
}

http
  .createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = resolve(urlPath);
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers = { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' };
    if (urlPath.startsWith('/fixtures/')) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  })
  .listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}/stackmap/`));
