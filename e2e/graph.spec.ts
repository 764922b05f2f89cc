import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { generateStack } from '../bench/generateStack';
import { decodePermalink } from '../src/core/share/codec';
import { StackmapPage } from './stackmap.page';

test('grouping by network draws a box per network, persists, and a collapsed group takes its members\' edges', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await page.getByRole('toolbar', { name: 'Graph tools' }).getByLabel('Group by').selectOption('network');
  const backend = page.getByTestId('group-network backend');
  await expect(backend).toBeVisible();
  await app.waitForLayout();
  // The service is drawn inside its network's box.
  const box = (await backend.boundingBox())!;
  const db = (await app.node('db').boundingBox())!;
  expect(db.x).toBeGreaterThanOrEqual(box.x);
  expect(db.x + db.width).toBeLessThanOrEqual(box.x + box.width + 1);

  await backend.getByRole('button', { name: /network backend/ }).click();
  await expect(backend.getByRole('button', { name: /network backend/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(app.node('db')).toHaveCount(0);
  await app.waitForLayout();
  await expect(page.locator('.react-flow__edge[data-id*="group:network:backend"]')).not.toHaveCount(0);

  // The choice travels with the link (written once the worker is quiet): a reload keeps it.
  const linked = () => decodePermalink(new URL(page.url()).hash.slice(1)).value?.view.filters.groupBy;
  await expect.poll(linked).toBe('network');
  await page.reload();
  await app.waitForLayout();
  await expect(page.getByLabel('Group by')).toHaveValue('network');
});

test('the legend is open on a wide screen, and folded on a narrow one until asked for', async ({ page }) => {
  const app = new StackmapPage(page);
  const healthy = () => page.getByRole('complementary', { name: 'Legend' }).getByText('waits until its healthcheck passes');
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.open();
  await expect(healthy()).toBeVisible();

  await page.setViewportSize({ width: 820, height: 1180 });
  await app.open();
  await expect(healthy()).toBeHidden();
  await page.getByRole('complementary', { name: 'Legend' }).getByText('Legend', { exact: true }).click();
  await expect(healthy()).toBeVisible();
});

test('grouping by the docs uses the mermaid subgraphs', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await page.getByLabel('Group by').selectOption('docs');
  await expect(page.getByTestId('group-Backend network')).toBeVisible();
});

test('the volumes toggle shows named volumes linked to the services that mount them', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await expect(page.getByTestId('volume-pg_data')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Volumes' }).check();
  await expect(page.getByTestId('volume-pg_data')).toBeVisible();
  await expect(page.locator('.react-flow__edge.edge-volume')).not.toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Legend' })).toContainText('shared storage');
});

test('exporting the graph downloads a PNG and an SVG', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const tools = page.getByRole('toolbar', { name: 'Graph tools' });
  for (const format of ['PNG', 'SVG']) {
    const download = page.waitForEvent('download');
    await tools.getByRole('button', { name: format }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    const path = await file.path();
    expect(path).toBeTruthy();
    if (format === 'SVG') {
      // The picture carries the edges as drawn: their stroke, and label boxes filled, not black.
      // (html-to-image from 1.11.12 on dropped SVG elements' styles: the edges vanished.)
      const svg = fs.readFileSync(path, 'utf8');
      // The style of the first element `tag` matches (its last group, when it has one).
      const styleOf = (tag: RegExp) => /style="([^"]*)"/.exec(tag.exec(svg)?.at(-1) ?? '')?.[1] ?? '';
      expect(styleOf(/<path[^>]*react-flow__edge-path[^>]*>/)).toMatch(/(^|;)\s*stroke: rgb/);
      expect(styleOf(/<g class="routed-edge-label"[^>]*>\s*(<rect[^>]*>)/)).toMatch(/(^|;)\s*fill: rgb\((?!0, 0, 0\))/);
    }
  }
});

test('hovering a service dims everything outside its neighbourhood', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const opacityOf = (name: string) =>
    app.node(name).evaluate((el) => Number(getComputedStyle(el.closest('.react-flow__node')!).opacity));
  await app.node('migrator').hover();
  await expect.poll(() => opacityOf('proxy')).toBeLessThan(0.5);
  await expect.poll(() => opacityOf('db')).toBe(1);
  await page.mouse.move(5, 5);
  await expect.poll(() => opacityOf('proxy')).toBe(1);
});

