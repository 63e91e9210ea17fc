// Reporting a problem: with the map, with the keyboard alone and no map, without JavaScript,
// and following a duplicate nearby instead of filing it. Each journey ends with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  assertNoAxeViolations,
  enterTo,
  assertNoAxeViolationsWithoutScripts,
  message,
  newContext,
  repoRoot,
  screenshot,
  visibleText,
  waitForHydration,
  useServerAndBrowser,
} from './support.mjs';

const running = useServerAndBrowser();
const photoWithGps = join(repoRoot, 'end2end', 'fixtures', 'photo-with-gps.jpg');

/** Clicks a submit button and waits for the page it leads to, which may be the same URL. */
async function submitTo(page, button, urlPattern) {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await button.click();
  await navigated;
  await page.waitForLoadState('load');
  assert.match(page.url(), urlPattern);
}


/**
 * An accessible name as Fluent renders it: variables are wrapped in invisible Unicode
 * isolation marks (so an SR number stays intact inside right-to-left text).
 */
function fluentName(text) {
  const escaped = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const marks = '[\u2068\u2069]*';
  return new RegExp(`^${marks}${escaped.join(marks)}${marks}$`);
}

/** The SR number shown on the confirmation page. */
async function confirmedNumber(page) {
  assert.equal(await visibleText(page.locator('h1')), 'Report sent');
  const number = (await page.locator('.sr-number').textContent()).trim();
  assert.match(number, /^\d{4}-\d{6}$/);
  return number;
}

