// The portal in several scripts and directions, and a pseudo-locale sweep for text that
// bypasses Fluent.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoAxeViolations,
  message,
  newContext,
  screenshot,
  waitForHydration,
  useServerAndBrowser,
} from './support.mjs';

const running = useServerAndBrowser({ CIVIC311_PSEUDO_LOCALE: 'true' });

const LOCALES = [
  { tag: 'en', dir: 'ltr' },
  { tag: 'fr', dir: 'ltr' },
  { tag: 'ar', dir: 'rtl' },
  { tag: 'zh-Hans', dir: 'ltr' },
  { tag: 'pa', dir: 'ltr' },
];

describe('home page in each script', () => {
  for (const { tag, dir } of LOCALES) {
    test(`${tag}: lang, dir, translated text, no axe violations`, async () => {
      const { context, assertClean } = await newContext(running.browser);
      const page = await context.newPage();
      await page.goto(`${running.server.baseUrl}/?lang=${tag}`);
      await waitForHydration(page);
      assert.equal(await page.getAttribute('html', 'lang'), tag);
      assert.equal(await page.getAttribute('html', 'dir'), dir);
      assert.equal(await page.locator('h1').textContent(), message(tag, 'home-heading'));
      assert.equal(
        await page.locator('.service-group-name').first().textContent(),
        message(tag, 'service-group-roads'),
      );
      await assertNoAxeViolations(page);
      await screenshot(page, `home-${tag}`);
      assertClean();
      await context.close();
    });
  }

  test('right-to-left pages mirror the layout', async () => {
    const { context, assertClean } = await newContext(running.browser, { viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    for (const [tag, brandOnRight] of [['en', false], ['ar', true]]) {
      await page.goto(`${running.server.baseUrl}/?lang=${tag}`);
      await waitForHydration(page);
      const brand = await page.locator('.brand').boundingBox();
      const switcher = await page.locator('.language-switcher').boundingBox();
      assert.equal(brand.x > switcher.x, brandOnRight, `${tag}: brand on the ${brandOnRight ? 'right' : 'left'}`);
    }
    assertClean();
    await context.close();
  });

  test('each language is listed in its own name with its lang attribute', async () => {
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();
    await page.goto(`${running.server.baseUrl}/?lang=ar`);
    await waitForHydration(page);
    const arabic = page.locator('.language-switcher a[hreflang="ar"]');
    assert.equal(await arabic.getAttribute('lang'), 'ar');
    assert.equal(await arabic.getAttribute('dir'), 'rtl');
    assert.equal(await arabic.textContent(), 'العربية');
    assert.equal(await page.locator('.language-switcher a[hreflang="ta"]').textContent(), 'தமிழ்');
    assert.ok((await page.locator('.language-switcher a[hreflang]').count()) >= 50);
    assertClean();
    await context.close();
  });

  test('320 px wide pages reflow without horizontal scrolling', async () => {
    const { context, assertClean } = await newContext(running.browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const tag of ['en', 'ar', 'ta']) {
      await page.goto(`${running.server.baseUrl}/?lang=${tag}`);
      await waitForHydration(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${tag}: page is ${overflow}px wider than the 320 px viewport`);
    }
    await screenshot(page, 'home-ta-320px');
    assertClean();
    await context.close();
  });
});

describe('pseudo-locale', () => {
  // Visible text and accessible names; language names in the switcher are data in their own
  // language (they carry their own lang attribute) and are skipped.
  async function untranslatedText(page) {
    return page.evaluate(() => {
      const found = [];
      // Pseudo-localized words keep some plain vowels ("ee"), but every word of three or more
      // letters also has an accented one; an all-ASCII word is English that bypassed Fluent.
      const englishWord = { test: (text) => text.split(/[^\p{L}]+/u).some((w) => w.length >= 3 && /^[A-Za-z]+$/.test(w)) };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const owner = node.parentElement.closest('[lang]');
        if (owner && owner.getAttribute('lang') !== 'en-XA') continue;
        // Proper names (ward, division, street) are marked translate="no".
        if (node.parentElement.closest('[translate="no"]')) continue;
        if (node.parentElement.closest('script, style')) continue;
        if (englishWord.test(node.textContent)) found.push(node.textContent.trim());
      }
      for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = element.getAttribute(name);
          if (value && englishWord.test(value)) found.push(`${name}="${value}"`);
        }
      }
      if (englishWord.test(document.title)) found.push(`<title>${document.title}`);
      return found;
    });
  }

  for (const path of ['/', '/no-such-page', '/services', '/services?q=%C6%A4%C5%A7', '/services/pothole', '/requests', '/requests?number=oops', '/requests/2026-999999', '/report', '/report/start?service=pothole', '/report/start?service=graffiti-hate', '/report/start?service=graffiti-city-property&error=owner', '/report/elsewhere?owner=ttc', '/report/0000/location']) {
    test(`${path} has no text outside Fluent`, async () => {
      const { context } = await newContext(running.browser, {}, { expectedConsoleErrors: [/status of 404/] });
      const page = await context.newPage();
      const separator = path.includes('?') ? '&' : '?';
      await page.goto(`${running.server.baseUrl}${path}${separator}lang=en-XA`);
      await waitForHydration(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'en-XA');
      assert.deepEqual(await untranslatedText(page), []);
      await context.close();
    });
  }
});
