/**
 * Checks of the articles given to clustering: the same article sent twice, publication dates
 * that are placeholders (1970) or in the future, articles without a date or without words.
 * Nothing is mutated; what was found travels as messages.
 */
import { message } from '../core/messages.js';
import type { AnalyzedArticle, Message } from '../core/types.js';
import { DATES } from './heuristics.js';
import { fnv1a } from './shingles.js';
import { dayNumber } from './time.js';

/** The articles kept, with the publication day clustering may use for each (null: do not use). */
export interface Checked {
  articles: AnalyzedArticle[];
  /** publication day number per kept article, null when missing or implausible */
  days: (number | null)[];
  messages: Message[];
}

/**
 * Drops an article given twice (same id, same text) with a message, and decides which
 * publication dates to trust. `now` is the clock for "in the future".
 */
export function checkInputs(input: AnalyzedArticle[], now: Date): Checked {
  const messages: Message[] = [];
  const articles: AnalyzedArticle[] = [];
  const days: (number | null)[] = [];
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  const earliest = dayNumber(DATES.earliest)!;
  const latest = Math.floor(now.getTime() / 86_400_000) + DATES.futureDays;
  for (const a of input) {
    const { id, text, title, published, origin } = a.article;
    const key = `${id}\u0000${fnv1a(`${title ?? ''}\u0000${text}`)}`;
    if (seen.has(key)) {
      messages.push(message('info', 'cluster', 'duplicate', `article ${id} was given twice with the same text; the second is ignored`, origin));
      continue;
    }
    seen.set(key, articles.length);
    if (ids.has(id)) {
      messages.push(message('warning', 'cluster', 'duplicate', `two different articles have the id ${id}; both are kept`, origin));
    }
    let day = dayNumber(published);
    if (published && day === null) {
      messages.push(message('warning', 'cluster', 'date-out-of-range', `"${published}" of ${id} is not an ISO date; clustered on content alone`, origin));
    } else if (day !== null && day < earliest) {
      messages.push(message('warning', 'cluster', 'date-out-of-range', `${published} of ${id} is before ${DATES.earliest} (a placeholder date); ignored`, origin));
      day = null;
    } else if (day !== null && day > latest) {
      messages.push(message('warning', 'cluster', 'date-out-of-range', `${published} of ${id} is in the future (after ${now.toISOString().slice(0, 10)}); ignored`, origin));
      day = null;
    } else if (!published) {
      messages.push(message('info', 'cluster', 'no-date', `${id} has no publication date; clustered on content alone`, origin));
    }
    ids.add(id);
    articles.push(a);
    days.push(day);
  }
  return { articles, days, messages };
}
