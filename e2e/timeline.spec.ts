import { expect, test } from '@playwright/test';
import { StackmapPage } from './stackmap.page';

test('changing the one-shot run time changes the time to ready', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.openTab('Timeline');
  const timeline = page.getByRole('region', { name: 'Startup timeline' });
  const total = timeline.locator('.timeline-total');
  await expect(total).toContainText('Ready in');
  const before = await total.locator('strong').textContent();
  // The sample's migrator runs once; everything behind it waits for it.
  await expect(timeline.getByText(/Critical path: .*migrator/)).toBeVisible();

  const oneShot = timeline.getByRole('spinbutton', { name: 'One-shot task run (s)' });
  const was = Number(await oneShot.inputValue());
  await oneShot.fill(String(was + 60));
  await expect(total.locator('strong')).not.toHaveText(before ?? '');
  const after = await total.locator('strong').textContent();
  expect(seconds(after)).toBeCloseTo(seconds(before) + 60, 0);
});

test('clicking a row selects the service in the graph', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.openTab('Timeline');
  const rows = page.getByRole('region', { name: 'Startup timeline' }).locator('.timeline-rows > li');
  await expect(rows.first()).toBeVisible();
  // One row per active service, in start order: the database comes before the API.
  const names = (await rows.getByRole('button').allTextContents()).map((t) => t.replace(/^\d+\s*/, '').trim());
  expect(names.indexOf('db')).toBeLessThan(names.indexOf('api'));
  expect(names).not.toContain('adminer');

  await rows.getByRole('button', { name: /^\d+ migrator$/ }).click();
  await expect(rows.filter({ hasText: 'migrator' })).toHaveAttribute('aria-current', 'true');
  await expect(app.panel('migrator')).toBeVisible();
  await app.openTab('Graph');
  await expect(app.flowNode('migrator')).toHaveClass(/selected/);
  await expect(app.panel('migrator')).toBeVisible();
});

test('a dependency cycle is an error in Problems and a badge on the graph', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.drop([
    {
      name: 'compose.yaml',
      text: `services:
  gateway:
    image: example/gateway:1
    depends_on: [orders]
  orders:
    image: example/orders:1
    depends_on: [billing]
  billing:
    image: example/billing:1
    depends_on: [orders]
`,
    },
  ]);
  await expect(app.node('gateway')).toBeVisible();
  // The services on the cycle carry the error on the graph; the one outside it does not.
  const onCycle = app.node('orders').or(app.node('billing'));
  await expect(onCycle.locator('.badge-error').first()).toBeVisible();
  await expect(app.node('gateway').locator('.badge-error')).toHaveCount(0);

  await expect(app.tab('Problems')).toContainText(/\d/);
  await app.openTab('Problems');
  const errors = page.getByRole('region', { name: 'Problems' }).locator('.problems-error .problems-item', { hasText: /cycle/i });
  await expect(errors.first()).toBeVisible();
  await expect(errors.first()).toContainText('orders');
  await expect(errors.first()).toContainText('billing');
  // Each problem opens its source line.
  await errors.first().getByRole('button', { name: /compose\.yaml:\d+:\d+/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'Source of compose.yaml' }).locator('.source-line.is-current')).toContainText(/orders|billing/);

  // The timeline says compose refuses to start them.
  await page.keyboard.press('Escape');
  await app.openTab('Timeline');
  await expect(page.getByRole('alert').filter({ hasText: 'Dependency cycle' })).toContainText(/orders → billing → orders|billing → orders → billing/);
});

/** "1 min 5 s", "45 s", "1.5 s" as seconds. */
function seconds(text: string | null): number {
  let total = 0;
  for (const [, n, unit] of (text ?? '').matchAll(/([\d.]+)\s*(h|min|m|s)\b/g)) total += Number(n) * (unit === 'h' ? 3600 : unit.startsWith('m') ? 60 : 1);
  return total;
}

test('the timeline exports as a PNG', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.tab('Timeline').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('shopfront-timeline.png');
  const file = await download.path();
  const bytes = (await import('node:fs')).readFileSync(file!);
  // A real PNG, with the timeline drawn in it (not an empty canvas).
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(20_000);
});
