/**
 * SQLite, the embedded default: one file, WAL journal (readers never wait for the writer, and a
 * killed process loses nothing committed), FTS5 full-text search.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StoreError, translateError } from './errors.js';
import type { Row, Sql } from './sql.js';

/** Opens (creating if needed) an SQLite database file; `:memory:` for a throwaway one. */
export function openSqlite(path: string): Sql {
  let db: Database.Database;
  if (path !== ':memory:' && !existsSync(dirname(resolve(path)))) {
    throw new StoreError('store-unavailable', `${path}: the folder ${dirname(resolve(path))} does not exist`);
  }
  try {
    db = new Database(path);
    // WAL: concurrent readers, one writer, crash-safe commits; NORMAL sync is durable against a
    // killed process (only a power loss can drop the last commits)
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // another process (a second `triangulate ingest`) may hold the write lock for a while
    db.pragma('busy_timeout = 10000');
  } catch (error) {
    throw translateError(error, path);
  }
  return new SqliteSql(db, path);
}

class SqliteSql implements Sql {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  /** transactions of this connection take turns (better-sqlite3 has one connection) */
  private queue: Promise<unknown> = Promise.resolve();
  private depth = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}

  private prepare(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  async all<T = Row>(text: string, params: unknown[] = []): Promise<T[]> {
    try {
      const statement = this.prepare(text);
      return (statement.reader ? statement.all(...params.map(bindable)) : (statement.run(...params.map(bindable)), [])) as T[];
    } catch (error) {
      throw translateError(error, this.path);
    }
  }

  async run(text: string, params: unknown[] = []): Promise<number> {
    try {
      return this.prepare(text).run(...params.map(bindable)).changes;
    } catch (error) {
      throw translateError(error, this.path);
    }
  }

  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    // a transaction inside a transaction runs in the outer one
    if (this.depth > 0) return fn(this);
    const next = this.queue.then(async () => {
      try {
        // IMMEDIATE takes the write lock now, so read-then-write work is serialised across processes
        this.db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        throw translateError(error, this.path);
      }
      this.depth++;
      try {
        const result = await fn(this);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw translateError(error, this.path);
      } finally {
        this.depth--;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null only. */
function bindable(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
