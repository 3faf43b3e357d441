/** The HTTP API and the web UI over the example, through the app's in-memory `request`. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Briefing } from '../../src/core/types.js';
import { CONTENT_SECURITY_POLICY, createApp, lazyStore, openedStore } from '../../src/serve/index.js';
import type { Store } from '../../src/store/types.js';
import { exampleStore } from './fixture.js';

let store: Store;
let cleanup: () => Promise<void>;
let app: ReturnType<typeof createApp>;
before(async () => {
  ({ store, cleanup } = await exampleStore());
  app = createApp({ store: openedStore(store), maxUploadBytes: 64 * 1024 });
});
after(() => cleanup());

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await app.request(path, init);
  return { status: res.status, body: await res.json(), headers: res.headers };
}

const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('API reads', () => {
  test('stories, newest and most covered, with paging', async () => {
    const { status, body } = await json('/api/stories');
    assert.equal(status, 200);
    assert.ok(body.total >= 1 && body.stories.length >= 1);
    // every example article is in a story, or listed as off-topic by one
    const seen = new Set<string>();
    for (const s of body.stories) {
      const { body: b } = await json(`/api/stories/${encodeURIComponent(s.id)}`);
      for (const a of b.articles) seen.add(a.id);
      for (const id of b.offTopic) seen.add(id);
    }
    assert.equal(seen.size, 5, [...seen].join(', '));
    const covered = await json('/api/stories?order=covered&limit=1&offset=0');
    assert.equal(covered.body.stories.length, 1);
    assert.equal(covered.body.stories[0].articles, Math.max(...body.stories.map((s: { articles: number }) => s.articles)));
  });

  test("a story's briefing as JSON cites spans inside its articles", async () => {
    const { body: list } = await json('/api/stories?order=covered');
    const { status, body } = await json(`/api/stories/${encodeURIComponent(list.stories[0].id)}`);
    assert.equal(status, 200);
    const b = body as Briefing;
    assert.equal(b.id, list.stories[0].id);
    assert.ok(b.summary.length > 0);
    for (const s of b.summary) {
      for (const c of s.citations) {
        const { body: article } = await json(`/api/articles/${encodeURIComponent(c.article)}`);
        assert.ok(c.start >= 0 && c.end <= article.text.length && c.start < c.end, JSON.stringify(c));
      }
    }
  });

  test('an article, with its story', async () => {
    const { body: list } = await json('/api/stories');
    const { body: b } = await json(`/api/stories/${encodeURIComponent(list.stories[0].id)}`);
    const id = b.articles[0].id;
    const { status, body } = await json(`/api/articles/${encodeURIComponent(id)}`);
    assert.equal(status, 200);
    assert.equal(body.id, id);
    assert.equal(body.story, list.stories[0].id);
    assert.ok(body.text.length > 200);
  });

  test('search finds words and returns plain snippets', async () => {
    const { status, body } = await json('/api/search?q=Lavrov');
    assert.equal(status, 200);
    assert.ok(body.total >= 4, `${body.total} hits`);
    assert.ok(body.hits.every((h: { snippet: string }) => !/[\u0002\u0003]/.test(h.snippet)));
    const none = await json('/api/search?q=xylophonequartet');
    assert.equal(none.body.total, 0);
  });

  test('the OpenAPI description lists every route', async () => {
    const { status, body } = await json('/api/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    for (const path of ['/api/stories', '/api/stories/{id}', '/api/articles/{id}', '/api/articles', '/api/ingest', '/api/search']) assert.ok(body.paths[path], path);
  });
});

const MALFORMED: [string, string, RequestInit | undefined, number, string][] = [
  ['unknown order', '/api/stories?order=best', undefined, 400, 'bad-request'],
  ['limit zero', '/api/stories?limit=0', undefined, 400, 'bad-request'],
  ['limit too large', '/api/stories?limit=1000', undefined, 400, 'bad-request'],
  ['limit not a number', '/api/stories?limit=ten', undefined, 400, 'bad-request'],
  ['negative offset', '/api/stories?offset=-1', undefined, 400, 'bad-request'],
  ['unknown story', '/api/stories/s-nope', undefined, 404, 'not-found'],
  ['words zero', '/api/stories/s-nope?words=0', undefined, 400, 'bad-request'],
  ['words not a number', '/api/stories/s-nope?words=many', undefined, 400, 'bad-request'],
  ['unknown article', '/api/articles/nope.txt', undefined, 404, 'not-found'],
  ['search without q', '/api/search', undefined, 400, 'bad-request'],
  ['search with blank q', '/api/search?q=%20%20', undefined, 400, 'bad-request'],
  ['unknown API route', '/api/nothing', undefined, 404, 'not-found'],
  ['upload without a content type', '/api/articles', { method: 'POST', body: new Uint8Array([120, 121]) }, 415, 'unknown-format'],
  ['upload of an image', '/api/articles', { method: 'POST', headers: { 'content-type': 'image/png' }, body: 'x' }, 415, 'unknown-format'],
  ['upload of an empty body', '/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '' }, 422, 'empty-input'],
  ['upload of broken JSON', '/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id": "x", "text": ' }, 422, 'malformed-json'],
  ['upload of JSON without title or text', '/api/articles', postJson({ id: 'x', outlet: 'only an outlet' }), 422, 'empty-input'],
  ['oversized upload', '/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'word '.repeat(20_000) }, 413, 'too-large'],
  ['ingest without a body', '/api/ingest', { method: 'POST' }, 400, 'bad-request'],
  ['ingest with a non-JSON body', '/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'url=x' }, 400, 'bad-request'],
  ['ingest without url', '/api/ingest', postJson({ link: 'https://example.org/' }), 400, 'bad-request'],
  ['ingest with a number', '/api/ingest', postJson({ url: 42 }), 400, 'bad-request'],
  ['ingest of a file URL', '/api/ingest', postJson({ url: 'file:///etc/passwd' }), 400, 'bad-request'],
  ['ingest of loopback', '/api/ingest', postJson({ url: 'http://127.0.0.1:8080/admin' }), 403, 'private-address'],
  ['ingest of localhost', '/api/ingest', postJson({ url: 'http://localhost/' }), 403, 'private-address'],
  ['ingest of cloud metadata', '/api/ingest', postJson({ url: 'http://169.254.169.254/latest/meta-data/' }), 403, 'private-address'],
  ['ingest of a private network', '/api/ingest', postJson({ url: 'http://192.168.0.1/' }), 403, 'private-address'],
  ['ingest of IPv6 loopback', '/api/ingest', postJson({ url: 'http://[::1]:3000/' }), 403, 'private-address'],
];
describe('malformed requests get a 4xx with a reason, and the server goes on', () => {
  for (const [name, path, init, status, rule] of MALFORMED) {
    test(name, async () => {
      const res = await json(path, init);
      assert.equal(res.status, status, JSON.stringify(res.body));
      assert.equal(res.body.error.rule, rule);
      assert.ok(res.body.error.reason.length > 10, res.body.error.reason);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    });
  }
  test('after all of them the API still answers', async () => {
    assert.equal((await json('/api/stories')).status, 200);
  });
});

describe('API writes', () => {
  const article = { id: 'uploads/moon.json', title: 'Probe lands on the Moon', outlet: 'Space Wire', published: '2024-01-20', text: 'A robotic probe landed on the Moon on Saturday, the space agency said.\n\nThe agency said the probe would study the lunar south pole for two weeks. Engineers cheered in the control room as the first images arrived.' };

  test('an uploaded JSON article is stored, clustered and searchable; uploading it again is a no-op', async () => {
    const first = await json('/api/articles', postJson(article));
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.deepEqual(first.body.articles.map((a: { id: string; outcome: string }) => [a.id, a.outcome]), [['uploads/moon.json', 'added']]);
    assert.ok(first.body.articles[0].story);
    const again = await json('/api/articles', postJson(article));
    assert.equal(again.status, 200);
    assert.equal(again.body.articles[0].outcome, 'unchanged');
    const stored = await json(`/api/articles/${encodeURIComponent('uploads/moon.json')}`);
    assert.equal(stored.body.title, 'Probe lands on the Moon');
    const hits = await json('/api/search?q=lunar%20probe');
    assert.deepEqual(hits.body.hits.map((h: { article: string }) => h.article), ['uploads/moon.json']);
  });

  test('an uploaded HTML page: scripts never reach the UI, the original is shown sanitised', async () => {
    const html = `<html><head><title>Evil &lt;b&gt;title</title><script>alert(1)</script></head><body><article><h1>Council approves the new bridge</h1>
<p>The city council approved the new bridge on Monday after a long debate, officials said. <img src=x onerror="alert(2)"></p>
<p>Construction is expected to begin in spring and to last two years, the mayor said in a statement.</p>
<p><a href="javascript:alert(3)">click</a> <a href="https://example.org/more">more</a></p>
<iframe src="https://evil.example/"></iframe><p style="color:red" onclick="alert(4)">The bridge will carry cyclists and pedestrians as well as cars, according to the plans published by the council.</p></article></body></html>`;
    const res = await app.request('/api/articles?id=bridge.html', { method: 'POST', headers: { 'content-type': 'text/html; charset=utf-8' }, body: html });
    const body = await res.json();
    assert.equal(res.status, 201, JSON.stringify(body));
    const original = await app.request('/articles/bridge.html?view=original');
    const page = await original.text();
    assert.equal(original.status, 200);
    assert.ok(page.includes('Council approves the new bridge'));
    assert.ok(page.includes('href="https://example.org/more"'));
    for (const bad of ['<script', 'onerror', 'onclick', 'javascript:', '<iframe', 'style="color']) assert.ok(!page.includes(bad), `${bad} survived`);
    const cleaned = await (await app.request('/articles/bridge.html')).text();
    assert.ok(!cleaned.includes('<script') && !cleaned.includes('<b>title'));
  });

  test('writes need the token when the server has one; reads do not', async () => {
    const guarded = createApp({ store: openedStore(store), token: 's3cret-token' });
    const body = { ...article, id: 'token-test.json' };
    for (const auth of [undefined, 'Bearer wrong', 'Bearer s3cret-tokenX', 's3cret-token']) {
      const res = await guarded.request('/api/articles', postJson(body, auth ? { authorization: auth } : {}));
      assert.equal(res.status, 401, `authorization ${auth}`);
      assert.equal((await res.json()).error.rule, 'unauthorized');
    }
    assert.equal((await guarded.request('/api/stories')).status, 200);
    const ok = await guarded.request('/api/articles', postJson(body, { authorization: 'Bearer s3cret-token' }));
    assert.equal(ok.status, 201);
  });

  test('ingest by URL fetches a page and stores it (private addresses allowed for this test only)', async () => {
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<html><head><title>Harbour reopens after storm</title></head><body><article><h1>Harbour reopens after storm</h1><p>The harbour reopened on Tuesday after the storm that closed it last week, the port authority said in a statement.</p><p>Ferries resumed their normal schedule in the afternoon, and fishing boats returned to sea for the first time in six days.</p><p>The authority said repairs to the breakwater would take several months and cost millions.</p></article></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const open = createApp({ store: openedStore(store), guard: { allowPrivate: true } });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/harbour`;
      const res = await open.request('/api/ingest', postJson({ url }));
      const body = await res.json();
      assert.equal(res.status, 201, JSON.stringify(body));
      assert.equal(body.articles.length, 1);
    } finally {
      server.close();
    }
  });
});

describe('a store that cannot be used: a clear error, and the server keeps serving', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bad-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const CASES: [string, () => string, number, string][] = [
    ['an unreachable PostgreSQL', () => 'postgres://nobody:pw@127.0.0.1:1/triangulate', 503, 'store-unavailable'],
    ['a file that is not a database', () => {
      const path = join(dir, 'notes.db');
      writeFileSync(path, 'not a database at all, just notes\n'.repeat(100));
      return path;
    }, 500, 'not-a-database'],
  ];
  for (const [name, spec, status, rule] of CASES) {
    test(name, async () => {
      const broken = createApp({ store: lazyStore(spec()) });
      for (const path of ['/api/stories', '/api/search?q=x', '/api/stories/x']) {
        const res = await broken.request(path);
        assert.equal(res.status, status, path);
        const body = await res.json();
        assert.equal(body.error.rule, rule);
        assert.ok(!body.error.reason.includes(':pw@'), 'no password in the reason');
      }
      const ui = await broken.request('/');
      assert.equal(ui.status, status);
      assert.match(await ui.text(), new RegExp(rule));
      assert.equal((await broken.request('/static/style.css')).status, 200);
      assert.equal((await broken.request('/api/openapi.json')).status, 200);
    });
  }
});

describe('web UI', () => {
  test('story list, briefing page, citation to the highlighted source passage, search', async () => {
    const home = await app.request('/?order=covered');
    const homeHtml = await home.text();
    assert.equal(home.status, 200);
    assert.equal(home.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    const storyHref = /href="(\/stories\/[^"]+)"/.exec(homeHtml)![1];
    const story = await (await app.request(storyHref)).text();
    for (const section of ['summary', 'claims', 'contradictions', 'quotes', 'timeline', 'coverage', 'sources']) assert.ok(story.includes(`id="${section}"`), section);
    const cite = /class="cite" href="([^"]+)"/.exec(story);
    assert.ok(cite, 'the summary has citation links');
    const href = cite[1].replaceAll('&amp;', '&');
    const url = new URL(href, 'http://x');
    const articlePage = await (await app.request(url.pathname + url.search)).text();
    const marked = /<mark id="cited">([^<]*)<\/mark>/.exec(articlePage);
    assert.ok(marked, 'the cited span is highlighted');
    const id = decodeURIComponent(url.pathname.slice('/articles/'.length));
    const { text } = await (await app.request(`/api/articles/${encodeURIComponent(id)}`)).json();
    const start = Number(url.searchParams.get('start'));
    const end = Number(url.searchParams.get('end'));
    const span = text.slice(start, end);
    assert.ok(span.startsWith(marked[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&').slice(0, 20)));
    const search = await (await app.request('/search?q=Lavrov')).text();
    assert.match(search, /<mark>Lavrov<\/mark>/);
    for (const html of [homeHtml, story, articlePage, search]) assert.ok(!/<script|\sstyle="|\son[a-z]+=/i.test(html), 'no scripts, inline styles or handlers');
  });

  const BAD_SPANS = ['start=5&end=2', 'start=-1&end=4', 'start=0&end=999999', 'start=a&end=b'];
  for (const q of BAD_SPANS) {
    test(`an article with a bad cited span (${q}) is shown without highlight, with a notice`, async () => {
      const html = await (await app.request(`/articles/${encodeURIComponent('000_cacf121650992dee.txt')}?${q}`)).text();
      assert.ok(!html.includes('<mark id="cited">'));
      assert.match(html, /is not within this article/);
    });
  }

  test('unknown pages are 404 HTML pages', async () => {
    const res = await app.request('/stories/nope');
    assert.equal(res.status, 404);
    assert.match(await res.text(), /no story with id/);
  });
});

describe('rendered briefing pages', () => {
  test('a cached page is rendered again when its story changes', async () => {
    const { openStore } = await import('../../src/store/index.js');
    const { sampleArticle, record } = await import('../store/samples.js');
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-pages-'));
    const db = await openStore(join(dir, 'pages.db'));
    try {
      const fixed = (articles: { article: { id: string } }[]) => [{ id: 's-fixed', title: 'Fixed story', articles: articles as never, copies: [], offTopic: [] }];
      await db.putArticles([record(sampleArticle('p1', { title: 'First report', text: 'The first report says the bridge opened.' }), ['k'])]);
      await db.updateStories(['p1'], ({ articles }) => fixed(articles));
      const pages = createApp({ store: openedStore(db) });
      const before = await (await pages.request('/stories/s-fixed')).text();
      assert.ok(before.includes('First report') && !before.includes('Second report'));
      assert.equal(await (await pages.request('/stories/s-fixed')).text(), before, 'served again from the cache');
      assert.deepEqual((await (await pages.request('/api/stories/s-fixed')).json()).articles.map((a: { id: string }) => a.id), ['p1']);
      await db.putArticles([record(sampleArticle('p2', { title: 'Second report', text: 'A second report says the bridge opened late.' }), ['k'])]);
      await db.updateStories(['p2'], ({ articles }) => fixed(articles));
      const after = await (await pages.request('/stories/s-fixed')).text();
      assert.ok(after.includes('Second report'), 'the new article is on the page');
      assert.deepEqual((await (await pages.request('/api/stories/s-fixed')).json()).articles.map((a: { id: string }) => a.id).sort(), ['p1', 'p2']);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
