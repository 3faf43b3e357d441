/**
 * The cleaner: walks the input line by line, lets the rules (rules.ts) remove clutter, then
 * copies what is left into the cleaned text with `TextBuilder`, so that every piece maps back to
 * its input offset. Paragraphs are separated by exactly one blank line; a sentence broken across
 * a blank line ("Judd Deere\n\nsaid") is joined again.
 */
import { TextBuilder } from '../../core/source-map.js';
import type { SourceMapSegment } from '../../core/types.js';
import { parseDateLine } from './dates.js';
import { inlineCuts, type Cut } from './inline.js';
import { splitLines, wordCount } from './lines.js';
import { agencyName } from './outlets.js';
import {
  endsSentence,
  HEADER,
  keptBlocks,
  RULES,
  titleKey,
  type Found,
  type InlineRuleName,
  type LineRuleName,
  type RuleContext,
  type RuleLine,
} from './rules.js';

export interface CleanOptions {
  /** the input is Markdown (blockquote markers are syntax) */
  markdown?: boolean;
  /**
   * the title the container gave (null: the container has none); then only a first line with the
   * same words is taken as the title. Undefined: guess from the first lines.
   */
  title?: string | null;
}

/** One removal, for the summary message and for inspection. */
export interface Removal {
  rule: LineRuleName | InlineRuleName;
  /** input range removed (for a line rule, from the first line's start to the last line's end) */
  start: number;
  end: number;
}

export interface Cleaned {
  text: string;
  sourceMap: SourceMapSegment[];
  /** what was removed, in input order */
  removals: Removal[];
  /** blank-line breaks joined because a sentence continued across them */
  joins: number;
  /** metadata seen in removed lines */
  found: Found;
  /** the title and where it came from */
  titleFrom: 'metadata' | 'heading' | 'first-line' | 'container' | null;
}

/**
 * A paragraph that does not end a sentence continues in the next one when that starts lowercase
 * ("Judd Deere\n\nsaid"), or whatever the next starts with when it ends in a word that cannot
 * end a sentence or a heading ("a statement to the\n\nWashington Post").
 */
const CONTINUES = /\p{Ll}/u;

