/**
 * The server's handle on the store: opened on first use and retried on every request until it
 * opens, so that a server started while PostgreSQL is down (or pointed at a file that is not a
 * database) answers each request with a clear 503/500 and keeps serving, and recovers on its own
 * when the database comes back.
 */
import { openStore, type StoreOptions } from '../store/index.js';
import type { Store } from '../store/types.js';

export interface StoreSource {
  /** the open store; rejects with a StoreError while it cannot be opened */
  get(): Promise<Store>;
  /** closes the store if it was opened */
  close(): Promise<void>;
}

/** A store source for a `--db` spec. */
export function lazyStore(spec: string, opts: StoreOptions = {}): StoreSource {
  let opening: Promise<Store> | null = null;
  return {
    get() {
      if (!opening) {
        opening = openStore(spec, opts);
        // a failed open is forgotten, so the next request tries again
        opening.catch(() => (opening = null));
      }
      return opening;
    },
    async close() {
      const pending = opening;
      opening = null;
      if (pending) await (await pending.catch(() => null))?.close();
    },
  };
}

/** A store source for a store already open (tests, benchmarks). */
export function openedStore(store: Store): StoreSource {
  return { get: async () => store, close: () => store.close() };
}
