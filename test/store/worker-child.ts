/**
 * A worker process for the queue and crash tests:
 *   node --import tsx test/store/worker-child.ts <db> <worker> [enqueue-count]
 * Enqueues generated documents when asked, prints `ready`, waits for a line on stdin when
 * `WAIT_FOR_GO=1` (so that several workers start at once), works the queue one job at a time,
 * and prints `stored <article id>` after each job is committed, then `done <json progress>`.
 */
import { openStore } from '../../src/store/index.js';
import { enqueueDocuments, work } from '../../src/store/ingest.js';
import { generatedDocuments } from './documents.js';

const [db, worker, count] = process.argv.slice(2);
const store = await openStore(db);
if (count) await enqueueDocuments(store, generatedDocuments(Number(count)));
process.stdout.write('ready\n');
if (process.env.WAIT_FOR_GO === '1') {
  const { createInterface } = await import('node:readline');
  const input = createInterface({ input: process.stdin });
  await input[Symbol.asyncIterator]().next();
  input.close();
}
const progress = await work(store, {
  worker,
  batch: 1,
  afterJob: (job, outcomes) => {
    if (outcomes.length) process.stdout.write(`stored ${JSON.parse(job.payload).id}\n`);
  },
});
process.stdout.write(`done ${JSON.stringify(progress)}\n`);
await store.close();
