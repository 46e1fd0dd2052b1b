// axe-core on the warnings drawn into a board page (the `recruit-lens-overlay` hosts and their open
// shadow roots), with the detail panel open: no serious or critical violation. Only our elements
// are audited: the board fixture's own markup is not ours to judge.
import { FIXTURES, expect, test } from './harness';
import { expectNoSeriousA11yViolations } from './pages-helpers';

for (const path of ['boards/linkedin/list.html', 'boards/indeed/detail.html', 'boards/jobberman/list.html']) {
  test(`axe: the overlay on ${path}, badges and open panel`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${FIXTURES}/${path}`);
    const badge = page.locator('recruit-lens-overlay button[aria-haspopup="dialog"]').first();
    await expect(badge).toBeVisible({ timeout: 15_000 });
    await expectNoSeriousA11yViolations(page, 'recruit-lens-overlay');
    await badge.click();
    await expect(page.locator('recruit-lens-overlay [role="dialog"]').first()).toBeVisible();
    await expect(page.locator('recruit-lens-overlay [role="dialog"] [data-rule]').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'recruit-lens-overlay');
  });
}
