import { expect, type Page } from '@playwright/test';

/** What a person does with Stackmap, as steps a test can read like a story. */
export class StackmapPage {
  constructor(readonly page: Page) {}

  async open(path = '') {
    await this.page.goto(path);
    await expect(this.page.locator('.app[data-ready="true"]')).toBeVisible();
  }

  node(name: string) {
    return this.page.getByTestId(`node-${name}`);
  }

  async waitForLayout() {
    await expect(this.page.locator('.graph[data-layout="final"]')).toBeVisible();
  }

  /** Drops files on the window through a real DataTransfer, as the browser does for a drag from the desktop. */
  async drop(files: { name: string; text: string }[]) {
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      return dt;
    }, files);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.page.dispatchEvent('body', type, { dataTransfer: transfer });
    }
  }

  async selectService(name: string) {
    await this.node(name).click();
    await expect(this.page.getByRole('complementary', { name: `Service ${name}` })).toBeVisible();
  }

  panel(name: string) {
    return this.page.getByRole('complementary', { name: `Service ${name}` });
  }

  tab(name: 'Graph' | 'Timeline' | 'Docs' | 'Problems') {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }
}
