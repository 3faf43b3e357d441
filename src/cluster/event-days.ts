/**
 * Days an article names, as clustering features, for when the analysed dates cannot be resolved
 * (no publication date to resolve "Tuesday" against, no year next to "January 17"). Reports of one
 * event name the same day ("on Tuesday", "December 10"); two events of the same kind a few days
 * apart usually do not. Patterns are ordered from the most to the least specific.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** `January 17`, `Jan. 17th`: month then day. */
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{3})`, 'g');
/** `17 January`, `17th of January`: day then month (British and wire style). */
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`, 'g');
/** `on Tuesday`, `Tuesday's meeting`: a weekday, the only date many reports give. */
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

const monthNumber = (name: string) => String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, '0');

/**
 * The days named in a text, each once: `md:MM-DD` for a month and day, `wd:<weekday>` for a weekday.
 * @example eventDays('Trump met Lavrov on Tuesday, December 10.') -> ['md:12-10', 'wd:tuesday']
 */
export function eventDays(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(MONTH_DAY)) {
    const day = Number(m[2]);
    if (day >= 1 && day <= 31) found.add(`md:${monthNumber(m[1])}-${String(day).padStart(2, '0')}`);
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31) found.add(`md:${monthNumber(m[2])}-${String(day).padStart(2, '0')}`);
  }
  for (const m of text.matchAll(WEEKDAY)) found.add(`wd:${m[1].toLowerCase()}`);
  return [...found].sort();
}
