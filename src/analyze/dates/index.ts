/**
 * Dates: expressions in the text resolved against the article's publication date.
 *
 * Parsers: chrono's English casual parser, then `bareYears` ("in 2016", which chrono skips).
 * Refiners, in order:
 *   1. `dropNonDates`       times of day alone, figures of speech ("now"), numbers and versions
 *   2. `resolveWeekdays`    a weekday is the most recent such day on or before the reference
 *                           ("Tuesday" in a Wednesday 2019-12-11 article -> 2019-12-10), unless
 *                           "next" points forward
 *   3. `resolveMonths`      "next November" / "last November" relative to the reference month
 *   4. `granularityOf`      day / month / year from what the text actually gives
 *   5. `splitRanges`        "May 1 to May 5, 2019" -> two mentions with their own spans
 * With no reference date, absolute dates still resolve; relative ones are dropped with a message.
 */
import * as chrono from 'chrono-node';
import { message } from '../../core/messages.js';
import type { DateGranularity, DateMention, Message, Sentence } from '../../core/types.js';
import {
  AFTER_SPAN,
  AMBIGUOUS_SHORT_FORMS,
  APPROXIMATE_SPAN,
  ANAPHORIC_DAYS,
  ANTECEDENT_REACH,
  BACKWARD,
  BACKWARD_WEEK,
  BARE_YEAR,
  CALENDAR_NAME,
  CLAUSE_START,
  DATE_AFTER_SPAN,
  COMPOUND_AGO,
  COUNTED_SPAN,
  DECADE_AFTER,
  DECADE_APOSTROPHE_AFTER,
  DURATION,
  DURATION_BEFORE,
  FIGURES_OF_SPEECH,
  FORWARD,
  FORWARD_WEEK,
  FUTURE_ANCHOR,
  FUTURE_BEFORE,
  FUTURE_CLAUSE,
  FUTURE_PREFERENCE,
  IN_SPAN,
  LAST_MONTH_SKIPS,
  LEADING_QUALIFIER,
  LITERAL_TODAY,
  LOWERCASE_MONTH,
  MONTH_NAME,
  MISSED_MONTH,
  MISSED_WEEKDAY,
  MIXED_FRACTION,
  MONTHS,
  MONTH_PREPOSITION_BEFORE,
  NARRATIVE_SHIFT,
  NOT_A_YEAR_AFTER,
  NOT_A_YEAR_BEFORE,
  MODEL_YEAR_AFTER,
  ADDRESS_BEFORE,
  NAMED_DATES,
  NUMBER_WORDS,
  NUMERIC_NEIGHBOUR,
  ORDINAL_BEFORE,
  PAST_CLAUSE,
  PERIOD_EDGE,
  QUARTER,
  RANGE_CONNECTOR,
  SEASON,
  SEASON_MONTHS,
  SHIFT_ENDS_CLAUSE,
  SLASH_PAIR,
  UNANCHORED_WEEK,
  VAGUE_AGO,
  WEEK_EXPRESSION,
  WEEKDAYS,
} from './rules.js';

export interface DateOptions {
  /** the input the text came from, named in messages */
  input?: string;
}

