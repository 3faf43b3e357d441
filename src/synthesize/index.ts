/**
 * Synthesize: a story to a briefing. The parts, in order:
 *   units (sentences as comparable units) -> facts (the same fact across articles grouped)
 *   -> summary, claims, coverage, quotes, contradictions, timeline, entities.
 * Pure and deterministic; the story is not changed. The optional abstractive summary, which
 * needs a language-model endpoint, is a separate async step (`abstractive.ts`).
 */
import { sentenceTitle } from '../analyze/sentences.js';
import { message } from '../core/messages.js';
import type { Briefing, Message, Story } from '../core/types.js';
import { ledger } from './claims.js';
import { contradictions } from './contradictions.js';
import { coverage } from './coverage.js';
import { briefEntities } from './entities.js';
import { groupFacts } from './facts.js';
import { briefQuotes, quoteGroups, type QuoteGroup } from './quotes.js';
import { summarize } from './summary.js';
import { timeline } from './timeline.js';
import { centroid, cosine, indexStory, type StoryIndex, type Unit } from './units.js';

export { abstractiveSummary, type AbstractiveOptions } from './abstractive.js';

export interface SynthesizeOptions {
  /** most words in the summary (default 120) */
  words?: number;
}

export const DEFAULT_SUMMARY_WORDS = 120;

export function synthesize(story: Story, opts: SynthesizeOptions = {}): Briefing {
  const words = opts.words ?? DEFAULT_SUMMARY_WORDS;
  const index = indexStory(story);
  const messages: Message[] = [];
  if (index.content.length === 0) {
    const found = index.units.length ? `${index.units.length} sentence(s), none usable (clutter or fragments)` : 'no sentences';
    messages.push(message('warning', 'synthesize', 'no-sentences', `story "${story.title || story.id}" of ${story.articles.length} article(s): ${found}`, story.id));
  }
  const groups = quoteGroups(index);
  const quotes = briefQuotes(index, groups);
  const facts = groupFacts(index, quotedTogether(groups, index));
  const { claims } = ledger(facts, index);
  return {
    id: story.id,
    title: titleOf(index),
    articles: story.articles.map(({ article: a }) => ({ id: a.id, outlet: a.outlet, title: a.title, published: a.published, url: a.url })),
    summary: summarize(facts, index, { words }),
    claims,
    quotes,
    contradictions: contradictions(facts, index),
    timeline: timeline(facts, index),
    entities: briefEntities(index.entities),
    coverage: coverage(claims, index),
    offTopic: story.offTopic,
    messages,
  };
}

/** The sentences that carry one quotation in several articles: one statement, one fact. */
function quotedTogether(groups: QuoteGroup[], index: StoryIndex): Unit[][] {
  const byArticle = new Map<string, Unit[]>();
  for (const u of index.content) {
    let list = byArticle.get(u.articleId);
    if (!list) byArticle.set(u.articleId, (list = []));
    list.push(u);
  }
  const out: Unit[][] = [];
  for (const { members } of groups) {
    if (members.length < 2) continue;
    const units = members
      .map((m) => byArticle.get(m.articleId)?.find((u) => m.quote.start >= u.start && m.quote.start < u.end))
      .filter((u): u is Unit => !!u);
    if (units.length >= 2) out.push(units);
  }
  return out;
}

/** The headline of the most central article (closest to the story's centroid), else the story's. */
function titleOf(index: StoryIndex): string {
  const storyCentroid = centroid(index.content.map((u) => u.vector));
  let best: { title: string; score: number } | null = null;
  index.story.articles.forEach((a, i) => {
    const title = a.article.title?.trim();
    if (!title) return;
    const units = index.content.filter((u) => u.article === i);
    const score = units.length ? cosine(centroid(units.map((u) => u.vector)), storyCentroid) : 0;
    if (!best || score > best.score) best = { title, score };
  });
  if (best) return (best as { title: string }).title;
  // no headline anywhere: the lead of the most central article (the story's title may be an id)
  let lead: { title: string; score: number } | null = null;
  for (const u of index.content) {
    if (u.position !== 0) continue;
    const score = cosine(u.vector, storyCentroid);
    if (!lead || score > lead.score) lead = { title: sentenceTitle(u.text), score };
  }
  return lead?.title ?? index.story.title ?? index.story.id;
}
