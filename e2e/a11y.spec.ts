import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StackmapPage } from './stackmap.page';

type Theme = 'light' | 'dark';

/** Serious and critical axe violations on what is on screen now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`every view passes axe in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const app = new StackmapPage(page);
    await app.open();
    await app.setTheme(theme);
    await app.waitForLayout();
    const found: Record<string, string[]> = {};
    const check = async (view: string) => {
      // Let transitions (fit view, panel slide) settle so colours are the final ones.
      await page.waitForTimeout(300);
      found[view] = await seriousViolations(page);
    };

    await check('Graph');
    await app.networksButton().click();
    await expect(app.networksMenu()).toBeVisible();
    await check('Graph with the networks menu open');
    await page.keyboard.press('Escape');
    await app.selectService('api');
    await check('Graph with the service panel open');
    await app.openTab('Timeline');
    await expect(page.getByRole('region', { name: 'Startup timeline' })).toBeVisible();
    await check('Timeline');
    await app.openTab('Docs');
    await expect(page.locator('.docs-mermaid svg').first()).toBeVisible();
    await check('Docs');
    await app.openTab('Problems');
    await expect(page.getByRole('region', { name: 'Problems' })).toBeVisible();
    await check('Problems');
    await app.openShareDialog();
    await check('Share dialog');

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, what: string, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluateHandle(() => document.activeElement);
    if (await hit.evaluate(matches)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The focused element shows where focus is: an outline or a focus ring drawn with a shadow. */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { tag: el.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none' };
  });
  expect(ring.outline || ring.shadow, `focus ring on ${ring.tag}`).toBe(true);
}

test('the main journey works with the keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();

  // "/" jumps to the search; Enter selects what it finds.
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Find a service' });
  await expect(search).toBeFocused();
  await page.keyboard.type('db');
  await page.keyboard.press('Enter');
  await expect(app.panel('db')).toBeVisible();
  await expect(app.flowNode('db')).toHaveClass(/selected/);

  // Tab on to a note from the docs in the service panel, and follow it.
  await tabTo(page, (el) => el.classList.contains('note-link'), 'a note in the service panel');
  await expectVisibleFocus(page);
  await expect(page.locator(':focus')).toContainText('PostgreSQL 16, the system of record');
  await page.keyboard.press('Enter');
  await expect(app.tab('Docs')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.docs-focus').first()).toContainText('PostgreSQL 16, the system of record');
  await expect(page.locator('.docs-focus').first()).toBeInViewport();

  // On to the Timeline tab: the views are one Tab stop (the open one); the arrow keys move between
  // them, and Enter opens one.
  await tabTo(page, (el) => el.getAttribute('role') === 'tab', 'the view tabs');
  await expect(page.locator(':focus')).toHaveText('Docs');
  await page.keyboard.press('End');
  await expect(app.tab('Problems')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(app.tab('Graph')).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(app.tab('Timeline')).toBeFocused();
  await expectVisibleFocus(page);
  // Moving the focus opens nothing: the Docs are still the open view.
  await expect(app.tab('Docs')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Startup timeline' })).toBeVisible();

  // Share: the dialog opens with the link selected; its Copy button copies it.
  await tabTo(page, (el) => el.textContent === 'Copy link' && el.classList.contains('primary'), 'Copy link');
  await page.keyboard.press('Enter');
  const dialog = app.shareDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  const link = await dialog.getByRole('textbox').inputValue();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // Escape closes the service panel too.
  await page.keyboard.press('Escape');
  await expect(app.panel('db')).toHaveCount(0);
});

test('services in the graph can be reached with Tab, by name, in the order the picture reads, with a visible focus ring', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const reached: { name: string; x: number; y: number }[] = [];
  await tabTo(page, (el) => el.classList.contains('react-flow__node'), 'a service node');
  await expectVisibleFocus(page);
  // Every next Tab moves to another service until they have all had focus.
  for (let i = 0; i < 12; i++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      const box = el.getBoundingClientRect();
      return { label: el.getAttribute('aria-label') ?? '', x: Math.round(box.x), y: Math.round(box.y) };
    });
    if (!focused.label.startsWith('Service ')) break;
    reached.push({ name: focused.label.slice('Service '.length), x: focused.x, y: focused.y });
    await page.keyboard.press('Tab');
  }
  expect(reached.map((r) => r.name).sort()).toEqual(['api', 'cache', 'db', 'mailpit', 'migrator', 'proxy', 'scheduler', 'search', 'web', 'worker']);
  // Left to right, layer by layer; down each layer: not the order of the compose file.
  const reading = [...reached].sort((a, b) => a.x - b.x || a.y - b.y);
  expect(reached.map((r) => r.name)).toEqual(reading.map((r) => r.name));
});

test('Enter on a focused service opens its panel', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await tabTo(page, (el) => el.classList.contains('react-flow__node'), 'a service node');
  const name = (await page.locator(':focus').getAttribute('aria-label'))!.replace(/^Service /, '');
  await page.keyboard.press('Enter');
  await expect(app.panel(name)).toBeVisible({ timeout: 3000 });
});

test('arrow keys move the focus from a service to its neighbour that way', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Service proxy', 'the proxy service');
  // The sample reads left to right: proxy → web → api.
  await page.keyboard.press('ArrowRight');
  await expect.poll(focused).toBe('Service web');
  await page.keyboard.press('ArrowRight');
  await expect.poll(focused).toBe('Service api');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focused).toBe('Service web');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(app.panel('web')).toBeVisible({ timeout: 3000 });
});

test('panels and dialogs take the focus when opened from the keyboard and give it back when closed', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

  // Enter on a service: the panel is read next, so its heading has the focus.
  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Service api', 'the api service');
  await page.keyboard.press('Enter');
  const panel = app.panel('api');
  await expect(panel.getByRole('heading', { name: 'api' })).toBeFocused();

  // A source link opens the file viewer with the focus in the file; Escape returns to the link.
  await tabTo(page, (el) => el.classList.contains('source-link'), 'a source link in the panel');
  const link = await page.evaluate(() => document.activeElement!.textContent);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'File text' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /^Source of/ })).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveText(link!);

  // Escape closes the panel, and the focus goes back to the service it was opened from.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect.poll(focusedLabel).toBe('Service api');

  // The share dialog is modal: Tab cycles inside it; Escape gives the focus back to Copy link.
  await tabTo(page, (el) => el.textContent === 'Copy link' && el.classList.contains('primary'), 'Copy link');
  await page.keyboard.press('Enter');
  const dialog = app.shareDialog();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveText('Copy link');
});
