import { expect, type Locator, type Page } from '@playwright/test';

export type TabName = 'Graph' | 'Timeline' | 'Docs' | 'Problems';

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

  searchBox() {
    return this.page.getByLabel('Find a service');
  }

  /** Types a name in the search box and presses Enter, as a person finding a service does. */
  async findService(name: string) {
    await this.searchBox().fill(name);
    await this.searchBox().press('Enter');
  }

  /** The graph toolbar's Networks button, and the menu it opens. */
  networksButton() {
    return this.page.getByRole('button', { name: /^Networks/ });
  }

  networksMenu() {
    return this.page.getByRole('group', { name: 'Networks shown' });
  }

  /** Opens the Networks menu (if closed) and unticks a network: its services leave the graph. */
  async hideNetwork(name: string) {
    if (!(await this.networksMenu().isVisible())) await this.networksButton().click();
    await this.networksMenu().getByRole('checkbox', { name }).uncheck();
  }

  async selectService(name: string) {
    // A person clicks a node that has stopped moving. One clicked in the moment elk's layout
    // replaces the quick placement, or while the view then fits itself to it (a 200 ms
    // animation), can move from under the pointer: seen in CI, the click landed on the pane.
    await this.waitForLayout();
    await this.waitForStill(this.node(name));
    await this.node(name).click();
    await expect(this.panel(name)).toBeVisible();
  }

  /** Waits until the element has kept its place on screen for a quarter of a second. */
  async waitForStill(element: Locator) {
    let last = '';
    await expect
      .poll(
        async () => {
          const box = JSON.stringify(await element.boundingBox());
          const still = box === last;
          last = box;
          return still;
        },
        { intervals: [250] },
      )
      .toBe(true);
  }

  panel(name: string) {
    return this.page.getByRole('complementary', { name: `Service ${name}` });
  }

  /** One fact row of the service panel (its value and its source buttons), found by the value's text. */
  fact(panel: Locator, text: string | RegExp) {
    return panel.locator('.fact', { hasText: text });
  }

  tab(name: TabName) {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async openTab(name: TabName) {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** The xyflow wrapper of a service node, which carries its `selected` state. */
  flowNode(name: string) {
    return this.page.locator('.react-flow__node', { has: this.node(name) });
  }

  /** The compose files in merge order, as the workspace bar lists them. */
  mergeOrder() {
    return this.page.getByRole('list', { name: 'Compose files in merge order' }).getByRole('listitem');
  }

  profile(name: string) {
    return this.page.getByRole('group', { name: 'Profiles' }).getByRole('checkbox', { name });
  }

  diagnostics() {
    return this.page.getByRole('region', { name: 'Diagnostics' });
  }

  async openShareDialog() {
    await this.page.getByRole('button', { name: 'Copy link' }).click();
    const dialog = this.shareDialog();
    await expect(dialog).toBeVisible();
    return dialog;
  }

  shareDialog() {
    return this.page.getByRole('dialog', { name: /share/i });
  }

  /** Copies the link from the share dialog; the address bar then holds it too. Returns the link. */
  async copyLink(): Promise<string> {
    const dialog = (await this.shareDialog().isVisible()) ? this.shareDialog() : await this.openShareDialog();
    const link = await dialog.getByRole('textbox').inputValue();
    await dialog.getByRole('button', { name: /^copy link$/i }).click();
    await expect.poll(() => this.page.url()).toBe(link);
    return link;
  }

  async setTheme(theme: 'light' | 'dark') {
    await this.page.getByRole('combobox', { name: 'Colour theme' }).selectOption(theme);
    await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
  }
}
