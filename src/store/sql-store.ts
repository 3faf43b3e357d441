/**
 * The store over SQL, shared by both dialects; what differs (full-text search, row locks) is
 * chosen by `sql.dialect` in the few places it matters.
 */
import { createHash } from 'node:crypto';
import type { AnalyzedArticle, Article, Briefing, SourceKind, Story } from '../core/types.js';
import { StoreError } from './errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { chunks, placeholders, type Sql } from './sql.js';
import type {
  ArticleRecord, Job, JobKind, JobOutcome, Page, PutOutcome, QueueCounts, SearchHit, Store, StoredArticle,
  StoredStory, StoryOrder, StorySummary, StoryUpdate,
} from './types.js';

/** Options of a store. */
export interface StoreOptions {
  /** the clock (passed in so that tests can move it) */
  now?: () => Date;
}

/** Keys held by more articles than this are too common to find candidate stories (e.g. `place:united states`). */
export const DEFAULT_MAX_KEY_ARTICLES = 200;

/** A job claimed this many times without finishing is given up on (it crashes its worker). */
export const MAX_JOB_ATTEMPTS = 3;

/** Snippet markers: control characters that never occur in cleaned text. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** The content hash of an article: the same article ingested twice hashes the same. */
export function articleHash(a: Article): string {
  const { id, title, byline, published, language, url, outlet, text } = a;
  return createHash('sha256').update(JSON.stringify({ id, title, byline, published, language, url, outlet, text })).digest('hex');
}

