// In a real browser (headless Chromium against the built site):
// - the compose pipeline + model in the app's own Web Worker (the built worker file, messaged
//   directly) on the largest corpus stacks, next to the same in Node;
// - the time from opening the Docs tab to the sample's mermaid diagram drawn.
// Needs `npm run build` first; skips what it cannot find.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { loadWorkspace } from '../src/core/model/buildModel';
import type { WorkspaceFile } from '../src/core/types';
import { corpusDir, hasCorpus, repoRoot } from '../tests/corpus';
import { heading, measure } from './harness';

const PORT = 4181;
const STACKS = [
  ['sentry-self-hosted', 'docker-compose.yml'],
  ['airflow', 'docker-compose.yaml'],
  ['netbox-docker', 'docker-compose.yml'],
] as const;

// Plain JavaScript run in the page (kept as text so the TypeScript loader adds no helpers to it):
// loads the built core worker and times 11 loads, dropping the first two.
const TIME_IN_WORKER = `async ({ url, files }) => {
  const worker = new Worker(url, { type: 'module' });
  const once = (id) => new Promise((resolve) => {
    const on = (e) => { if (e.data.id === id) { worker.removeEventListener('message', on); resolve(e.data.elapsed_ms); } };
    worker.addEventListener('message', on);
    worker.postMessage({ type: 'load', id, files, options: {} });
  });
  const out = [];
  for (let i = 0; i < 11; i++) out.push(await once(i));
  worker.terminate();
  return out.slice(2);
}`;

function readStack(dir: string, file: string): WorkspaceFile[] {
  const files = [{ path: file, text: fs.readFileSync(path.join(dir, file), 'utf8') }];
  if (fs.existsSync(path.join(dir, '.env'))) files.push({ path: '.env', text: fs.readFileSync(path.join(dir, '.env'), 'utf8') });
  return files;
}

async function main() {
  const assets = path.join(repoRoot, 'dist', 'assets');
  if (!fs.existsSync(assets)) {
    console.log('(dist/ not built: run `npm run build` first; browser figures skipped)');
    return;
  }
  const workerFile = fs.readdirSync(assets).find((f) => /^core\.worker-.*\.js$/.test(f));
  const server = spawn(process.execPath, [path.join(repoRoot, 'e2e', 'serve-dist.mjs'), String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    if (hasCorpus && workerFile) {
      heading('model in the browser worker vs Node (median of 9 after 2 warm-ups)');
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/stackmap/`);
      for (const [name, file] of STACKS) {
        const dir = path.join(corpusDir, 'compose', name);
        if (!fs.existsSync(path.join(dir, file))) continue;
        const files = readStack(dir, file);
        const node = measure(`node   ${name}`, () => loadWorkspace(files, {}), 9, 2);
        const times = (await page.evaluate(`(${TIME_IN_WORKER})(${JSON.stringify({ url: `/stackmap/assets/${workerFile}`, files })})`)) as number[];
        times.sort((a, b) => a - b);
        const median = times[Math.floor(times.length / 2)];
        console.log(`${`worker ${name}`.padEnd(58)} median ${median.toFixed(2).padStart(9)} ms  (ratio worker/node ${(median / node.median_ms).toFixed(2)}x)`);
      }
      await page.close();
    }

    heading("docs: opening the Docs tab to the sample's mermaid diagram drawn (median of 5)");
    for (const settle of [0, 4000]) {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(`http://127.0.0.1:${PORT}/stackmap/`);
        await page.locator('.app[data-ready="true"]').waitFor();
        // 0: straight away (mermaid still loading); 4 s: after the idle-time prefetch.
        await page.waitForTimeout(settle);
        const t0 = Date.now();
        await page.getByRole('tab', { name: /^Docs/ }).click();
        await page.locator('.docs-mermaid-svg svg').first().waitFor({ timeout: 30_000 });
        runs.push(Date.now() - t0);
        await page.close();
      }
      runs.sort((a, b) => a - b);
      const when = settle ? `${settle / 1000} s after the page is ready` : 'as soon as the page is ready';
      console.log(`Docs opened ${when}: diagram drawn after median ${runs[2]} ms (runs ${runs.join(', ')})`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
