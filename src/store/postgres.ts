/**
 * PostgreSQL, for deployments that outgrow one machine: a connection pool, tsvector full-text
 * search, advisory locks for story updates and `FOR UPDATE SKIP LOCKED` for the work queue, so
 * that several ingest workers on several machines share one database safely.
 */
import pg from 'pg';
import { translateError } from './errors.js';
import { numberPlaceholders, type LockName, type Row, type Sql } from './sql.js';

/** Advisory lock keys (any constant 64-bit numbers, private to Triangulate). */
const LOCK_KEYS: Record<LockName, string> = { stories: '7245104581', migrations: '7245104582' };

/** Opens a pool on a `postgres://` URL; connections are made on first use. */
export function openPostgres(url: string, opts: { max?: number } = {}): Sql {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 8, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000 });
  // an idle client whose server went away must not crash the process; the next query reports it
  pool.on('error', () => undefined);
  return new PostgresSql(pool, redact(url));
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

type Queryable = pg.Pool | pg.PoolClient;

class PostgresSql implements Sql {
  readonly dialect = 'postgres' as const;

  constructor(
    private readonly db: Queryable,
    private readonly where: string,
    private readonly inTransaction = false,
  ) {}

  async all<T = Row>(text: string, params: unknown[] = []): Promise<T[]> {
    try {
      return (await this.db.query(numberPlaceholders(text), params)).rows as T[];
    } catch (error) {
      throw translateError(error, this.where);
    }
  }

  async run(text: string, params: unknown[] = []): Promise<number> {
    try {
      return (await this.db.query(numberPlaceholders(text), params)).rowCount ?? 0;
    } catch (error) {
      throw translateError(error, this.where);
    }
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>, opts: { lock?: LockName } = {}): Promise<T> {
    if (this.inTransaction) return fn(this);
    let client: pg.PoolClient;
    try {
      client = await (this.db as pg.Pool).connect();
    } catch (error) {
      throw translateError(error, this.where);
    }
    let broken: unknown;
    try {
      await client.query('BEGIN');
      if (opts.lock) await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEYS[opts.lock]]);
      const result = await fn(new PostgresSql(client, this.where, true));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError;
      }
      throw translateError(error, this.where);
    } finally {
      // a client whose rollback failed is broken; the pool must not hand it out again
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  async close(): Promise<void> {
    if (!this.inTransaction) await (this.db as pg.Pool).end();
  }
}
