// "Report a concern": the destination's channels with what each handles, the prefilled report shown
// in full (the same text utils/report.ts builds in Node), copy to the clipboard, and mailto links
// carrying exactly that text. Nothing is sent by the extension.

import { FIXTURES, expect, test } from './harness';
import { expectedPage, expectedReport, fixtureHtml } from './overlay-expect';
import { hostSelector } from './overlay-page';

test('the report preview shows the whole report, copies it, and mails it only through the user', async ({ context }) => {
  const path = 'boards/linkedin/list.html';
  const url = `${FIXTURES}/${path}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: FIXTURES });
  const target = expectedPage(fixtureHtml(path), url).health.find((a) => a.kind === 'detail' && a.verdict === 'concern')!;
  expect(target, 'the fixture has an ad of concern').toBeDefined();
  const page = await context.newPage();
  await page.goto(url);

  await page.locator(hostSelector(target.id, 'detail')).locator('button[aria-haspopup="dialog"]').click();
  const panel = page.locator('recruit-lens-overlay[data-kind="panel"] [role="dialog"]');
  await panel.locator('[data-action="report"]').click();
  await expect(panel).toHaveAttribute('aria-labelledby', 'rl-report-title');
  await expect(panel.locator('#rl-report-title')).toBeFocused();

  const { report, channels } = expectedReport(target.ad, target.ad.url ?? url, new Date());
  const shown = await panel.locator('[data-report-text]').textContent();
  expect(shown).toBe(report.text);
  for (const finding of target.analysis.findings) {
    expect(shown).toContain(`(${finding.rule})`);
    for (const span of finding.evidence) expect(shown).toContain(span.text.replace(/\s+/g, ' ').trim());
  }
  expect(shown).toContain(target.analysis.rulesVersion);

  const listed = await panel.locator('[data-channel]').evaluateAll((els) => els.map((el) => el.getAttribute('data-channel')));
  expect(listed).toEqual(channels.map((c) => c.id));
  for (const channel of channels.filter((c) => c.email)) {
    const href = await panel.locator(`[data-channel="${channel.id}"] a[data-action="mailto"]`).getAttribute('href');
    const mail = new URL(href!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe(channel.email);
    expect(mail.searchParams.get('subject')).toBe(report.subject);
    expect(mail.searchParams.get('body')).toBe(report.body);
  }
  await expect(panel.locator('a[data-action="mailto"]')).toHaveCount(channels.filter((c) => c.email).length);

  await panel.locator('[data-action="copy-report"]').click();
  await expect(panel.locator('[data-copy-status]')).toHaveAttribute('data-copy-status', 'copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report.text);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveAttribute('aria-labelledby', 'rl-panel-title');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('a destination with no recorded channel says so instead of inventing one', async ({ context }) => {
  const path = 'boards/jobberman/detail.html';
  const url = `${FIXTURES}/${path}`;
  const target = expectedPage(fixtureHtml(path), url).health.find((a) => a.kind === 'detail')!;
  const { channels } = expectedReport(target.ad, target.ad.url ?? url, new Date());
  expect(channels, 'this fixture recruits for a country with no recorded channel').toEqual([]);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(hostSelector(target.id, 'detail')).locator('button[aria-haspopup="dialog"]').click();
  const panel = page.locator('recruit-lens-overlay[data-kind="panel"] [role="dialog"]');
  await panel.locator('[data-action="report"]').click();
  await expect(panel.locator('.rl-no-channel')).toContainText('We have no checked reporting contact');
  await expect(panel.locator('[data-channel]')).toHaveCount(0);
  await expect(panel.locator('a[href^="mailto:"]')).toHaveCount(0);
});
