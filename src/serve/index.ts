/** Starting the HTTP server: the app on @hono/node-server, on loopback unless told otherwise. */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';

export { createApp, CONTENT_SECURITY_POLICY, DEFAULT_MAX_UPLOAD_BYTES } from './app.js';
export { lazyStore, openedStore, type StoreSource } from './store-source.js';

/** Hosts that only this machine can reach; beyond them, writes need a token. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A new random write token. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A running server. */
export interface Running {
  /** its base URL */
  url: string;
  /** the write token, if writes need one */
  token: string | null;
  /** stops listening and closes the store */
  close(): Promise<void>;
}

/** Starts the server; `port` 0 picks a free port. */
export async function startServer(opts: AppOptions & { port: number; host: string }): Promise<Running> {
  // listening beyond localhost: writes need a token (a new one unless given)
  const token = opts.token ?? (isLoopbackHost(opts.host) ? null : newToken());
  const app = createApp({ ...opts, token });
  const server = await new Promise<ReturnType<typeof listen>>((resolve, reject) => {
    const s = listen({ fetch: app.fetch, port: opts.port, hostname: opts.host }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    token,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await opts.store.close();
    },
  };
}
