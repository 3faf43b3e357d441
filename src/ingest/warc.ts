/** WARC and WARC.gz. (Filled in by issue #3.) */
import { message } from '../core/messages.js';
import type { Ingested, IngestOptions } from './index.js';

export async function readWarc(_bytes: Uint8Array, origin: string, _opts: IngestOptions): Promise<Ingested> {
  return { documents: [], messages: [message('error', 'ingest', 'unknown-format', 'WARC is not supported yet', origin)] };
}
