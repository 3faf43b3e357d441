/**
 * Analyze: sentences, entities, dates and quotes of one article, in this order (quotes use the
 * entities to name their speakers). Pure; the article is not changed.
 */
import type { AnalyzedArticle, Article } from '../core/types.js';
import { findDates } from './dates/index.js';
import { findEntities } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import { splitSentences } from './sentences.js';

export interface AnalyzeOptions {
  /**
   * reference date (`YYYY-MM-DD`) for relative expressions when the article has no publication
   * date of its own (e.g. estimated from the other articles of its story)
   */
  reference?: string | null;
}

export function analyze(article: Article, opts: AnalyzeOptions = {}): AnalyzedArticle {
  const text = article.text;
  const sentences = splitSentences(text);
  const entities = findEntities(text, sentences);
  const input = article.origin;
  const dates = findDates(text, sentences, article.published ?? opts.reference ?? null, { input });
  const quotes = findQuotes(text, sentences, entities, { input, writer: article.byline });
  return {
    article,
    sentences,
    entities: entities.entities,
    quotes: quotes.quotes,
    dates: dates.dates,
    messages: [...entities.messages, ...dates.messages, ...quotes.messages],
  };
}
