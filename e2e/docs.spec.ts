import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { StackmapPage } from './stackmap.page';

const SAMPLE = path.join(import.meta.dirname, '..', 'samples', 'shopfront');

const COMPOSE = `services:
  api:
    image: example/api:1.0
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16
    healthcheck:
      test: ["CMD", "pg_isready"]
  cache:
    image: redis:7
`;

const ARCHITECTURE = `# Ledger architecture

The ledger keeps accounts and postings.

## Services

| Service | Role | Owner |
|---------|------|-------|
| \`api\` | Public REST API | Payments team |
| \`db\` | PostgreSQL, the system of record | Platform |
| \`cache\` | Redis for idempotency keys | Platform |

## Runtime ownership

- \`db\`: owns accounts, postings and the audit trail.
- \`cache\`: owns idempotency keys; losing it only slows retries.

## Request flow

\`\`\`mermaid
flowchart LR
  api --> db
  api --> cache
\`\`\`
`;

/** The ledger stack and its architecture page dropped together, the database's panel open. */
async function openLedgerAtDb(page: Page) {
  const app = new StackmapPage(page);
  await app.open();
  await app.drop([
    { name: 'compose.yaml', text: COMPOSE },
    { name: 'architecture.md', text: ARCHITECTURE },
  ]);
  await expect(app.node('db')).toBeVisible();
  await app.selectService('db');
  return { app, panel: app.panel('db') };
}

test('a note in the service panel opens the Docs at its spot; a mention there leads back to the service', async ({ page }) => {
  const { app, panel } = await openLedgerAtDb(page);
  await expect(panel.getByText('PostgreSQL, the system of record').first()).toBeVisible();

  const note = panel.getByRole('button', { name: /owns accounts, postings/ });
  await note.click();
  await expect(app.tab('Docs')).toHaveAttribute('aria-selected', 'true');
  const page_ = page.getByRole('article', { name: 'Ledger architecture' });
  await expect(page_).toBeVisible();
  const highlighted = page_.locator('.docs-focus');
  await expect(highlighted.first()).toContainText('owns accounts, postings and the audit trail');
  await expect(highlighted.first()).toBeInViewport();

  // A mention of another service in the page is a chip that selects it in the graph.
  await page_.getByRole('button', { name: 'cache' }).first().click();
  await expect(app.tab('Graph')).toHaveAttribute('aria-selected', 'true');
  await expect(app.panel('cache')).toBeVisible();
  await expect(app.flowNode('cache')).toHaveClass(/selected/);
});

test('Back returns from a note followed and from a source opened, without leaving Stackmap', async ({ page }) => {
  const { app, panel } = await openLedgerAtDb(page);

  await panel.getByRole('button', { name: /owns accounts, postings/ }).click();
  await expect(app.tab('Docs')).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(app.tab('Graph')).toHaveAttribute('aria-selected', 'true');
  await expect(panel).toBeVisible();
  await page.goForward();
  await expect(app.tab('Docs')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('article', { name: 'Ledger architecture' }).locator('.docs-focus').first()).toBeInViewport();
  await page.goBack();
  await expect(app.tab('Graph')).toHaveAttribute('aria-selected', 'true');

  // A fact's source opens over the graph, and Back closes it.
  const source = panel.locator('.source-link').first();
  const viewer = page.getByRole('dialog', { name: /^Source of / });
  await source.click();
  await expect(viewer).toBeVisible();
  await page.goBack();
  await expect(viewer).toHaveCount(0);
  await expect(panel).toBeVisible();
  await page.goForward();
  await expect(viewer).toBeVisible();
  // Closed with its own button, it leaves no entry behind to come Back to.
  await viewer.getByRole('button', { name: 'Close source' }).click();
  await expect(viewer).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (history.state as { place?: { viewer: unknown } } | null)?.place?.viewer ?? null)).toBeNull();
  await expect(page.locator('.app')).toBeVisible();
});

test('mermaid diagrams are drawn as SVG when the Docs view opens', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  // Not part of the first load: the page itself names no mermaid chunk (it is fetched in idle
  // time once a page with diagrams is open, or when the Docs view opens). The served HTML is what
  // to check: by now the idle prefetch may already have added its own preload links.
  const html = await (await page.request.get(page.url())).text();
  expect(html).toContain('<script');
  expect(html).not.toMatch(/mermaid/);
  await app.openTab('Docs');
  const diagram = page.locator('.docs-mermaid svg').first();
  await expect(diagram).toBeVisible();
  await expect(diagram.locator('g.node').first()).toBeVisible();
  // Nodes naming services are chips too.
  await expect(page.locator('.docs-mermaid').getByRole('button', { name: 'Show service api' })).toBeVisible();
});

test('a page with scripts and javascript: links stays inert', async ({ page }) => {
  const app = new StackmapPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await app.open();
  const hostile = `# Hostile page

<script>window.__pwned = 'script'; alert('script');</script>

<img src="x" onerror="window.__pwned = 'onerror'; alert('onerror')">

A [harmless looking link](javascript:alert('link')) and a [real one](https://example.com/).

<a href="javascript:alert('html link')">raw html link</a>
`;
  const scriptsBefore = await page.locator('script').count();
  await app.drop([
    { name: 'compose.yaml', text: COMPOSE },
    { name: 'hostile.md', text: hostile },
  ]);
  await expect(app.node('api')).toBeVisible();
  await app.openTab('Docs');
  const article = page.getByRole('article', { name: 'Hostile page' });
  await expect(article).toBeVisible();
  await expect(article.getByText('harmless looking link')).toBeVisible();
  await expect(article.getByRole('link', { name: 'real one' })).toHaveAttribute('href', 'https://example.com/');

  await article.getByText('harmless looking link').click();
  await article.getByText('raw html link').click();
  await page.waitForTimeout(300);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(article.locator('script')).toHaveCount(0);
  expect(await page.locator('script').count()).toBe(scriptsBefore);
  await expect(article.locator('[href^="javascript" i]')).toHaveCount(0);
  await expect(article.locator('[onerror]')).toHaveCount(0);
});

test('a workspace of Markdown pages alone still shows a graph', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const architecture = fs.readFileSync(path.join(SAMPLE, 'docs', 'architecture.md'), 'utf8');
  await app.drop([{ name: 'architecture.md', text: architecture }]);
  await expect(page.getByRole('list', { name: 'Compose files in merge order' }).getByRole('listitem')).toHaveCount(0);
  for (const name of ['proxy', 'api', 'db', 'migrator', 'search']) await expect(app.node(name)).toBeVisible();
  await app.waitForLayout();
  // Every service is known from the page only, and says so.
  await expect(app.node('db').locator('.badge-docs')).toBeVisible();
  // "the API waits until db is healthy": a dependency stated in prose becomes a docs edge.
  await expect(page.locator('.react-flow__edge[data-id^="api->db"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge.edge-docs')).not.toHaveCount(0);
  await app.selectService('api');
  await expect(app.panel('api')).toContainText('REST API for the storefront');
});
