// In a real browser (headless Chromium against the built site): time from dropping a generated
// stack to a laid-out, interactive graph, and the longest main-thread task meanwhile
// (PerformanceObserver 'longtask'). Needs `npm run build` first; skips when dist/ is missing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { repoRoot } from '../tests/corpus';
import { generateStack } from './generateStack';
import { heading } from './harness';

const PORT = 4180;
const RUNS = 3;

async function main() {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'index.html'))) {
    console.log('(dist/ not built: run `npm run build` first; browser figures skipped)');
    return;
  }
  const server = spawn(process.execPath, [path.join(repoRoot, 'e2e', 'serve-dist.mjs'), String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const executablePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    heading('browser: drop to laid-out graph (median of 3), longest main-thread task');
    for (const n of [300, 1000]) {
      const text = generateStack(n);
      const times: number[] = [];
      const quick: number[] = [];
      let longest = 0;
      let panLongest = 0;
      let zoom = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(`http://127.0.0.1:${PORT}/stackmap/`);
        await page.locator('.graph[data-layout="final"]').waitFor();
        await page.evaluate(() => {
          (window as unknown as { __long: number[] }).__long = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) (window as unknown as { __long: number[] }).__long.push(e.duration);
          }).observe({ type: 'longtask', buffered: false });
        });
        const transfer = await page.evaluateHandle((t) => {
          const dt = new DataTransfer();
          dt.items.add(new File([t], 'compose.yaml'));
          return dt;
        }, text);
        // A person drags the file over the window well before they let go: the clock starts at the
        // drop, dispatched in the page. Timed there too, by an observer of the graph's attributes:
        // Playwright's own waiting polls at growing intervals and would add up to a second.
        for (const type of ['dragenter', 'dragover']) await page.dispatchEvent('body', type, { dataTransfer: transfer });
        await page.waitForTimeout(100);
        await page.evaluate(
          ({ count, dataTransfer }) => {
            const w = window as unknown as { __t0: number; __first?: number; __final?: number };
            new MutationObserver((_, observer) => {
              const el = document.querySelector('.graph');
              if (!el || el.getAttribute('data-nodes') !== String(count)) return;
              w.__first ??= performance.now() - w.__t0;
              if (el.getAttribute('data-layout') === 'final') {
                w.__final = performance.now() - w.__t0;
                observer.disconnect();
              }
            }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-nodes', 'data-layout'], childList: true });
            w.__t0 = performance.now();
            document.body.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
          },
          { count: n, dataTransfer: transfer },
        );
        await page.locator(`.graph[data-layout="final"][data-nodes="${n}"]`).waitFor({ state: 'attached', timeout: 60_000 });
        const { __first: first, __final: laidOut } = await page.evaluate(() => {
          const w = window as unknown as { __first: number; __final: number };
          return { __first: w.__first, __final: w.__final };
        });
        quick.push(Math.round(first));
        times.push(Math.round(laidOut));
        longest = Math.max(longest, ...(await page.evaluate(() => (window as unknown as { __long: number[] }).__long)), 0);
        // Then a person zooms in and pans about: the longest task meanwhile is the stutter they feel.
        await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
        // Zoomed in past the overview, to where services are full nodes (a normal working zoom).
        await page.mouse.move(700, 450);
        for (let step = 0; step < 60 && (await page.locator('.graph.is-overview').count()) > 0; step++) {
          await page.mouse.wheel(0, -240);
          await page.waitForTimeout(60);
        }
        await page.waitForTimeout(500);
        zoom = await page.evaluate(() => {
          const transform = getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
          return new DOMMatrix(transform).a;
        });
        await page.mouse.down();
        for (let step = 0; step < 10; step++) await page.mouse.move(700 - step * 40, 450 - step * 20, { steps: 3 });
        await page.mouse.up();
        await page.waitForTimeout(300);
        panLongest = Math.max(panLongest, ...(await page.evaluate(() => (window as unknown as { __long: number[] }).__long)), 0);
        await page.close();
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      console.log(
        `${String(n).padStart(5)} services: first nodes on screen ${median(quick)} ms, final layout ${median(times)} ms (runs: ${times.join(', ')}), longest main-thread task ${longest.toFixed(0)} ms; zoom in to ${Math.round(zoom * 100)}% and pan afterwards: longest task ${panLongest.toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
