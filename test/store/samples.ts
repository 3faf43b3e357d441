/** Hand-built analysed articles for store tests (independent of how analysis evolves). */
import type { AnalyzedArticle, Story } from '../../src/core/types.js';
import type { ArticleRecord } from '../../src/store/types.js';

export function sampleArticle(id: string, fields: { title?: string; text?: string; outlet?: string | null; published?: string | null } = {}): AnalyzedArticle {
  const text = fields.text ?? `Text of ${id}. It reports something.`;
  return {
    article: {
      id,
      origin: `${id}.txt`,
      title: fields.title ?? `Title ${id}`,
      byline: null,
      published: fields.published === undefined ? '2019-12-10' : fields.published,
      language: 'en',
      url: null,
      outlet: fields.outlet === undefined ? `Outlet ${id}` : fields.outlet,
      text,
      sourceMap: [{ text: 0, source: 0, length: text.length }],
      extractedBy: 'text',
      publishedBy: 'container',
      messages: [],
    },
    sentences: [{ start: 0, end: text.indexOf('.') + 1, paragraph: 0 }],
    entities: [],
    quotes: [],
    dates: [],
    messages: [],
  };
}

export function record(a: AnalyzedArticle, keys: string[]): ArticleRecord {
  return { analyzed: a, keys, source: { kind: 'text', content: a.article.text } };
}

/** A clusterer for tests: articles with the same first key word of their title form one story. */
export function byTitleWord(articles: AnalyzedArticle[]): Story[] {
  const groups = new Map<string, AnalyzedArticle[]>();
  for (const a of articles) {
    const word = (a.article.title ?? '').split(' ')[0];
    groups.set(word, [...(groups.get(word) ?? []), a]);
  }
  return [...groups.entries()].map(([word, list]) => ({
    id: `s-${word}-${list.map((a) => a.article.id).sort().join('+')}`,
    title: word,
    articles: list,
    copies: [],
    offTopic: [],
  }));
}