/** A neutral reference for parsing when there is none: only absolute dates are kept then. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
/** Words without which chrono finds nothing we keep (a prefilter, for speed). */
const MAY_HOLD_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|ago|last|next|this|past|previous|coming|earlier|later|week|month|year|decade|century|spring|summer|fall|autumn|winter)/i;
const RELATIVE_WORDS = /^in\s+\S+\s+(?:years?|months?|weeks?|days?)$|\b(?:ago|last|next|this|coming|past|previous|yesterday|today|tomorrow|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

interface Found {
  start: number;
  end: number;
  year: number;
  month: number | null;
  day: number | null;
  granularity: DateGranularity;
  relative: boolean;
}

export function findDates(text: string, sentences: Sentence[], reference: string | null, opts: DateOptions = {}): { dates: DateMention[]; messages: Message[] } {
  const messages: Message[] = [];
  const ref = parseReference(reference);
  if (reference && !ref) messages.push(message('warning', 'analyze', 'span-dropped', `the reference date "${reference}" is not YYYY-MM-DD; relative dates were dropped`, opts.input));
  const found: Found[] = [];
  for (const para of paragraphs(text)) {
    const slice = text.slice(para.start, para.end);
    // chrono is the cost of this stage: a paragraph with no digit and no date word has no date
    if (!MAY_HOLD_DATE.test(slice)) continue;
    let results: chrono.ParsedResult[] = [];
    try {
      results = chrono.en.casual.parse(slice, { instant: ref ?? NO_REFERENCE, timezone: 0 }, { forwardDate: false });
    } catch {
      messages.push(message('warning', 'analyze', 'span-dropped', `dates of the paragraph at offset ${para.start} could not be parsed`, opts.input));
    }
    for (const r of results) found.push(...fromChrono(text, para.start + r.index, r, ref));
    found.push(...bareYears(text, para.start, slice, ref));
    found.push(...compoundAgo(para.start, slice, ref));
    found.push(...seasons(para.start, slice, ref));
    found.push(...missedByChrono(para.start, slice, text, ref));
    found.push(...quarters(para.start, slice, ref));
  }
  // dates named by their event replace what chrono made of them (one pass: long texts stay linear)
  const named: Found[] = [];
  for (const { pattern, value } of NAMED_DATES) {
    pattern.lastIndex = 0;
    const iso = typeof value === 'string' ? value : value(ref);
    if (!iso) continue;
    const [year, month, day] = iso.split('-').map(Number);
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) named.push({ start: m.index, end: m.index + m[0].length, year, month, day, granularity: 'day', relative: false });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  if (named.length) {
    named.sort((a, b) => a.start - b.start);
    const kept: Found[] = [];
    let k = 0;
    for (const f of found) {
      while (k < named.length && named[k].end <= f.start) k++;
      if (k < named.length && named[k].start < f.end) continue;
      kept.push(f);
    }
    found.length = 0;
    for (const f of [...kept, ...named].sort((a, b) => a.start - b.start || b.end - a.end)) found.push(f);
  }
  resolveAnaphoricDays(text, found, ref);
  resolveNarrativeShifts(text, found);
  const dates: DateMention[] = [];
  let lastEnd = -1;
  let droppedRelative = 0;
  for (const f of found) {
    if (f.start < lastEnd) continue; // a bare year inside a chrono match
    if (f.relative && !ref) {
      droppedRelative++;
      lastEnd = f.end; // a part of it ("two years ago" in "Twenty-two years ago") is not another
      continue;
    }
    lastEnd = f.end;
    dates.push({
      start: f.start,
      end: f.end,
      surface: text.slice(f.start, f.end),
      value: valueOf(f),
      granularity: f.granularity,
      relative: f.relative,
      reference: f.relative && ref ? ref.toISOString().slice(0, 10) : null,
      sentence: sentenceIndex(sentences, f.start),
    });
  }
  if (droppedRelative) {
    messages.push(message('info', 'analyze', 'span-dropped', `${droppedRelative} relative date expression(s) dropped: the article has no publication date to resolve them against`, opts.input));
  }
  return { dates, messages };
}

/**
 * Replaces chrono's reading of "earlier in the day", "the next day" ... (`ANAPHORIC_DAYS`) with
 * the day they refer to: the nearest day-precise date before them in the text, shifted; the
 * reference date when a same-day phrase has no antecedent; nothing when a shifted one has none.
 * `found` is sorted by start and stays so.
 */
function resolveAnaphoricDays(text: string, found: Found[], ref: Date | null): void {
  // every phrase in text order, the longest where two overlap ("later that day" over "that day"),
  // so that a day resolved first can be the antecedent of the next
  const all: { start: number; end: number; shift: number; needsAntecedent: boolean }[] = [];
  for (const { pattern, shift, needsAntecedent } of ANAPHORIC_DAYS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) all.push({ start: m.index, end: m.index + m[0].length, shift, needsAntecedent });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const phrases: typeof all = [];
  for (const p of all) if (!phrases.length || p.start >= phrases[phrases.length - 1].end) phrases.push(p);
  // chrono reads "the day before (the election)" against the reference date: never the day meant
  const kept = found.filter((f) => !/^(?:the\s+)?day\s+(?:before|after)$/i.test(text.slice(f.start, f.end)));
  // one pass over both lists (each sorted by start), so that long texts stay linear: what chrono
  // made of a phrase (or of a part of it) gives way, and each phrase takes the last day-precise
  // date before it (a phrase resolved earlier included) as its antecedent
  const out: Found[] = [];
  let lastDay: Found | undefined;
  let k = 0;
  const resolve = ({ start, end, shift, needsAntecedent }: (typeof phrases)[number]) => {
    const antecedent = lastDay && start - lastDay.end <= ANTECEDENT_REACH ? lastDay : undefined;
    let day: Date | null = null;
    if (antecedent) day = new Date(Date.UTC(antecedent.year, antecedent.month! - 1, antecedent.day!, 12));
    else if (!needsAntecedent && ref) day = new Date(ref.getTime());
    if (!day) return;
    day = new Date(day.getTime() + shift * 86400000);
    // (a day shifted from a relative day is as relative as it: without a reference both are dropped)
    const entry: Found = { start, end, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), granularity: 'day', relative: !antecedent || antecedent.relative };
    out.push(entry);
    lastDay = entry;
  };
  for (const f of kept) {
    while (k < phrases.length && phrases[k].end <= f.start) resolve(phrases[k++]);
    if (k < phrases.length && phrases[k].start < f.end) continue;
    out.push(f);
    if (f.granularity === 'day') lastDay = f;
  }
  while (k < phrases.length) resolve(phrases[k++]);
  found.length = 0;
  for (const f of out) found.push(f);
}

