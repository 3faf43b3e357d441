/** A store holding the bundled example, for API, UI and browser tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';
import { enqueueDocuments, work } from '../../src/store/ingest.js';
import type { Store } from '../../src/store/types.js';

export const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'lavrov-2019');

/** A temp SQLite store with the example ingested the way `triangulate ingest` does it. */
export async function exampleStore(): Promise<{ store: Store; path: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-serve-'));
  const path = join(dir, 'example.db');
  const store = await openStore(path);
  const read = await ingest([EXAMPLE]);
  await enqueueDocuments(store, read.documents);
  await work(store, { worker: 'test' });
  return {
    store,
    path,
    cleanup: async () => {
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
