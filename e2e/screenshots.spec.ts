import { expect, test } from '@playwright/test';
import { StackmapPage } from './stackmap.page';

// Pictures of every view to look at before calling a change done. Saved under test-results
// (never committed); each test checks the page does not scroll sideways at that size.
const SIZES = [
  { name: 'laptop', width: 1400, height: 900 },
  { name: 'tablet', width: 820, height: 1180 },
];

for (const size of SIZES) {
  test(`every view in both themes at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const app = new StackmapPage(page);
    await app.open();
    await app.waitForLayout();
    const shoot = async (name: string) => {
      await page.waitForTimeout(350); // fit-view and panel transitions
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`${size.name}-${name}.png`) });
    };
    for (const theme of ['light', 'dark'] as const) {
      await app.setTheme(theme);
      await app.openTab('Graph');
      await page.keyboard.press('Escape');
      await shoot(`${theme}-graph`);
      await app.selectService('api');
      await shoot(`${theme}-graph-panel`);
      await app.openTab('Timeline');
      await expect(page.getByRole('region', { name: 'Startup timeline' })).toBeVisible();
      await shoot(`${theme}-timeline`);
      await app.openTab('Docs');
      await expect(page.locator('.docs-mermaid svg').first()).toBeVisible();
      await shoot(`${theme}-docs`);
      await app.openTab('Problems');
      await shoot(`${theme}-problems`);
      await app.openShareDialog();
      await shoot(`${theme}-share`);
      await page.keyboard.press('Escape');
    }
  });
}
