/** Builders for clustering tests: analysed articles without running analysis. */
import type { AnalyzedArticle } from '../../src/core/types.js';

export interface Meta {
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
}

/** An analysed article with no entities or dates: clustering must work from the words alone. */
export function analysed(id: string, text: string, meta: Meta = {}): AnalyzedArticle {
  return {
    article: {
      id,
      origin: id,
      title: meta.title ?? null,
      byline: null,
      published: meta.published ?? null,
      language: 'en',
      url: null,
      outlet: meta.outlet ?? null,
      text,
      sourceMap: [],
      extractedBy: 'text',
      publishedBy: meta.published ? 'container' : null,
      messages: [],
    },
    sentences: [],
    entities: [],
    quotes: [],
    dates: [],
    messages: [],
  };
}

/** Story membership as sorted id lists, sorted: easy to compare. */
export function membership(stories: { articles: AnalyzedArticle[] }[]): string[][] {
  return stories.map((s) => s.articles.map((a) => a.article.id).sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
