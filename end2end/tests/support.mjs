// Shared set-up for the browser tests: the real civic311 binary on a free port with a fresh
// SQLite file, and Debian's Chromium with every request outside loopback refused.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
const targetDir = process.env.CARGO_TARGET_DIR ?? join(repoRoot, 'target');

/** The server binary and site folder built by `cargo leptos build`. */
export const serverBinary = process.env.CIVIC311_BIN ?? join(targetDir, 'debug', 'civic311');
export const siteRoot = process.env.CIVIC311_SITE_ROOT ?? join(repoRoot, 'target', 'site');

async function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts civic311 with a new SQLite database; resolves once /healthz answers 200. */
export async function startServer(extraEnv = {}) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'civic311-e2e-'));
  const logPath = join(dir, 'server.log');
  const log = openSync(logPath, 'a');
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${dir}/civic311.db`,
    LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
    LEPTOS_SITE_ROOT: siteRoot,
    RUST_LOG: 'warn',
    // The map's tiles come from the portal itself: no test reaches a tile server.
    CIVIC311_MAP_TILES: '/map/blank-tile.png',
    CIVIC311_MAIL_DIR: join(dir, 'mail'),
    ...extraEnv,
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  let child;
  const spawnAndWait = async () => {
    child = spawn(serverBinary, [], { cwd: repoRoot, env, stdio: ['ignore', log, log] });
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`civic311 exited early:\n${readFileSync(logPath, 'utf8')}`);
      }
      try {
        const response = await fetch(`${baseUrl}/healthz`);
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        throw new Error(`civic311 did not start:\n${readFileSync(logPath, 'utf8')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await spawnAndWait();
  const databaseUrl = env.DATABASE_URL;
  return {
    baseUrl,
    /** Files a service request through the Open311 API; resolves to its SR number. */
    async fileRequest(fields = {}) {
      const key = createApiKey(databaseUrl);
      const body = new URLSearchParams({
        api_key: key,
        service_code: 'pothole',
        lat: '43.6525',
        long: '-79.3835',
        description: 'Deep pothole in the curb lane',
        'attribute[size]': 'large',
        ...fields,
      });
      const response = await fetch(`${baseUrl}/open311/v2/requests.json`, { method: 'POST', body });
      const created = await response.json();
      assert.equal(response.status, 200, JSON.stringify(created));
      return created[0].service_request_id;
    },
    /** Creates a staff account with `civic311 user create`, the password on standard input. */
    createStaffUser(role, email, password, extraArgs = []) {
      execFileSync(serverBinary, ['user', 'create', '--role', role, '--email', email, ...extraArgs], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        input: `${password}\n`,
      });
    },
    log: () => readFileSync(logPath, 'utf8'),
    /** Kills the server without warning, as a crash would. */
    kill: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGKILL');
      }),
    /** Starts it again on the same port, database and settings. */
    restart: spawnAndWait,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/** A new, empty database on the machine's PostgreSQL; `drop()` removes it. */
