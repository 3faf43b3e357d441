/** What a command may touch: its streams, passed in so that tests can capture them. */
import { writeFile } from 'node:fs/promises';
import { formatMessage } from '../core/messages.js';
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
  if (out) await writeFile(out, text);
  else io.stdout.write(text);
}
