/** RSS 2.0 / Atom / JSON Feed. (Filled in by issue #3: feeds.) */
import { message } from '../core/messages.js';
import type { Ingested } from './index.js';

export async function readFeed(_content: string, origin: string): Promise<Ingested> {
  return { documents: [], messages: [message('error', 'ingest', 'unknown-format', 'feeds are not supported yet', origin)] };
}
