/** What a command may touch: its streams, passed in so that tests can capture them. */
import { writeFile } from 'node:fs/promises';
import { formatMessage, UsageError } from '../core/messages.js';
import type { Message } from '../core/types.js';

export interface Io {
  /** standard output */
  stdout: NodeJS.WritableStream;
  /** standard error */
  stderr: NodeJS.WritableStream;
  /** standard input, for `-` */
  stdin: NodeJS.ReadableStream;
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/** Prints messages on stderr; returns true when any is an error. */
export function report(messages: Message[], io: Io): boolean {
  let failed = false;
  for (const m of messages) {
    if (m.severity === 'info') continue;
    io.stderr.write(formatMessage(m) + '\n');
    if (m.severity === 'error') failed = true;
  }
  return failed;
}

/** Writes output to a file or stdout. */
export async function emit(text: string, out: string | undefined, io: Io): Promise<void> {
  if (!out) {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(out, text);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'its folder does not exist' : e.code === 'EISDIR' ? 'it is a folder' : e.code === 'EACCES' ? 'permission denied' : e.message;
    throw new UsageError(`cannot write --out "${out}": ${why}`);
  }
}
