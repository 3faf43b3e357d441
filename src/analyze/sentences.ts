/**
 * Sentence boundaries of news text.
 *
 * A paragraph break (a blank line) always ends a sentence and starts the next paragraph. A
 * single line break after a line with no final punctuation (a heading, a list item, a caption)
 * ends a sentence too, unless the next line starts in lowercase (a sentence wrapped in the
 * middle). Otherwise a boundary candidate is a run of `.`, `!`, `?` or `…`, possibly followed
 * by closing quotes or brackets (`."`, `.”`, `?’)`), then white space, then something that can
 * start a sentence; the rules at the end of this file veto candidates after abbreviations,
 * initials, list numbers and inside ellipses. Spans are trimmed of white space and point into
 * the text; `paragraph` counts the paragraphs that hold a sentence.
 *
 * Chosen over sbd and wink-nlp by measurement (docs/evaluation.md, "Entities (and the sentence
 * splitter they build on)").
 *
 * @example
 * splitSentences('Mr. Lavrov met U.S. officials. "We are ready."\n\nHe left.')
 * // -> [{start: 0, end: 30, paragraph: 0}, {start: 31, end: 46, paragraph: 0}, {start: 48, end: 56, paragraph: 1}]
 */
import type { Sentence } from '../core/types.js';

/** A blank line: two line breaks with only spaces or tabs between them. */
const PARAGRAPH_BREAK = /\n[ \t\r\f\v\u00a0]*\n\s*/g;

/** Terminal punctuation, closing quotes/brackets, white space: a candidate boundary. */
const CANDIDATE = /([.!?…]+)(["'”’»)\]]*)(\s+)/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (;;) {
    const m = PARAGRAPH_BREAK.exec(text);
    const end = m ? m.index : text.length;
    const before = sentences.length;
    splitParagraph(text, start, end, paragraph, sentences);
    if (sentences.length > before) paragraph++;
    if (!m) break;
    start = m.index + m[0].length;
  }
  return sentences;
}

/**
 * Splits `text[from, to)` (one paragraph) at hard line breaks, then each piece into sentences.
 * A line break is hard when the line before it has no final punctuation (a heading, a list
 * item, a caption) and the next line does not start in lowercase (a sentence wrapped in the
 * middle). After final punctuation, a line break is white space like any other and the
 * abbreviation rules decide ("then-U.S.\nSpecial Counsel Robert Mueller" is one sentence).
 */
function splitParagraph(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let pieceStart = from;
  let nl = text.indexOf('\n', from);
  while (nl >= 0 && nl < to) {
    if (isHardBreak(text, pieceStart, nl, to)) {
      splitLine(text, pieceStart, nl, paragraph, out);
      pieceStart = nl + 1;
    }
    nl = text.indexOf('\n', nl + 1);
  }
  splitLine(text, pieceStart, to, paragraph, out);
}

function isHardBreak(text: string, pieceStart: number, nl: number, to: number): boolean {
  const before = text.slice(Math.max(pieceStart, nl - 8), nl).trimEnd();
  if (before === '' || /[.!?…]["'”’»)\]]*$/.test(before)) return false;
  const next = text.slice(nl + 1, Math.min(to, nl + 40)).trimStart();
  return !/^[a-z]/.test(next);
}

function splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  let sentenceStart = 0;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(line))) {
    const boundary = m.index + m[1].length + m[2].length; // end of the sentence within the line
    const next = m.index + m[0].length; // start of what follows
    if (next >= line.length) break;
    // a piece of punctuation alone ("..." before the next words) is not a sentence
    if (!/[\p{L}\p{N}]/u.test(line.slice(sentenceStart, boundary))) continue;
    if (isBoundary(line, sentenceStart, m.index, m[1], m[2], next)) {
      push(text, from + sentenceStart, from + boundary, paragraph, out);
      sentenceStart = next;
    }
  }
  push(text, from + sentenceStart, to, paragraph, out);
}

/** Adds `text[start, end)` trimmed of white space, if anything is left. */
function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, paragraph });
}

// ---- When a candidate boundary really ends a sentence: data first, then the rules that use
// ---- it, most specific first. Each rule says why.

/**
 * Abbreviations that are (nearly) never the last word of a sentence: personal titles and
 * ranks precede a name. Lowercase, without the final period.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'rev', 'fr', 'hon', 'pres', 'gov', 'govs', 'sen', 'rep', 'reps', 'sens', 'gens', 'drs',
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'supt', 'insp', 'det', 'atty', 'amb', 'const', 'cpt', 'pfc', 'spc', 'dist', 'asst',
  'st', 'mt', 'ft', 'sr', 'jr', 'no', 'nos', 'vol', 'art', 'fig', 'ch', 'sec', 'ave', 'blvd', 'rd', 'gen', 'esq', 'vs', 'v', 'cf', 'approx', 'dept', 'univ',
]);

/** Abbreviations before a number ("No. 1", "Art. 5"), which are words elsewhere ("said no."). */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'vol', 'fig', 'ch', 'sec']);

/** Abbreviations that can end a sentence as well as sit inside one ("Acme Inc. said" / "... Inc. The"). */
export const AMBIGUOUS_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'etc', 'al', 'bros',
  // AP-style state abbreviations: datelines and party labels ("NEWPORT NEWS, Va.", "(D-Md.)"),
  // "Del." is also Delegate in Virginia ("state Del. Marcia Price")
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo',
]);

