import { expect, test } from '@playwright/test';
import { StackmapPage } from './stackmap.page';

const SMALL_STACK = `services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
    depends_on:
      app:
        condition: service_healthy
  app:
    image: example/app:2.0
    healthcheck:
      test: ["CMD", "true"]
    depends_on: [store]
  store:
    image: postgres:16
`;

test('the page opens with the sample stack laid out', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  for (const name of ['proxy', 'web', 'api', 'worker', 'migrator', 'db', 'cache']) {
    await expect(app.node(name)).toBeVisible();
  }
  await app.waitForLayout();
  await expect(page.locator('.react-flow__edge')).not.toHaveCount(0);
  await expect(page.getByRole('tab', { name: /^Graph/ })).toHaveAttribute('aria-selected', 'true');
});

test('dropping a compose file shows its services within a second', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const started = Date.now();
  await app.drop([{ name: 'compose.yaml', text: SMALL_STACK }]);
  await expect(app.node('store')).toBeVisible();
  const elapsed = Date.now() - started;
  test.info().annotations.push({ type: 'drop-to-graph-ms', description: String(elapsed) });
  console.log(`drop to graph: ${elapsed} ms`);
  await expect(app.node('web')).toBeVisible();
  await expect(app.node('proxy')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge.edge-healthy')).toHaveCount(1);
  await expect(page.getByText(/^Loaded compose\.yaml: 3 services$/)).toBeVisible();
});

test('clicking a node shows its facts and sources; a source opens the file at that line', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.selectService('api');
  const panel = app.panel('api');
  await expect(panel.getByText('ghcr.io/shopfront/api:1.9.0')).toBeVisible();
  await expect(panel.getByText('service_completed_successfully').first()).toBeVisible();
  const imageSource = panel.locator('.fact', { hasText: 'ghcr.io/shopfront/api' }).getByRole('button', { name: /compose\.yaml:\d+/ });
  const label = (await imageSource.first().textContent()) ?? '';
  const line = Number(label.split(':')[1]);
  expect(line).toBeGreaterThan(0);
  await imageSource.first().click();
  const viewer = page.getByRole('dialog', { name: 'Source of compose.yaml' });
  await expect(viewer).toBeVisible();
  const current = viewer.locator('.source-line.is-current');
  await expect(current).toHaveAttribute('data-line', String(line));
  await expect(current).toContainText('image: ghcr.io/shopfront/api');
  await expect(current).toBeInViewport();
});

test('a broken file shows a diagnostic with its position while the graph stays', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.drop([{ name: 'compose.yaml', text: 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n    environment:\n  - bad: [unclosed\n' }]);
  const strip = page.getByRole('region', { name: 'Diagnostics' });
  await expect(strip).toContainText(/compose\.yaml:7/);
  await expect(strip.locator('.diagnostic').first()).toContainText(/error/i);
  // What was on screen before is still there, and nothing claims the broken file loaded.
  await expect(app.node('api')).toBeVisible();
  await expect(page.getByText(/^Loaded compose\.yaml/)).toHaveCount(0);
});

test('a copied link opens the same graph and selection in a fresh browser', async ({ page, browser }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.drop([{ name: 'compose.yaml', text: SMALL_STACK }]);
  await expect(app.node('store')).toBeVisible();
  await app.selectService('app');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: /share/i });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /copy/i }).click();
  await expect.poll(() => page.url()).toContain('#');
  const url = page.url();

  const fresh = await browser.newContext();
  const other = new StackmapPage(await fresh.newPage());
  await other.open(url);
  await expect(other.node('store')).toBeVisible();
  await expect(other.node('web')).toBeVisible();
  await expect(other.node('proxy')).toHaveCount(0);
  await expect(other.panel('app')).toBeVisible();
  await fresh.close();
});

test('a damaged link shows a clear message and the sample, never a blank page', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('dialog', { name: /share/i }).getByRole('button', { name: /copy/i }).click();
  await expect.poll(() => page.url()).toContain('#');
  const truncated = page.url().slice(0, page.url().length - 40);

  const fresh = await page.context().browser()!.newContext();
  const other = new StackmapPage(await fresh.newPage());
  await other.page.goto(truncated);
  await expect(other.page.getByRole('alert').first()).toContainText(/damaged|cut off/i);
  await expect(other.node('api')).toBeVisible();
  await fresh.close();
});

test('removing every file shows an invitation to drop one, and the sample is one click away', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  for (const name of ['compose.yaml', 'compose.override.yaml', '.env', 'docs/architecture.md']) {
    await page.getByRole('button', { name: `Remove ${name}` }).click();
  }
  await expect(page.getByRole('heading', { name: 'Drop your stack here' })).toBeVisible();
  await page.getByRole('button', { name: /^Shopfront/ }).click();
  await expect(app.node('api')).toBeVisible();
});