/** Words of a search query, as the full-text engines tokenise them. */
export function queryWords(query: string): string[] {
  return (query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}

interface ArticleRow {
  id: string;
  hash: string;
  text: string;
  analyzed: string;
  source_kind: string | null;
  source: string | null;
  ingested_at: string;
  story_id: string | null;
}

interface StoryRow {
  id: string;
  title: string;
  articles: number | string;
  outlets: number | string;
  first_published: string | null;
  last_published: string | null;
  version: string;
  copies: string;
  off_topic: string;
  updated_at: string;
}

export class SqlStore implements Store {
  readonly dialect;
  private readonly now: () => Date;

  private constructor(
    private readonly sql: Sql,
    opts: StoreOptions,
  ) {
    this.dialect = sql.dialect;
    this.now = opts.now ?? (() => new Date());
  }

  /** Opens a store on a connection and brings its schema up to date. */
  static async open(sql: Sql, opts: StoreOptions = {}): Promise<SqlStore> {
    const store = new SqlStore(sql, opts);
    try {
      await store.migrate();
    } catch (error) {
      await sql.close().catch(() => undefined);
      throw error;
    }
    return store;
  }

  private iso(): string {
    return this.now().toISOString();
  }

  private async migrate(): Promise<void> {
    // up to date: no write lock, so that opening a store never waits for a running ingest
    if ((await this.schemaVersion().catch(() => 0)) === SCHEMA_VERSION) return;
    await this.sql.transaction(
      async (tx) => {
        // inside the lock: two processes opening a new database at once must not both create it
        await tx.run(`CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
        const [row] = await tx.all<{ v: number | null }>(`SELECT max(version) AS v FROM migrations`);
        const current = Number(row?.v ?? 0);
        if (current > SCHEMA_VERSION) {
          throw new StoreError('store-unavailable', `the database has schema version ${current}, newer than this build's ${SCHEMA_VERSION}; upgrade Triangulate`);
        }
        for (const migration of MIGRATIONS) {
          if (migration.version <= current) continue;
          for (const statement of migration.sql[this.dialect]) await tx.run(statement);
          await tx.run(`INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)`, [migration.version, migration.name, this.iso()]);
        }
      },
      { lock: 'migrations' },
    );
  }

  async schemaVersion(): Promise<number> {
    const [row] = await this.sql.all<{ v: number | null }>(`SELECT max(version) AS v FROM migrations`);
    return Number(row?.v ?? 0);
  }

  // ---- articles

  putArticles(records: ArticleRecord[]): Promise<PutOutcome[]> {
    return this.sql.transaction((tx) => this.putIn(tx, records));
  }

  private async putIn(tx: Sql, records: ArticleRecord[]): Promise<PutOutcome[]> {
    const outcomes: PutOutcome[] = [];
    const now = this.iso();
    for (const record of records) {
      const a = record.analyzed.article;
      const hash = articleHash(a);
      const [existing] = await tx.all<{ hash: string }>(`SELECT hash FROM articles WHERE id = ?`, [a.id]);
      if (existing?.hash === hash) {
        outcomes.push('unchanged');
        continue;
      }
      // the text is kept once, in its own column (it is what full-text search indexes)
      const analyzed = JSON.stringify({ ...record.analyzed, article: { ...a, text: '' } });
      const source = record.source ?? null;
      if (existing) {
        await tx.run(
          `UPDATE articles SET hash = ?, outlet = ?, title = ?, published = ?, url = ?, text = ?, analyzed = ?, source_kind = ?, source = ?, updated_at = ? WHERE id = ?`,
          [hash, a.outlet, a.title, a.published, a.url, a.text, analyzed, source?.kind ?? null, source?.content ?? null, now, a.id],
        );
        await tx.run(`DELETE FROM article_keys WHERE article_id = ?`, [a.id]);
      } else {
        await tx.run(
          `INSERT INTO articles (id, hash, outlet, title, published, url, text, analyzed, source_kind, source, ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [a.id, hash, a.outlet, a.title, a.published, a.url, a.text, analyzed, source?.kind ?? null, source?.content ?? null, now, now],
        );
      }
      // one statement per 200 keys: a round trip per key made PostgreSQL ingest 5x slower
      for (const part of chunks([...new Set(record.keys)], 200)) {
        await tx.run(
          `INSERT INTO article_keys (key, article_id) VALUES ${part.map(() => '(?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
          part.flatMap((key) => [key, a.id]),
        );
      }
      outcomes.push(existing ? 'updated' : 'added');
    }
    return outcomes;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [row] = await this.sql.all<ArticleRow>(
      `SELECT a.id, a.hash, a.text, a.analyzed, a.source_kind, a.source, a.ingested_at, sa.story_id
       FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id AND sa.position >= 0 WHERE a.id = ?`,
      [id],
    );
    if (!row) return null;
    return {
      analyzed: hydrate(row),
      hash: row.hash,
      ingestedAt: row.ingested_at,
      story: row.story_id ?? null,
      source: row.source_kind && row.source !== null ? { kind: row.source_kind as SourceKind, content: row.source } : null,
    };
  }

  getAnalyzed(ids: string[]): Promise<AnalyzedArticle[]> {
    return this.analyzedIn(this.sql, ids).then((rows) => rows.map((r) => r.analyzed));
  }

  private async analyzedIn(db: Sql, ids: string[]): Promise<{ analyzed: AnalyzedArticle; hash: string }[]> {
    const byId = new Map<string, { analyzed: AnalyzedArticle; hash: string }>();
    for (const part of chunks([...new Set(ids)])) {
      const rows = await db.all<ArticleRow>(`SELECT id, hash, text, analyzed FROM articles WHERE id IN (${placeholders(part.length)})`, part);
      for (const row of rows) byId.set(row.id, { analyzed: hydrate(row), hash: row.hash });
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async countArticles(): Promise<number> {
    const [row] = await this.sql.all<{ n: number | string }>(`SELECT count(*) AS n FROM articles`);
    return Number(row.n);
  }

  async unclusteredArticles(limit: number): Promise<string[]> {
    const rows = await this.sql.all<{ id: string }>(
      `SELECT a.id FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE sa.article_id IS NULL ORDER BY a.seq LIMIT ?`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  // ---- stories

  updateStories(
    articleIds: string[],
    recluster: (update: StoryUpdate) => Story[],
    opts: { maxKeyArticles?: number } = {},
  ): Promise<{ removed: string[]; stored: string[] }> {
    const maxKeyArticles = opts.maxKeyArticles ?? DEFAULT_MAX_KEY_ARTICLES;
    return this.sql.transaction(
      async (tx) => {
        const ids = [...new Set(articleIds)];
        const candidates = new Set<string>();
        for (const part of chunks(ids)) {
          const own = await tx.all<{ story_id: string }>(`SELECT story_id FROM story_articles WHERE article_id IN (${placeholders(part.length)})`, part);
          for (const r of own) candidates.add(r.story_id);
          // stories that share a key that is rare enough to mean something
          const shared = await tx.all<{ story_id: string }>(
            `SELECT DISTINCT sa.story_id FROM article_keys k
             JOIN story_articles sa ON sa.article_id = k.article_id
             WHERE k.key IN (
               SELECT key FROM article_keys WHERE key IN (SELECT key FROM article_keys WHERE article_id IN (${placeholders(part.length)}))
               GROUP BY key HAVING count(*) <= ?)`,
            [...part, maxKeyArticles],
          );
          for (const r of shared) candidates.add(r.story_id);
        }
        const stories = [...candidates].sort();
        const members = new Set(ids);
        for (const part of chunks(stories)) {
          const rows = await tx.all<{ article_id: string }>(
            `SELECT article_id FROM story_articles WHERE story_id IN (${placeholders(part.length)}) ORDER BY story_id, position`,
            part,
          );
          for (const r of rows) members.add(r.article_id);
        }
        // in order of publication (undated last), then id: the same articles cluster the same
        // way whatever order they arrived in
        const loaded = (await this.analyzedIn(tx, [...members])).sort((x, y) => byPublication(x.analyzed, y.analyzed));
        const hashes = new Map(loaded.map((l) => [l.analyzed.article.id, l.hash]));
        const clustered = recluster({ articles: loaded.map((l) => l.analyzed), stories });

        for (const part of chunks(stories)) {
          const list = placeholders(part.length);
          await tx.run(`DELETE FROM briefings WHERE story_id IN (${list})`, part);
          await tx.run(`DELETE FROM story_articles WHERE story_id IN (${list})`, part);
          await tx.run(`DELETE FROM stories WHERE id IN (${list})`, part);
        }
        const placed = new Set<string>();
        const stored: string[] = [];
        const now = this.iso();
        for (const story of clustered) {
          // an article is in one story: the first that lists it (clusterers should not repeat one)
          const inStory = story.articles.filter((a) => hashes.has(a.article.id) && !placed.has(a.article.id));
          if (inStory.length === 0) continue;
          for (const a of inStory) placed.add(a.article.id);
          const offTopicOnly = story.offTopic.filter((id) => hashes.has(id) && !placed.has(id));
          for (const id of offTopicOnly) placed.add(id);
          const summary = summarise(story, inStory, hashes);
          await tx.run(`DELETE FROM story_articles WHERE story_id = ?`, [story.id]);
          await tx.run(`DELETE FROM briefings WHERE story_id = ?`, [story.id]);
          await tx.run(`DELETE FROM stories WHERE id = ?`, [story.id]);
          await tx.run(
            `INSERT INTO stories (id, title, articles, outlets, first_published, last_published, version, copies, off_topic, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            [story.id, story.title, inStory.length, summary.outlets, summary.first, summary.last, summary.version, JSON.stringify(story.copies), JSON.stringify(story.offTopic), now],
          );
          for (let i = 0; i < inStory.length; i++) {
            await tx.run(`INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)`, [story.id, inStory[i].article.id, i]);
          }
          // an article judged off-topic and put in no story stays a member with a negative
          // position: it is re-clustered with this story, but it is not one of its articles
          for (let i = 0; i < offTopicOnly.length; i++) {
            await tx.run(`INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)`, [story.id, offTopicOnly[i], -1 - i]);
          }
          stored.push(story.id);
        }
        return { removed: stories.filter((id) => !stored.includes(id)), stored };
      },
      { lock: 'stories' },
    );
  }

  async listStories(opts: { order: StoryOrder; limit: number; offset: number }): Promise<Page<StorySummary>> {
    const order =
      opts.order === 'covered'
        ? `outlets DESC, articles DESC, last_published DESC NULLS LAST, id`
        : `last_published DESC NULLS LAST, outlets DESC, id`;
    const rows = await this.sql.all<StoryRow>(
      `SELECT id, title, articles, outlets, first_published, last_published, version, copies, off_topic, updated_at FROM stories ORDER BY ${order} LIMIT ? OFFSET ?`,
      [opts.limit, opts.offset],
    );
    return { items: rows.map(storySummary), total: await this.countStories() };
  }

  async getStory(id: string): Promise<StoredStory | null> {
    const [row] = await this.sql.all<StoryRow>(
      `SELECT id, title, articles, outlets, first_published, last_published, version, copies, off_topic, updated_at FROM stories WHERE id = ?`,
      [id],
    );
    if (!row) return null;
    const members = await this.sql.all<{ article_id: string }>(`SELECT article_id FROM story_articles WHERE story_id = ? AND position >= 0 ORDER BY position`, [id]);
    return {
      ...storySummary(row),
      articleIds: members.map((m) => m.article_id),
      copies: JSON.parse(row.copies) as string[][],
      offTopic: JSON.parse(row.off_topic) as string[],
    };
  }

  async countStories(): Promise<number> {
    const [row] = await this.sql.all<{ n: number | string }>(`SELECT count(*) AS n FROM stories`);
    return Number(row.n);
  }

  // ---- briefing cache

  async getBriefing(storyId: string, version: string): Promise<Briefing | null> {
    const [row] = await this.sql.all<{ briefing: string }>(`SELECT briefing FROM briefings WHERE story_id = ? AND version = ?`, [storyId, version]);
    return row ? (JSON.parse(row.briefing) as Briefing) : null;
  }

  async putBriefing(storyId: string, version: string, briefing: Briefing): Promise<void> {
    await this.sql.transaction(async (tx) => {
      // only for a story that still has this version: a concurrent update may have replaced it
      const [story] = await tx.all<{ version: string }>(`SELECT version FROM stories WHERE id = ?`, [storyId]);
      if (story?.version !== version) return;
      await tx.run(
        `INSERT INTO briefings (story_id, version, briefing, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, briefing = excluded.briefing, created_at = excluded.created_at`,
        [storyId, version, JSON.stringify(briefing), this.iso()],
      );
    });
  }

  // ---- search

  async search(query: string, opts: { limit: number; offset: number }): Promise<Page<SearchHit>> {
    const words = queryWords(query);
    if (words.length === 0) return { items: [], total: 0 };
    type HitRow = { id: string; title: string | null; outlet: string | null; published: string | null; story_id: string | null; snippet: string };
    let rows: HitRow[];
    let total: number;
    if (this.dialect === 'sqlite') {
      // each word quoted: FTS5 operators typed by the user (NEAR, OR, *, :) are taken as words
      const match = words.map((w) => `"${w}"`).join(' ');
      // rank first, then join and make snippets for the page only: snippets of every match
      // before the sort cost 4x more on common words (bench/serve)
      rows = await this.sql.all<HitRow>(
        `WITH top AS (
           SELECT rowid AS seq, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts
           WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?)
         SELECT a.id, a.title, a.outlet, a.published, sa.story_id,
           (SELECT snippet(articles_fts, 1, char(2), char(3), '…', 24) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = top.seq) AS snippet
         FROM top JOIN articles a ON a.seq = top.seq
         LEFT JOIN story_articles sa ON sa.article_id = a.id AND sa.position >= 0
         ORDER BY top.score, top.seq`,
        [match, opts.limit, opts.offset, match],
      );
      const [count] = await this.sql.all<{ n: number }>(`SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?`, [match]);
      total = Number(count.n);
    } else {
      const text = words.join(' ');
      rows = await this.sql.all<HitRow>(
        `SELECT a.id, a.title, a.outlet, a.published, sa.story_id,
           ts_headline('english', a.text, q, ?) AS snippet
         FROM articles a CROSS JOIN plainto_tsquery('english', ?) AS q
         LEFT JOIN story_articles sa ON sa.article_id = a.id AND sa.position >= 0
         WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.seq LIMIT ? OFFSET ?`,
        [`StartSel=${MARK_START},StopSel=${MARK_END},MaxWords=30,MinWords=12,MaxFragments=1,FragmentDelimiter=" … "`, text, opts.limit, opts.offset],
      );
      const [count] = await this.sql.all<{ n: string }>(`SELECT count(*) AS n FROM articles WHERE search @@ plainto_tsquery('english', ?)`, [text]);
      total = Number(count.n);
    }
    return {
      items: rows.map((r) => ({ article: r.id, title: r.title, outlet: r.outlet, published: r.published, story: r.story_id ?? null, snippet: r.snippet ?? '' })),
      total,
    };
  }

  // ---- work queue

  async enqueue(jobs: { kind: JobKind; payload: string; key: string }[]): Promise<number> {
    return this.sql.transaction(async (tx) => {
      let added = 0;
      const now = this.iso();
      for (const job of jobs) {
        added += await tx.run(
          `INSERT INTO jobs (kind, key, payload, state, attempts, created_at, updated_at) VALUES (?, ?, ?, 'queued', 0, ?, ?) ON CONFLICT DO NOTHING`,
          [job.kind, job.key, job.payload, now, now],
        );
      }
      return added;
    });
  }

  async claimJobs(worker: string, limit: number, leaseMs: number): Promise<Job[]> {
    return this.sql.transaction(async (tx) => {
      const now = this.now();
      const nowIso = now.toISOString();
      // a job that keeps killing its workers is given up on
      await tx.run(
        `UPDATE jobs SET state = 'failed', lease_until = NULL, updated_at = ?, result = ? WHERE state = 'running' AND lease_until < ? AND attempts >= ?`,
        [nowIso, JSON.stringify({ articles: [], messages: [{ severity: 'error', stage: 'store', rule: 'store-unavailable', reason: `the job was claimed ${MAX_JOB_ATTEMPTS} times and never finished` }] }), nowIso, MAX_JOB_ATTEMPTS],
      );
      // SKIP LOCKED: workers on PostgreSQL never wait for (or take) rows another worker is claiming;
      // SQLite has one writer at a time (BEGIN IMMEDIATE), which serialises claims already
      const lock = this.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
      const ids = await tx.all<{ id: number | string }>(
        `SELECT id FROM jobs WHERE state = 'queued' OR (state = 'running' AND lease_until < ?) ORDER BY id LIMIT ? ${lock}`,
        [nowIso, limit],
      );
      if (ids.length === 0) return [];
      const lease = new Date(now.getTime() + leaseMs).toISOString();
      const rows = await tx.all<{ id: number | string; kind: JobKind; payload: string; attempts: number }>(
        `UPDATE jobs SET state = 'running', worker = ?, attempts = attempts + 1, lease_until = ?, updated_at = ?
         WHERE id IN (${placeholders(ids.length)}) RETURNING id, kind, payload, attempts`,
        [worker, lease, nowIso, ...ids.map((r) => r.id)],
      );
      return rows.map((r) => ({ id: Number(r.id), kind: r.kind, payload: r.payload, attempts: Number(r.attempts) })).sort((a, b) => a.id - b.id);
    });
  }

  completeJob(job: Job, worker: string, records: ArticleRecord[], outcome: JobOutcome): Promise<PutOutcome[] | null> {
    return this.sql.transaction(async (tx) => {
      const changed = await tx.run(
        `UPDATE jobs SET state = ?, result = ?, lease_until = NULL, updated_at = ? WHERE id = ? AND worker = ? AND state = 'running' AND attempts = ?`,
        [outcome.state, JSON.stringify(outcome.result), this.iso(), job.id, worker, job.attempts],
      );
      if (changed === 0) return null;
      return this.putIn(tx, records);
    });
  }

  async queueCounts(): Promise<QueueCounts> {
    const rows = await this.sql.all<{ state: keyof QueueCounts; n: number | string }>(`SELECT state, count(*) AS n FROM jobs GROUP BY state`);
    const counts: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) counts[r.state] = Number(r.n);
    return counts;
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

function byPublication(x: AnalyzedArticle, y: AnalyzedArticle): number {
  const a = x.article.published ?? '\uffff';
  const b = y.article.published ?? '\uffff';
  return a < b ? -1 : a > b ? 1 : x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0;
}

function hydrate(row: Pick<ArticleRow, 'text' | 'analyzed'>): AnalyzedArticle {
  const analyzed = JSON.parse(row.analyzed) as AnalyzedArticle;
  return { ...analyzed, article: { ...analyzed.article, text: row.text } };
}

function storySummary(row: StoryRow): StorySummary {
  return {
    id: row.id,
    title: row.title,
    articles: Number(row.articles),
    outlets: Number(row.outlets),
    firstPublished: row.first_published,
    lastPublished: row.last_published,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function summarise(story: Story, articles: AnalyzedArticle[], hashes: Map<string, string>) {
  const outlets = new Set(articles.map((a) => a.article.outlet ?? a.article.id));
  const dates = articles.map((a) => a.article.published).filter((d): d is string => !!d).sort();
  const version = createHash('sha256')
    .update(JSON.stringify([story.title, articles.map((a) => [a.article.id, hashes.get(a.article.id)]), story.copies, story.offTopic]))
    .digest('hex')
    .slice(0, 16);
  return { outlets: outlets.size, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, version };
}
