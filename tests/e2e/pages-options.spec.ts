// options.html in real Chromium with the built extension.
import { expect, test } from './harness';
import { expectNoSeriousA11yViolations, openExtensionPage, pageErrors, tabTo } from './pages-helpers';

async function stored(page: import('@playwright/test').Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

test('language: browser default or chosen, applied live to every open page', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options');
  const checker = await openExtensionPage(context, extensionId, 'checker');
  await expect(options.getByLabel('Language of Recruit Lens')).toHaveValue('auto');
  await expect(options.locator('#opt-language option[value="auto"]')).toHaveText('Same as the browser (English)');
  await options.getByLabel('Language of Recruit Lens').selectOption('fr');
  await expect(options.locator('h1')).toHaveText('Paramètres de Recruit Lens');
  await expect(options.getByTestId('saved')).toHaveText('Enregistré.');
  await expect(checker.locator('h1')).toHaveText('Vérifiez une offre d\'emploi avant de la publier');
  await expect(checker).toHaveTitle('Vérifier une offre d\'emploi – Recruit Lens');
  await options.getByLabel('Langue de Recruit Lens').selectOption('pt');
  await expect(checker.locator('h1')).toHaveText('Verifique um anúncio de emprego antes de o publicar');
  await options.getByLabel('Idioma do Recruit Lens').selectOption('auto');
  await expect(checker.locator('h1')).toHaveText('Check a job ad before you publish it');
  expect((await stored(options)).locale).toBe('auto');
  expect(pageErrors(options)).toEqual([]);
});

test('country of residence: saved, and the pages speak to the reader', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options');
  await options.getByLabel('Country where you live').selectOption('GH');
  await expect(options.getByTestId('residence-effect')).toContainText('You live in Ghana, which is on the WHO list');
  expect((await stored(options)).residence).toBe('GH');
  const popup = await openExtensionPage(context, extensionId, 'popup');
  await expect(popup.getByTestId('residence-note')).toContainText('You live in Ghana');
  await options.getByLabel('Country where you live').selectOption('PH');
  await expect(options.getByTestId('residence-effect')).toContainText('which is not on the WHO list');
  await expect(popup.getByTestId('residence-note')).toHaveCount(0);
  await options.getByLabel('Country where you live').selectOption('');
  expect((await stored(options)).residence).toBeNull();
});

test('boards, caution findings and highlights are saved at once', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options');
  const boards = options.locator('fieldset.boards input[type="checkbox"]');
  await expect(boards).toHaveCount(7);
  await options.getByLabel('LinkedIn').uncheck();
  await options.getByLabel('Show points to check').uncheck();
  await options.getByLabel('Highlight the words behind each finding in the ad').uncheck();
  await expect.poll(() => stored(options)).toMatchObject({ boards: { linkedin: false }, showCaution: false, highlights: false });
  await options.reload();
  await expect(options.getByLabel('LinkedIn')).not.toBeChecked();
  await expect(options.getByLabel('Indeed')).toBeChecked();
  await expect(options.getByLabel('Show points to check')).not.toBeChecked();
  await options.getByLabel('LinkedIn').check();
  await expect.poll(async () => ((await stored(options)).boards as Record<string, boolean>).linkedin).toBe(true);
});

test('reading job ads on any site asks for the optional permission and mirrors it', async ({ context, extensionId, worker }) => {
  const options = await openExtensionPage(context, extensionId, 'options');
  const box = options.getByLabel('Read job ads on any site');
  await expect(box).toBeEnabled();
  // Reflects the real permission: not granted on a fresh profile.
  await expect(box).not.toBeChecked();
  expect(await worker.evaluate(() => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['*://*/*'] }))).toBe(false);

  // Headless Chromium shows no permission prompt that a test could answer, so the browser's
  // permission API is replaced in this page by one that answers like the user would.
  await options.evaluate(() => {
    const w = window as unknown as { answer: boolean; granted: boolean; calls: string[] };
    w.answer = false;
    w.granted = false;
    w.calls = [];
    const permissions = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions;
    const reply = (value: boolean, cb?: (v: boolean) => void) => {
      if (cb) setTimeout(() => cb(value), 0);
      return Promise.resolve(value);
    };
    permissions.contains = (_p: object, cb?: (v: boolean) => void) => reply(w.granted, cb);
    permissions.request = (p: { origins: string[] }, cb?: (v: boolean) => void) => {
      w.calls.push(`request ${p.origins.join(',')}`);
      w.granted = w.answer;
      return reply(w.answer, cb);
    };
    permissions.remove = (p: { origins: string[] }, cb?: (v: boolean) => void) => {
      w.calls.push(`remove ${p.origins.join(',')}`);
      w.granted = false;
      return reply(true, cb);
    };
  });
  // The user says no: we say so, and nothing changes.
  await box.click();
  await expect(options.locator('#opt-any-site-note')).toHaveText('The browser did not grant the permission, so this stays off.');
  await expect(box).not.toBeChecked();
  expect((await stored(options)).anySite).toBe(false);
  // The user says yes: on, and settings.anySite mirrors it.
  await options.evaluate(() => ((window as unknown as { answer: boolean }).answer = true));
  await box.click();
  await expect(box).toBeChecked();
  await expect.poll(async () => (await stored(options)).anySite).toBe(true);
  // Turned off: the permission is removed.
  await box.click();
  await expect(box).not.toBeChecked();
  await expect.poll(async () => (await stored(options)).anySite).toBe(false);
  expect(await options.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual(['request *://*/*', 'request *://*/*', 'remove *://*/*']);
});

test('about the rules: WHO list edition and date, sources with links, rules version', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options');
  const about = options.getByTestId('about-rules');
  await expect(about).toContainText(/Rules version \d{4}\.\d+\.\d+\./);
  await expect(about).toContainText('WHO Health Workforce Support and Safeguards List, 2023 edition (published 2023-03, 55 countries)');
  const links = about.locator('ul.sources a[href^="http"]');
  expect(await links.count()).toBeGreaterThan(10);
  await expect(about.locator('a', { hasText: 'WHO Global Code of Practice' })).toHaveAttribute('target', '_blank');
});

test('keyboard only: every setting is reachable and operable', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options');
  await tabTo(options, '#opt-language');
  await tabTo(options, '#opt-residence');
  await tabTo(options, '#opt-caution');
  await options.keyboard.press('Space');
  await expect.poll(async () => (await stored(options)).showCaution).toBe(false);
  await tabTo(options, '#opt-highlights');
  await tabTo(options, '#opt-board-seek');
  await options.keyboard.press('Space');
  await expect.poll(async () => ((await stored(options)).boards as Record<string, boolean>)?.seek).toBe(false);
  await tabTo(options, '#opt-any-site');
  await tabTo(options, '[data-testid="about-rules"] a');
});

test('axe: no serious or critical accessibility violation on the settings page', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options');
  await options.getByLabel('Country where you live').selectOption('NG');
  await expectNoSeriousA11yViolations(options);
});