/**
 * "a week earlier", "a month earlier", "two days later" (`NARRATIVE_SHIFT`): the nearest date
 * named before, shifted, at the coarser of its granularity and the count's; else dropped.
 * `found` is sorted by start and stays so.
 */
function resolveNarrativeShifts(text: string, found: Found[]): void {
  NARRATIVE_SHIFT.lastIndex = 0;
  const shifts: { start: number; end: number; n: number | null; unit: string; sign: number; anchoredByEvent: boolean }[] = [];
  for (let m = NARRATIVE_SHIFT.exec(text); m; m = NARRATIVE_SHIFT.exec(text)) {
    const word = m[1].toLowerCase();
    const n = /^\d+$/.test(word) ? +word : /^(?:a|an)$/.test(word) ? 1 : (NUMBER_WORDS[word] ?? null);
    const direction = m[3].toLowerCase();
    const anchoredByEvent = (direction === 'before' || direction === 'after') && !SHIFT_ENDS_CLAUSE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    shifts.push({ start: m.index, end: m.index + m[0].length, n, unit: m[2].toLowerCase().replace(/s$/, ''), sign: direction === 'earlier' || direction === 'before' ? -1 : 1, anchoredByEvent });
  }
  if (!shifts.length) return;
  // one pass over both lists (each sorted by start): what chrono made of a shift (or of a part
  // of it) gives way, the others stay, and each shift is resolved against the last date kept
  // before it, so that the work stays linear on long texts
  const out: Found[] = [];
  let antecedent: Found | undefined;
  let k = 0;
  const resolve = (sh: (typeof shifts)[number]) => {
    if (sh.n === null || sh.anchoredByEvent || sh.unit === 'hour' || sh.unit === 'minute') return;
    if (!antecedent || sh.start - antecedent.end > ANTECEDENT_REACH) return;
    const rank = { day: 0, month: 1, year: 2 } as const;
    const unitGranularity: DateGranularity = sh.unit === 'year' ? 'year' : sh.unit === 'month' ? 'month' : 'day';
    const granularity = rank[unitGranularity] > rank[antecedent.granularity] ? unitGranularity : antecedent.granularity;
    const base = new Date(Date.UTC(antecedent.year, (antecedent.month ?? 1) - 1, antecedent.day ?? 1, 12));
    const count = sh.sign * sh.n;
    if (sh.unit === 'year') base.setUTCFullYear(base.getUTCFullYear() + count);
    else if (sh.unit === 'month') base.setUTCMonth(base.getUTCMonth() + count);
    else base.setUTCDate(base.getUTCDate() + count * (sh.unit === 'week' ? 7 : 1));
    const entry: Found = {
      start: sh.start,
      end: sh.end,
      year: base.getUTCFullYear(),
      month: granularity === 'year' ? null : base.getUTCMonth() + 1,
      day: granularity === 'day' ? base.getUTCDate() : null,
      granularity,
      relative: antecedent.relative,
    };
    out.push(entry);
    antecedent = entry;
  };
  for (const f of found) {
    while (k < shifts.length && shifts[k].start <= f.start && shifts[k].end <= f.start) resolve(shifts[k++]);
    if (k < shifts.length && shifts[k].start < f.end && shifts[k].end > f.start) continue;
    out.push(f);
    // a bare year inside a date ("March 3, 2019") is not a date of its own
    if (!antecedent || f.start >= antecedent.end) antecedent = f;
  }
  while (k < shifts.length) resolve(shifts[k++]);
  found.length = 0;
  for (const f of out) found.push(f);
}

