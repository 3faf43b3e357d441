/**
 * The publication date, from the most trusted place that has one:
 * JSON-LD `datePublished` > meta tags > `<time datetime>` > the URL (`/2019/12/11/`) > the
 * visible text near the top of the page. The winner is recorded as `publishedBy`.
 */
import * as chrono from 'chrono-node';
import type { DateSource } from '../../core/types.js';
import { normaliseDate } from '../dates.js';

/** Meta tags that carry the publication date, most specific first (names are lower-cased). */
export const DATE_META = [
  'article:published_time',
  'og:published_time',
  'published_time',
  'datepublished',
  'article.published',
  'article_date_original',
  'publication_date',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dcterms.date',
  'dc.date',
  'dcterms.created',
  'date',
  'cxenseparse:recs:publishtime',
  'og:updated_time',
  'article:modified_time',
];

/** A date written near the top of the visible text ("Published December 11, 2019"). */
export function dateFromText(text: string): string | null {
  const head = text.slice(0, 3000);
  for (const result of chrono.strict.parse(head, new Date(Date.UTC(2000, 0, 1)))) {
    if (!result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) continue;
    const date = normaliseDate(result.text);
    if (date) return date;
  }
  return null;
}

/** The first date found, in order of trust. */
export function pickPublished(sources: Array<[DateSource, string | null | undefined]>): { published: string | null; publishedBy: DateSource | null } {
  for (const [source, value] of sources) {
    const date = normaliseDate(value);
    if (date) return { published: date, publishedBy: source };
  }
  return { published: null, publishedBy: null };
}
