import { expect, test } from '@playwright/test';
import { StackmapPage } from './stackmap.page';

// A project as people keep it: a main file, a local override that pins another image and
// publishes a port, a .env the override reads, a profile, and an env_file nobody dropped.
const COMPOSE = `services:
  web:
    image: example/web:1.0
    ports:
      - "8080:80"
    env_file:
      - web.env
    depends_on:
      - api
  api:
    image: example/api:1.0
    environment:
      LOG_LEVEL: info
  debugger:
    image: example/debugger:1.0
    profiles: [debug]
    depends_on:
      - api
`;
const OVERRIDE = `services:
  api:
    image: example/api:\${API_TAG}
    ports:
      - "9000:8000"
`;
const ENV = 'API_TAG=2.0-dev\n';

test('several files dropped at once load as one project, override applied with both sources', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.waitForLayout();
  await app.drop([
    { name: 'compose.override.yaml', text: OVERRIDE },
    { name: '.env', text: ENV },
    { name: 'compose.yaml', text: COMPOSE },
  ]);
  await expect(app.node('api')).toBeVisible();
  await expect(app.node('proxy')).toHaveCount(0);

  // The main file merges first, whatever order the files arrived in.
  await expect(app.mergeOrder()).toHaveText([/compose\.yaml/, /compose\.override\.yaml/]);

  await app.selectService('api');
  const panel = app.panel('api');
  // The image comes from the override, interpolated from .env, and says what it replaced.
  const image = app.fact(panel, 'example/api:2.0-dev');
  await expect(image).toBeVisible();
  await expect(image.getByRole('button')).toHaveText(['compose.override.yaml:3', 'compose.yaml:11']);
  await expect(image).toContainText('compose.override.yaml:3, overrides compose.yaml:11');
  // The port exists only in the override.
  const port = app.fact(panel, '9000 → 8000/tcp');
  await expect(port.getByRole('button', { name: /compose\.override\.yaml:\d+/ })).toBeVisible();

  // Following the overridden source opens the main file at the line that was replaced.
  await image.getByRole('button', { name: 'compose.yaml:11' }).click();
  const viewer = page.getByRole('dialog', { name: 'Source of compose.yaml' });
  await expect(viewer.locator('.source-line.is-current')).toContainText('image: example/api:1.0');
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
});

test('reordering the files changes which one wins', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.drop([
    { name: 'compose.yaml', text: COMPOSE },
    { name: 'compose.override.yaml', text: OVERRIDE },
    { name: '.env', text: ENV },
  ]);
  await app.selectService('api');
  const panel = app.panel('api');
  await expect(panel.getByText('example/api:2.0-dev')).toBeVisible();

  await page.getByRole('button', { name: 'Merge compose.override.yaml earlier' }).click();
  await expect(app.mergeOrder()).toHaveText([/compose\.override\.yaml/, /compose\.yaml/]);
  // Now the main file is applied last: its image wins and points back at the override it replaced.
  const image = app.fact(panel, 'example/api:1.0');
  await expect(image).toBeVisible();
  await expect(image.getByRole('button')).toHaveText(['compose.yaml:11', 'compose.override.yaml:3']);
  await expect(panel.getByText('example/api:2.0-dev')).toHaveCount(0);
  // Mappings still merge: the override's port survives the reorder.
  await expect(panel.getByText('9000 → 8000/tcp')).toBeVisible();
});

test('a profile brings its service in; inactive profiles can be shown dimmed', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.drop([
    { name: 'compose.yaml', text: COMPOSE },
    { name: 'compose.override.yaml', text: OVERRIDE },
    { name: '.env', text: ENV },
  ]);
  await expect(app.node('api')).toBeVisible();
  await expect(app.node('debugger')).toHaveCount(0);

  // Shown dimmed while its profile is off.
  await page.getByRole('checkbox', { name: 'inactive profiles' }).check();
  await expect(app.node('debugger')).toBeVisible();
  await expect(app.node('debugger')).toHaveClass(/is-inactive/);
  const opacity = await app.node('debugger').evaluate((el) => Number(getComputedStyle(el).opacity));
  expect(opacity).toBeLessThan(1);
  await page.getByRole('checkbox', { name: 'inactive profiles' }).uncheck();
  await expect(app.node('debugger')).toHaveCount(0);

  // Turning the profile on makes it a real part of the stack, with its dependency edge.
  await app.profile('debug').check();
  await expect(app.node('debugger')).toBeVisible();
  await expect(app.node('debugger')).not.toHaveClass(/is-inactive/);
  await expect(page.locator('.react-flow__edge[data-id^="debugger->api"]')).toHaveCount(1);
  await app.profile('debug').uncheck();
  await expect(app.node('debugger')).toHaveCount(0);
});

test('a referenced env_file that was not dropped is a warning naming it, the rest loads', async ({ page }) => {
  const app = new StackmapPage(page);
  await app.open();
  await app.drop([{ name: 'compose.yaml', text: COMPOSE }]);
  await expect(app.node('web')).toBeVisible();
  await expect(app.node('api')).toBeVisible();
  const warning = app.diagnostics().locator('.diagnostic', { hasText: 'web.env' });
  await expect(warning).toContainText(/warning/i);
  await expect(warning.getByRole('button', { name: 'compose.yaml:7' })).toBeVisible();
  // The node it belongs to carries the warning too.
  await expect(app.node('web').locator('.badge-warning')).toBeVisible();
});
