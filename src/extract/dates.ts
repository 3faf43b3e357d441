/**
 * Dates of the extractors, shared by the HTML and text paths: a date string to ISO 8601 with
 * plausibility checks, and the publication date in a URL's path.
 */
import * as chrono from 'chrono-node';

/** Dates outside these years are implausible for a news page (typos, epoch zero, far future). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/**
 * A date string to ISO 8601: keeps the time and offset when given (`2019-12-11T14:03:00Z`),
 * else the day (`2019-12-11`). Null when it does not parse or is implausible.
 * @example normaliseDate('2019-12-11T09:03:00-05:00') // '2019-12-11T14:03:00Z'
 * @example normaliseDate('December 11, 2019') // '2019-12-11'
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!v) return null;
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (isoDay) return plausible(+isoDay[1], +isoDay[2], +isoDay[3]) ? `${isoDay[1]}-${isoDay[2]}-${isoDay[3]}` : null;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) {
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(v);
    if (!hasZone) {
      const day = v.slice(0, 10);
      return plausible(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10)) ? day : null;
    }
    const d = new Date(v.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!Number.isNaN(d.getTime()) && plausible(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return null;
  }
  if (/^\d{9,13}$/.test(v)) {
    const n = Number(v);
    const d = new Date(v.length > 10 ? n : n * 1000);
    return plausible(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ? d.toISOString().slice(0, 10) : null;
  }
  const parsed = chrono.strict.parse(v, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('day')) return null;
  const y = parsed.start.get('year') ?? 0;
  const m = parsed.start.get('month') ?? 0;
  const d = parsed.start.get('day') ?? 0;
  return plausible(y, m, d) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
}

/** A real calendar day in the plausible years (no 30 February). */
function plausible(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A date in a URL path: `/2019/12/11/`, `/2019-12-11/`, `/20191211/`. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url; // a bare path ("/2019/12/11/x") still carries its date
  }
  const m = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|-|_|\.|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  if (!m) return null;
  return normaliseDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
}