describe('reporting a problem', () => {
  test('with the map: drop a pin, answer, add a photo, check and send', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/');
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Report a problem' }).first().click();
    await page.waitForURL('**/report');
    await page.getByLabel('Search for a service').fill('pothole');
    await submitTo(page, page.getByRole('button', { name: 'Search' }), /q=pothole/);
    await page.locator('.search-results').getByRole('link', { name: 'Pothole' }).click();
    await page.waitForURL(/\/report\/start\?service=pothole/);
    await waitForHydration(page);
    await assertNoAxeViolations(page);
    await submitTo(page, page.getByRole('button', { name: 'Start now' }), /\/location$/);
    await waitForHydration(page);

    const map = page.locator('#report-map');
    await map.waitFor({ state: 'visible' });
    assert.ok(await page.locator('.leaflet-tile-loaded').first().waitFor().then(() => true));
    const send = page.getByRole('button', { name: "Use this pin's location" });
    assert.ok(await send.isDisabled(), 'nothing to send before a pin is placed');
    const box = await map.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.leaflet-marker-icon').waitFor();
    assert.match(await visibleText(page.locator('.pin-status')), /^Pin placed at 43\.\d+, -79\.\d+$/);
    await assertNoAxeViolations(page);
    await screenshot(page, 'report-map');
    await submitTo(page, send, /\/details$/);
    await waitForHydration(page);

    assert.match(await visibleText(page.locator('.current-location')), /Pin at 43\.\d+, -79\.\d+, Ward \d+/);
    await page.getByLabel('Larger than a car tire').check();
    await page.getByLabel('Describe the problem').fill('Deep hole in the curb lane');
    await submitTo(page, page.getByRole('button', { name: 'Continue' }), /\/photos$/);
    await waitForHydration(page);

    // Loopback uploads finish at once; holding the request shows the progress bar long enough.
    await page.route(/\/photos$/, async (route) => {
      if (route.request().method() === 'POST') await new Promise((done) => setTimeout(done, 800));
      return route.continue();
    });
    await page.getByLabel('Choose a photo').setInputFiles(photoWithGps);
    const uploaded = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
    await page.getByRole('button', { name: 'Upload photo' }).click();
    const progress = page.locator('.upload-progress');
    await progress.waitFor({ state: 'visible' });
    assert.equal(await progress.locator('label').textContent(), 'Uploading photo');
    await uploaded;
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/photos$/, 'the upload returns to the photos page');
    await page.getByRole('img', { name: fluentName('Photo 1') }).waitFor();
    await waitForHydration(page);
    assert.ok(await page.getByRole('button', { name: fluentName('Use the location of photo 1') }).isVisible());
    await assertNoAxeViolations(page);
    await submitTo(page, page.getByRole('button', { name: 'Continue' }), /\/check$/);
    await waitForHydration(page);

    const answers = await visibleText(page.locator('.check-answers'));
    assert.match(answers, /Pothole/);
    assert.match(answers, /Larger than a car tire/);
    assert.match(answers, /1 photo/);
    assert.match(answers, /anonymous/);
    await assertNoAxeViolations(page);
    await submitTo(page, page.getByRole('button', { name: 'Send report' }), /\/confirmation$/);
    await waitForHydration(page);
    const number = await confirmedNumber(page);
    assert.match(await visibleText(page.locator('.summary-list')), /Transportation Services/);
    await assertNoAxeViolations(page);
    await screenshot(page, 'report-confirmation');

    await page.getByRole('link', { name: 'Track this request' }).click();
    await page.waitForURL(`**/requests/${number}`);
    await waitForHydration(page);
    assert.equal(await page.locator('.status-badge strong').textContent(), 'Received');
    const photo = page.getByRole('img', { name: fluentName('Photo 1') });
    assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the photo is shown');
    assertClean();
    await context.close();
  });

  test('without the map, using only the keyboard', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/report/start?service=curb-damaged');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Start now' }).focus();
    await enterTo(page, /\/location$/);
    await waitForHydration(page);

    await page.getByLabel('Street, intersection or place').focus();
    await page.keyboard.type('queen street west and spadina');
    await enterTo(page, /q=queen/);
    await waitForHydration(page);
    const first = page.getByLabel(/Spadina Ave & Queen St W/);
    assert.ok(await first.isChecked(), 'the best match is chosen already');
    await assertNoAxeViolations(page);
    await first.focus();
    await page.keyboard.press('Tab');
    assert.equal(await visibleText(page.locator(':focus')), 'Use this location');
    await enterTo(page, /\/details$/);
    await waitForHydration(page);

    // A wrong email brings the error summary, which links to the field; the text stays.
    await page.getByLabel('Describe the problem').focus();
    await page.keyboard.type('Curb broken at the corner');
    await page.getByLabel('Email address').focus();
    await page.keyboard.type('not-an-email');
    await page.getByRole('button', { name: 'Continue' }).focus();
    await enterTo(page, /\/details$/);
    await waitForHydration(page);
    const summary = page.locator('.error-summary');
    assert.match(await summary.textContent(), /Enter an email address in the correct format/);
    assert.equal((await page.title()).replace(/[\u2068\u2069]/g, ''), 'Error: Tell us about the problem – Civic311');
    assert.equal(await page.getByLabel('Describe the problem').inputValue(), 'Curb broken at the corner');
    assert.equal(await page.getByLabel('Email address').getAttribute('aria-invalid'), 'true');
    await assertNoAxeViolations(page);
    await summary.getByRole('link').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'email');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('resident@example.org');
    await page.getByRole('button', { name: 'Continue' }).focus();
    await enterTo(page, /\/photos$/);
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Continue' }).focus();
    await enterTo(page, /\/check$/);
    await waitForHydration(page);
    assert.match(await visibleText(page.locator('.check-answers')), /resident@example\.org/);
    await page.getByRole('button', { name: 'Send report' }).focus();
    await enterTo(page, /\/confirmation$/);
    await waitForHydration(page);
    await confirmedNumber(page);
    await assertNoAxeViolations(page);
    assertClean();
    await context.close();
  });

  test('with JavaScript turned off, including a photo upload', async () => {
    const { context, assertClean } = await newContext(running.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/report?q=pothole');
    await page.locator('.search-results').getByRole('link', { name: 'Pothole' }).click();
    await submitTo(page, page.getByRole('button', { name: 'Start now' }), /\/location$/);
    assert.ok(!(await page.locator('.pin-map').isVisible()), 'no map without JavaScript');
    await page.getByLabel('Street, intersection or place').fill('nathan phillips');
    await submitTo(page, page.getByRole('button', { name: 'Find' }), /q=nathan/);
    await assertNoAxeViolationsWithoutScripts(running.browser, page);
    await submitTo(page, page.getByRole('button', { name: 'Use this location' }), /\/details$/);

    // Forgetting the required question keeps the description.
    await page.getByLabel('Describe the problem').fill('Pothole near the skating rink');
    await submitTo(page, page.getByRole('button', { name: 'Continue' }), /\/details$/);
    assert.match(await page.locator('.error-summary').textContent(), /About how big is the pothole/);
    assert.equal(await page.getByLabel('Describe the problem').inputValue(), 'Pothole near the skating rink');
    await assertNoAxeViolationsWithoutScripts(running.browser, page);
    await page.getByLabel('About the size of a car tire').check();
    await submitTo(page, page.getByRole('button', { name: 'Continue' }), /\/photos$/);

    await page.getByLabel('Choose a photo').setInputFiles(photoWithGps);
    await submitTo(page, page.getByRole('button', { name: 'Upload photo' }), /\/photos$/);
    assert.ok(await page.getByRole('img', { name: fluentName('Photo 1') }).isVisible());
    await submitTo(page, page.getByRole('button', { name: fluentName('Use the location of photo 1') }), /\/photos$/);
    assert.match(await visibleText(page.locator('.current-location')), /Pin at 43\.64870, -79\.39660/);
    await assertNoAxeViolationsWithoutScripts(running.browser, page);
    await submitTo(page, page.getByRole('button', { name: 'Continue' }), /\/check$/);
    await assertNoAxeViolationsWithoutScripts(running.browser, page);
    await submitTo(page, page.getByRole('button', { name: 'Send report' }), /\/confirmation$/);
    await confirmedNumber(page);
    await assertNoAxeViolationsWithoutScripts(running.browser, page);
    assertClean();
    await context.close();
  });

  test('an open request nearby is offered, and "me too" follows it instead', async () => {
    const existing = await running.server.fileRequest({ lat: '43.65270', long: '-79.38370' });
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(running.server.baseUrl + '/report/start?service=pothole');
    await waitForHydration(page);
    await submitTo(page, page.getByRole('button', { name: 'Start now' }), /\/location$/);
    await page.goto(page.url() + '?q=nathan+phillips+square');
    await waitForHydration(page);
    await submitTo(page, page.getByRole('button', { name: 'Use this location' }), /\/details$/);
    await waitForHydration(page);
    await page.getByLabel('Smaller than a dinner plate').check();
    await submitTo(page, page.getByRole('button', { name: 'Continue' }), /\/photos$/);
    await waitForHydration(page);
    await submitTo(page, page.getByRole('button', { name: 'Continue' }), /\/check$/);
    await waitForHydration(page);

    const nearby = page.locator('.nearby');
    assert.equal(await visibleText(nearby.locator('h2')), 'Has this already been reported?');
    assert.match(await visibleText(nearby), new RegExp(`Service request ${existing}`));
    assert.match(await visibleText(nearby), /Reported by 1 person/);
    assert.match(await visibleText(nearby), /About \d+ m away/);
    await assertNoAxeViolations(page);
    await submitTo(page, nearby.getByRole('button', { name: fluentName(`Me too: follow ${existing}`) }), /\/following$/);
    await waitForHydration(page);
    assert.equal(await visibleText(page.locator('h1')), `You are following ${existing}`);
    assert.match(await visibleText(page.locator('.panel')), /Reported by 2 people/);
    await assertNoAxeViolations(page);
    await page.getByRole('link', { name: 'Track this request' }).click();
    await page.waitForURL(`**/requests/${existing}`);
    await waitForHydration(page);
    assert.equal(await visibleText(page.locator('.reporters')), 'Reported by 2 people');
    assertClean();
    await context.close();
  });
});

