/**
 * Keys that point an incoming article at the stored stories it may join. Two articles about one
 * event share names and headline words; a story is a candidate when one of its articles shares a
 * key with the new article (and the key is not too common, see DEFAULT_MAX_KEY_ARTICLES).
 * Candidates are then re-clustered together by `cluster`, which makes the real decision; keys
 * only have to avoid missing a story (recall), not to be precise.
 */
import type { AnalyzedArticle } from '../core/types.js';

/** Entities named this often in an article are what it is about (one mention can be an aside). */
const MIN_ENTITY_MENTIONS = 2;

/** At most this many entity keys per article, most mentioned first. */
const MAX_ENTITY_KEYS = 12;

/** Headline words shorter than this are mostly function words. */
const MIN_TITLE_WORD = 4;

/** Headline words that say nothing about the event (news style and function words). */
const TITLE_STOPWORDS = new Set(
  `about after again against amid among before being between could from have into just more most news over says said says than that their there these they this those under update updates video watch what when where which while will with would your live latest report reports breaking`.split(' '),
);

/** The candidate keys of an article: `e:<entity id>` and `t:<headline word>`. */
export function storyKeys(a: AnalyzedArticle): string[] {
  const keys = new Set<string>();
  const entities = [...a.entities]
    .filter((e) => e.mentions.length >= MIN_ENTITY_MENTIONS)
    .sort((x, y) => y.mentions.length - x.mentions.length || (x.id < y.id ? -1 : 1))
    .slice(0, MAX_ENTITY_KEYS);
  for (const e of entities) keys.add(`e:${e.id}`);
  const title = (a.article.title ?? '').normalize('NFKC').toLowerCase();
  for (const word of title.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length >= MIN_TITLE_WORD && !TITLE_STOPWORDS.has(word)) keys.add(`t:${word}`);
  }
  return [...keys];
}
