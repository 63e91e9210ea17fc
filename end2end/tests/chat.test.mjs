// Live chat in two real browsers against two server instances sharing one PostgreSQL
// database: a French-speaking resident on instance A, an agent on instance B. Queue, accept,
// typing both ways, canned replies in the resident's language, an internal note, instance A
// killed and restarted mid-conversation, a request filed from the chat, and the end of the
// chat with a rating and a transcript. Keyboard only on the resident's side; axe-core on the
// panel and the console.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoAxeViolations,
  createPostgresDatabase,
  enterTo,
  launchBrowser,
  message,
  newContext,
  screenshot,
  startServer,
  visibleText,
  waitForHydration,
} from './support.mjs';

const password = 'correct horse battery staple';
const fr = (id) => message('fr', id);
const en = (id) => message('en', id);

let database;
let a;
let b;
let browser;

before(async () => {
  database = createPostgresDatabase();
  const env = { DATABASE_URL: database.url, RUST_LOG: 'warn,civic311::chat=info' };
  a = await startServer(env);
  b = await startServer(env);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await a?.stop();
  await b?.stop();
  database?.drop();
});

/** The resident's messages as shown, without the "You" label. */
async function shownTexts(panel) {
  return panel.locator('.chat-log li .chat-text').allTextContents();
}

