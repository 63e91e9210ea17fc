// Updates by email, end to end in French: report a pothole, ask for updates on its status page
// and confirm with the code from the email; a staff member closes it as completed; the email
// arrives at a real SMTP server in French, and the timeline shows the closure. Then one click
// on the message's link stops the updates. Keyboard only, axe-core on each page.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoAxeViolations,
  enterTo as enterToPage,
  launchBrowser,
  message,
  newContext,
  screenshot,
  startServer,
  startSmtpServer,
  visibleText,
  waitForHydration,
} from './support.mjs';

const password = 'correct horse battery staple';
const running = {};
before(async () => {
  running.smtp = await startSmtpServer();
  running.server = await startServer({ CIVIC311_SMTP_URL: running.smtp.url, CIVIC311_OUTBOX_POLL_SECONDS: '1' });
  running.browser = await launchBrowser();
});
after(async () => {
  await running.browser?.close();
  await running.server?.stop();
  await running.smtp?.stop();
});


/** Presses Enter, waits for the next page and for it to hydrate. */
async function enterTo(page, urlPattern) {
  await enterToPage(page, urlPattern);
  await waitForHydration(page);
}

describe('updates by email', () => {
  test('a resident subscribes in French and is told, in French, that the request was completed', async () => {
    const t = (id) => message('fr', id);
    const { context, assertClean } = await newContext(running.browser);
    const page = await context.newPage();

    // Report a pothole without the map.
    await page.goto(`${running.server.baseUrl}/report/start?service=pothole&lang=fr`);
    await waitForHydration(page);
    await page.getByRole('button', { name: t('report-start-button') }).focus();
    await enterTo(page, /\/location$/);
    await page.getByLabel(t('report-place-label')).focus();
    await page.keyboard.type('nathan phillips');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=nathan/);
    await waitForHydration(page);
    await page.getByRole('button', { name: t('report-place-use') }).focus();
    await enterTo(page, /\/details$/);
    await page.locator('input[name="attribute[size]"]').first().check();
    await page.getByRole('button', { name: t('report-continue') }).focus();
    await enterTo(page, /\/photos$/);
    await page.getByRole('button', { name: t('report-continue') }).focus();
    await enterTo(page, /\/check$/);
    await page.getByRole('button', { name: t('report-submit') }).focus();
    await enterTo(page, /\/confirmation$/);
    const number = (await page.locator('.sr-number').textContent()).trim();
    await page.getByRole('link', { name: t('report-sent-track') }).focus();
    await enterTo(page, new RegExp(`/requests/${number}$`));

    // Ask for updates; a wrong address is refused and says what to fix.
    const updates = page.locator('#updates');
    assert.equal(await visibleText(updates.locator('h2')), t('updates-heading'));
    await page.getByLabel(t('updates-email-label')).focus();
    await page.keyboard.type('pas une adresse');
    await enterTo(page, /updates_error=email/);
    assert.match(await visibleText(page.locator('#updates .error-summary')), new RegExp(t('updates-error-email')));
    await assertNoAxeViolations(page);
    await page.getByLabel(t('updates-email-label')).focus();
    await page.keyboard.type('marie@example.org');
    await enterTo(page, /confirm=/);
    assert.match(await visibleText(updates), /m•••@example\.org/);
    await assertNoAxeViolations(page);

    const codeMail = await running.smtp.waitFor(1);
    assert.equal(codeMail.to, 'marie@example.org');
    assert.equal(codeMail.contentLanguage, 'fr');
    assert.match(codeMail.subject, new RegExp(number));
    const code = codeMail.body.match(/\b(\d{6})\b/)[1];
    await page.getByLabel(t('updates-code-label')).focus();
    await page.keyboard.type(code);
    await enterTo(page, /updates=on/);
    assert.equal(await visibleText(page.locator('#updates .notice')), t('updates-on'));
    await assertNoAxeViolations(page);
    await screenshot(page, 'updates-subscribed-fr');

    // A staff member closes it as completed, with a reason and a public note.
    running.server.createStaffUser('division_staff', 'crew@toronto.ca', password);
    // In their own browser: the language they choose must not change the resident's.
    const staffBrowser = await newContext(running.browser);
    const staff = await staffBrowser.context.newPage();
    await staff.goto(`${running.server.baseUrl}/staff/login?lang=en`);
    await waitForHydration(staff);
    await staff.getByLabel('Email address').fill('crew@toronto.ca');
    await staff.getByLabel('Password').fill(password);
    await staff.getByLabel('Password').focus();
    await enterTo(staff, /\/staff$/);
    await staff.goto(`${running.server.baseUrl}/staff/requests/${number}`);
    await waitForHydration(staff);
    await staff.getByLabel('New status').selectOption('completed');
    await staff.getByLabel('Reason for closing').selectOption('repaired');
    await staff.getByLabel('Public note').fill('Nid-de-poule rebouché.');
    await staff.getByRole('button', { name: 'Save the change' }).focus();
    await enterTo(staff, /saved=true/);

    // The email comes in French, with the note, a link to the request and one to stop.
    const statusMail = await running.smtp.waitFor(2);
    assert.equal(statusMail.contentLanguage, 'fr');
    assert.match(statusMail.subject, new RegExp(`${number}.*${t('status-completed')}`));
    assert.match(statusMail.body, /Nid-de-poule rebouché\./);
    assert.match(statusMail.body, new RegExp(`/requests/${number}`));
    const unsubscribe = statusMail.listUnsubscribe.replace(/^<|>$/g, '');
    assert.ok(statusMail.body.includes(unsubscribe), 'the body has the unsubscribe link');

    await page.reload();
    await waitForHydration(page);
    assert.equal(await page.locator('.status-badge strong').textContent(), t('status-completed'));
    assert.match(await visibleText(page.locator('.timeline li').first()), new RegExp(`${t('status-completed')}.*Nid-de-poule rebouché`, 's'));
    await assertNoAxeViolations(page);

    // The link in the email stops the updates with one button.
    await page.goto(unsubscribe.replace('http://127.0.0.1:3000', running.server.baseUrl));
    await waitForHydration(page);
    assert.match(await visibleText(page.locator('h1')), new RegExp(number));
    await assertNoAxeViolations(page);
    await page.getByRole('button', { name: t('unsubscribe-button') }).focus();
    await enterTo(page, /done=true/);
    assert.match(await visibleText(page.locator('.notice')), new RegExp(number));
    await assertNoAxeViolations(page);
    assertClean();
    staffBrowser.assertClean();
    await staffBrowser.context.close();
    await context.close();
  });
});