function parseReference(reference: string | null): Date | null {
  const m = reference ? /^(\d{4})-(\d{2})-(\d{2})/.exec(reference) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Lines of the text, long ones cut into windows: chrono's cost grows faster than the length of
 * what it parses (a 1 MB paragraph took 8 s whole, well under 1 s in windows). A window ends at
 * the end of a sentence where it can, else at a comma not after a digit, so that no date is cut
 * in two.
 */
const WINDOW = 2000;
function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const push = (start: number, end: number) => {
    while (end - start > WINDOW) {
      // the end of a sentence first, then a comma not after a digit ("May 1, 2019" stays whole)
      let cut = -1;
      for (const stop of [/[.;!?]/, /,/]) {
        for (let i = start + WINDOW; i > start + WINDOW - 400 && cut < 0; i--) {
          if (stop.test(text[i - 1]) && /\s/.test(text[i]) && !(text[i - 1] === ',' && /\d/.test(text[i - 2]))) cut = i;
        }
        if (cut >= 0) break;
      }
      if (cut < 0) cut = text.lastIndexOf(' ', start + WINDOW);
      if (cut <= start) cut = start + WINDOW;
      out.push({ start, end: cut });
      start = cut;
    }
    if (end > start) out.push({ start, end });
  };
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    push(start, i);
    start = i + 1;
  }
  push(start, text.length);
  return out;
}

/** Refiners 1-5 applied to one chrono result. */
/** A second placeholder reference, to tell expressions computed from the reference from those the text fixes. */
const OTHER_REFERENCE = new Date(Date.UTC(2010, 5, 15, 12));

/** Whether chrono reads an expression (read as `r` against the placeholder) as another day against another reference instant. */
function readsByReference(surface: string, r: chrono.ParsedResult): boolean {
  const other = chrono.en.casual.parseDate(surface, { instant: OTHER_REFERENCE, timezone: 0 }, { forwardDate: false });
  return other?.toISOString().slice(0, 10) !== r.start.date().toISOString().slice(0, 10);
}

