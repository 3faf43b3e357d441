/**
 * Opening a store: `--db FILE` is SQLite (the default, `triangulate.db`), `--db postgres://...`
 * is PostgreSQL.
 */
import { openPostgres } from './postgres.js';
import { SqlStore, type StoreOptions } from './sql-store.js';
import { openSqlite } from './sqlite.js';
import type { Store } from './types.js';

export type * from './types.js';
export { StoreError } from './errors.js';
export { articleHash, MARK_END, MARK_START, type StoreOptions } from './sql-store.js';

/** The database used when `--db` is not given. */
export const DEFAULT_DB = 'triangulate.db';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** True when the spec names a PostgreSQL database. */
export function isPostgres(spec: string): boolean {
  return POSTGRES_URL.test(spec);
}

/** Opens the store named by `spec` and migrates it; rejects with a StoreError when unusable. */
export async function openStore(spec: string = DEFAULT_DB, opts: StoreOptions & { poolSize?: number } = {}): Promise<Store> {
  const sql = isPostgres(spec) ? openPostgres(spec, { max: opts.poolSize }) : openSqlite(spec);
  return SqlStore.open(sql, opts);
}
