/**
 * Why a store cannot be used: the database is unreachable or the file is not a database. These
 * carry a reason code of `core/messages.ts`, so the API answers with its status.
 */
import { REASONS, type Reason } from '../core/messages.js';

/** A store that cannot be opened or used. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    /** reason code: `store-unavailable` or `not-a-database` */
    readonly rule: Reason,
    /** what was tried and what went wrong */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${REASONS[rule].text}: ${detail}`, options);
  }
}

/** SQLite result codes that mean the file is not a usable database. */
const SQLITE_NOT_A_DATABASE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/** SQLite result codes that mean the file cannot be reached (permissions, missing folder, lock). */
const SQLITE_UNAVAILABLE = new Set(['SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_READONLY', 'SQLITE_BUSY', 'SQLITE_IOERR', 'SQLITE_FULL']);

/**
 * Node and PostgreSQL error codes that mean the server cannot be used now (connection refused,
 * unknown host, server starting or shutting down, too many connections, bad credentials,
 * unknown database). A query error (syntax, constraint) is a bug and is not translated.
 */
const POSTGRES_UNAVAILABLE = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE',
  '57P01', '57P02', '57P03', '53300', '28P01', '28000', '3D000', '08000', '08001', '08003', '08004', '08006',
]);

/** Translates a driver error into a StoreError when it means the store is unusable; else returns it. */
export function translateError(error: unknown, where: string): unknown {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown })?.code;
  const text = (error as Error)?.message ?? String(error);
  if (typeof code === 'string') {
    if (SQLITE_NOT_A_DATABASE.has(code)) return new StoreError('not-a-database', `${where}: ${text}`, { cause: error });
    if (SQLITE_UNAVAILABLE.has(code) || POSTGRES_UNAVAILABLE.has(code)) return new StoreError('store-unavailable', `${where}: ${text}`, { cause: error });
  }
  // pg reports a dropped or timed-out connection without a code
  if (/Connection terminated|connection timeout|timeout expired/i.test(text)) return new StoreError('store-unavailable', `${where}: ${text}`, { cause: error });
  return error;
}
