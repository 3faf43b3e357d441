/**
 * Feeding the store: documents read by `ingest` go into the work queue; workers claim jobs
 * (SKIP LOCKED on PostgreSQL), run them through `extract` and `analyze`, store the articles and
 * mark the job done in one transaction, then re-cluster the stories around what changed.
 * A killed worker loses nothing committed: its claimed jobs come back when their lease expires,
 * and articles stored but not yet clustered are picked up by the next run.
 */
import { createHash } from 'node:crypto';
import { analyze } from '../analyze/index.js';
import { cluster, type ClusterOptions } from '../cluster/index.js';
import type { Message, SourceDocument } from '../core/types.js';
import { extract } from '../extract/index.js';
import { ingest, type IngestOptions } from '../ingest/index.js';
import { briefingOf } from './briefing.js';
import { storyKeys } from './keys.js';
import type { ArticleRecord, Job, PutOutcome, Store } from './types.js';

/** How long a claimed job stays with its worker before another may take it over. */
export const DEFAULT_LEASE_MS = 5 * 60 * 1000;

/** Jobs claimed at a time: small enough that a killed worker strands little, large enough to amortise clustering. */
export const DEFAULT_BATCH = 16;

/** The queue key of a document: the same content under the same id is queued once at a time. */
export function documentKey(doc: SourceDocument): string {
  return 'doc:' + createHash('sha256').update(JSON.stringify([doc.id, doc.kind, doc.content, doc.meta])).digest('hex');
}

/** Queues documents read by `ingest`; returns how many were added (not already pending). */
export function enqueueDocuments(store: Store, documents: SourceDocument[]): Promise<number> {
  return store.enqueue(documents.map((doc) => ({ kind: 'document' as const, key: documentKey(doc), payload: JSON.stringify(doc) })));
}

/** Queues URLs (pages or feeds) to fetch. */
export function enqueueUrls(store: Store, urls: string[]): Promise<number> {
  return store.enqueue(urls.map((url) => ({ kind: 'url' as const, key: `url:${url}`, payload: url })));
}

/** Extracts and analyses documents; failures become messages. */
export function recordsOf(documents: SourceDocument[]): { records: ArticleRecord[]; messages: Message[] } {
  const records: ArticleRecord[] = [];
  const messages: Message[] = [];
  for (const doc of documents) {
    const result = extract(doc);
    messages.push(...result.messages);
    if (!result.ok) continue;
    const analyzed = analyze(result.value);
    records.push({ analyzed, keys: storyKeys(analyzed), source: { kind: doc.kind, content: doc.content } });
  }
  return { records, messages };
}

/** Re-clusters the stories around the given articles (see Store.updateStories). */
export function updateStoriesAround(store: Store, articleIds: string[], opts: ClusterOptions = {}) {
  return store.updateStories(articleIds, ({ articles }) => cluster(articles, opts).stories);
}

/** Counts a worker reports as it goes. */
export interface WorkProgress {
  /** jobs finished by this worker */
  jobs: number;
  /** articles added or updated by this worker */
  stored: number;
  /** articles that were stored already, unchanged */
  unchanged: number;
  /** stories written by this worker's re-clustering */
  stories: number;
}

/** Options of a worker. */
export interface WorkOptions extends ClusterOptions {
  /** the worker's name, unique among concurrent workers */
  worker: string;
  /** jobs claimed at a time */
  batch?: number;
  /** lease of a claimed job, in ms */
  leaseMs?: number;
  /** options for fetching `url` jobs */
  ingest?: IngestOptions;
  /** called after each batch */
  onProgress?: (progress: WorkProgress) => void;
  /** called with the messages of each job */
  onMessages?: (messages: Message[]) => void;
  /** stops after the current batch */
  signal?: AbortSignal;
  /**
   * synthesise the briefings of the stories a batch changed, so that readers get them from the
   * cache (default true; a briefing of a large story takes much longer than serving one)
   */
  warmBriefings?: boolean;
  /** called after a job is stored and before stories are updated (tests crash here) */
  afterJob?: (job: Job, outcomes: PutOutcome[]) => void;
}

/** Works the queue until it is empty (or the signal aborts); returns what this worker did. */
export async function work(store: Store, opts: WorkOptions): Promise<WorkProgress> {
  const progress: WorkProgress = { jobs: 0, stored: 0, unchanged: 0, stories: 0 };
  const batch = opts.batch ?? DEFAULT_BATCH;
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  // articles a previous run stored but never clustered (it was killed in between)
  await clusterLeftovers(store, opts, progress);
  while (!opts.signal?.aborted) {
    const jobs = await store.claimJobs(opts.worker, batch, leaseMs);
    if (jobs.length === 0) break;
    const changed: string[] = [];
    for (const job of jobs) {
      const { records, messages } = await runJob(job, opts.ingest ?? {});
      const outcomes = await store.completeJob(job, opts.worker, records, {
        state: 'done',
        result: { articles: records.map((r) => r.analyzed.article.id), messages },
      });
      opts.onMessages?.(messages);
      if (!outcomes) continue; // the lease was lost to another worker, which does the job
      progress.jobs++;
      outcomes.forEach((outcome, i) => {
        if (outcome === 'unchanged') progress.unchanged++;
        else {
          progress.stored++;
          changed.push(records[i].analyzed.article.id);
        }
      });
      opts.afterJob?.(job, outcomes);
    }
    if (changed.length) {
      const { stored } = await updateStoriesAround(store, changed, opts);
      progress.stories += stored.length;
      if (opts.warmBriefings !== false) await warmBriefings(store, stored);
    }
    opts.onProgress?.({ ...progress });
    // SQLite, extraction and analysis are synchronous: without a turn of the event loop here a
    // signal (Ctrl-C) would never be seen until the queue is empty
    await new Promise((resolve) => setImmediate(resolve));
  }
  await clusterLeftovers(store, opts, progress);
  return progress;
}

async function clusterLeftovers(store: Store, opts: WorkOptions, progress: WorkProgress): Promise<void> {
  for (;;) {
    const ids = await store.unclusteredArticles(256);
    if (ids.length === 0) return;
    const { stored } = await updateStoriesAround(store, ids, opts);
    progress.stories += stored.length;
    if (opts.warmBriefings !== false) await warmBriefings(store, stored);
  }
}

/** Synthesises and caches the briefings of stories (a story changed since is skipped by the cache). */
export async function warmBriefings(store: Store, storyIds: string[]): Promise<void> {
  for (const id of storyIds) await briefingOf(store, id);
}

async function runJob(job: Job, ingestOptions: IngestOptions): Promise<{ records: ArticleRecord[]; messages: Message[] }> {
  if (job.kind === 'document') return recordsOf([JSON.parse(job.payload) as SourceDocument]);
  const read = await ingest([job.payload], ingestOptions);
  const { records, messages } = recordsOf(read.documents);
  return { records, messages: [...read.messages, ...messages] };
}
