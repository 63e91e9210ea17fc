// The service directory: search in the resident's words and language, browse by topic.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoAxeViolations,
  assertNoAxeViolationsWithoutScripts,
  message,
  newContext,
  visibleText,
  waitForHydration,
  useServerAndBrowser,
} from './support.mjs';

const running = useServerAndBrowser();

describe('service directory', () => {
  test('a misspelt search still finds the service, and its page shows the standard', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/services');
    await waitForHydration(page);
    await page.getByLabel('Search for a service').fill('pothloe');
    await Promise.all([page.waitForURL(/q=pothloe/), page.keyboard.press('Enter')]);
    await waitForHydration(page);
    assert.match(await visibleText(page.locator('#results-heading')), /match(es)? “pothloe”/);
    const first = page.locator('.search-results .service-list a').first();
    assert.equal(await first.textContent(), 'Pothole');
    await assertNoAxeViolations(page);
    await first.click();
    await page.waitForURL('**/services/pothole');
    await waitForHydration(page);
    assert.equal(await page.locator('h1').textContent(), 'Pothole');
    assert.match(await visibleText(page.locator('.summary-list')), /We aim to respond within 4 business days/);
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });

  test('a topic on the home page leads to its services', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/');
    await waitForHydration(page);
    await page.locator('.service-group-name').first().click();
    await page.waitForURL('**/services#topic-roads');
    await waitForHydration(page);
    const topic = page.locator('#topic-roads');
    assert.equal(await topic.locator('h3').textContent(), 'Roads and sidewalks');
    assert.ok((await topic.locator('.service-list li').count()) >= 5);
    assertClean();
    await context.close();
  });

  test('a search with no match says so and keeps the topics', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/services?q=xylophone');
    await waitForHydration(page);
    assert.match(await visibleText(page.locator('#results-heading')), /No service matches “xylophone”/);
    assert.equal(await page.getByLabel('Search for a service').inputValue(), 'xylophone');
    assert.ok((await page.locator('.topic').count()) >= 8);
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });

  test('search works with JavaScript turned off', async () => {
    const { context, assertClean } = await newContext(running.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/services');
    await page.getByLabel('Search for a service').fill('missed garbage');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=missed/);
    assert.match(await page.locator('.search-results').textContent(), /garbage/i);
    await assertNoAxeViolationsWithoutScripts(running.browser, page);
    assertClean();
    await context.close();
  });

  for (const { tag, query } of [
    { tag: 'fr', query: 'nid de poul' },
    { tag: 'zh-Hans', query: null },
  ]) {
    test(`${tag}: search uses the resident's language`, async () => {
      const { context, assertClean } = await newContext(running.browser);
      const page = await context.newPage();
      const name = message(tag, 'service-pothole');
      const words = query ?? name;
      await page.goto(`${running.server.baseUrl}/services?lang=${tag}&q=${encodeURIComponent(words)}`);
      await waitForHydration(page);
      assert.equal(await page.locator('.search-results .service-list a').first().textContent(), name);
      await assertNoAxeViolations(page);
      assertClean();
      await context.close();
    });
  }

  test('an unknown service answers 404', async () => {
    const { context, assertClean } = await newContext(running.browser, {}, { expectedConsoleErrors: [/status of 404/] });
    const page = await context.newPage();
    const response = await page.goto(running.server.baseUrl + '/services/unicorn-sighting');
    assert.equal(response.status(), 404);
    await waitForHydration(page);
    assert.equal(await page.locator('h1').textContent(), 'We cannot find that service');
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });
});
