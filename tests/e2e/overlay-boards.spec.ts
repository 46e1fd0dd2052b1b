// Every board fixture, list and detail, in real Chromium with the built extension: one badge per
// health ad on its own card with the engine's verdict, nothing on other ads, the panel by click and
// by keyboard with each finding's rule, and the ad's words highlighted.

import type { Page } from '@playwright/test';
import { FIXTURES, expect, test } from './harness';
import { BOARD_FIXTURES, expectedPage, fixtureHtml, hasHighlightableEvidence, type ExpectedAd } from './overlay-expect';
import { highlightedRanges, hostSelector, misplacedHosts, overlayHosts } from './overlay-page';

const byKey = <T extends { id: string; kind: string }>(list: T[]) => [...list].sort((a, b) => `${a.kind}|${a.id}`.localeCompare(`${b.kind}|${b.id}`));

async function openPanel(page: Page, ad: ExpectedAd, how: 'click' | 'keyboard') {
  const badge = page.locator(hostSelector(ad.id, ad.kind)).locator('button[aria-haspopup="dialog"]');
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  if (how === 'click') await badge.click();
  else {
    await badge.focus();
    await page.keyboard.press('Enter');
  }
  const panel = page.locator('recruit-lens-overlay[data-kind="panel"] [role="dialog"]');
  await expect(panel).toBeVisible();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  return { badge, panel };
}

for (const path of BOARD_FIXTURES) {
  test(`${path}: badges with the engine's verdicts, the panel by click and keyboard, highlights`, async ({ context }) => {
    const url = `${FIXTURES}/${path}`;
    const expected = expectedPage(fixtureHtml(path), url);
    expect(expected.health.length, 'the fixture has health ads').toBeGreaterThan(0);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);

    const want = byKey(expected.health.map(({ id, kind, verdict }) => ({ id, kind, verdict })));
    await expect.poll(async () => byKey(await overlayHosts(page)), { timeout: 15_000 }).toEqual(want);
    expect(await misplacedHosts(page, expected.health.filter((a) => a.kind === 'card'))).toEqual([]);
    for (const quiet of expected.quiet) await expect(page.locator(`recruit-lens-overlay[data-ad-id="${quiet.id}"]`)).toHaveCount(0);

    const target = expected.health.find((a) => a.rules.length > 0) ?? expected.health[0]!;
    const first = await openPanel(page, target, 'click');
    await expect(first.panel).toHaveAttribute('data-verdict', target.verdict);
    await expect(first.panel.locator('#rl-panel-title')).toContainText(target.title);
    await expect(first.panel).toHaveAttribute('aria-labelledby', 'rl-panel-title');
    const rules = await first.panel.locator('[data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    expect([...rules].sort()).toEqual([...target.rules].sort());
    await page.keyboard.press('Escape');
    await expect(first.panel).toHaveCount(0);
    await expect(first.badge).toBeFocused();

    const other = expected.health[expected.health.length - 1]!;
    const second = await openPanel(page, other, 'keyboard');
    await expect(second.panel).toHaveAttribute('data-verdict', other.verdict);
    await expect(second.panel.locator('#rl-panel-title')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(second.panel.locator('button[aria-label="Close"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(second.panel).toHaveCount(0);

    if (hasHighlightableEvidence(expected)) await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    else expect(await highlightedRanges(page)).toBe(0);
    expect(errors).toEqual([]);
  });
}