describe('live chat across two instances on PostgreSQL', () => {
  test('a resident on one instance and an agent on the other talk, and nothing is lost when an instance dies', async () => {
    b.createStaffUser('agent', 'nadia@toronto.ca', password, ['--name', 'Nadia', '--languages', 'fr,en']);

    // The agent signs in on instance B and lands on the console.
    const agentSide = await newContext(browser);
    const agent = await agentSide.context.newPage();
    await agent.goto(b.baseUrl + '/staff/login');
    await waitForHydration(agent);
    await agent.getByLabel('Email address').fill('nadia@toronto.ca');
    await agent.getByLabel('Password').fill(password);
    await agent.getByLabel('Password').focus();
    await enterTo(agent, /\/agent$/);
    await waitForHydration(agent);
    assert.equal(await visibleText(agent.locator('h1')), en('agent-page-heading'));
    await agent.getByText(en('agent-status-connected')).waitFor();
    await agent.getByText(en('agent-queue-empty')).waitFor();
    await assertNoAxeViolations(agent);

    // The resident, in French on instance A, opens the chat by keyboard.
    // Instance A is killed below: the browser reports the refused reconnections.
    const residentSide = await newContext(browser, { locale: 'fr-CA' }, {
      expectedConsoleErrors: [/WebSocket connection to .* failed/, /WebSocket is already in CLOSING or CLOSED state/],
    });
    const resident = await residentSide.context.newPage();
    await resident.goto(a.baseUrl + '/?lang=fr');
    await waitForHydration(resident);
    const launcher = resident.getByRole('link', { name: fr('chat-launcher') });
    await launcher.focus();
    await resident.keyboard.press('Enter');
    const panel = resident.locator('#chat-panel');
    await panel.waitFor();
    assert.equal(
      await resident.evaluate(() => document.activeElement?.id),
      'chat-heading',
      'opening the chat moves focus into it',
    );
    assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
    await assertNoAxeViolations(resident);

    // Starting without a topic says what is missing and keeps focus there.
    await resident.keyboard.press('Tab'); // close button
    await resident.keyboard.press('Tab'); // name
    await resident.keyboard.type('Amira');
    await resident.keyboard.press('Tab'); // topic
    await resident.keyboard.press('Enter');
    await panel.getByText(fr('chat-error-topic-missing')).waitFor();
    assert.equal(await resident.evaluate(() => document.activeElement?.id), 'chat-topic');
    await resident.keyboard.type('Nid-de-poule rue King');
    await resident.keyboard.press('Enter');
    await panel.getByText(fr('chat-queue-next')).waitFor();
    assert.equal(await panel.locator('.chat-queue').getAttribute('role'), 'status');
    await assertNoAxeViolations(resident);

    // The agent sees it waiting, with its language, and accepts it.
    const row = agent.locator('.queue-table tbody tr', { hasText: 'Nid-de-poule rue King' });
    await row.waitFor();
    assert.match(await visibleText(row), /Français/);
    await assertNoAxeViolations(agent);
    await row.getByRole('button', { name: new RegExp(en('agent-accept')) }).click();
    await agent.getByRole('heading', { name: /Chat with .*Amira/ }).waitFor();
    await agent.getByText(en('agent-queue-empty')).waitFor();

    // The resident is told, in French, through the polite log.
    const log = panel.locator('.chat-log');
    assert.equal(await log.getAttribute('role'), 'log');
    assert.equal(await log.getAttribute('aria-live'), 'polite');
    const joined = fr('chat-event-joined').split('{ $name }')[1].trim();
    await log.locator('.chat-system', { hasText: 'Nadia' }).filter({ hasText: joined }).waitFor();

    // Typing, both ways.
    const residentBox = panel.getByLabel(fr('chat-message-label'));
    await residentBox.focus();
    await resident.keyboard.type('Il y a un trou énorme devant le 100 rue King');
    await agent.getByText(en('chat-typing-resident')).waitFor();
    const reply = agent.getByLabel(en('agent-reply-label'), { exact: true });
    await reply.pressSequentially('Un instant');
    await panel.getByText(fr('chat-typing-agent')).waitFor();
    await reply.fill('');

    await resident.keyboard.press('Tab'); // send button
    await resident.keyboard.press('Enter');
    const agentLog = agent.locator('.agent-chat .chat-log');
    await agentLog.getByText('Il y a un trou énorme devant le 100 rue King').waitFor();

    // A canned reply, in the resident's language, chosen in the agent's.
    await agent.getByLabel(en('agent-canned-label')).selectOption('chat-canned-greeting');
    await agent.getByRole('button', { name: en('agent-canned-insert') }).click();
    assert.equal(await reply.inputValue(), fr('chat-canned-greeting'));
    await agent.getByRole('button', { name: en('agent-send'), exact: true }).click();
    await log.getByText(fr('chat-canned-greeting')).waitFor();

    // An internal note stays with the agents.
    await reply.fill('Resident at 100 King St W, large pothole');
    await agent.getByLabel(en('agent-add-note')).check();
    await agent.getByRole('button', { name: en('agent-send'), exact: true }).click();
    await agentLog.locator('.chat-note', { hasText: 'large pothole' }).waitFor();
    await assertNoAxeViolations(agent);

    // Instance A dies mid-conversation. What the resident sends meanwhile waits, then arrives
    // once; what the agent sends meanwhile arrives once when A is back.
    await a.kill();
    await panel.getByText(fr('chat-reconnecting')).waitFor();
    await residentBox.focus();
    await resident.keyboard.type('Vous êtes toujours là ?');
    await resident.keyboard.press('Tab');
    await resident.keyboard.press('Enter');
    await panel.locator('.chat-pending', { hasText: 'Vous êtes toujours là ?' }).waitFor();
    await reply.fill('Oui, je suis là.');
    await agent.getByRole('button', { name: en('agent-send'), exact: true }).click();
    await agentLog.getByText('Oui, je suis là.').waitFor();
    await a.restart();
    await agentLog.getByText('Vous êtes toujours là ?').waitFor({ timeout: 30_000 });
    await log.getByText('Oui, je suis là.').waitFor({ timeout: 30_000 });
    await panel.locator('.chat-pending').waitFor({ state: 'detached' });
    await reply.fill('Je crée une demande pour vous.');
    await agent.getByRole('button', { name: en('agent-send'), exact: true }).click();
    await log.getByText('Je crée une demande pour vous.').waitFor();
    const texts = await shownTexts(panel);
    for (const text of ['Il y a un trou énorme devant le 100 rue King', 'Vous êtes toujours là ?', 'Oui, je suis là.']) {
      assert.equal(texts.filter((t) => t === text).length, 1, `"${text}" shown exactly once: ${texts}`);
    }
    assert.ok(!texts.some((t) => t.includes('large pothole')), 'the note never reaches the resident');
    const agentTexts = await agentLog.locator('li .chat-text').allTextContents();
    assert.equal(agentTexts.filter((t) => t === 'Vous êtes toujours là ?').length, 1, agentTexts.join(' | '));
    assert.match(a.log(), /chat fan-out: listening/);

    // The agent files a request from the chat: the report form opens filled in.
    await agent.getByLabel(en('agent-request-service')).selectOption('pothole');
    await agent.getByLabel(en('agent-request-place')).fill('King St W');
    assert.match(await agent.getByLabel(en('agent-request-description')).inputValue(), /trou énorme/);
    await agent.getByRole('button', { name: en('agent-request-submit') }).click();
    await agent.waitForURL(/\/report\/[^/]+\/details$/);
    await waitForHydration(agent);
    assert.match(await agent.locator('textarea[name="description"]').inputValue(), /trou énorme devant le 100 rue King/);
    await agent.locator('input[name="attribute[size]"]').first().check();
    await agent.getByRole('button', { name: en('report-continue') }).click();
    await agent.waitForURL(/\/photos$/);
    await agent.getByRole('button', { name: en('report-continue') }).click();
    await agent.waitForURL(/\/check$/);
    await agent.getByRole('button', { name: en('report-submit') }).click();
    await agent.waitForURL(/\/confirmation$/);
    const number = (await visibleText(agent.locator('main'))).match(/\d{4}-\d{6}/)[0];
    // The number reaches the resident in the chat, in French.
    await log.getByText(number).waitFor();
    assert.match(await visibleText(log), new RegExp(`${number}`));

    // Back on the console, the agent ends the chat.
    await agent.goto(b.baseUrl + '/agent');
    await waitForHydration(agent);
    await agent.getByRole('heading', { name: /Chat with .*Amira/ }).waitFor();
    assert.equal(await agent.locator('.agent-chat .chat-log li', { hasText: 'Vous êtes toujours là ?' }).count(), 1);
    await agent.getByRole('button', { name: en('agent-end') }).click();
    await agent.getByText(en('agent-ended')).waitFor();

    // The resident rates it and asks for the transcript, by keyboard.
    await panel.getByRole('heading', { name: fr('chat-ended-heading') }).waitFor();
    await panel.locator('#chat-stars-5').focus();
    await resident.keyboard.press('Space');
    await panel.getByRole('button', { name: fr('chat-rate-submit') }).focus();
    await resident.keyboard.press('Enter');
    await panel.getByText(fr('chat-rate-thanks')).waitFor();
    await panel.getByLabel(fr('chat-transcript-label')).fill('amira@example.org');
    await panel.getByRole('button', { name: fr('chat-transcript-submit') }).focus();
    await resident.keyboard.press('Enter');
    await panel.getByText(fr('chat-transcript-sent')).waitFor();
    await assertNoAxeViolations(resident);
    await screenshot(resident, 'chat-resident');
    await screenshot(agent, 'chat-agent');

    // Escape closes the panel and focus goes back to the entry.
    await panel.getByRole('button', { name: fr('chat-new') }).focus();
    await resident.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.equal(await resident.evaluate(() => document.activeElement?.className), 'chat-launcher');

    residentSide.assertClean();
    agentSide.assertClean();
    await residentSide.context.close();
    await agentSide.context.close();
  });
});

