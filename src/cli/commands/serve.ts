/**
 * `triangulate serve [--db FILE|postgres://...] [--port N] [--host H] [--token T] [--max-upload BYTES]`
 * The web UI and the HTTP API. On loopback (the default) writes are open; beyond it they need a
 * token (`--token`, `TRIANGULATE_TOKEN`, or a new one printed at start).
 */
import { parseArgs } from 'node:util';
import { formatMessage, UsageError } from '../../core/messages.js';
import { DEFAULT_DB, StoreError } from '../../store/index.js';
import { lazyStore, startServer } from '../../serve/index.js';
import type { Io } from '../io.js';
import { positiveInt } from '../options.js';

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      db: { type: 'string' },
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      token: { type: 'string' },
      'max-upload': { type: 'string' },
    },
  });
  const port = values.port === '0' ? 0 : (positiveInt(values.port, '--port') ?? 8080);
  if (port > 65535) throw new UsageError(`--port expects a port number from 0 to 65535; got "${values.port}"`);
  const host = values.host ?? '127.0.0.1';
  const store = lazyStore(values.db ?? DEFAULT_DB);
  // say at once when the store cannot be used; the server still starts and answers 503/500
  try {
    await store.get();
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(formatMessage({ severity: 'error', stage: 'store', rule: error.rule, reason: error.message }) + '\n');
  }
  let running;
  try {
    running = await startServer({
      store,
      port,
      host,
      token: values.token ?? process.env.TRIANGULATE_TOKEN ?? null,
      maxUploadBytes: positiveInt(values['max-upload'], '--max-upload'),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EADDRNOTAVAIL' && code !== 'EACCES') throw error;
    await store.close();
    io.stderr.write(`triangulate serve: cannot listen on ${host}:${port}: ${(error as Error).message}\n`);
    return 1;
  }
  io.stderr.write(`triangulate: serving ${values.db ?? DEFAULT_DB} at ${running.url}/\n`);
  if (running.token && !values.token && !process.env.TRIANGULATE_TOKEN) io.stderr.write(`triangulate: writes need "Authorization: Bearer ${running.token}"\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  return 0;
}
