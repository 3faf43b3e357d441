/**
 * TREC/DUC-style SGML news documents, the format of the classic research corpora (DUC 2001-2007,
 * TREC, TDT, AQUAINT, Gigaword): a file holds one or more `<DOC>` ... `</DOC>` records, each with
 * a `<DOCNO>`, a headline, a date, a byline and `<TEXT>` with or without `<P>` paragraphs. Each
 * record becomes a `text` document whose metadata comes from its fields (which fields mean what
 * is data: sgml-fields.ts); its id is the DOCNO.
 *
 * @example
 *   <DOC><DOCNO> APW19981016.0240 </DOCNO><HEADLINE> Hun Sen rejects talks </HEADLINE>
 *   <TEXT><P> Cambodian leader Hun Sen ... </P><P> ... </P></TEXT></DOC>
 *   -> { id: 'APW19981016.0240', kind: 'text', content: 'Cambodian leader Hun Sen ...\n\n...',
 *        meta: { title: 'Hun Sen rejects talks', published: '1998-10-16', outlet: 'AP' } }
 */
import { message } from '../core/messages.js';
import type { ArticleMeta, Message, SourceDocument } from '../core/types.js';
import type { Ingested } from './index.js';
import {
  BYLINE_FIELDS, BYLINE_ROLE, DATE_FIELDS, DATE_VALUE_FORMATS, DOCNO_DATES, ENTITIES, HEADLINE_FIELDS, HEADLINE_STAMPS, ID_FIELDS, NOT_A_HEADLINE, TYPESETTING_ENTITY,
  NOT_TEXT_FIELDS, NOT_TEXT_PARAGRAPHS, OUTLET_BY_DOCNO_PREFIX, OUTLET_FIELDS, TEXT_FIELDS, TWO_DIGIT_YEAR_PIVOT,
} from './sgml-fields.js';

/** The opening tag of a record: `<DOC>` or `<DOC id="..." type="story">` (never `<DOCNO>`). */
const DOC_OPEN = /<DOC(?:\s[^>]*)?>/gi;
const DOC_CLOSE = /<\/DOC\s*>/i;

/** True when a text looks like SGML news records: a `<DOC>` tag near its start. */
export function looksLikeSgml(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?(?:<DOCSTREAM[^>]*>\s*)?<DOC[\s>]/i.test(head);
}

/** Reads every `<DOC>` record of an SGML file; `fileId` names records that have no DOCNO. */
export function parseSgmlDocuments(content: string, origin: string, fileId: string): Ingested {
  const records = splitRecords(content);
  if (records.length === 0) {
    return { documents: [], messages: [message('error', 'ingest', 'malformed-sgml', 'no <DOC> record found', origin)] };
  }
  const documents: SourceDocument[] = [];
  const messages: Message[] = [];
  records.forEach((record, i) => {
    const fallbackId = records.length > 1 ? `${fileId}#${i + 1}` : fileId;
    const doc = documentFromRecord(record, origin, fallbackId);
    if ('content' in doc) documents.push(doc);
    else messages.push(doc);
  });
  return { documents, messages };
}

interface SgmlRecord {
  /** the `<DOC ...>` tag itself (AQUAINT-2 and Gigaword put the id in it) */
  open: string;
  /** what lies between `<DOC>` and `</DOC>` */
  body: string;
  /** false when `</DOC>` is missing (a truncated file, or a record run into the next) */
  closed: boolean;
}

/** The records of a file, in order. A missing `</DOC>` ends the record at the next `<DOC>` or the end. */
function splitRecords(content: string): SgmlRecord[] {
  const opens = [...content.matchAll(DOC_OPEN)];
  return opens.map((m, i) => {
    const from = m.index + m[0].length;
    const to = i + 1 < opens.length ? opens[i + 1].index : content.length;
    const span = content.slice(from, to);
    const close = DOC_CLOSE.exec(span);
    return { open: m[0], body: close ? span.slice(0, close.index) : closeCutFields(span), closed: !!close };
  });
}

/** A record cut short: its last text field is closed where the file ends, so its text is kept. */
function closeCutFields(body: string): string {
  let closed = body;
  for (const name of TEXT_FIELDS) {
    const opens = (body.match(new RegExp(`<${name}(?:\\s[^>]*)?>`, 'gi')) ?? []).length;
    const closes = (body.match(new RegExp(`</${name}\\s*>`, 'gi')) ?? []).length;
    if (opens > closes) closed += `</${name}>`;
  }
  return closed;
}

