/** `triangulate ingest` (issue #7: the store and the server). */
import { UsageError } from '../../core/messages.js';
import type { Io } from '../io.js';

export async function run(_args: string[], _io: Io): Promise<number> {
  throw new UsageError('the ingest command is not available yet');
}
