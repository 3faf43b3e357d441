/**
 * Publication dates written in exported text: a date line near the top ("December 11, 2019",
 * "Updated: 2019-12-11T10:02:00Z") and the date in an article URL's path ("/2019/12/11/").
 * Strict patterns rather than a general date parser: a line is a date line only when the date is
 * all it says, and nothing is resolved against the clock.
 */

/** "December 11, 2019", "Dec. 11, 2019", "11 December 2019", "2019-12-11", with weekday, "Updated"/"Published" and a time allowed. */
export const DATE_LINE = {
  prefix: /^(?:(?:Published|Updated|Posted|Last updated|Date)\s*(?:on|at)?\s*:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?/i,
  forms: [
    /^(?<month>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})/,
    /^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?,?\s+(?<year>\d{4})/,
    /^(?<year>\d{4})-(?<mnum>\d{2})-(?<day>\d{2})/,
  ],
  /** "/ 10:02 AM / Updated 2 years ago": segments after the date that only say when or how long */
  segment: /^\s*[|/•·]\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?|Updated\b[^|/]{0,30}|\d{1,3}\s*min(?:ute)?s?\s*read)/i,
  /** what may follow the date on the same line: a time, a zone, a separator */
  suffix: /^(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\s*(?:[|,•·–—-]|at)?\s*(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|UTC[+-]?\d*)?)?)?\s*$/i,
};

/** Parses a date line (see DATE_LINE) to `YYYY-MM-DD`, or null. */
export function parseDateLine(line: string): string | null {
  const rest = line.replace(DATE_LINE.prefix, '');
  for (const form of DATE_LINE.forms) {
    const m = form.exec(rest);
    if (!m?.groups) continue;
    let tail = rest.slice(m[0].length);
    for (let seg = DATE_LINE.segment.exec(tail); seg; seg = DATE_LINE.segment.exec(tail)) tail = tail.slice(seg[0].length);
    if (!DATE_LINE.suffix.test(tail)) continue;
    const year = Number(m.groups.year);
    const month = m.groups.mnum ? Number(m.groups.mnum) : monthNumber(m.groups.month);
    const day = Number(m.groups.day);
    if (!month || year < 1900 || year > 2100 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
function monthNumber(name: string): number {
  const n = name.toLowerCase();
  const i = MONTHS.findIndex((m) => n.startsWith(m) && (n.length <= 4 || fullMonth(m).startsWith(n) || (m === 'sep' && n === 'sept')));
  return i + 1;
}
function fullMonth(abbr: string): string {
  return ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][MONTHS.indexOf(abbr)];
}

