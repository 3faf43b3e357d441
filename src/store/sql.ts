/**
 * The thin layer the two dialects share: run a statement, read rows, run a write transaction.
 * Statements are written once with `?` placeholders; PostgreSQL's `$1, $2, ...` are numbered here.
 */
import type { Dialect } from './types.js';

/** A row as the driver returns it. */
export type Row = Record<string, unknown>;

/** What the store needs from a database connection. */
export interface Sql {
  /** which database */
  readonly dialect: Dialect;
  /** rows of a query (or of a statement with RETURNING) */
  all<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** runs a statement; returns the number of rows changed */
  run(text: string, params?: unknown[]): Promise<number>;
  /**
   * Runs `fn` in one write transaction, committed when it resolves and rolled back when it
   * rejects. `lock` names a lock held until the end of the transaction, so that writers that
   * read-then-write (story updates, migrations) take turns across processes.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>, opts?: { lock?: LockName }): Promise<T>;
  /** closes the connection(s) */
  close(): Promise<void>;
}

/** Locks that serialise read-then-write work across processes. */
export type LockName = 'stories' | 'migrations';

/** `?, ?, ?` for an IN list of n values (n > 0). */
export function placeholders(n: number): string {
  return new Array(n).fill('?').join(', ');
}

/** Numbers `?` placeholders as `$1, $2, ...` (our statements never hold a literal `?`). */
export function numberPlaceholders(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** Splits a list into chunks, for IN lists that must stay under the drivers' parameter limits. */
export function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
