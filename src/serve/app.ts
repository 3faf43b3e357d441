/**
 * The HTTP API and the web UI, as one hono app. Adds nothing but HTTP and rendering: reading is
 * ingest + extract, analysis analyze, stories cluster, briefings synthesize; the store keeps them.
 * Errors are JSON `{ error: { rule, reason } }` (HTML pages in the UI) with the status that
 * `statusOf` gives the rule: the one mapping in core/messages.ts.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { statusOf } from '../core/messages.js';
import type { Message, SourceKind } from '../core/types.js';
import { ingest } from '../ingest/index.js';
import { readBytes } from '../ingest/files.js';
import type { UrlOptions } from '../ingest/url.js';
import { briefingOf } from '../store/briefing.js';
import { StoreError } from '../store/errors.js';
import { recordsOf, updateStoriesAround } from '../store/ingest.js';
import type { PutOutcome, StoryOrder } from '../store/types.js';
import { openApiDocument } from './openapi.js';
import { checkUrl, guardedFetch, type GuardOptions } from './ssrf.js';
import type { StoreSource } from './store-source.js';
import { articleBody, highlightOf, originalBody } from './views/article.js';
import { briefingBody } from './views/briefing.js';
import { errorBody, page } from './views/layout.js';
import { plainSnippet, searchBody, storyListBody } from './views/lists.js';
import { STYLESHEET } from './views/style.js';

/** Options of the app. */
export interface AppOptions {
  /** where the store is */
  store: StoreSource;
  /** the token writes need (`Authorization: Bearer <token>`); null: writes are open (loopback only) */
  token?: string | null;
  /** largest upload accepted, in bytes */
  maxUploadBytes?: number;
  /** the SSRF guard's options; `allowPrivate` only for tests against a loopback server */
  guard?: GuardOptions;
}

/** Default upload limit: 5 MB, far above any article. */
export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Briefing pages and briefing JSON kept rendered in memory, most recently used first: briefings
 * are the most expensive reads (bench/serve), and readers look at the same recent stories.
 */
const PAGE_CACHE_ENTRIES = 256;

