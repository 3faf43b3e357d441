/**
 * The web UI in a real browser: Playwright driving Debian's Chromium (never a browser download)
 * over the example stored in a temporary SQLite. Opens a story, follows a citation to the
 * highlighted source passage, searches, and takes screenshots into test-results/ (gitignored).
 * Skipped loudly where /usr/bin/chromium is missing.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openedStore, startServer, type Running } from '../../src/serve/index.js';
import { exampleStore } from '../serve/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const RESULTS = join(import.meta.dirname, '..', '..', 'test-results');
const missing = existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing; install it with \`apt-get install -y chromium\``;
if (missing) process.stderr.write(`\n!!!!!!!!!!\n!!! THE BROWSER SUITE DID NOT RUN: ${missing}\n!!!!!!!!!!\n\n`);

describe('web UI in Chromium', { skip: missing ?? false }, () => {
  let server: Running;
  let context: BrowserContext;
  let page: Page;
  let cleanup: () => Promise<void>;
  const profile = mkdtempSync(join(tmpdir(), 'triangulate-chromium-'));
  const problems: string[] = [];

  before(async () => {
    const example = await exampleStore();
    cleanup = example.cleanup;
    server = await startServer({ store: openedStore(example.store), port: 0, host: '127.0.0.1' });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1200, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    // CSP violations and script errors show up here; the UI must cause none
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    mkdirSync(RESULTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    await cleanup?.();
    rmSync(profile, { recursive: true, force: true });
  });

  test('story list -> briefing -> citation -> highlighted passage -> search', async () => {
    await page.goto(server.url + '/');
    await page.getByRole('link', { name: 'Most covered' }).first().click();
    await page.screenshot({ path: join(RESULTS, 'stories.png') });
    const first = page.locator('ol.stories a.title').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/stories\//);
    assert.equal((await page.locator('h1').textContent())!.trim(), title);
    for (const heading of ['Summary', 'Claims', 'Contradictions', 'Quotes by speaker', 'Timeline', 'Coverage', 'Sources']) {
      assert.ok(await page.getByRole('heading', { name: heading, exact: true }).isVisible(), heading);
    }
    // the stylesheet applied (CSP allows 'self'): the header has its background
    const background = await page.locator('header.site').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)');
    await page.screenshot({ path: join(RESULTS, 'briefing.png') });
    await page.locator('#contradictions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'contradictions.png') });
    await page.locator('#coverage').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'coverage.png') });

    const citation = page.locator('#summary a.cite').first();
    const href = (await citation.getAttribute('href'))!;
    await citation.click();
    await page.waitForURL(/\/articles\//);
    const mark = page.locator('mark#cited');
    assert.ok(await mark.isVisible(), 'the cited passage is highlighted');
    assert.ok(await mark.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }), 'and scrolled into view');
    const url = new URL(href, server.url);
    const id = decodeURIComponent(url.pathname.slice('/articles/'.length));
    const article = await (await fetch(`${server.url}/api/articles/${encodeURIComponent(id)}`)).json();
    const cited = article.text.slice(Number(url.searchParams.get('start')), Number(url.searchParams.get('end')));
    assert.equal((await mark.textContent())!.replace(/\s+/g, ' ').trim(), cited.replace(/\s+/g, ' ').trim());
    await page.screenshot({ path: join(RESULTS, 'citation.png') });

    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Lavrov elections');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=/);
    const hits = page.locator('ul.hits > li');
    assert.ok((await hits.count()) >= 1);
    assert.ok((await page.locator('ul.hits mark').count()) >= 1, 'matched words are marked');
    await page.screenshot({ path: join(RESULTS, 'search.png') });
    assert.deepEqual(problems, []);
  });

  test('an injected script in an uploaded article never runs', async () => {
    const html = `<html><head><title>Injected</title></head><body><article><h1>Council votes on the harbour plan</h1><p>The council voted on the harbour plan on Thursday after a long debate, officials said.</p><p>The plan includes a new ferry terminal and a cycle path along the quay, the mayor said.<img src="x" onerror="document.title='pwned'"></p><script>document.title='pwned'</script><p>Work is expected to start next year and to take three years, according to the council.</p></article></body></html>`;
    const res = await fetch(`${server.url}/api/articles?id=injected.html`, { method: 'POST', headers: { 'content-type': 'text/html' }, body: html });
    assert.equal(res.status, 201, await res.text());
    for (const path of ['/articles/injected.html?view=original', '/articles/injected.html']) {
      await page.goto(server.url + path);
      assert.notEqual(await page.title(), 'pwned');
      assert.match(await page.title(), /Council votes on the harbour plan|Injected/);
    }
  });
});