describe('leaving a message when nobody can chat', () => {
  test('the /chat page takes a message by keyboard, says what to fix, and keeps what was typed', async () => {
    const server = await startServer();
    const side = await newContext(browser);
    try {
      const page = await side.context.newPage();
      await page.goto(server.baseUrl + '/chat');
      await waitForHydration(page);
      assert.equal(await visibleText(page.locator('h1')), en('chat-page-title'));
      await assertNoAxeViolations(page);

      await page.getByLabel(en('chat-name-label')).focus();
      await page.keyboard.type('Luc');
      await page.getByLabel(en('chat-offline-email')).focus();
      await page.keyboard.type('luc@');
      await page.getByRole('button', { name: en('chat-offline-submit') }).focus();
      await enterTo(page, /errors=/);
      await waitForHydration(page);
      const summary = page.locator('.error-summary');
      assert.match(await visibleText(summary), new RegExp(en('chat-offline-error-body')));
      assert.match(await visibleText(summary), /correct format/);
      assert.equal(await page.getByLabel(en('chat-name-label')).inputValue(), 'Luc');
      await assertNoAxeViolations(page);

      await page.getByLabel(en('chat-offline-email')).fill('luc@example.org');
      await page.getByLabel(en('chat-offline-body')).fill('A tree fell on Queen St W');
      await page.getByRole('button', { name: en('chat-offline-submit') }).focus();
      await enterTo(page, /left=true/);
      await waitForHydration(page);
      await page.getByText(en('chat-offline-sent')).waitFor();
      await assertNoAxeViolations(page);
      side.assertClean();
    } finally {
      await side.context.close();
      await server.stop();
    }
  });
});