/** A small LRU of rendered pages (a Map keeps insertion order). */
class PageCache {
  private readonly entries = new Map<string, string>();
  constructor(private readonly size: number) {}
  get(key: string): string | undefined {
    const html = this.entries.get(key);
    if (html !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, html);
    }
    return html;
  }
  set(key: string, html: string): void {
    this.entries.delete(key);
    this.entries.set(key, html);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** Pages of lists: default and largest size. */
const PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/**
 * The Content-Security-Policy of every response: nothing but this origin's stylesheet; no
 * scripts at all (the UI has none), no frames, no plugins, forms only to this origin.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Content types accepted by POST /api/articles and how each is read. */
const UPLOAD_KINDS: Record<string, SourceKind | 'jsonl'> = {
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
};

/** A failure with a registry rule, answered as JSON or an HTML page. */
class Refusal extends Error {
  constructor(
    readonly rule: string,
    readonly reason: string,
    readonly messages: Message[] = [],
  ) {
    super(reason);
  }
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  const maxUpload = opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const guard = opts.guard ?? {};
  const pages = new PageCache(PAGE_CACHE_ENTRIES);

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  });

  app.onError((error, c) => {
    const { rule, reason, messages } =
      error instanceof Refusal ? error
      : error instanceof StoreError ? { rule: error.rule, reason: error.message, messages: [] }
      : { rule: 'internal-error', reason: `the server failed: ${(error as Error).message}`, messages: [] };
    if (!(error instanceof Refusal) && !(error instanceof StoreError)) console.error(error);
    // every registry status has a body (none is 1xx, 204 or 304)
    const status = statusOf(rule) as ContentfulStatusCode;
    if (c.req.path.startsWith('/api/')) return c.json({ error: { rule, reason }, ...(messages.length ? { messages } : {}) }, status);
    return c.html(page('Error', errorBody(status, rule, reason)), status);
  });

  app.notFound((c) => {
    const reason = `no such page: ${c.req.method} ${c.req.path}`;
    if (c.req.path.startsWith('/api/')) return c.json({ error: { rule: 'not-found', reason } }, 404);
    return c.html(page('Not found', errorBody(404, 'not-found', reason)), 404);
  });

  // ---- writes: token when configured, size limit

  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && opts.token) {
      const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      if (!sameSecret(given, opts.token)) throw new Refusal('unauthorized', 'this server needs a write token: send "Authorization: Bearer <token>"');
    }
    await next();
  });
  const limit = bodyLimit({
    maxSize: maxUpload,
    onError: () => {
      throw new Refusal('too-large', `the request body is larger than the limit of ${maxUpload} bytes`);
    },
  });

  // ---- API

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/stories', async (c) => {
    const store = await opts.store.get();
    const { order, limit: size, offset } = listParams(c);
    const stories = await store.listStories({ order, limit: size, offset });
    return c.json({ stories: stories.items, total: stories.total, order, limit: size, offset });
  });

  app.get('/api/stories/:id', async (c) => {
    const store = await opts.store.get();
    const id = c.req.param('id');
    const words = wordsParam(c);
    const story = await store.getStory(id);
    const key = story && words === undefined ? `json\u0000${story.id}\u0000${story.version}` : null;
    const cached = key ? pages.get(key) : undefined;
    if (cached) return c.body(cached, 200, { 'Content-Type': 'application/json' });
    const found = await briefingOf(store, id, { words }, story);
    if (!found) throw new Refusal('not-found', `no story with id "${id}"`);
    const json = JSON.stringify(found.briefing);
    if (key) pages.set(key, json);
    return c.body(json, 200, { 'Content-Type': 'application/json' });
  });

  app.get('/api/articles/:id{.+}', async (c) => {
    const store = await opts.store.get();
    const id = c.req.param('id');
    const stored = await store.getArticle(id);
    if (!stored) throw new Refusal('not-found', `no article with id "${id}"`);
    return c.json({ ...stored.analyzed.article, story: stored.story, ingestedAt: stored.ingestedAt });
  });

  app.get('/api/search', async (c) => {
    const store = await opts.store.get();
    const q = c.req.query('q');
    if (q === undefined || q.trim() === '') throw new Refusal('bad-request', 'the search needs words: ?q=...');
    const { limit: size, offset } = listParams(c);
    const hits = await store.search(q, { limit: size, offset });
    return c.json({ query: q, total: hits.total, limit: size, offset, hits: hits.items.map((h) => ({ ...h, snippet: plainSnippet(h.snippet) })) });
  });

  app.post('/api/articles', limit, async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const kind = UPLOAD_KINDS[type];
    if (!kind) throw new Refusal('unknown-format', `Content-Type "${type || '(none)'}" is not accepted; expected ${Object.keys(UPLOAD_KINDS).join(', ')}`);
    const charset = /charset=([^;]+)/i.exec(c.req.header('content-type') ?? '')?.[1]?.trim() ?? null;
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) throw new Refusal('empty-input', 'the request body is empty');
    const id = c.req.query('id') ?? `upload-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
    const read = await readBytes(bytes, 'upload', id, kind, charset);
    return c.json(...(await keep(read.documents, read.messages)));
  });

  app.post('/api/ingest', limit, async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new Refusal('bad-request', 'expected a JSON body {"url": "https://..."}');
    }
    const url = (body as { url?: unknown })?.url;
    if (typeof url !== 'string' || url.trim() === '') throw new Refusal('bad-request', 'expected a JSON body {"url": "https://..."} with a non-empty string url');
    const refusal = await checkUrl(url, guard);
    if (refusal) throw new Refusal(refusal.rule, refusal.reason);
    // ingest checks addresses too; the guarded fetch adds the check at connect time
    const fetchOptions: UrlOptions = { fetch: guardedFetch(guard), maxBytes: maxUpload, allowPrivateAddresses: guard.allowPrivate ?? false };
    const read = await ingest([url], fetchOptions);
    return c.json(...(await keep(read.documents, read.messages)));
  });

  /** Extracts, analyses and stores documents, re-clusters around them; the JSON answer. */
  async function keep(documents: Parameters<typeof recordsOf>[0], readMessages: Message[]): Promise<[unknown, 200 | 201]> {
    const { records, messages } = recordsOf(documents);
    const all = [...readMessages, ...messages];
    if (records.length === 0) {
      const failure = all.find((m) => m.severity === 'error');
      throw new Refusal(failure?.rule ?? 'not-an-article', failure?.reason ?? 'no article could be read from the input', all);
    }
    const db = await opts.store.get();
    const outcomes: PutOutcome[] = await db.putArticles(records);
    const changed = records.filter((_, i) => outcomes[i] !== 'unchanged').map((r) => r.analyzed.article.id);
    if (changed.length) await updateStoriesAround(db, changed);
    const articles = await Promise.all(
      records.map(async (r, i) => ({ id: r.analyzed.article.id, outcome: outcomes[i], story: (await db.getArticle(r.analyzed.article.id))?.story ?? null })),
    );
    return [{ articles, messages: all }, changed.length ? 201 : 200];
  }

  // ---- web UI

  app.get('/static/style.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.get('/', async (c) => {
    const store = await opts.store.get();
    const { order, limit: size, offset } = listParams(c);
    const stories = await store.listStories({ order, limit: size, offset });
    return c.html(page(order === 'covered' ? 'Most covered stories' : 'Newest stories', storyListBody(stories, order, offset, size)));
  });

  app.get('/stories/:id', async (c) => {
    const store = await opts.store.get();
    const id = c.req.param('id');
    const words = wordsParam(c);
    const story = await store.getStory(id);
    // a rendered page stays valid as long as its story's version
    const key = story && words === undefined ? `html\u0000${story.id}\u0000${story.version}` : null;
    const cached = key ? pages.get(key) : undefined;
    if (cached) return c.html(cached);
    const found = await briefingOf(store, id, { words }, story);
    if (!found) throw new Refusal('not-found', `no story with id "${id}"`);
    const html = page(found.briefing.title, briefingBody(found.briefing, found.story));
    if (key) pages.set(key, html);
    return c.html(html);
  });

  app.get('/articles/:id{.+}', async (c) => {
    const store = await opts.store.get();
    const id = c.req.param('id');
    const stored = await store.getArticle(id);
    if (!stored) throw new Refusal('not-found', `no article with id "${id}"`);
    const title = stored.analyzed.article.title ?? id;
    if (c.req.query('view') === 'original') {
      if (!stored.source) throw new Refusal('not-found', `the original input of "${id}" was not kept`);
      return c.html(page(title, originalBody(stored)));
    }
    const highlight = highlightOf(stored.analyzed.article.text, c.req.query('start'), c.req.query('end'));
    return c.html(page(title, articleBody(stored, highlight)));
  });

  app.get('/search', async (c) => {
    const q = c.req.query('q') ?? '';
    const { limit: size, offset } = listParams(c);
    const store = await opts.store.get();
    const hits = q.trim() ? await store.search(q, { limit: size, offset }) : { items: [], total: 0 };
    return c.html(page(q ? `Search: ${q}` : 'Search', searchBody(q, hits, offset, size), { query: q }));
  });

  return app;
}

/** `?words=N`: the summary's length cap (like `brief --words`); such briefings are not cached. */
function wordsParam(c: Context): number | undefined {
  const words = c.req.query('words');
  return words === undefined ? undefined : wholeNumber(words, 'words', 0, 1, 5000);
}

/** `order`, `limit` and `offset` of a list request, checked. */
function listParams(c: Context): { order: StoryOrder; limit: number; offset: number } {
  const order = c.req.query('order') ?? 'newest';
  if (order !== 'newest' && order !== 'covered') throw new Refusal('bad-request', `order must be newest or covered; got "${order}"`);
  const limit = wholeNumber(c.req.query('limit'), 'limit', PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const offset = wholeNumber(c.req.query('offset'), 'offset', 0, 0, 1_000_000_000);
  return { order, limit, offset };
}

function wholeNumber(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new Refusal('bad-request', `${name} must be a whole number from ${min} to ${max}; got "${value}"`);
  return n;
}

/** Compares secrets in constant time. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
