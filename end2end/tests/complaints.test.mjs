// A complaint once the SLA has passed, and its escalation once the complaint's own SLA passes,
// with the portal's test clock moving time forward. Keyboard only, axe-core on each page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoAxeViolations,
  newContext,
  visibleText,
  waitForHydration,
  useServerAndBrowser,
} from './support.mjs';

const running = useServerAndBrowser({ CIVIC311_TEST_CLOCK: 'true', CIVIC311_ESCALATION_CHECK_SECONDS: '1' });
const day = 86_400;

async function advanceClock(seconds) {
  const response = await fetch(`${running.server.baseUrl}/test/clock`, {
    method: 'POST',
    body: new URLSearchParams({ advance_seconds: String(seconds) }),
  });
  assert.equal(response.status, 200);
}

describe('complaints', () => {
  test('an overdue request takes a complaint, which is escalated when nobody answers', async () => {
    const number = await running.server.fileRequest();
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(`${running.server.baseUrl}/requests/${number}`);
    await waitForHydration(page);
    assert.equal(await page.locator('#complaint').count(), 0, 'nothing to complain about yet');

    await advanceClock(10 * day);
    await page.reload();
    await waitForHydration(page);
    assert.match(await visibleText(page.locator('.time-left')), /past the expected date/);
    await page.getByLabel('What is wrong?').focus();
    await page.keyboard.type('The pothole is still there and getting deeper.');
    await page.getByRole('button', { name: 'File a complaint' }).focus();
    const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
    await page.keyboard.press('Enter');
    await navigated;
    await page.waitForLoadState('load');
    assert.match(page.url(), /complaint=filed/);
    await waitForHydration(page);
    assert.match(await visibleText(page.locator('.timeline')), /Complaint filed/);
    assert.match(await visibleText(page.locator('#complaint')), /waiting for an answer/);
    await assertNoAxeViolations(page);

    await advanceClock(10 * day);
    const deadline = Date.now() + 15_000;
    for (;;) {
      await page.goto(`${running.server.baseUrl}/requests/${number}`);
      await waitForHydration(page);
      if (/Complaint escalated/.test(await visibleText(page.locator('.timeline')))) break;
      assert.ok(Date.now() < deadline, 'the complaint was escalated');
      await page.waitForTimeout(300);
    }
    assert.match(await visibleText(page.locator('#complaint')), /escalated to the division's management/);
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });
});
