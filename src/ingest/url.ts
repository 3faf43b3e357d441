/** URLs. (Filled in by issue #3.) */
import { message } from '../core/messages.js';
import type { Ingested, IngestOptions } from './index.js';

export async function readUrl(url: string, _opts: IngestOptions): Promise<Ingested> {
  return { documents: [], messages: [message('error', 'ingest', 'fetch-failed', 'URLs are not supported yet', url)] };
}
