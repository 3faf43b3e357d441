/**
 * Cluster: groups analysed articles into stories. (First version: one story; issue #4 fills it in.)
 */
import type { AnalyzedArticle, Clustering } from '../core/types.js';

export interface ClusterOptions {
  /** treat all inputs as one story */
  singleStory?: boolean;
}

export function cluster(articles: AnalyzedArticle[], _opts: ClusterOptions = {}): Clustering {
  if (articles.length === 0) return { stories: [], messages: [] };
  const first = articles[0].article;
  return {
    stories: [{ id: `s-${first.id}`, title: first.title ?? first.id, articles, copies: [], offTopic: [] }],
    messages: [],
  };
}
