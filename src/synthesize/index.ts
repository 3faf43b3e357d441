/**
 * Synthesize: a story to a briefing. (First version: lead sentences; issue #2/#6 fill it in.)
 */
import type { Briefing, Story, SummarySentence } from '../core/types.js';

export interface SynthesizeOptions {
  /** most words in the summary */
  words?: number;
}

export const DEFAULT_SUMMARY_WORDS = 120;

export function synthesize(story: Story, opts: SynthesizeOptions = {}): Briefing {
  const words = opts.words ?? DEFAULT_SUMMARY_WORDS;
  const summary: SummarySentence[] = [];
  let used = 0;
  for (const a of story.articles) {
    const s = a.sentences[0];
    if (!s) continue;
    const text = a.article.text.slice(s.start, s.end);
    const n = text.split(/\s+/).length;
    if (used + n > words) break;
    used += n;
    summary.push({ text, citations: [{ article: a.article.id, start: s.start, end: s.end }] });
  }
  return {
    id: story.id,
    title: story.title,
    articles: story.articles.map(({ article: a }) => ({ id: a.id, outlet: a.outlet, title: a.title, published: a.published, url: a.url })),
    summary,
    claims: [],
    quotes: [],
    contradictions: [],
    timeline: [],
    entities: [],
    coverage: [],
    offTopic: story.offTopic,
    messages: [],
  };
}
