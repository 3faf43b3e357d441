/**
 * Ingest: turns what the user named (files, folders, `-`, URLs, feeds) into source documents.
 * Only ingest and the store do I/O. A failing input becomes a message naming the input and the
 * reason; the other inputs go on.
 */
import type { Message, SourceDocument } from '../core/types.js';
import { readPathInputs, readStdin } from './files.js';

/** Options for reading inputs. */
export interface IngestOptions {
  /** the fetch implementation for URLs and feeds (passed in, never hidden) */
  fetch?: typeof globalThis.fetch;
  /** largest input accepted, in bytes */
  maxBytes?: number;
  /** the standard input stream, for `-` */
  stdin?: NodeJS.ReadableStream;
  /** deadline for fetching one URL (robots.txt, redirects and body), in milliseconds */
  timeoutMs?: number;
  /** allow private, loopback and link-local addresses (intranets, tests) */
  allowPrivateAddresses?: boolean;
}

/** What ingest produced: documents and the messages of inputs that produced none. */
export interface Ingested {
  /** the documents read */
  documents: SourceDocument[];
  /** messages about inputs (a whole input failing, a duplicate id) */
  messages: Message[];
}

/** Default size cap for one input: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const URL_PATTERN = /^https?:\/\//i;

/** Reads every input in order; never throws for bad input. */
export async function ingest(inputs: string[], opts: IngestOptions = {}): Promise<Ingested> {
  const documents: SourceDocument[] = [];
  const messages: Message[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    let result: Ingested;
    if (input === '-') result = await readStdin(opts);
    else if (URL_PATTERN.test(input)) result = await readUrlInput(input, opts);
    else result = await readPathInputs(input, opts);
    messages.push(...result.messages);
    for (const doc of result.documents) {
      if (seen.has(doc.id)) {
        messages.push({
          severity: 'warning',
          stage: 'ingest',
          rule: 'duplicate',
          reason: `the same article id "${doc.id}" was given twice; the later one is ignored`,
          input: doc.origin,
        });
        continue;
      }
      seen.add(doc.id);
      documents.push(doc);
    }
  }
  return { documents, messages };
}

async function readUrlInput(url: string, opts: IngestOptions): Promise<Ingested> {
  const { readUrl } = await import('./url.js');
  return readUrl(url, opts);
}
