/** Publication dates as day numbers, and how far apart in time two reports may be. */
import { STORY } from './heuristics.js';

/** Day number (days since 1970-01-01, UTC) of an ISO date or date-time; null if it does not parse. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/** A closed range of days, or null when undated. */
export interface DayRange {
  first: number;
  last: number;
}

/** Days between a range and another (0 when they overlap); null when either is undated. */
export function daysApart(a: DayRange | null, b: DayRange | null): number | null {
  if (!a || !b) return null;
  return Math.max(0, a.first - b.last, b.first - a.last);
}

/**
 * How much of a content similarity is left given the time between two reports: all of it within
 * `sameDays` (follow-ups, time zones), falling linearly to `farFactor` at `farDays`. Undated
 * reports are judged on content alone.
 */
export function timeFactor(days: number | null): number {
  if (days === null || days <= STORY.sameDays) return 1;
  if (days >= STORY.farDays) return STORY.farFactor;
  return 1 - ((1 - STORY.farFactor) * (days - STORY.sameDays)) / (STORY.farDays - STORY.sameDays);
}

/** The union of two ranges (either may be undated). */
export function span(a: DayRange | null, b: DayRange | null): DayRange | null {
  if (!a) return b;
  if (!b) return a;
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}
