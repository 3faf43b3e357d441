/**
 * `triangulate ingest <inputs...> [--db FILE|postgres://...] [--batch N] [--drain]`
 * Reads the inputs, queues them, and works the queue: articles are stored and the stories they
 * join are re-clustered. Re-ingesting an article is a no-op. Several `ingest` processes may share
 * one PostgreSQL: they take jobs from the same queue. `--drain` works the queue without inputs.
 */
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { formatMessage } from '../../core/messages.js';
import { ingest } from '../../ingest/index.js';
import { DEFAULT_DB, openStore, StoreError } from '../../store/index.js';
import { enqueueDocuments, work } from '../../store/ingest.js';
import type { Store } from '../../store/types.js';
import { report, type Io } from '../io.js';
import { positiveInt, requireInputs } from '../options.js';
import { createProgress } from '../progress.js';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, batch: { type: 'string' }, drain: { type: 'boolean' } },
  });
  if (!values.drain) requireInputs(positionals);
  const batch = positiveInt(values.batch, '--batch');
  const store = await openOrReport(values.db ?? DEFAULT_DB, io);
  if (!store) return 1;
  try {
    let failed = false;
    if (positionals.length) {
      const read = await ingest(positionals, { stdin: io.stdin });
      failed = report(read.messages, io);
      await enqueueDocuments(store, read.documents);
    }
    const progress = createProgress(io.stderr as NodeJS.WritableStream & { isTTY?: boolean });
    // Ctrl-C finishes the jobs in hand, so that none waits for its lease to end
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const done = await work(store, {
      signal: stop.signal,
      worker: `${hostname()}:${process.pid}`,
      batch,
      onMessages: (messages) => (failed = report(messages, io) || failed),
      onProgress: (p) => progress.update({ articles: p.stored, stories: p.stories, unchanged: p.unchanged }),
    }).finally(() => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    });
    progress.done();
    const counts = await store.queueCounts();
    io.stderr.write(
      `triangulate: ${done.stored} articles stored, ${done.unchanged} already stored; ${await store.countArticles()} articles in ${await store.countStories()} stories` +
        (counts.failed ? `; ${counts.failed} jobs failed` : '') +
        (counts.queued ? `; ${counts.queued} jobs still queued (interrupted: run again to go on)` : '') +
        (counts.running ? `; ${counts.running} jobs held by other workers (or by a stopped one, until its lease ends)` : '') +
        '\n',
    );
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof StoreError) {
      storeFailure(error, io);
      // what was committed stays; claimed jobs come back when their lease ends
      io.stderr.write('triangulate: what was stored is kept; run the same command again to resume\n');
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}

/** Opens the store, or prints why it cannot be opened. */
export async function openOrReport(spec: string, io: Io): Promise<Store | null> {
  try {
    return await openStore(spec);
  } catch (error) {
    if (error instanceof StoreError) {
      storeFailure(error, io);
      return null;
    }
    throw error;
  }
}

function storeFailure(error: StoreError, io: Io): number {
  io.stderr.write(formatMessage({ severity: 'error', stage: 'store', rule: error.rule, reason: error.message }) + '\n');
  return 1;
}
