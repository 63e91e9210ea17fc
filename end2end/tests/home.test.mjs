// The home page: server-rendered, hydrated, bilingual, keyboard-usable and axe-clean.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoAxeViolations,
  assertNoAxeViolationsWithoutScripts,
  newContext,
  waitForHydration,
  useServerAndBrowser,
} from './support.mjs';

const running = useServerAndBrowser();

describe('home page', () => {
  test('hydrates and lists the service groups from the database', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/');
    await waitForHydration(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    const groups = page.locator('.service-group-name');
    assert.ok((await groups.count()) >= 8, 'the catalogue groups are listed');
    assert.equal(await groups.first().textContent(), 'Roads and sidewalks');
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });

  test('switching to French changes the text, and the choice survives navigation', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/');
    await waitForHydration(page);
    const englishHeading = await page.locator('h1').textContent();

    await page.getByText('Language', { exact: false }).first().click();
    await Promise.all([page.waitForURL(/lang=fr/), page.locator('a[hreflang="fr"]').click()]);
    await waitForHydration(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    const frenchHeading = await page.locator('h1').textContent();
    assert.notEqual(frenchHeading, englishHeading);
    assert.equal(frenchHeading, 'Signaler un problème ou demander un service municipal');
    assert.equal(await page.locator('.service-group-name').first().textContent(), 'Routes et trottoirs');
    await assertNoAxeViolations(page);

    await page.goto(running.server.baseUrl + '/');
    await waitForHydration(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr', 'the cookie keeps French');
    assertClean();
    await context.close();
  });

  test('the skip link is the first tab stop and moves focus to the main content', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/');
    await waitForHydration(page);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    assert.equal(await focused.getAttribute('href'), '#main');
    assert.ok(await focused.isVisible(), 'the focused skip link is visible');
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visibly marked');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    assertClean();
    await context.close();
  });

  test('works with JavaScript turned off, including the language switcher', async () => {
    const { context, assertClean } = await newContext(running.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/');
    assert.ok((await page.locator('.service-group-name').count()) >= 8);
    await page.locator('summary').click();
    await page.locator('a[hreflang="fr"]').click();
    await page.waitForURL(/lang=fr/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.locator('h1').textContent(), 'Signaler un problème ou demander un service municipal');
    await assertNoAxeViolationsWithoutScripts(running.browser, page);
    assertClean();
    await context.close();
  });

  test('unknown pages answer 404 with a way home', async () => {
    const { context, assertClean } = await newContext(running.browser, {}, {
      expectedConsoleErrors: [/status of 404/],
    });
    const page = await context.newPage();
    const response = await page.goto(running.server.baseUrl + '/no-such-page');
    assert.equal(response.status(), 404);
    await waitForHydration(page);
    assert.equal(await page.locator('h1').textContent(), 'Page not found');
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });
});