function fromChrono(text: string, index: number, r: chrono.ParsedResult, ref: Date | null): Found[] {
  // chrono may take trailing punctuation ("on Tuesday,"): the expression ends before it
  const surface = r.text.replace(/[\s,.;:]+$/, (m) => (/^\.$/.test(m) && /\b[A-Z][a-z]{2,3}\.$/.test(r.text) ? m : ''));
  let start = index;
  const end = index + surface.length;
  // 1. not dates
  const literalToday = /^today$/i.test(surface.trim()) && LITERAL_TODAY.before.test(text.slice(Math.max(0, start - 20), start)) && LITERAL_TODAY.after.test(text.slice(end, end + 6));
  if (FIGURES_OF_SPEECH.test(surface.trim()) && !literalToday) return [];
  if (APPROXIMATE_SPAN.test(surface.trim()) && !DATE_AFTER_SPAN.test(text.slice(end, end + 12))) return [];
  if (IN_SPAN.test(surface.trim()) && ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return [];
  if (AFTER_SPAN.test(surface.trim()) || UNANCHORED_WEEK.test(surface.trim()) || MIXED_FRACTION.test(surface.trim()) || VAGUE_AGO.test(surface.trim())) return [];
  const slash = SLASH_PAIR.exec(surface.trim());
  if (slash && +slash[1] > 12) return []; // "24/7": US text writes month/day
  // "for a month" is a duration; "for Monday", "for Dec. 3" name a day
  if ((DURATION.test(surface) || DURATION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) && !CALENDAR_NAME.test(surface) && !MONTH_NAME.test(surface)) return [];
  if (COUNTED_SPAN.test(surface.trim()) || COUNTED_SPAN.test(`${text.slice(Math.max(0, start - 4), start)}${surface}`.trim())) return [];
  const afterPreposition = /^(?:may|march|august|june|april)$/i.test(surface.trim()) && MONTH_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  if (AMBIGUOUS_SHORT_FORMS.test(surface.trim()) && !afterPreposition) return [];
  if (LOWERCASE_MONTH.test(surface.trim()) && !afterPreposition) return [];
  if (NUMERIC_NEIGHBOUR.test(text[start - 1] ?? '') && /^\d/.test(surface)) return [];
  if (NUMERIC_NEIGHBOUR.test(text[end] ?? '') && /\d$/.test(surface) && /\d/.test(text[end + 1] ?? '')) return [];
  const week = weekOf(text, start, end, ref);
  if (week) return [week];
  const known = (c: string) => r.start.isCertain(c as chrono.Component);
  const hasDate = known('day') || known('month') || known('year') || known('weekday');
  if (!hasDate && !/\b(?:yesterday|tomorrow)\b/i.test(surface) && !literalToday) return []; // a time of day alone ("6 p.m.")
  if (r.end && !RANGE_CONNECTOR.test(surface)) r = { ...r, end: undefined } as unknown as chrono.ParsedResult;
  RANGE_CONNECTOR.lastIndex = 0;

  const before = text.slice(Math.max(0, start - 20), start);
  // "earlier this year": the qualifier belongs to the expression
  const qualifier = LEADING_QUALIFIER.exec(before);
  if (qualifier && /^(?:this|last|next)\b/i.test(surface)) start -= before.length - qualifier.index;

  // "next November", "last November": the direction word belongs to the expression
  const direction = /\b(?:next|last|past|previous|coming|this coming|following)\s+$/i.exec(before);
  if (direction && start === index) start -= before.length - direction.index;
  // (without a reference date, an expression chrono reads differently against another instant
  // was computed from the placeholder reference: "after a few minutes", "in two hours")
  const relativeText = RELATIVE_WORDS.test(text.slice(start, end)) || (!ref && readsByReference(surface, r));
  const results: Found[] = [];
  const one = (comp: chrono.ParsedComponents, s: number, e: number): Found | null => {
    const k = (c: string) => comp.isCertain(c as chrono.Component);
    let year = comp.get('year')!;
    let month: number | null = comp.get('month')!;
    let day: number | null = comp.get('day')!;
    // the year of a range's first end comes from its second end ("May 1 to May 5, 2019")
    const yearFromRange = !k('year') && !!r.end && r.end.isCertain('year') && !relativeText;
    const relative = relativeText || (!k('year') && !yearFromRange);
    // 2. weekdays: the most recent such day on or before the reference, "next" looks forward
    if (k('weekday') && !k('day') && ref) {
      const d = weekdayDate(text, s, e, comp.get('weekday')!, ref);
      year = d.getUTCFullYear();
      month = d.getUTCMonth() + 1;
      day = d.getUTCDate();
    }
    // 3. "next November" / "last November": the month after / before the reference month
    if (k('month') && !k('day') && !k('year') && ref) {
      const prefix = text.slice(Math.max(0, s - 20), s) + text.slice(s, e).replace(/\s*\S+$/, ' ');
      const refMonth = ref.getUTCMonth() + 1;
      const refYear = ref.getUTCFullYear();
      if (FORWARD.test(prefix)) year = month! > refMonth ? refYear : refYear + 1;
      else if (BACKWARD.test(prefix)) year = lastMonthYear(month!, ref);
      else if (!relativeText && !yearFromRange) year = yearOfYearless(month!, null, ref, text.slice(Math.max(0, s - 120), s));
    } else if (k('month') && k('day') && !k('year') && !k('weekday') && ref && !relativeText && !yearFromRange) {
      // "January 1", "Nov. 8": the past one unless the next is much nearer or the clause is future
      year = yearOfYearless(month!, day!, ref, text.slice(Math.max(0, s - 120), s));
    }
    // 4. granularity: what the text gives, not what chrono implied
    let granularity: DateGranularity = 'year';
    const edge = PERIOD_EDGE.test(text.slice(s, e));
    if (!edge && (k('day') || k('weekday') || /\b(?:yesterday|tomorrow|today|day|days)\b/i.test(text.slice(s, e)))) granularity = 'day';
    else if (k('month') || /\b(?:month|months)\b/i.test(text.slice(s, e))) granularity = 'month';
    if (granularity !== 'day') day = null;
    if (granularity === 'year') month = null;
    return { start: s, end: e, year, month, day, granularity, relative };
  };
  if (r.end) {
    // 5. ranges: one mention per end, each with its own span
    const inner = text.slice(start, end);
    let cut: RegExpExecArray | null = null;
    for (let m = RANGE_CONNECTOR.exec(inner); m; m = RANGE_CONNECTOR.exec(inner)) cut = m;
    RANGE_CONNECTOR.lastIndex = 0;
    if (cut) {
      const a = one(r.start, start, start + cut.index);
      const b = one(r.end, start + cut.index + cut[0].length, end);
      if (a) results.push(a);
      if (b) results.push(b);
      return results;
    }
  }
  const single = one(r.start, start, end);
  return single ? [single] : [];
}

/**
 * "this week", "last week", "this past week", "next week" (`WEEK_EXPRESSION`, with "this" read
 * back from "this past week" and a leading "earlier"/"later"): the month of that Monday-to-Sunday
 * week, or its year when it straddles two months; null when the text is no such week.
 */
function weekOf(text: string, index: number, end: number, ref: Date | null): Found | null {
  let start = index;
  const back = /\bthis\s+$/i.exec(text.slice(Math.max(0, start - 6), start));
  if (back && /^past\b/i.test(text.slice(start, end))) start -= back[0].length;
  const surface = text.slice(start, end);
  if (!WEEK_EXPRESSION.test(surface)) return null;
  // with no reference it is counted among the relative dates dropped
  if (!ref) return { start, end, year: 0, month: null, day: null, granularity: 'year', relative: true };
  const qualifier = LEADING_QUALIFIER.exec(text.slice(Math.max(0, start - 20), start));
  if (qualifier && /^this\b/i.test(surface)) start -= text.slice(Math.max(0, start - 20), start).length - qualifier.index;
  const shift = BACKWARD_WEEK.test(surface) ? -7 : FORWARD_WEEK.test(surface) ? 7 : 0;
  const day = new Date(ref.getTime() + shift * 86400000);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  const oneMonth = monday.getUTCMonth() === sunday.getUTCMonth();
  const oneYear = monday.getUTCFullYear() === sunday.getUTCFullYear();
  if (!oneYear) return null;
  return { start, end, year: monday.getUTCFullYear(), month: oneMonth ? monday.getUTCMonth() + 1 : null, day: null, granularity: oneMonth ? 'month' : 'year', relative: true };
}

/**
 * The day a weekday names: the most recent such day on or before the reference, the coming one
 * after "next" or with a future tense before it in its clause ("will resume on Thursday").
 */
function weekdayDate(text: string, s: number, e: number, wanted: number, ref: Date): Date {
  const back = (ref.getUTCDay() - wanted + 7) % 7;
  const forward = FORWARD.test(text.slice(Math.max(0, s - 20), s)) || /^(?:next|coming|this coming)\s/i.test(text.slice(s, e));
  // "will resume on Thursday": the coming Thursday (the same day when it is today)
  const future = !forward && FUTURE_BEFORE.test(text.slice(Math.max(0, s - 60), s));
  return new Date(ref.getTime() + (forward ? (7 - back) % 7 || 7 : future ? (7 - back) % 7 : -back) * 86400000);
}

/**
 * Weekdays and months chrono misses (`MISSED_WEEKDAY`, `MISSED_MONTH`): "a good night Tuesday"
 * (chrono reads "night Tuesday" without the weekday), "George Floyd last May". Where chrono did
 * read them, its match covers these and they give way.
 */
function missedByChrono(offset: number, slice: string, text: string, ref: Date | null): Found[] {
  const out: Found[] = [];
  MISSED_WEEKDAY.lastIndex = 0;
  for (let m = MISSED_WEEKDAY.exec(slice); m; m = MISSED_WEEKDAY.exec(slice)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (!ref) {
      out.push({ start, end, year: 0, month: null, day: null, granularity: 'day', relative: true });
      continue;
    }
    const d = weekdayDate(text, start, end, WEEKDAYS.indexOf(m[0].toLowerCase()), ref);
    out.push({ start, end, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), granularity: 'day', relative: true });
  }
  MISSED_MONTH.lastIndex = 0;
  for (let m = MISSED_MONTH.exec(slice); m; m = MISSED_MONTH.exec(slice)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    let year = 0;
    if (ref) {
      const refMonth = ref.getUTCMonth() + 1;
      const refYear = ref.getUTCFullYear();
      const direction = m[1].toLowerCase();
      if (direction === 'next' || direction === 'coming') year = month > refMonth ? refYear : refYear + 1;
      else if (direction === 'this') year = refYear;
      else year = lastMonthYear(month, ref);
    }
    out.push({ start, end, year, month, day: null, granularity: 'month', relative: true });
  }
  return out;
}