function documentFromRecord(record: SgmlRecord, origin: string, fallbackId: string): SourceDocument | Message {
  const docno = firstValue(record.body, ID_FIELDS) ?? /\bid\s*=\s*"([^"]+)"/i.exec(record.open)?.[1]?.trim() ?? '';
  const id = docno || fallbackId;
  const messages: Message[] = [];
  if (!record.closed) messages.push(message('warning', 'ingest', 'malformed-sgml', `record ${id} has no </DOC>; read up to the next record or the end of the file`, origin));
  const title = headlineOf(record.body);
  const paragraphs = allFields(record.body, TEXT_FIELDS).flatMap(paragraphsOf);
  if (paragraphs.length === 0 && !title) {
    return message('error', 'ingest', 'empty-input', `record ${id} has no <TEXT> and no headline`, origin);
  }
  // a record with a headline only is kept as a one-line article, as JSON records are
  if (paragraphs.length === 0) messages.push(message('warning', 'ingest', 'too-short', `record ${id} has a headline but no <TEXT>; the headline is its text`, origin));
  const meta: Partial<ArticleMeta> = {};
  // always set, null included: the record says whether it has a headline, and no line of the
  // text is guessed to be one
  meta.title = title;
  const published = publishedOf(record.body, docno);
  if (published) meta.published = published;
  const outlet = outletOf(docno) ?? firstValue(record.body, OUTLET_FIELDS);
  if (outlet) meta.outlet = outlet;
  const byline = bylineOf(allFields(record.body, BYLINE_FIELDS));
  if (byline) meta.byline = byline;
  const content = paragraphs.length ? paragraphs.join('\n\n') : title!;
  return { id, origin, kind: 'text', content, meta, messages };
}

