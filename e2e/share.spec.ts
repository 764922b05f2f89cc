import { expect, test, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { decodePermalink } from '../src/core/share/codec';
import { StackmapPage } from './stackmap.page';

const ROOT = path.join(import.meta.dirname, '..');
const SAMPLE_PASSWORD = /^POSTGRES_PASSWORD=(.+)$/m.exec(fs.readFileSync(path.join(ROOT, 'samples/shopfront/.env'), 'utf8'))![1];
const PORT = Number(process.env.STACKMAP_E2E_PORT ?? 4173);
const HOSTED = `http://127.0.0.1:${PORT}/fixtures/hosted`;

/** A new browser profile: nothing shared with the sender's page but the link. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return { app: new StackmapPage(await context.newPage()), close: () => context.close() };
}

test('a link with a non-default view opens the same tab, selection, direction and profiles', async ({ page, browser }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.profile('debug').check();
  await expect(app.node('adminer')).toBeVisible();
  await page.getByRole('button', { name: /Layout direction/ }).click();
  await expect(page.getByRole('button', { name: 'Layout direction: top to bottom' })).toBeVisible();
  await app.selectService('adminer');
  await app.openTab('Timeline');
  const link = await app.copyLink();

  const { app: other, close } = await freshPage(browser);
  await other.open(link);
  await expect(other.tab('Timeline')).toHaveAttribute('aria-selected', 'true');
  await expect(other.panel('adminer')).toBeVisible();
  await expect(other.page.locator('.timeline-row-selected')).toContainText('adminer');
  await expect(other.profile('debug')).toBeChecked();
  await expect(other.page.getByRole('button', { name: 'Layout direction: top to bottom' })).toBeVisible();
  await other.openTab('Graph');
  await expect(other.flowNode('adminer')).toHaveClass(/selected/);
  await close();
});

test('a link made by the CLI opens those files and that view; cut short, it says it is damaged', async ({ page, browser }) => {
  const link = execFileSync(
    process.execPath,
    ['bin/stackmap.mjs', 'link', 'samples/shopfront/compose.yaml', '--base', `http://127.0.0.1:${PORT}/stackmap/`, '--view', 'selected=db'],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
  expect(link.startsWith(`http://127.0.0.1:${PORT}/stackmap/#`)).toBe(true);

  const app = new StackmapPage(page);
  await app.open(link);
  await expect(app.panel('db')).toBeVisible();
  await expect(app.panel('db')).toContainText('postgres:16-alpine');
  await expect(app.flowNode('db')).toHaveClass(/selected/);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The way chat apps cut long links: the end is gone.
  const { app: other, close } = await freshPage(browser);
  await other.page.goto(link.slice(0, Math.floor(link.length * 0.6)));
  await expect(other.page.getByRole('alert').first()).toContainText(/damaged|cut off/i);
  await expect(other.page.locator('.app[data-ready="true"]')).toBeVisible();
  await close();
});

test('?src= opens files from a web server, with a clear error for a file that is not there', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open(`?src=${HOSTED}/compose.yaml&src=${HOSTED}/docs/architecture.md`);
  for (const name of ['gateway', 'catalog', 'search']) await expect(app.node(name)).toBeVisible();
  await expect(app.node('proxy')).toHaveCount(0);
  await app.selectService('catalog');
  await expect(app.panel('catalog')).toContainText('Product catalogue API');
  await expect(app.mergeOrder()).toHaveText([/compose\.yaml/]);

  const missing = `${HOSTED}/compose.prod.yaml`;
  await app.open(`?src=${HOSTED}/compose.yaml&src=${missing}`);
  await expect(app.node('gateway')).toBeVisible();
  const error = page.getByRole('alert').filter({ hasText: 'compose.prod.yaml' });
  await expect(error).toContainText('404');
  await expect(error).toContainText(missing);
});

test('a downloaded workspace file opens the same workspace when dropped back, secrets masked', async ({ page, browser }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.selectService('worker');
  const dialog = await app.openShareDialog();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download workspace file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.stackmap\.json$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).not.toContain(SAMPLE_PASSWORD);

  const { app: other, close } = await freshPage(browser);
  await other.open();
  await other.drop([{ name: 'shopfront.stackmap.json', text: 'services: [this is not a workspace' }]);
  await expect(other.page.getByRole('alert').filter({ hasText: 'shopfront.stackmap.json' })).toBeVisible();
  await other.drop([{ name: download.suggestedFilename(), text }]);
  await expect(other.panel('worker')).toBeVisible();
  await expect(other.page.getByRole('status').filter({ hasText: /Opened .*\.stackmap\.json/ })).toBeVisible();
  await expect(other.node('db')).toBeVisible();
  await close();
});

test('back and forward move between the views the user shared', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.selectService('api');
  const first = await app.copyLink();
  await page.keyboard.press('Escape');
  await app.selectService('cache');
  await app.openTab('Timeline');
  const second = await app.copyLink();
  expect(second).not.toBe(first);
  await page.keyboard.press('Escape');

  await page.goBack();
  await expect(app.tab('Graph')).toHaveAttribute('aria-selected', 'true');
  await expect(app.panel('api')).toBeVisible();
  await page.goForward();
  await expect(app.tab('Timeline')).toHaveAttribute('aria-selected', 'true');
  await expect(app.panel('cache')).toBeVisible();
});

test('secrets stay home: the link carries no password and the dialog lists what was masked', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  const dialog = await app.openShareDialog();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'POSTGRES_PASSWORD' })).toContainText('.env, line 2');
  const link = await dialog.getByRole('textbox').inputValue();
  expect(link).not.toContain(SAMPLE_PASSWORD);
  // Decoded with the app's own decoder, no file in the link holds the password.
  const decoded = decodePermalink(new URL(link).hash.slice(1));
  expect(decoded.value?.files.map((f) => f.path)).toContain('.env');
  for (const file of decoded.value!.files) expect(file.text).not.toContain(SAMPLE_PASSWORD);
  expect(decoded.value!.files.find((f) => f.path === '.env')!.text).toMatch(/POSTGRES_PASSWORD=«masked»/);

  // Including them is a knowing choice, and the dialog says what it means.
  await dialog.getByRole('checkbox', { name: /Include secrets/ }).check();
  await expect(dialog).toContainText('anyone with the link can read them');
  // The link is rebuilt in the worker; it follows the checkbox within moments.
  const envInLink = async () =>
    decodePermalink(new URL(await dialog.getByRole('textbox').inputValue()).hash.slice(1)).value?.files.find((f) => f.path === '.env')?.text;
  await expect.poll(envInLink).toContain(SAMPLE_PASSWORD);
});