/**
 * The year of "last <month>": the last such month before the reference, except the month just
 * past, which writers call "last month": "the murder of George Floyd last May" in a June 2021
 * article is May 2020 (`LAST_MONTH_SKIPS`).
 */
function lastMonthYear(month: number, ref: Date): number {
  const refMonth = ref.getUTCMonth() + 1;
  const refYear = ref.getUTCFullYear();
  const year = month < refMonth ? refYear : refYear - 1;
  return month === refMonth - 1 && LAST_MONTH_SKIPS ? year - 1 : year;
}

/** Quarters with their year, as that year (`QUARTER`); "of last year" needs the reference. */
function quarters(offset: number, slice: string, ref: Date | null): Found[] {
  const out: Found[] = [];
  QUARTER.lastIndex = 0;
  for (let m = QUARTER.exec(slice); m; m = QUARTER.exec(slice)) {
    const written = m[1] ?? m[3];
    const direction = m[2]?.toLowerCase();
    const base = ref?.getUTCFullYear() ?? 0;
    const year = written ? +written : direction === 'last' ? base - 1 : direction === 'next' ? base + 1 : base;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, year, month: null, day: null, granularity: 'year', relative: !written });
  }
  return out;
}

/** Bare years chrono does not parse ("in 2016", "the 2016 election"). */
function bareYears(text: string, offset: number, slice: string, ref: Date | null): Found[] {
  const out: Found[] = [];
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(slice); m; m = BARE_YEAR.exec(slice)) {
    const start = offset + m.index;
    const end = start + 4;
    if (NOT_A_YEAR_AFTER.test(text.slice(end, end + 16))) continue;
    const year0 = +m[1];
    if (DECADE_AFTER.test(text.slice(end, end + 2)) || (year0 % 10 === 0 && year0 < 2000 && DECADE_APOSTROPHE_AFTER.test(text.slice(end, end + 3)))) continue;
    if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (MODEL_YEAR_AFTER.test(text.slice(end, end + 20))) continue;
    if (ADDRESS_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4))) continue;
    const year = +m[1];
    // a year far after the article is a number, not a date ("2050 troops" aside, forecasts are rare)
    if (ref && year > ref.getUTCFullYear() + 30) continue;
    out.push({ start, end, year, month: null, day: null, granularity: 'year', relative: false });
  }
  return out;
}

