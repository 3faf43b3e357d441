/**
 * Files and folders: walks folders recursively (in sorted order, so runs are deterministic),
 * reads each file by its extension, or by its content when the extension says nothing, and
 * decodes it. Bad files become messages.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { message } from '../core/messages.js';
import type { Message, SourceDocument, SourceKind } from '../core/types.js';
import { decode, gunzipCapped, looksBinary, sniffHtmlCharset } from './decode.js';
import { DEFAULT_MAX_BYTES, type Ingested, type IngestOptions } from './index.js';
import { parseJsonArticles, parseJsonLines } from './json.js';
import { looksLikeSgml, parseSgmlDocuments } from './sgml.js';

/**
 * The formats a file can be read as: the kinds of source documents, plus the containers that
 * hold several articles (JSON lines, SGML `<DOC>` records).
 */
export type FileFormat = SourceKind | 'jsonl' | 'sgml';

/** File types by extension; other extensions are sniffed (see `sniffFormat`) unless NOT_ARTICLE_EXTENSIONS lists them. */
const KIND_BY_EXTENSION: Record<string, FileFormat> = {
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
  // TREC/DUC/TDT/AQUAINT news records
  '.sgml': 'sgml',
  '.sgm': 'sgml',
};

/**
 * Extensions that name something other than a news article (office documents, images, archives,
 * media, data tables, code): rejected by name as before, even when the bytes happen to be text
 * ("notes.docx" holding plain text is still not what the user meant to brief). `.doc` is not
 * here: DUC-style sets use it for SGML records; a real Word file is caught as binary.
 */
const NOT_ARTICLE_EXTENSIONS = new Set([
  '.docx', '.odt', '.rtf', '.pdf', '.xls', '.xlsx', '.ods', '.csv', '.tsv', '.ppt', '.pptx', '.key', '.pages',
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.bmp', '.tif', '.tiff', '.svg', '.ico', '.heic',
  '.zip', '.tar', '.tgz', '.bz2', '.xz', '.7z', '.rar', '.jar',
  '.mp3', '.mp4', '.m4a', '.wav', '.ogg', '.mov', '.avi', '.mkv', '.webm', '.flac',
  '.exe', '.dll', '.so', '.dylib', '.bin', '.o', '.class', '.pyc', '.wasm', '.db', '.sqlite', '.woff', '.woff2', '.ttf', '.otf',
  '.js', '.mjs', '.cjs', '.ts', '.py', '.rb', '.go', '.rs', '.java', '.c', '.h', '.cpp', '.sh', '.css', '.yaml', '.yml', '.toml', '.ini', '.lock',
]);

/** What to say when a file is not read: the formats Triangulate reads. */
const EXPECTED = 'expected .txt, .md, .html, .json, .jsonl, .rss, .atom, .xml, .warc, .warc.gz, .sgml or a file whose content is one of them (SGML <DOC> records, HTML, a feed, JSON, plain text)';

/** Files that are skipped silently inside folders (licences, notes, dotfiles). */
const IGNORED_IN_FOLDERS = /^(\.|license|licence|readme|gold\.tsv$)/i;

/** The kind of a path, by extension (`.warc.gz` and `.html.gz` included); null when the extension says nothing. */
export function kindOfPath(path: string): FileFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.warc.gz')) return 'warc';
  return KIND_BY_EXTENSION[extname(withoutGz(lower))] ?? null;
}

function withoutGz(path: string): string {
  return path.toLowerCase().endsWith('.gz') ? path.slice(0, -3) : path;
}

/**
 * The format of a file's content, for files whose extension says nothing (DUC names files by
 * DOCNO: `APW19981016.0240`, `.0240` being no extension at all). Looks at the start of the
 * decoded text, most specific first; text when it is none of the others (binary content is
 * refused before this is asked).
 * @example sniffFormat('<DOC>\n<DOCNO> APW19981016.0240 </DOCNO>') === 'sgml'
 */
