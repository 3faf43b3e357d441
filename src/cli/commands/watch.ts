/**
 * `triangulate watch <feed-urls...> [--db FILE|postgres://...] [--every SECONDS] [--once] [--allow-private]`
 * Polls feeds: each round queues the feeds and works the queue (new entries are stored, entries
 * already stored are no-ops), then waits. Stops on SIGINT/SIGTERM after the current round.
 * Feeds on private addresses (an intranet) need `--allow-private`.
 */
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { UsageError } from '../../core/messages.js';
import type { UrlOptions } from '../../ingest/url.js';
import { DEFAULT_DB } from '../../store/index.js';
import { enqueueUrls, work } from '../../store/ingest.js';
import { report, type Io } from '../io.js';
import { positiveInt, requireInputs } from '../options.js';
import { createProgress } from '../progress.js';
import { openOrReport } from './ingest.js';

/** Feeds are polled every 15 minutes unless told otherwise: often enough for news, polite to servers. */
const DEFAULT_EVERY_SECONDS = 15 * 60;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, every: { type: 'string' }, once: { type: 'boolean' }, 'allow-private': { type: 'boolean' } },
  });
  requireInputs(positionals, 'feed URLs');
  const bad = positionals.find((u) => !/^https?:\/\//i.test(u));
  if (bad) throw new UsageError(`watch expects feed URLs (http:// or https://); got "${bad}"`);
  const every = positiveInt(values.every, '--every') ?? DEFAULT_EVERY_SECONDS;
  const store = await openOrReport(values.db ?? DEFAULT_DB, io);
  if (!store) return 1;
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let failed = false;
  try {
    while (!stop.signal.aborted) {
      await enqueueUrls(store, positionals);
      const progress = createProgress(io.stderr as NodeJS.WritableStream & { isTTY?: boolean });
      const done = await work(store, {
        worker: `${hostname()}:${process.pid}`,
        signal: stop.signal,
        ingest: { allowPrivateAddresses: values['allow-private'] ?? false } as UrlOptions,
        onMessages: (messages) => (failed = report(messages, io) || failed),
        onProgress: (p) => progress.update({ articles: p.stored, stories: p.stories, unchanged: p.unchanged }),
      });
      progress.done();
      io.stderr.write(`triangulate: ${new Date().toISOString()} ${done.stored} new or changed articles, ${done.unchanged} already stored\n`);
      if (values.once) break;
      await sleep(every * 1000, undefined, { signal: stop.signal }).catch(() => undefined);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
  return failed ? 1 : 0;
}
