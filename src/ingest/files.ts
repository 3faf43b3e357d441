/**
 * Files and folders: walks folders recursively (in sorted order, so runs are deterministic),
 * reads each file by its extension and decodes it. Bad files become messages.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { message } from '../core/messages.js';
import type { Message, SourceDocument, SourceKind } from '../core/types.js';
import { decode, gunzipCapped, sniffHtmlCharset } from './decode.js';
import { DEFAULT_MAX_BYTES, type Ingested, type IngestOptions } from './index.js';
import { parseJsonArticles, parseJsonLines } from './json.js';

/** File types by extension; anything else is reported as an unknown format. */
const KIND_BY_EXTENSION: Record<string, SourceKind | 'jsonl'> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.warc': 'warc',
};

/** Files that are skipped silently inside folders (licences, notes, dotfiles). */
const IGNORED_IN_FOLDERS = /^(\.|license|licence|readme|gold\.tsv$)/i;

/** The kind of a path, by extension (`.warc.gz` and `.html.gz` included). */
export function kindOfPath(path: string): SourceKind | 'jsonl' | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.warc.gz')) return 'warc';
  const base = lower.endsWith('.gz') ? lower.slice(0, -3) : lower;
  return KIND_BY_EXTENSION[extname(base)] ?? null;
}

/** Reads a file or a folder given on the command line. */
export async function readPathInputs(input: string, opts: IngestOptions): Promise<Ingested> {
  let info;
  try {
    info = await stat(input);
  } catch {
    return { documents: [], messages: [message('error', 'ingest', 'not-found', undefined, input)] };
  }
  if (!info.isDirectory()) return readOneFile(input, input, opts);

  const documents: SourceDocument[] = [];
  const messages: Message[] = [];
  const files = await walk(input, messages);
  for (const file of files) {
    const id = relative(input, file).split(sep).join('/');
    const result = await readOneFile(file, id, opts);
    documents.push(...result.documents);
    messages.push(...result.messages);
  }
  if (documents.length === 0 && messages.every((m) => m.severity !== 'error')) {
    messages.push(message('error', 'ingest', 'no-articles', `no readable .txt, .md, .html, .json, .jsonl, feed or WARC files`, input));
  }
  return { documents, messages };
}

/**
 * The files below a folder, sorted. Symbolic links are followed (a folder of links to saved
 * articles is common); a link that loops back or points nowhere is reported, not dropped silently.
 */
async function walk(folder: string, messages: Message[], visited = new Set<string>()): Promise<string[]> {
  visited.add(await realpath(folder));
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (IGNORED_IN_FOLDERS.test(entry.name)) continue;
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
        if (isDirectory && visited.has(await realpath(path))) {
          messages.push(message('warning', 'ingest', 'duplicate', 'the link leads back to a folder already read; skipped', path));
          continue;
        }
      } catch {
        messages.push(message('error', 'ingest', 'not-found', 'the link points nowhere', path));
        continue;
      }
    }
    if (isDirectory) files.push(...(await walk(path, messages, visited)));
    else if (isFile) files.push(path);
  }
  return files;
}

/** Reads one file; `id` is the article id to give it. */
export async function readOneFile(path: string, id: string, opts: IngestOptions): Promise<Ingested> {
  const fail = (rule: Parameters<typeof message>[2], detail?: string): Ingested => ({
    documents: [],
    messages: [message('error', 'ingest', rule, detail, path)],
  });
  const kind = kindOfPath(path);
  if (!kind) return fail('unknown-format', `"${extname(path) || '(none)'}"; expected .txt, .md, .html, .json, .jsonl, .rss, .atom, .xml, .warc or .warc.gz`);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path);
  if (info.size > maxBytes) return fail('too-large', `${info.size} bytes; the limit is ${maxBytes}`);
  let bytes: Uint8Array = await readFile(path);
  if (bytes.length === 0) return fail('empty-input', '0 bytes');
  if (path.toLowerCase().endsWith('.gz')) {
    const expanded = gunzipCapped(bytes, maxBytes);
    if (!expanded.ok) return fail(expanded.rule, expanded.reason);
    bytes = expanded.bytes;
  }
  if (kind === 'warc') {
    const { readWarc } = await import('./warc.js');
    return readWarc(bytes, path, opts);
  }
  return readBytes(bytes, path, id, kind, null, opts);
}

/** Decodes bytes of a known kind and turns them into documents. */
export async function readBytes(
  bytes: Uint8Array,
  origin: string,
  id: string,
  kind: SourceKind | 'jsonl',
  declaredCharset: string | null,
  opts: IngestOptions = {},
): Promise<Ingested> {
  const charset = declaredCharset ?? (kind === 'html' || kind === 'feed' ? sniffHtmlCharset(bytes) : null);
  const decoded = decode(bytes, charset);
  if (!decoded.ok) return { documents: [], messages: [message('error', 'ingest', decoded.rule, decoded.reason, origin)] };
  const messages: Message[] = [];
  if (decoded.guessed) messages.push(message('warning', 'ingest', 'encoding-guessed', `read as ${decoded.encoding}`, origin));
  const content = decoded.text;
  if (content.trim() === '') return { documents: [], messages: [message('error', 'ingest', 'empty-input', 'only white space', origin)] };
  if (kind === 'json' && !isJsonFeed(content)) return withMessages(parseJsonArticles(content, origin, id), messages);
  if (kind === 'jsonl') return withMessages(parseJsonLines(content, origin), messages);
  if (kind === 'feed' || kind === 'json') {
    const { readFeed } = await import('./feed.js');
    return withMessages(await readFeed(content, origin, opts), messages);
  }
  return { documents: [{ id, origin, kind, content, meta: {}, messages }], messages: [] };
}

/** A `.json` file that is a JSON Feed (its `version` names jsonfeed.org), not an article. */
function isJsonFeed(content: string): boolean {
  if (!/jsonfeed\.org/.test(content.slice(0, 4096))) return false; // cheap test before parsing
  try {
    const version = (JSON.parse(content) as { version?: unknown }).version;
    return typeof version === 'string' && /^https?:\/\/jsonfeed\.org\//.test(version);
  } catch {
    return false; // the article reader reports the broken JSON
  }
}

function withMessages(result: Ingested, messages: Message[]): Ingested {
  if (messages.length === 0) return result;
  for (const doc of result.documents) doc.messages.unshift(...messages);
  return result.documents.length ? result : { documents: [], messages: [...messages, ...result.messages] };
}

/** Reads standard input: JSONL when every line is an object, HTML when it starts with `<`, else text. */
export async function readStdin(opts: IngestOptions): Promise<Ingested> {
  const stream = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) return { documents: [], messages: [message('error', 'ingest', 'empty-input', '0 bytes', '-')] };
  const head = bytes.subarray(0, 512).toString('utf8').trimStart();
  const kind: SourceKind | 'jsonl' = head.startsWith('{') ? 'jsonl' : head.startsWith('<') ? (/<(rss|feed|\?xml)/i.test(head) ? 'feed' : 'html') : 'text';
  return readBytes(bytes, '-', '-', kind, null, opts);
}
