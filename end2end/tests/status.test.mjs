// Tracking a service request: look-up by number, the status page, errors, and other languages.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoAxeViolations,
  assertNoAxeViolationsWithoutScripts,
  message,
  newContext,
  screenshot,
  visibleText,
  waitForHydration,
  useServerAndBrowser,
} from './support.mjs';

const running = useServerAndBrowser();
let srNumber;

describe('tracking a service request', () => {
  before(async () => {
    srNumber = await running.server.fileRequest();
  });

  test('a resident finds their request by number using only the keyboard', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/');
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Track a request' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/requests');
    await page.getByLabel('Service request number').focus();
    await page.keyboard.type(` ${srNumber} `);
    await Promise.all([page.waitForURL(`**/requests/${srNumber}`), page.keyboard.press('Enter')]);
    await waitForHydration(page);
    assert.equal(await visibleText(page.locator('h1')), `Service request ${srNumber}`);
    assert.equal(await page.locator('.status-badge strong').textContent(), 'Received');
    const summary = await visibleText(page.locator('.summary-list'));
    assert.match(summary, /Pothole/);
    assert.match(summary, /Transportation Services/);
    assert.match(summary, /Ward \d+: /, 'the ward comes from the boundary file');
    assert.match(summary, /\d+ days? left/);
    assert.equal(await page.locator('.timeline li').count(), 1);
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });

  test('a malformed number gets an error summary and keeps what was typed', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/requests');
    await waitForHydration(page);
    await page.getByLabel('Service request number').fill('20-26');
    await page.getByRole('button', { name: 'Find my request' }).click();
    await page.waitForURL(/number=20-26/);
    await waitForHydration(page);
    const summary = page.locator('.error-summary');
    assert.match(await summary.textContent(), /Enter your service request number in the form 2026-000123/);
    assert.equal(await summary.locator('a').getAttribute('href'), '#number');
    assert.equal(await page.getByLabel('Service request number').inputValue(), '20-26');
    assert.equal(await page.getByLabel('Service request number').getAttribute('aria-invalid'), 'true');
    assert.match(await page.title(), /^Error:/);
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });

  test('an unknown number answers 404 with a way to try again', async () => {
    const { context, assertClean } = await newContext(running.browser, {}, { expectedConsoleErrors: [/status of 404/] });
    const page = await context.newPage();
    const response = await page.goto(running.server.baseUrl + '/requests/2026-999999');
    assert.equal(response.status(), 404);
    await waitForHydration(page);
    assert.equal(await page.locator('h1').textContent(), 'We cannot find that service request');
    assert.match(await visibleText(page.locator('main')), /2026-999999/);
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });

  test('look-up works with JavaScript turned off', async () => {
    const { context, assertClean } = await newContext(running.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/requests');
    await page.getByLabel('Service request number').fill(srNumber.replace('-', ''));
    await page.getByRole('button', { name: 'Find my request' }).click();
    await page.waitForURL(`**/requests/${srNumber}`);
    assert.equal(await page.locator('.status-badge strong').textContent(), 'Received');
    await assertNoAxeViolationsWithoutScripts(running.browser, page);
    assertClean();
    await context.close();
  });

  for (const { tag, dir } of [
    { tag: 'ar', dir: 'rtl' },
    { tag: 'ta', dir: 'ltr' },
    { tag: 'zh-Hans', dir: 'ltr' },
  ]) {
    test(`${tag}: the status page reads in the resident's language`, async () => {
      const { context, assertClean } = await newContext(running.browser);
      const page = await context.newPage();
      await page.goto(`${running.server.baseUrl}/requests/${srNumber}?lang=${tag}`);
      await waitForHydration(page);
      assert.equal(await page.getAttribute('html', 'lang'), tag);
      assert.equal(await page.getAttribute('html', 'dir'), dir);
      assert.equal(await page.locator('.status-badge strong').textContent(), message(tag, 'status-received'));
      assert.equal(await page.locator('.summary-list dd').first().textContent(), message(tag, 'service-pothole'));
      const heading = await visibleText(page.locator('h1'));
      assert.ok(heading.includes(srNumber), `the SR number stays intact in ${heading}`);
      assert.doesNotMatch(await page.locator('.summary-list').textContent(), /November|Received/);
      await assertNoAxeViolations(page);
      await screenshot(page, `status-${tag}`);
      assertClean();
      await context.close();
    });
  }
});
