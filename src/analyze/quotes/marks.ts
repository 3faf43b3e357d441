/**
 * Quotation marks: finds the spans of quoted speech in a text, paragraph by paragraph, in one
 * linear pass (no backtracking regex), so unbalanced marks and megabyte paragraphs cost linear
 * time. A span includes its quotation marks, as PolNeAR and PARC annotate direct content.
 */
import { message } from '../../core/messages.js';
import type { Message, Span } from '../../core/types.js';

/** A quoted span: `start` is the opening mark, `end` is one past the closing mark. */
export interface Quoted extends Span {
  /** true when the quote runs over several paragraphs (each opening with a mark) */
  multiParagraph: boolean;
}

/** Opening and closing double marks. `''` and `` ` ` `` (TeX/wire style) count as double marks. */
const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
/** Straight `"` is opening after whitespace or an opening bracket, closing otherwise. */
const OPEN_CONTEXT = /[\s([{\u2014\u2015\u2013-]/;

/** Longest quote we accept; a longer span means a mark was lost, and the span is dropped. */
export const MAX_QUOTE_CHARS = 6000;

interface Mark {
  pos: number;
  len: number;
  role: 'open' | 'close' | 'either';
}

/** Double quotation marks of a paragraph with their likely role. */
function doubleMarks(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    // a typographic opening mark after final punctuation and before a space is a mistyped
    // closing one (`problems for her here,“ Clyburn said`)
    if (c === '“' && i > start && /[\p{L}\p{N},.!?]/u.test(text[i - 1]) && (i + 1 === end || /[\s.,;:!?)]/.test(text[i + 1]))) marks.push({ pos: i, len: 1, role: 'close' });
    else if (OPEN_DOUBLE.has(c)) marks.push({ pos: i, len: 1, role: 'open' });
    else if (CLOSE_DOUBLE.has(c)) marks.push({ pos: i, len: 1, role: 'close' });
    else if (c === '"') {
      const before = i > start ? text[i - 1] : ' ';
      const after = i + 1 < end ? text[i + 1] : ' ';
      // a straight mark between a space and a word opens; between a word and a space closes
      if (OPEN_CONTEXT.test(before) && !/\s/.test(after)) marks.push({ pos: i, len: 1, role: 'open' });
      else if (!/\s/.test(before) && (/[\s.,;:!?)\]]/.test(after) || i + 1 === end)) marks.push({ pos: i, len: 1, role: 'close' });
      else marks.push({ pos: i, len: 1, role: 'either' });
    } else if ((c === "'" || c === '’') && text[i + 1] === c) {
      // wire copy writes a closing double mark as two apostrophes: `clear,'' Pompeo said`
      if (i > start && !/\s/.test(text[i - 1]) && !OPEN_CONTEXT.test(text[i - 1])) marks.push({ pos: i, len: 2, role: 'close' });
      // and an opening one the same way (NYT archive text: `''That's Mexico's vulnerability,''`):
      // two apostrophes at the paragraph start or after a space, before a word
      else if (i + 2 < end && /[\p{L}\p{N}$(]/u.test(text[i + 2])) marks.push({ pos: i, len: 2, role: 'open' });
      // tokenized corpora set the closing one apart (`caused it , '' the Rev. Kroon said`): two
      // apostrophes between spaces never open, they close
      else if (i + 2 >= end || /\s/.test(text[i + 2])) marks.push({ pos: i, len: 2, role: 'close' });
      i++;
    } else if (c === '`' && text[i + 1] === '`') {
      marks.push({ pos: i, len: 2, role: 'open' });
      i++;
    }
  }
  return marks;
}

/** Single-mark quotes (‘...’ or '...') only where unambiguous: no double marks around and
 *  the opening mark follows a space and the closing one precedes a non-letter. */
function singleQuotes(text: string, start: number, end: number, taken: Span[]): Span[] {
  const out: Span[] = [];
  let open = -1;
  let t = 0;
  for (let i = start; i < end; i++) {
    while (t < taken.length && taken[t].end <= i) t++;
    if (t < taken.length && taken[t].start <= i) {
      open = -1;
      i = taken[t].end - 1;
      continue;
    }
    const c = text[i];
    if (c !== '‘' && c !== "'" && c !== '’') continue;
    const before = i > start ? text[i - 1] : ' ';
    const after = i + 1 < end ? text[i + 1] : ' ';
    if (open < 0) {
      if ((c === '‘' || c === "'") && /[\s(:\u2014\u2015]/.test(before) && /[A-Za-z0-9]/.test(after)) open = i;
    } else if (c !== '‘' && /[A-Za-z0-9.,!?]/.test(before) && !/[A-Za-z0-9]/.test(after)) {
      // a closing mark after "s" followed by a space may be a plural possessive ("voters' "),
      // accepted only when the span is short enough to be a headline-style quote
      if (i - open <= 200) out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

/**
 * Finds quoted spans. A paragraph whose quote is still open at its end continues into the next
 * paragraph when that one opens with a mark (the news convention for multi-paragraph quotes);
 * otherwise the quote never closes: it is reported and dropped.
 */
export function findQuoted(text: string, paragraphs: Span[], input?: string): { quoted: Quoted[]; messages: Message[] } {
  const quoted: Quoted[] = [];
  const messages: Message[] = [];
  let carried: number | null = null; // start of a quote carried over from the previous paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const marks = doubleMarks(text, para.start, para.end);
    let open: number | null = null;
    let k = 0;
    if (carried !== null) {
      if (marks.length && marks[0].pos === firstNonSpace(text, para.start, para.end) && marks[0].role !== 'close') {
        open = carried;
        k = 1;
      } else {
        messages.push(unclosed(text, carried, input));
      }
      carried = null;
    }
    const paraQuoted: Quoted[] = [];
    for (; k < marks.length; k++) {
      const m = marks[k];
      if (open === null) {
        if (m.role !== 'close') open = m.pos;
        continue;
      }
      if (m.role === 'open' && m.pos - open > 0 && text[m.pos] !== '"') {
        // a second opening mark before a close: the first one never closed
        messages.push(unclosed(text, open, input));
        open = m.pos;
        continue;
      }
      const end = m.pos + m.len;
      if (end - open <= MAX_QUOTE_CHARS) paraQuoted.push({ start: open, end, multiParagraph: open < para.start });
      else messages.push(message('warning', 'analyze', 'span-dropped', `a quotation of ${end - open} characters at offset ${open} is longer than ${MAX_QUOTE_CHARS}; a mark is probably missing`, input));
      open = null;
    }
    if (open !== null) {
      // the quote continues if the next paragraph opens with a mark (checked there)
      if (p + 1 < paragraphs.length && para.end - open <= MAX_QUOTE_CHARS) carried = open;
      else messages.push(unclosed(text, open, input));
    }
    quoted.push(...paraQuoted);
    for (const s of singleQuotes(text, para.start, para.end, paraQuoted)) quoted.push({ ...s, multiParagraph: false });
  }
  if (carried !== null) messages.push(unclosed(text, carried, input));
  quoted.sort((a, b) => a.start - b.start);
  return { quoted, messages };
}

function firstNonSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}

function unclosed(text: string, at: number, input?: string): Message {
  const excerpt = text.slice(at, at + 40).replace(/\s+/g, ' ');
  return message('warning', 'analyze', 'unclosed-quote', `the quotation mark at offset ${at} of the article text (${JSON.stringify(excerpt)}...) never closes; no quote was taken from it`, input);
}

/** Paragraph spans of a text whose paragraphs are separated by blank lines. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /\n[ \t]*\n\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