/**
 * The year of a month (and day) written without one: the last occurrence on or before the
 * reference, or the next one when the clause before looks forward (`FUTURE_ANCHOR`,
 * `FUTURE_CLAUSE`), or, when it is in the present tense (no `PAST_CLAUSE`), when the next is
 * `FUTURE_PREFERENCE` times nearer.
 */
function yearOfYearless(month: number, day: number | null, ref: Date, before: string): number {
  const refYear = ref.getUTCFullYear();
  const at = (y: number) => (day === null ? Date.UTC(y, month - 1, 1, 12) : Date.UTC(y, month - 1, day, 12));
  const refAt = day === null ? Date.UTC(refYear, ref.getUTCMonth(), 1, 12) : ref.getTime();
  const past = at(refYear) <= refAt ? refYear : refYear - 1;
  const future = at(refYear) >= refAt ? refYear : refYear + 1;
  if (past === future) return past;
  if (FUTURE_ANCHOR.test(before) || FUTURE_CLAUSE.test(before)) return future;
  if (PAST_CLAUSE.test(before.replace(CLAUSE_START, ''))) return past;
  return (at(future) - refAt) * FUTURE_PREFERENCE < refAt - at(past) ? future : past;
}

/**
 * Seasons as their year (`SEASON`): the year written, else "this" the reference's year, a bare
 * "the" season the current or coming one, "last"/"past" the last one begun before the reference,
 * "next"/"coming" the next one not yet begun.
 */