export function sniffFormat(text: string): FileFormat {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  // SGML records first: an AQUAINT-2 file opens with <?xml ...> too
  if (looksLikeSgml(head)) return 'sgml';
  if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(head)) return 'html';
  if (/^<(\?xml|rss[\s>]|feed[\s>]|rdf:RDF)/i.test(head)) return /^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html)/i.test(head) ? 'html' : 'feed';
  // any other markup is read as a page, as standard input is
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('{')) return isJsonLines(text) ? 'jsonl' : 'json';
  if (head.startsWith('[')) return 'json';
  return 'text';
}

/** JSON lines: the first line with text is a whole JSON object by itself, and another line follows. */
function isJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]);
    return true;
  } catch {
    return false;
  }
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
    messages.push(message('error', 'ingest', 'no-articles', `no readable .txt, .md, .html, .json, .jsonl, feed, WARC or SGML files`, input));
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
  const extension = extname(withoutGz(path)).toLowerCase();
  if (NOT_ARTICLE_EXTENSIONS.has(extension)) return fail('unknown-format', `"${extension}"; ${EXPECTED}`);
  const kind = kindOfPath(path);
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
  if (kind) return readBytes(bytes, path, id, kind, null, opts);
  // the extension says nothing (none, a DOCNO's ".0240", ".doc", ".story"): the content decides
  if (looksBinary(bytes) && !startsWithBom(bytes)) return fail('unknown-format', `"${extension || '(none)'}" holding binary data; ${EXPECTED}`);
  const head = decode(bytes.subarray(0, 4096));
  const format = head.ok ? sniffFormat(head.text) : 'text';
  const highlights = extension === '.story' && format === 'text' ? Buffer.from(bytes).indexOf(STORY_HIGHLIGHTS) : -1;
  if (highlights <= 0) return readBytes(bytes, path, id, format, null, opts);
  const read = await readBytes(bytes.subarray(0, highlights), path, id, format, null, opts);
  for (const doc of read.documents) doc.messages.push(message('info', 'ingest', 'clutter-removed', 'the @highlight lines at the end (the CNN/DailyMail reference summary) are not article text', path));
  return read;
}

/**
 * CNN/DailyMail `.story` files end with the human summary as `@highlight` paragraphs: not article
 * text, and reading them as such would hand an evaluation its own reference.
 */
const STORY_HIGHLIGHTS = '\n@highlight';

/** A UTF-8 or UTF-16 byte-order mark: UTF-16 text has NUL bytes and is still text. */
function startsWithBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Decodes bytes of a known kind and turns them into documents. */
export async function readBytes(
  bytes: Uint8Array,
  origin: string,
  id: string,
  kind: FileFormat,
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
  if (kind === 'sgml' || holdsSgml(kind, content)) return withMessages(parseSgmlDocuments(content, origin, id), messages);
  if (kind === 'feed' || kind === 'json') {
    const { readFeed } = await import('./feed.js');
    return withMessages(await readFeed(content, origin, opts), messages);
  }
  return { documents: [{ id, origin, kind, content, meta: {}, messages }], messages: [] };
}

/**
 * SGML records behind a text or XML label: a DUC set converted by hand often names its files
 * `APW19981016.0240.txt`, AQUAINT-2 and Gigaword files may be named `.xml`, and an upload or a
 * URL may call them text/plain. Text of these kinds that opens with `<DOC>` is read as records,
 * not as prose with tags in it or as a broken feed.
 */
function holdsSgml(kind: FileFormat, content: string): boolean {
  return (kind === 'text' || kind === 'feed') && looksLikeSgml(content.slice(0, 4096));
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

/** Reads standard input: SGML `<DOC>` records, JSONL when it starts with `{`, HTML or a feed when it starts with `<`, else text. */
export async function readStdin(opts: IngestOptions): Promise<Ingested> {
  const stream = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) return { documents: [], messages: [message('error', 'ingest', 'empty-input', '0 bytes', '-')] };
  const head = bytes.subarray(0, 512).toString('utf8').trimStart();
  const kind: FileFormat = looksLikeSgml(head) ? 'sgml' : head.startsWith('{') ? 'jsonl' : head.startsWith('<') ? (/<(rss|feed|\?xml)/i.test(head) ? 'feed' : 'html') : 'text';
  return readBytes(bytes, '-', '-', kind, null, opts);
}