test('a 300-service stack opens as an overview; finding a service zooms in to it, and a click on a box selects', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.drop([{ name: 'compose.yaml', text: generateStack(300) }]);
  // Over a second of layout: the graph says what it is doing, then stops saying it.
  // Watched every frame: on a fast machine it shows for well under a second.
  await page.waitForFunction(() => document.querySelector('.graph-progress[role="status"]')?.textContent === 'Laying out 300 services…', null, {
    polling: 'raf',
  });
  const laying = page.getByRole('status').filter({ hasText: 'Laying out 300 services' });
  await expect(page.locator('.graph[data-layout="final"][data-nodes="300"]')).toBeAttached({ timeout: 60_000 });
  await expect(laying).toHaveCount(0);
  // Fitted to the screen, 300 services are boxes too small to read: drawn as an overview.
  await expect(page.locator('.graph.is-overview')).toBeVisible();
  await expect(page.locator('.overview-node').first()).toBeVisible();

  // The boxes are a picture; the keyboard's way in is a search, offered by the graph itself.
  const skip = page.getByRole('button', { name: '300 services drawn as an overview: find one by name' });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(app.searchBox()).toBeFocused();
  await page.keyboard.type('svc-l2-5');
  await page.keyboard.press('Enter');
  await expect(app.panel('svc-l2-5')).toBeVisible();
  await expect(page.locator('.graph.is-overview')).toHaveCount(0);
  await expect(app.node('svc-l2-5')).toBeInViewport();
  await expect(app.flowNode('svc-l2-5')).toHaveClass(/selected/);
  // Zoomed in, a service far off screen is not mounted; finding it still brings it into view.
  await app.findService('svc-l7-20');
  await expect(app.panel('svc-l7-20')).toBeVisible();
  await expect(app.node('svc-l7-20')).toBeInViewport();

  // Back out to the whole graph: a click on a box selects the service drawn there.
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect(page.locator('.graph.is-overview')).toBeVisible();
  const box = await page.evaluate(() => {
    const path = document.querySelector('.overview-node.service, .overview-node.has-warnings, .overview-node.has-errors');
    const first = path?.getAttribute('d')?.match(/^M([\d.-]+) ([\d.-]+)h([\d.-]+)v([\d.-]+)/);
    return first ? { x: Number(first[1]) + Number(first[3]) / 2, y: Number(first[2]) + Number(first[4]) / 2 } : null;
  });
  expect(box).not.toBeNull();
  const { x, y } = await page.evaluate(({ x, y }) => {
    const svg = document.querySelector('.bulk-edges') as SVGSVGElement;
    const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
    return { x: point.x, y: point.y };
  }, box!);
  // Too small to carry a name, a box names its service when the pointer is over it.
  await page.mouse.move(x, y);
  await expect(page.getByRole('tooltip')).toContainText(/svc-l\d+-\d+/);
  await page.mouse.click(x, y);
  await expect(page.getByRole('complementary', { name: /^Service svc-/ })).toBeVisible();
});

test('on a tablet, a service found by search is centred beside the panel drawn over the graph, not under it', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.findService('db');
  const panel = page.locator('.service-panel');
  await expect(panel).toBeVisible();
  await app.waitForStill(app.node('db'));
  const node = (await app.node('db').boundingBox())!;
  const drawer = (await panel.boundingBox())!;
  // The panel covers the graph's right side here: the service sits whole in the part left uncovered.
  expect(drawer.x).toBeLessThan(820 - 100);
  expect(node.x).toBeGreaterThanOrEqual(0);
  expect(node.x + node.width).toBeLessThanOrEqual(drawer.x);
});

