/**
 * A throwaway PostgreSQL server for tests: `initdb` + `pg_ctl` from Debian's `postgresql`
 * package in a temporary folder, on a free loopback port, stopped and deleted afterwards. Never
 * a mock. Returns null (with the reason) when the binaries are missing, so that suites skip
 * loudly instead of passing silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PgServer {
  /** a URL for a fresh, empty database on the server */
  createDatabase(name: string): Promise<string>;
  /** the URL of the server's default database */
  url: string;
  /** stops the server (immediately) and deletes its folder */
  stop(): void;
  /** stops the server, keeping its data (an outage) */
  pause(): void;
  /** starts it again on the same port */
  resume(): void;
}

/** The folder of Debian's PostgreSQL binaries, newest version first, or null. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

/** Why the PostgreSQL suites cannot run here, or null when they can. */
export function postgresMissing(): string | null {
  if (process.platform !== 'linux') return 'PostgreSQL tests need Linux with Debian\'s postgresql package';
  if (!postgresBin()) return 'initdb/pg_ctl not found under /usr/lib/postgresql/*/bin; install it with `apt-get install -y postgresql`';
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root and there is no `postgres` user to run the server as';
  return null;
}

/** Prints a loud notice that the PostgreSQL suite did not run. */
export function announceSkip(reason: string): void {
  process.stderr.write(`\n!!!!!!!!!!\n!!! THE POSTGRESQL SUITE DID NOT RUN: ${reason}\n!!!!!!!!!!\n\n`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a server; throws with the server's log when it does not start. */
export async function startPostgres(): Promise<PgServer> {
  const bin = postgresBin()!;
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-pg-'));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: run it as the `postgres` user, in a folder it owns
  const run = (cmd: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' }) : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`, 'start']);
  try {
    run('initdb', ['-D', data, '-U', 'triangulate', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    start();
  } catch (error) {
    const log = existsSync(join(dir, 'log')) ? execFileSync('cat', [join(dir, 'log')]).toString() : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${(error as { stderr?: Buffer }).stderr?.toString() ?? ''}\n${log}`);
  }
  const url = `postgres://triangulate@127.0.0.1:${port}/postgres`;
  return {
    url,
    async createDatabase(name: string) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return `postgres://triangulate@127.0.0.1:${port}/${name}`;
    },
    pause() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    resume() {
      start();
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