describe('reporting in a language other than English', () => {
  for (const [tag, dir] of [['ta', 'ltr'], ['ar', 'rtl'], ['zh-Hans', 'ltr']]) {
    test(`${tag}: report a pothole and read its status page, all in ${tag}`, async () => {
      const { context, assertClean } = await newContext(running.browser);
      const page = await context.newPage();
      const t = (id) => message(tag, id);
      await page.goto(`${running.server.baseUrl}/report/start?service=pothole&lang=${tag}`);
      await waitForHydration(page);
      assert.equal(await page.getAttribute('html', 'lang'), tag);
      assert.equal(await page.getAttribute('html', 'dir'), dir);
      await submitTo(page, page.getByRole('button', { name: t('report-start-button') }), /\/location$/);
      await waitForHydration(page);
      assert.equal(await visibleText(page.locator('h1')), t('report-location-heading'));
      await page.getByLabel(t('report-place-label')).fill('nathan phillips');
      await submitTo(page, page.getByRole('button', { name: t('report-place-find'), exact: true }), /q=nathan/);
      await waitForHydration(page);
      await submitTo(page, page.getByRole('button', { name: t('report-place-use') }), /\/details$/);
      await waitForHydration(page);

      // The service's own question is asked in the reader's language too.
      assert.equal(await visibleText(page.locator('legend').first()), t('question-pothole-size'));
      await page.locator('input[name="attribute[size]"]').first().check();
      await submitTo(page, page.getByRole('button', { name: t('report-continue') }), /\/photos$/);
      await waitForHydration(page);
      await submitTo(page, page.getByRole('button', { name: t('report-continue') }), /\/check$/);
      await waitForHydration(page);
      assert.equal(await visibleText(page.locator('h1')), t('report-check-heading'));
      await assertNoAxeViolations(page);
      await submitTo(page, page.getByRole('button', { name: t('report-submit') }), /\/confirmation$/);
      await waitForHydration(page);
      assert.equal(await visibleText(page.locator('h1')), t('report-sent-heading'));
      const number = (await page.locator('.sr-number').textContent()).trim();
      assert.match(number, /^\d{4}-\d{6}$/);
      assert.match(await visibleText(page.locator('.summary-list')), new RegExp(t('division-transportation-services')));
      await assertNoAxeViolations(page);
      await screenshot(page, `report-confirmation-${tag}`);

      await page.getByRole('link', { name: t('report-sent-track') }).click();
      await page.waitForURL(`**/requests/${number}`);
      await waitForHydration(page);
      assert.equal(await page.locator('.status-badge strong').textContent(), t('status-received'));
      assert.match(await visibleText(page.locator('h1')), new RegExp(number));
      await assertNoAxeViolations(page);
      assertClean();
      await context.close();
    });
  }
});