test('a tall screen opens the stack top to bottom, every edge label in view; its link keeps that on a wide one', async ({ page, browser }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await expect(page.getByRole('button', { name: /Layout direction/ })).toHaveText(/Top to bottom/);
  // The fit frames what is drawn, labels beside a route included, not only the services' boxes.
  const graph = (await page.getByTestId('graph').boundingBox())!;
  const labels = page.locator('.routed-edge-label');
  await expect(labels).not.toHaveCount(0);
  await app.waitForStill(app.node('db'));
  for (const label of await labels.all()) {
    const box = (await label.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(graph.x);
    expect(box.x + box.width).toBeLessThanOrEqual(graph.x + graph.width);
    expect(box.y).toBeGreaterThanOrEqual(graph.y);
    expect(box.y + box.height).toBeLessThanOrEqual(graph.y + graph.height);
  }

  // The link carries the direction it was made with: a wide screen opening it sees the same picture.
  const link = await app.copyLink();
  const wide = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const other = new StackmapPage(wide);
  await other.open(link);
  await other.waitForLayout();
  await expect(wide.getByRole('button', { name: /Layout direction/ })).toHaveText(/Top to bottom/);
  await wide.close();
});

test('hiding a network leaves out the services only on it, keeps those also on another, and travels with the link', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const button = app.networksButton();
  const menu = app.networksMenu();
  await app.hideNetwork('edge');
  await app.waitForLayout();
  await expect(app.node('proxy')).toHaveCount(0);
  await expect(app.node('web')).toHaveCount(0);
  // api is on edge and backend: it stays.
  await expect(app.node('api')).toBeVisible();
  await expect(button).toHaveText(/1 hidden/);
  await expect(page.getByRole('status').filter({ hasText: 'not drawn' })).toHaveText(/^2 services not drawn: their networks are hidden/);
  // Escape closes the menu and gives the focus back to its button.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  const linked = () => decodePermalink(new URL(page.url()).hash.slice(1)).value?.view.filters.hiddenNetworks;
  await expect.poll(linked).toEqual(['edge']);
  await page.reload();
  await app.waitForLayout();
  await expect(app.node('proxy')).toHaveCount(0);
  await button.click();
  await menu.getByRole('button', { name: 'Show all' }).click();
  await app.waitForLayout();
  await expect(app.node('proxy')).toBeVisible();
});

test('a service found by search on a hidden network says why it is not drawn, and one click shows it', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.hideNetwork('edge');
  await app.waitForLayout();
  await app.findService('proxy');
  const panel = app.panel('proxy');
  await expect(panel.getByRole('note')).toHaveText(/Not in the graph: network edge is hidden/);
  await panel.getByRole('button', { name: 'Show this network' }).click();
  await app.waitForLayout();
  await expect(app.node('proxy')).toBeVisible();
  await expect(panel.getByRole('note')).toHaveCount(0);
});

test('dropping another stack starts with every network shown', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const button = app.networksButton();
  await app.hideNetwork('backend');
  await expect(button).toHaveText(/1 hidden/);
  await app.drop([{ name: 'compose.yaml', text: 'services:\n  app:\n    image: nginx\n    networks: [backend, edge]\n  db:\n    image: postgres\n    networks: [backend]\nnetworks: { backend: {}, edge: {} }\n' }]);
  await expect(app.node('db')).toBeVisible();
  await expect(button).not.toHaveText(/hidden/);
});

test('a service of an inactive profile says why it is not drawn; Escape in the empty search closes its panel', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const search = app.searchBox();
  await app.findService('adminer');
  const panel = app.panel('adminer');
  await expect(panel.getByRole('note')).toHaveText(/Not in the graph: compose starts it only with the profile debug, which is not active/);
  await panel.getByRole('button', { name: 'Show inactive services' }).click();
  await app.waitForLayout();
  await expect(app.node('adminer')).toBeVisible();
  await expect(panel.getByRole('note')).toHaveCount(0);
  // The first Escape clears the search (the browser's own), the next closes the panel.
  await search.focus();
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await search.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('a dropped stack is laid out the way it fits the screen, until the user picks a direction', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const direction = page.getByRole('button', { name: /Layout direction/ });
  await expect(direction).toHaveText(/Top to bottom/);
  // Twelve services that all need one database: two layers, wide. Top to bottom they would be a
  // strip across a tall screen; left to right they fill it.
  const wide = ['services:', '  db:', '    image: postgres', ...Array.from({ length: 12 }, (_, i) => `  app${i}:\n    image: nginx\n    depends_on: [db]`)].join('\n');
  await app.drop([{ name: 'compose.yaml', text: wide }]);
  await expect(app.node('app11')).toBeVisible();
  await expect(direction).toHaveText(/Left to right/);
  // Once chosen, the direction stays for the next stack.
  await direction.click();
  await expect(direction).toHaveText(/Top to bottom/);
  await app.drop([{ name: 'compose.yaml', text: wide.replace(/app/g, 'web') }]);
  await expect(app.node('web11')).toBeVisible();
  await expect(direction).toHaveText(/Top to bottom/);
});
