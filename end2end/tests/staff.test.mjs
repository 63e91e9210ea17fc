// The division console: sign in, find a request in the queue, close it with a reason and a
// public note, and see the closure on the resident's status page. Keyboard and axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoAxeViolations,
  enterTo,
  newContext,
  screenshot,
  visibleText,
  waitForHydration,
  useServerAndBrowser,
} from './support.mjs';

const running = useServerAndBrowser();
const password = 'correct horse battery staple';


describe('staff console', () => {
  test('division staff close a request with a reason, and the resident sees it', async () => {
    running.server.createStaffUser('division_staff', 'crew@toronto.ca', password);
    const number = await running.server.fileRequest();
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/staff');
    await page.waitForURL('**/staff/login');
    await waitForHydration(page);
    await assertNoAxeViolations(page);

    await page.getByLabel('Email address').focus();
    await page.keyboard.type('crew@toronto.ca');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the password');
    await enterTo(page, /error=wrong/);
    await waitForHydration(page);
    assert.match(await page.locator('.error-summary').textContent(), /email address or password is not right/);
    assert.equal(await page.getByLabel('Email address').inputValue(), 'crew@toronto.ca');
    await page.getByLabel('Password').focus();
    await page.keyboard.type(password);
    await enterTo(page, /\/staff$/);
    await waitForHydration(page);

    assert.equal(await visibleText(page.locator('h1')), 'Service request queue');
    const row = page.locator('table.queue tr', { hasText: number });
    assert.match(await visibleText(row), /Pothole/);
    await assertNoAxeViolations(page);
    await screenshot(page, 'staff-queue');
    await row.getByRole('link').focus();
    await enterTo(page, new RegExp(`/staff/requests/${number}$`));
    await waitForHydration(page);

    // Closing without a reason is refused and says why.
    await page.getByLabel('New status').selectOption('completed');
    await page.getByRole('button', { name: 'Save the change' }).focus();
    await enterTo(page, /error=reason-missing/);
    await waitForHydration(page);
    assert.match(await page.locator('.error-summary').textContent(), /Choose a reason for closing/);
    await assertNoAxeViolations(page);

    await page.getByLabel('New status').selectOption('completed');
    await page.getByLabel('Reason for closing').selectOption('repaired');
    await page.getByLabel('Public note').fill('Patched with hot asphalt.');
    await page.getByLabel('Internal note').fill('Crew 12');
    await page.getByRole('button', { name: 'Save the change' }).focus();
    await enterTo(page, /saved=true/);
    await waitForHydration(page);
    assert.equal(await page.locator('p.notice').textContent(), 'The change was saved.');
    assert.match(await visibleText(page.locator('.timeline li').first()), /Completed.*Repaired.*Patched with hot asphalt\..*Crew 12/s);
    await assertNoAxeViolations(page);

    const resident = await context.newPage();
    await resident.goto(`${running.server.baseUrl}/requests/${number}`);
    await waitForHydration(resident);
    assert.equal(await resident.locator('.status-badge strong').textContent(), 'Completed');
    const timeline = await visibleText(resident.locator('.timeline'));
    assert.match(timeline, /Patched with hot asphalt\./);
    assert.doesNotMatch(timeline, /Crew 12/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/staff/login');
    await page.goto(running.server.baseUrl + '/staff');
    await page.waitForURL('**/staff/login');
    assertClean();
    await context.close();
  });
});