function fieldPattern(name: string): RegExp {
  return new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}\\s*>`, 'gi');
}

/** The first field of the names that has text, as plain text. */
function firstValue(body: string, names: string[]): string | null {
  for (const name of names) {
    for (const m of body.matchAll(fieldPattern(name))) {
      const value = plain(m[1]);
      if (value) return value;
    }
  }
  return null;
}

/** Every field with one of the names, raw, in document order. */
function allFields(body: string, names: string[]): string[] {
  const found: { at: number; raw: string }[] = [];
  for (const name of names) for (const m of body.matchAll(fieldPattern(name))) found.push({ at: m.index, raw: m[1] });
  return found.sort((a, b) => a.at - b.at).map((f) => f.raw);
}

/** Tags removed, entities decoded, white space collapsed, the wires' typewriter marks made text. */
function plain(raw: string): string {
  return typewriterMarks(decodeEntities(raw.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim());
}

/**
 * The wire services' typewriter conventions, which TREC/TDT/AQUAINT text keeps: ``quotes'' for
 * “quotes” and a spaced underscore for a dash ("PORT ALDER (AP) _ The ...", "the plan _ which
 * failed _ was"). Made into the characters they stand for, so that quotes and datelines read as
 * they do in any other article. `''` is a closing quote only in text that opens with ``.
 * @example typewriterMarks("BONN (AP) _ ``Yes,'' he said.") === 'BONN (AP) — “Yes,” he said.'
 */
export function typewriterMarks(text: string): string {
  let out = text.replace(/(^| )_(?= )/g, '$1\u2014');
  if (out.includes('``')) out = out.replace(/``/g, '\u201c').replace(/''/g, '\u201d');
  return out;
}

/** A headline: WSJ marks the lines of its headline deck with a leading "@". */
function headlineOf(body: string): string | null {
  for (const name of HEADLINE_FIELDS) {
    for (const m of body.matchAll(fieldPattern(name))) {
      const value = HEADLINE_STAMPS.reduce((v, stamp) => v.replace(stamp, ''), plain(m[1].replace(/(^|\n)\s*@\s*/g, '$1')));
      if (value && !NOT_A_HEADLINE.test(value)) return value;
    }
  }
  return null;
}

/**
 * SGML entities to text: numeric references, the standard names in either case, the wire
 * typesetting codes that stand for text; other typesetting and control codes are dropped.
 * @example decodeEntities('AT&AMP;T &UR;said&LR; &MD; yes') === 'AT&T said — yes'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    const known = ENTITIES[name] ?? ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    return TYPESETTING_ENTITY.test(name) ? '' : whole;
  });
}

const P_TAG = /<\/?P(?:\s[^>]*)?>/gi;

/**
 * The paragraphs of a `<TEXT>` block. With `<P>` tags, each is a paragraph. Without, blank lines
 * separate paragraphs, and so does indentation where the text uses it (TDT and TREC wires indent
 * the first line of each paragraph and not the lines that continue it); a text of long unwrapped
 * lines has one paragraph per line.
 */
export function paragraphsOf(raw: string): string[] {
  let text = raw;
  for (const name of NOT_TEXT_FIELDS) text = text.replace(fieldPattern(name), '\n\n');
  if (/<P[\s>]/i.test(text)) return articleParagraphs(text.split(P_TAG).map(plain));
  const lines = text.replace(/<[^>]*>/g, '\n').replace(/\r\n?/g, '\n').split('\n');
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length === 0) return [];
  const indented = filled.filter((l) => /^[ \t]/.test(l)).length;
  const byIndent = indented > 0 && indented < filled.length;
  const longLines = filled.reduce((n, l) => n + l.trim().length, 0) / filled.length > UNWRAPPED_LINE_CHARS;
  const blank = filled.length < lines.length - edgeBlanks(lines);
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1];
    if (line.trim() === '') {
      if (current.length) paragraphs.push([]);
      continue;
    }
    const starts = current.length > 0 && ((byIndent && /^[ \t]/.test(line)) || (!byIndent && !blank && longLines));
    if (starts) paragraphs.push([line]);
    else current.push(line);
  }
  return articleParagraphs(paragraphs.map((p) => plain(p.join('\n'))));
}

/** Paragraphs with text that are not wire routing (editors' notes, transmission stamps). */
function articleParagraphs(paragraphs: string[]): string[] {
  return paragraphs.filter((p) => p && !NOT_TEXT_PARAGRAPHS.some((pattern) => pattern.test(p)));
}

/** Lines longer than this on average were not wrapped: each is a paragraph. */
const UNWRAPPED_LINE_CHARS = 150;

/** Blank lines before the first and after the last line with text. */
function edgeBlanks(lines: string[]): number {
  let n = 0;
  for (let i = 0; i < lines.length && lines[i].trim() === ''; i++) n++;
  for (let i = lines.length - 1; i >= 0 && lines[i].trim() === ''; i--) n++;
  return Math.min(n, lines.length);
}

/** The publication day: the first readable date field, else the date in the DOCNO. */
function publishedOf(body: string, docno: string): string | null {
  for (const name of DATE_FIELDS) {
    for (const m of body.matchAll(fieldPattern(name))) {
      const day = readDateValue(plain(m[1]));
      if (day) return day;
    }
  }
  return dateOfDocno(docno);
}

/**
 * The day a DOCNO names, when it names one unambiguously.
 * @example dateOfDocno('NYT19990101.0001') === '1999-01-01'; dateOfDocno('FT911-3032') === null
 */
export function dateOfDocno(docno: string): string | null {
  for (const { pattern, order } of DOCNO_DATES) {
    const m = pattern.exec(docno.trim());
    if (m) return day(m[1], m[2], m[3], order);
  }
  return null;
}

/**
 * A date field's value as an ISO day, or null. Times are dropped: the wires stamp local time
 * without a zone, and the day is what relative dates need.
 * @example readDateValue('10/16/1998 11:53:00') === '1998-10-16'
 */
export function readDateValue(value: string): string | null {
  const v = value.replace(/^[=\s]+/, '');
  for (const { pattern, order } of DATE_VALUE_FORMATS) {
    const m = pattern.exec(v);
    if (m) {
      const found = day(m[1], m[2], m[3], order);
      if (found) return found;
    }
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(part: string): number {
  if (/^\d+$/.test(part)) return Number(part);
  const lower = part.toLowerCase();
  const i = MONTHS.indexOf(lower.slice(0, 3));
  // "Sept" and full names only: "Mayor" is not a month
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i];
  return i >= 0 && (lower.length === 3 || lower === full || lower === 'sept') ? i + 1 : 0;
}

/** Three parts in the given order to `YYYY-MM-DD`, if they make a real calendar day. */
function day(a: string, b: string, c: string, order: 'ymd' | 'mdy' | 'dmy'): string | null {
  const [y, m, d] = order === 'ymd' ? [a, b, c] : order === 'mdy' ? [c, a, b] : [c, b, a];
  let year = Number(y);
  if (y.length === 2) year += year >= TWO_DIGIT_YEAR_PIVOT ? 1900 : 2000;
  const month = monthNumber(m);
  const date = Number(d);
  if (!year || month < 1 || month > 12 || date < 1 || date > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The outlet a DOCNO prefix names (`APW19981016.0240` -> AP), if it is in the table. */
export function outletOf(docno: string): string | null {
  const prefix = /^[A-Z]+/.exec(docno.trim())?.[0];
  return prefix ? (OUTLET_BY_DOCNO_PREFIX[prefix] ?? null) : null;
}

/**
 * Names only, from one or more `<BYLINE>` fields: "By" and roles dropped, capitals made names.
 * @example bylineOf(['By JOHN SMITH, Associated Press Writer']) === 'John Smith'
 */
export function bylineOf(fields: string[]): string | null {
  const names = fields
    .flatMap((raw) => plain(raw).split(/\s*(?:,|;|\band\b|&)\s*/i))
    .map((part) => part.replace(/^by\s+/i, '').trim())
    .filter((part) => part && /\p{L}/u.test(part) && !BYLINE_ROLE.test(part))
    .map((part) => (part === part.toUpperCase() ? titleCase(part) : part));
  return names.length ? [...new Set(names)].join(', ') : null;
}

/** `JOHN O'NEILL-SMITH` -> `John O'Neill-Smith`. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'\-.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