export function createPostgresDatabase() {
  const base = process.env.CIVIC311_TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test';
  // Named like the Rust tests' databases, so .ci/test removes any an interrupted run left.
  const name = `civic311_test_e2e_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  execFileSync('psql', [base, '-qc', `CREATE DATABASE ${name}`]);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      execFileSync('psql', [base, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]),
  };
}

const python = process.env.CIVIC311_TEST_PYTHON ?? join(homedir(), '.cache', 'civic311', 'venv', 'bin', 'python');

/** A real SMTP server (Python's aiosmtpd) that keeps what it receives in a Maildir. */
export async function startSmtpServer() {
  const port = await freePort();
  const maildir = join(mkdtempSync(join(tmpdir(), 'civic311-smtp-')), 'mail');
  const child = spawn(python, ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`aiosmtpd did not start (${python})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** The messages received so far, decoded, oldest first. */
    messages: () =>
      JSON.parse(execFileSync(python, [join(repoRoot, 'end2end', 'smtp', 'mail_json.py'), maildir], { encoding: 'utf8' })),
    /** Waits for the `count`th message and returns it. */
    async waitFor(count, timeout = 30_000) {
      const until = Date.now() + timeout;
      for (;;) {
        const messages = this.messages();
        if (messages.length >= count) return messages[count - 1];
        if (Date.now() > until) throw new Error(`${count} messages expected, ${messages.length} arrived`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

function canConnect(port) {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

function createApiKey(databaseUrl) {
  const output = execFileSync(serverBinary, ['api-key', 'create', '--name', 'end2end'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return output.trim().split('\n').at(-1);
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A browser context that refuses any request leaving loopback and records page errors,
 * so a test fails if the page tries to reach the internet or throws.
 */
export async function newContext(browser, options = {}, { expectedConsoleErrors = [] } = {}) {
  const context = await browser.newContext(options);
  const offHost = [];
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    offHost.push(route.request().url());
    return route.abort();
  });
  const pageErrors = [];
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(text))) {
        pageErrors.push(text);
      }
    });
  });
  return {
    context,
    /** Asserts no request left the machine and no script error happened. */
    assertClean() {
      assert.deepEqual(offHost, [], 'no request may leave the machine');
      assert.deepEqual(pageErrors, [], 'the page logged no errors');
    },
  };
}

/** Waits until the WASM app has hydrated the server-rendered page. */
export async function waitForHydration(page) {
  await page.waitForSelector('html[data-hydrated="true"]', { timeout: 30_000 });
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) and fails on any violation. */
export async function assertNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  assert.deepEqual(summary, [], `axe-core violations on ${page.url()}`);
}

/**
 * axe-core cannot run in a page with JavaScript disabled, so this audits the same URL, with
 * the same cookies, in a context that refuses the site's own scripts: the page stays exactly
 * as the server rendered it, which is what a browser without JavaScript shows.
 */
export async function assertNoAxeViolationsWithoutScripts(browser, noScriptPage) {
  const auditContext = await browser.newContext();
  await auditContext.addCookies(await noScriptPage.context().cookies());
  await auditContext.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    const siteScript = /\.(js|wasm)$/.test(url.pathname);
    return local && !siteScript ? route.continue() : route.abort();
  });
  const page = await auditContext.newPage();
  await page.goto(noScriptPage.url());
  assert.equal(await page.getAttribute('html', 'data-hydrated'), null, 'the page must not hydrate');
  try {
    await assertNoAxeViolations(page);
  } finally {
    await auditContext.close();
  }
}

/** A message's plain value from a locale's `.ftl` files (single-line messages only). */
export function message(tag, id) {
  for (const file of readdirSync(join(repoRoot, 'locales', tag)).sort()) {
    const source = readFileSync(join(repoRoot, 'locales', tag, file), 'utf8');
    const match = source.match(new RegExp(`^${id} = (.+)$`, 'm'));
    if (match) return match[1].trim();
  }
  throw new Error(`no message ${id} in locales/${tag}`);
}

/** Saves a full-page screenshot under end2end/test-results/ for people to look at. */
export async function screenshot(page, name) {
  const folder = join(repoRoot, 'end2end', 'test-results');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** Visible text without the Unicode isolation marks Fluent puts around variables. */
export async function visibleText(locator) {
  return (await locator.textContent()).replace(/[\u2068\u2069]/g, '');
}

/**
 * Registers before/after hooks that start a server and a browser for the file's tests;
 * read `.server` and `.browser` from the returned object inside tests.
 */
export function useServerAndBrowser(extraEnv = {}) {
  const running = {};
  before(async () => {
    running.server = await startServer(extraEnv);
    running.browser = await launchBrowser();
  });
  after(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return running;
}

/**
 * Presses Enter on the focused control, waits for the page it leads to (which may be the same
 * URL) and checks the address against `urlPattern`.
 */
export async function enterTo(page, urlPattern) {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await page.keyboard.press('Enter');
  await navigated;
  await page.waitForLoadState('load');
  assert.match(page.url(), urlPattern);
}