/** Month abbreviations: followed by a day number ("Sept. 11") they never end a sentence. */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Capitalised words that typically start a sentence. After an abbreviation that may or may not
 * end a sentence ("in the U.S. The", "at 3 p.m. Tuesday"), one of these after it means a new
 * sentence started; a name ("U.S. President") means it did not.
 */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'still', 'also',
  'in', 'on', 'at', 'for', 'from', 'with', 'after', 'before', 'during', 'since', 'while', 'when', 'if', 'as', 'although',
  'though', 'because', 'what', 'who', 'which', 'why', 'how', 'where', 'some', 'many', 'most', 'all', 'no', 'not', 'one',
  'two', 'both', 'each', 'other', 'another', 'such', 'now', 'then', 'later', 'earlier', 'last', 'next', 'more', 'officials',
  'asked', 'speaking', 'according', 'under', 'over', 'by', 'to', 'despite', 'instead', 'even', 'only', 'just', 'is', 'was',
  'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'did', 'does', 'do', 'mr', 'mrs', 'ms',
]);

/** The word (letters, digits, internal periods) that ends just before `end` in `line`. */
function wordBefore(line: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.'’]/u.test(line[i - 1])) i--;
  return line.slice(i, end);
}

/** The word that starts at `start`, skipping opening quotes and brackets. */
function wordAfter(line: string, start: number): string {
  const m = /^["'“‘«(\[]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(line.slice(start, start + 40));
  return m ? m[1] : '';
}

/**
 * Decides whether the candidate at `line[at]` (punctuation `punct`, closers `closers`, next
 * sentence at `next`) ends a sentence. `sentenceStart` is where the current sentence began.
 */
export function isBoundary(line: string, sentenceStart: number, at: number, punct: string, closers: string, next: number): boolean {
  const following = line.slice(next, next + 2);
  // What follows must be able to start a sentence: an uppercase letter, a digit, an opening
  // quote or bracket, a dash of a dialogue or a bullet. A lowercase word after "?" or "!"
  // (`"Why?" he asked.`) continues the sentence.
  // A link or an embed after "!" or "." ("future! <pic.twitter.com/...>") starts a new unit.
  if (!/^[\p{Lu}\p{N}"'“‘«(\[—•*<]/u.test(following)) {
    // "Virginia. ... We have": the period ends the sentence, the ellipsis opens the next
    return punct === '.' && closers === '' && /^(?:\.\.\.|…)/.test(line.slice(next, next + 3));
  }
  // "?" and "!" end a sentence (after a closing quote too).
  if (/[!?]/.test(punct) && !punct.includes('.')) return true;
  const after = wordAfter(line, next);
  const afterLower = after.toLowerCase();
  // An ellipsis inside a sentence (quoted speech cut short: "for ... Trump") ends it only when
  // a typical sentence opener follows.
  if (punct.length > 1 || punct === '…') return closers !== '' || SENTENCE_STARTERS.has(afterLower);
  if (closers !== '') return true; // `."` / `.”` / `.)`: the quote or bracket closed the sentence
  // A quotation that opens in lowercase continues the sentence: `the U.S. “does not ...`
  // (PolNeAR; an abbreviation's period is not the end when the quote it introduces is mid-clause).
  if (/^["'“‘«]/u.test(following) && /^\p{Ll}/u.test(after)) return false;
  const word = wordBefore(line, at);
  const bare = word.replace(/^[.'’-]+/, '');
  const lower = bare.toLowerCase();
  // A list number at the start of the line ("1. Skip to content") is not a sentence.
  if (/^\d{1,3}$/.test(bare) && line.slice(sentenceStart, at).trim() === bare) return false;
  // "No. 1", "Art. 5", "Vol. 3" abbreviate only before a number: "He said no. Kelly ..." ends there
  if (NUMBER_ABBREVIATIONS.has(lower)) return !/^\d/.test(following);
  // Titles and ranks precede a name: "Mr. Lavrov", "Gen. Milley", "Sen. Warren".
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  // "est. 1890" (established, estimated) before a number; "EST." (the time zone) may end one
  if (bare === 'est' && /^\d/.test(following)) return false;
  // "Sept. 11", "Jan. 17": a month abbreviation followed by a number.
  if (MONTH_ABBREVIATIONS.has(lower)) return !/^\d/.test(following) && SENTENCE_STARTERS.has(afterLower);
  // A single capital letter is an initial ("Donald J. Trump", "A. Shcherbak"), unless a
  // sentence opener follows ("Plan B. The ...").
  if (/^\p{Lu}$/u.test(bare)) return SENTENCE_STARTERS.has(afterLower);
  // Dotted abbreviations ("U.S.", "p.m.", "D.C.") and company suffixes ("Inc.") end a
  // sentence only when a typical sentence opener follows ("in the U.S. The ...").
  if (/^(\p{L}\.)+\p{L}$/u.test(bare) || AMBIGUOUS_ABBREVIATIONS.has(lower)) return SENTENCE_STARTERS.has(afterLower);
  return true;
}

/** Most words of a lead sentence used as a title. */
export const LEAD_TITLE_WORDS = 16;

/**
 * A title for an article that has none (research corpora such as DUC's often carry no
 * headline): its first sentence, cut after `LEAD_TITLE_WORDS` words with an ellipsis; null when
 * it has no sentence.
 * @example leadTitle('Teachers in Millbrook went on strike Monday over pay.', [...]) === 'Teachers in Millbrook went on strike Monday over pay.'
 */
export function leadTitle(text: string, sentences: Sentence[]): string | null {
  const first = sentences.find((s) => /\p{L}/u.test(text.slice(s.start, s.end)));
  return first ? sentenceTitle(text.slice(first.start, first.end)) : null;
}

/** A sentence as a title: cut after `LEAD_TITLE_WORDS` words with an ellipsis. */
export function sentenceTitle(sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= LEAD_TITLE_WORDS ? words.join(' ') : `${words.slice(0, LEAD_TITLE_WORDS).join(' ')} …`;
}