function seasons(offset: number, slice: string, ref: Date | null): Found[] {
  const out: Found[] = [];
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(slice); m; m = SEASON.exec(slice)) {
    const written = m[3] ? +m[3] : null;
    const months = SEASON_MONTHS[m[2].toLowerCase()];
    let year = written;
    if (year === null && ref && months) {
      const refYear = ref.getUTCFullYear();
      const refMonth = ref.getUTCMonth() + 1;
      const direction = (m[1] ?? '').toLowerCase();
      if (direction === 'last' || direction === 'past') year = refMonth > months[0] ? refYear : refYear - 1;
      else if (direction === 'next' || direction === 'coming') year = refMonth < months[0] ? refYear : refYear + 1;
      else if (direction === 'this') year = refYear;
      else year = refMonth <= months[1] ? refYear : refYear + 1;
    }
    // winter without a year is left out; with no reference the season is counted as dropped below
    if (year === null && (ref || !months)) continue;
    // the expression starts at the direction word or the season's article, not at "in"
    const lead = m[1] ? 0 : m[0].search(/\bthe\b/i);
    out.push({ start: offset + m.index + lead, end: offset + m.index + m[0].length, year: year ?? 0, month: null, day: null, granularity: 'year', relative: written === null });
  }
  return out;
}

/** "Twenty-two years ago": compound number words chrono reads only in part. */
function compoundAgo(offset: number, slice: string, ref: Date | null): Found[] {
  const out: Found[] = [];
  COMPOUND_AGO.lastIndex = 0;
  for (let m = COMPOUND_AGO.exec(slice); m; m = COMPOUND_AGO.exec(slice)) {
    const n = m[1]
      .toLowerCase()
      .split(/[-\s]/)
      .reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0);
    const months = /^month/i.test(m[2]) ? n : n * 12;
    // with no reference it is counted among the relative dates dropped
    const base = ref ?? NO_REFERENCE;
    const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() - months, 1, 12));
    const monthly = /^month/i.test(m[2]);
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, year: d.getUTCFullYear(), month: monthly ? d.getUTCMonth() + 1 : null, day: null, granularity: monthly ? 'month' : 'year', relative: true });
  }
  return out;
}

function valueOf(f: Found): string {
  const p = (n: number) => String(n).padStart(2, '0');
  if (f.granularity === 'day') return `${f.year}-${p(f.month!)}-${p(f.day!)}`;
  if (f.granularity === 'month') return `${f.year}-${p(f.month!)}`;
  return String(f.year);
}

function sentenceIndex(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