/** The words of a line as a reader sees them: the input minus inline cuts, whitespace collapsed. */
function plainOf(input: string, start: number, end: number, cuts: Cut[]): string {
  let out = '';
  let pos = start;
  for (const c of cuts) {
    out += input.slice(pos, c.start);
    pos = Math.max(pos, c.end);
  }
  out += input.slice(pos, end);
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Removes clutter from an exported article; the cleaned text maps back to `input` piece by piece. */
export function cleanText(input: string, opts: CleanOptions = {}): Cleaned {
  const markdown = opts.markdown ?? false;
  const raw = splitLines(input);
  const cutsOf = raw.map((l) => (l.block >= 0 ? inlineCuts(input, l.start, l.end, markdown) : []));
  const lines: RuleLine[] = raw.map((l, i) => ({
    text: l.text,
    plain: l.block >= 0 ? plainOf(input, l.start, l.end, cutsOf[i]) : '',
    block: l.block,
    heading: /^#{1,6}\s/.test(l.text),
  }));
  const blocks: number[][] = [];
  lines.forEach((l, i) => {
    if (l.block >= 0) (blocks[l.block] ??= []).push(i);
  });
  // the rule that removed each line; a kept line whose words are all cut (a lone image) adds nothing
  const removed: (LineRuleName | null)[] = lines.map(() => null);
  const ctx: RuleContext = { lines, removed, blocks };
  const found: Found = {};
  const merge = (f: Found | undefined) => {
    if (!f) return;
    for (const [k, v] of Object.entries(f) as [keyof Found, never][]) if (found[k] === undefined) found[k] = v;
  };

  for (const rule of RULES) {
    for (const d of rule.detect(ctx)) {
      for (const i of d.lines) if (removed[i] === null) removed[i] = rule.name;
      merge(d.found);
    }
  }
  // a title in the exporter's metadata fields counts as given: the same words in the text are the title line
  const metadataTitle = found.title;
  const headerTitle = headerRules(ctx, found, opts.title !== undefined ? opts.title : metadataTitle);
  const titleFrom = metadataTitle !== undefined && opts.title === undefined ? 'metadata' : headerTitle;

  // build the text -----------------------------------------------------------------------------
  const b = new TextBuilder(input);
  const removals: Removal[] = [];
  let joins = 0;
  let lastChar = '';
  let lastWord = '';
  let started = false;
  for (const block of blocks) {
    const keptLines = block.filter((i) => removed[i] === null);
    let first = true;
    for (const i of keptLines) {
      const pieces = pieceRanges(input, raw[i].start, raw[i].end, cutsOf[i]);
      if (pieces.length === 0) continue;
      const head = pieces[0];
      const firstChar = 'insert' in head ? head.insert : input[head.start];
      if (started) {
        if (!first) b.insert(lineBreak(lastChar, firstChar));
        else if (!endsSentence(lastChar) && !/[:;"“”'’)\]]/.test(lastChar) && (CONTINUES.test(firstChar) || HEADER.continuationWord.test(lastWord))) {
          b.insert(' ');
          joins++;
        } else b.insert('\n\n');
      }
      for (const piece of pieces) {
        if ('insert' in piece) b.insert(piece.insert);
        else b.copy(piece.start, piece.end);
      }
      const last = pieces[pieces.length - 1];
      lastChar = 'insert' in last ? last.insert : input[last.end - 1];
      lastWord = 'insert' in last ? '' : (/[\p{L}']+$/u.exec(input.slice(Math.max(last.start, last.end - 20), last.end))?.[0] ?? '');
      started = true;
      first = false;
    }
  }
  // record removals: runs of lines removed by one rule, and inline cuts of kept lines
  let run: Removal | null = null;
  raw.forEach((l, i) => {
    const rule = removed[i];
    if (l.block < 0) return;
    if (rule && run && run.rule === rule && lines[i].block >= 0) {
      run.end = l.end;
      return;
    }
    if (run) removals.push(run);
    run = rule ? { rule, start: l.start, end: l.end } : null;
    if (!rule) for (const c of cutsOf[i]) if (!c.closing) removals.push({ rule: c.rule, start: c.start, end: c.end });
  });
  if (run) removals.push(run);
  const { text, sourceMap } = b.finish();
  return { text, sourceMap, removals, joins, found, titleFrom };
}

/**
 * The break between two lines of one block (a single line break in the input): a new paragraph
 * when the first line ends a sentence and the next starts one, a space when a sentence was
 * wrapped ("...blow right\nthrough..."), else the line break as it was (a title over its subtitle).
 */
function lineBreak(lastChar: string, firstChar: string): string {
  if ((endsSentence(lastChar) || /["”’)]/.test(lastChar)) && /[\p{Lu}\p{N}"“‘'(]/u.test(firstChar)) return '\n\n';
  if (!endsSentence(lastChar) && !/[:;"“”'’)\]]/.test(lastChar) && CONTINUES.test(firstChar)) return ' ';
  return '\n';
}

/** A piece of a cleaned line: an input range copied verbatim, or a character put in its place. */
type Piece = { start: number; end: number } | { insert: string };

/** Characters of no width (zero-width space, BOM, soft hyphen, word joiner): dropped. */
const INVISIBLE = /[\u200b\u200c\u2060\ufeff\u00ad]/;
/** Whitespace other than the plain space (NBSP, thin and other typographic spaces, tab). */
const OTHER_SPACE = /[\t\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * The pieces of one line: the line minus its cuts, without leading or trailing whitespace, a run
 * of whitespace reduced to one space (the input's own space when the run starts with one, so it
 * is copied; an inserted space in place of an NBSP or other typographic space, so that the same
 * words match across outlets), invisible characters dropped.
 *
 * @example "It\u00a0 was" -> ["It", insert " ", "was"]
 */
function pieceRanges(input: string, start: number, end: number, cuts: Cut[]): Piece[] {
  const out: Piece[] = [];
  let ci = 0;
  let pieceStart = -1;
  let prevSpace = true; // drops leading whitespace
  const close = (at: number) => {
    if (pieceStart >= 0 && at > pieceStart) out.push({ start: pieceStart, end: at });
    pieceStart = -1;
  };
  for (let p = start; p < end; p++) {
    while (ci < cuts.length && cuts[ci].end <= p) ci++;
    if (ci < cuts.length && cuts[ci].start <= p) {
      close(p);
      p = cuts[ci].end - 1;
      continue;
    }
    const ch = input[p];
    if (INVISIBLE.test(ch)) {
      close(p);
      continue;
    }
    const plainSpace = ch === ' ';
    const otherSpace = !plainSpace && OTHER_SPACE.test(ch);
    if ((plainSpace || otherSpace) && prevSpace) {
      close(p);
      continue;
    }
    if (otherSpace) {
      close(p);
      out.push({ insert: ' ' });
      prevSpace = true;
      continue;
    }
    if (pieceStart < 0) pieceStart = p;
    prevSpace = plainSpace;
  }
  close(end);
  // trailing whitespace: drop inserted spaces and trim copied ones
  while (out.length) {
    const last = out[out.length - 1];
    if ('insert' in last) {
      out.pop();
      continue;
    }
    while (last.end > last.start && input[last.end - 1] === ' ') last.end--;
    if (last.end > last.start) break;
    out.pop();
  }
  return out;
}

/**
 * "Jane Doe and John Roe" -> "Jane Doe, John Roe". Lowercase roles ("staff writer") are dropped,
 * and so is an agency after people's names ("Jane Doe, Reuters" -> "Jane Doe"; the agency is
 * still read by the outlet rules); a byline that is only an agency ("By Reuters") stays.
 */
export function bylineNames(names: string): string {
  const parts = names
    .replace(/\s+(?:and|&)\s+/g, ', ')
    .split(/\s*,\s*/)
    .filter((n) => /\p{Lu}/u.test(n) && !/^\p{Ll}/u.test(n));
  const people = parts.filter((n) => !agencyName(n));
  return (people.length ? people : parts).join(', ').trim();
}

/**
 * The top of the article, block by block until the body starts: bylines, a date line, a section
 * label above the title, and the title itself. Returns where the title came from.
 */
function headerRules(ctx: RuleContext, found: Found, givenTitle: string | null | undefined): Cleaned['titleFrom'] {
  const blocks = keptBlocks(ctx).slice(0, HEADER.maxBlocks);
  const mark = (b: number[], rule: LineRuleName) => {
    for (const i of b) (ctx.removed as (LineRuleName | null)[])[i] = rule;
  };
  const textOf = (b: number[]) => b.map((i) => ctx.lines[i].plain).join(' ');
  let titleFrom: Cleaned['titleFrom'] = null;
  let menuRun: number[] = [];
  for (let n = 0; n < blocks.length; n++) {
    const b = blocks[n];
    const text = textOf(b);
    const words = wordCount(text);
    const date = parseDateLine(text);
    if (date) {
      if (!found.published) found.published = date;
      mark(b, 'date-line');
      continue;
    }
    const by = HEADER.byline.exec(text) ?? HEADER.byline.exec(text.split(HEADER.bylineParts)[0]);
    if (by?.groups && words <= HEADER.bylineMaxWords) {
      const [names, ...rest] = text.split(HEADER.bylineParts);
      const line = HEADER.byline.exec(names)?.groups?.names ?? by.groups.names;
      if (!found.byline) found.byline = bylineNames(line);
      const agency = line.split(/\s*,\s*|\s+(?:and|&)\s+/).map((n) => agencyName(n)).find(Boolean);
      if (agency && !found.outlet) found.outlet = { name: agency, from: 'byline' };
      // "By Jane Doe | December 11, 2019": the date after the names
      const dated = rest.map(parseDateLine).find(Boolean);
      if (dated && !found.published) found.published = dated;
      mark(b, 'byline');
      continue;
    }
    // a menu: short list items ("1. Home", "* [World](/world)") at the top, before any title
    if (!titleFrom && b.every((i) => HEADER.menuItem.test(ctx.lines[i].text) && wordCount(ctx.lines[i].plain) <= HEADER.menuItemMaxWords && !endsSentence(ctx.lines[i].plain)) && (b.length >= 2 || menuRun.length > 0)) {
      menuRun.push(...b);
      mark(b, 'menu');
      continue;
    }
    menuRun = [];
    if (titleFrom) {
      // after the title, only bylines and dates (above) belong to the header
      break;
    }
    if (givenTitle !== undefined) {
      // the container knows the title (null: it has none): only the same words on the first line are the title
      if (givenTitle !== null && titleKey(text) === titleKey(givenTitle)) {
        found.title = text;
        if (!HEADER.keepTitleInText) mark(b, 'title');
        titleFrom = 'container';
        continue;
      }
      break;
    }
    const heading = b.length === 1 && ctx.lines[b[0]].heading;
    const candidate = heading || (!HEADER.dateline.test(text) && b.length <= HEADER.titleMaxLines && words <= HEADER.titleMaxWords && words >= 1 && text.length <= HEADER.titleMaxChars && n + 1 < keptBlocks(ctx).length);
    if (!candidate) break;
    const next = blocks[n + 1];
    const nextText = next ? textOf(next) : '';
    // a section label ("Politics") above the real title
    if (!heading && words <= HEADER.labelMaxWords && !endsSentence(text) && next && wordCount(nextText) <= HEADER.titleMaxWords && wordCount(nextText) > words && next.length <= HEADER.titleMaxLines) {
      mark(b, 'section-label');
      continue;
    }
    found.title = text;
    if (!HEADER.keepTitleInText) mark(b, 'title');
    titleFrom = heading ? 'heading' : 'first-line';
  }
  return titleFrom;
}
