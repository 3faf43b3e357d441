/**
 * The store: what Triangulate keeps between runs. One interface, two implementations
 * (SQLite embedded by default, PostgreSQL at scale), one contract test suite
 * (`test/store/contract.ts`) run against both.
 */
import type { AnalyzedArticle, Briefing, Message, SourceKind, Story } from '../core/types.js';

/** Which database a store sits on. */
export type Dialect = 'sqlite' | 'postgres';

/** What happened to one article given to `putArticles`. */
export type PutOutcome = 'added' | 'updated' | 'unchanged';

/** The raw input an article came from, kept to show the original (sanitised) on demand. */
export interface StoredSource {
  /** what kind of content it is */
  kind: SourceKind;
  /** the decoded content as read */
  content: string;
}

/** An article to store: its analysis, the keys that find its candidate stories, its source. */
export interface ArticleRecord {
  /** the analysed article (its `article.text` is the cleaned text) */
  analyzed: AnalyzedArticle;
  /** keys shared by articles that may belong to one story (entity ids, title words) */
  keys: string[];
  /** the input as read, if it is to be kept */
  source?: StoredSource | null;
}

/** A stored article with the story it belongs to. */
export interface StoredArticle {
  /** the analysed article */
  analyzed: AnalyzedArticle;
  /** content hash; the same article ingested twice has the same hash */
  hash: string;
  /** when it was first stored (ISO) */
  ingestedAt: string;
  /** the story it belongs to, if clustered */
  story: string | null;
  /** the input as read, if kept */
  source: StoredSource | null;
}

/** A story as listed: counts and dates, no articles. */
export interface StorySummary {
  /** story id */
  id: string;
  /** headline */
  title: string;
  /** number of articles */
  articles: number;
  /** number of distinct outlets */
  outlets: number;
  /** earliest publication date of its articles (ISO), if any */
  firstPublished: string | null;
  /** latest publication date of its articles (ISO), if any */
  lastPublished: string | null;
  /** when the story last changed (ISO) */
  updatedAt: string;
  /** changes whenever its articles change; keys the briefing cache */
  version: string;
}

/** A stored story: its summary, members in order, copies and off-topic ids. */
export interface StoredStory extends StorySummary {
  /** article ids in order of publication */
  articleIds: string[];
  /** groups of article ids that are copies of one text */
  copies: string[][];
  /** article ids judged off-topic for this story */
  offTopic: string[];
}

/** How a story list is ordered. */
export type StoryOrder = 'newest' | 'covered';

/** One page of a list. */
export interface Page<T> {
  /** the items of this page */
  items: T[];
  /** how many items there are in all */
  total: number;
}

/** A full-text search hit. */
export interface SearchHit {
  /** article id */
  article: string;
  /** headline */
  title: string | null;
  /** outlet */
  outlet: string | null;
  /** publication date */
  published: string | null;
  /** the story it belongs to */
  story: string | null;
  /** a passage around the match; matched words between \u0002 and \u0003 */
  snippet: string;
}

/** What a job asks for: a document already read, or a URL to fetch. */
export type JobKind = 'document' | 'url';

/** A unit of work in the queue. */
export interface Job {
  /** queue id */
  id: number;
  /** what to do */
  kind: JobKind;
  /** JSON of a SourceDocument (`document`) or the URL (`url`) */
  payload: string;
  /** how many times it was claimed, this time included */
  attempts: number;
}

/** How a job ended. */
export interface JobOutcome {
  /** `done`: stored or reported; `failed`: gave up after too many attempts */
  state: 'done' | 'failed';
  /** article ids it stored and the messages it produced */
  result: { articles: string[]; messages: Message[] };
}

/** Counts of jobs by state. */
export type QueueCounts = Record<'queued' | 'running' | 'done' | 'failed', number>;

/** Work done inside one write transaction; the store serialises story updates. */
export interface StoryUpdate {
  /** articles of the stories that may change, the given articles included */
  articles: AnalyzedArticle[];
  /** ids of the stories they currently belong to */
  stories: string[];
}

/** The store. All methods reject with a `StoreError` when the database cannot be used. */
export interface Store {
  /** which database it is */
  readonly dialect: Dialect;
  /** the schema version after migrations */
  schemaVersion(): Promise<number>;

  /** stores articles; an article whose content hash is stored already is left as it is */
  putArticles(records: ArticleRecord[]): Promise<PutOutcome[]>;
  /** one article, or null */
  getArticle(id: string): Promise<StoredArticle | null>;
  /** analysed articles by id, in the order given (missing ids are left out) */
  getAnalyzed(ids: string[]): Promise<AnalyzedArticle[]>;
  /** number of stored articles */
  countArticles(): Promise<number>;
  /** ids of articles that belong to no story (left by an interrupted run) */
  unclusteredArticles(limit: number): Promise<string[]>;

  /**
   * Re-clusters around `articleIds` under the store's story lock: loads the articles of every
   * candidate story (stories sharing a key with them, keys held by at most `maxKeyArticles`
   * articles) plus the articles themselves, calls `recluster`, and replaces the candidate
   * stories by the stories it returns, in one transaction.
   */
  updateStories(
    articleIds: string[],
    recluster: (update: StoryUpdate) => Story[],
    opts?: { maxKeyArticles?: number },
  ): Promise<{ removed: string[]; stored: string[] }>;
  /** a page of stories */
  listStories(opts: { order: StoryOrder; limit: number; offset: number }): Promise<Page<StorySummary>>;
  /** one story, or null */
  getStory(id: string): Promise<StoredStory | null>;
  /** number of stories */
  countStories(): Promise<number>;

  /** the cached briefing of a story version, or null */
  getBriefing(storyId: string, version: string): Promise<Briefing | null>;
  /** caches a briefing for a story version */
  putBriefing(storyId: string, version: string, briefing: Briefing): Promise<void>;

  /** full-text search over titles and texts */
  search(query: string, opts: { limit: number; offset: number }): Promise<Page<SearchHit>>;

  /** adds jobs; a job whose `key` is queued or running already is not added twice */
  enqueue(jobs: { kind: JobKind; payload: string; key: string }[]): Promise<number>;
  /** claims up to `limit` jobs for `worker` (SKIP LOCKED on PostgreSQL); expired leases are reclaimed */
  claimJobs(worker: string, limit: number, leaseMs: number): Promise<Job[]>;
  /**
   * Stores the articles of a job and marks it done in one transaction: either both happen or
   * neither. Returns null when the job's lease was lost to another worker (nothing stored).
   */
  completeJob(job: Job, worker: string, records: ArticleRecord[], outcome: JobOutcome): Promise<PutOutcome[] | null>;
  /** job counts by state */
  queueCounts(): Promise<QueueCounts>;

  /** closes connections */
  close(): Promise<void>;
}
