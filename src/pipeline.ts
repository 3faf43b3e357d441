/**
 * The pipeline, written down once, in order:
 *
 *   ingest -> extract -> analyze -> cluster -> synthesize -> (render, by the adapters)
 */
import { analyze } from './analyze/index.js';
import { cluster, type ClusterOptions } from './cluster/index.js';
import type { AnalyzedArticle, Article, Briefing, Clustering, Message, Story } from './core/types.js';
import { extract } from './extract/index.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import { abstractiveSummary, type AbstractiveOptions } from './synthesize/abstractive.js';
import { synthesize, type SynthesizeOptions } from './synthesize/index.js';

/** Options of a whole run. */
export interface BriefOptions extends IngestOptions, ClusterOptions, SynthesizeOptions {
  /** an OpenAI-compatible endpoint for an abstractive summary (off when absent) */
  llm?: Omit<AbstractiveOptions, 'words'>;
}

/** Articles read and extracted from inputs, with the messages of every input. */
export interface Read {
  /** articles that extracted cleanly */
  articles: Article[];
  /** messages of inputs that failed and warnings of those that did not */
  messages: Message[];
}

/** ingest + extract. */
export async function readArticles(inputs: string[], opts: IngestOptions = {}): Promise<Read> {
  const { documents, messages } = await ingest(inputs, opts);
  const articles: Article[] = [];
  for (const doc of documents) {
    const result = extract(doc);
    if (result.ok) articles.push(result.value);
    messages.push(...result.messages);
  }
  return { articles, messages };
}

/** ingest + extract + analyze + cluster. */
export async function clusterInputs(inputs: string[], opts: BriefOptions = {}): Promise<Clustering & { analyzed: AnalyzedArticle[] }> {
  const { articles, messages } = await readArticles(inputs, opts);
  const analyzed = articles.map((a) => analyze(a));
  const clustering = cluster(analyzed, opts);
  const stories = clustering.stories.map(dateUndatedArticles);
  return { stories, analyzed, messages: [...messages, ...analyzed.flatMap((a) => a.messages), ...clustering.messages] };
}

/** The whole job: inputs to one briefing per story. */
export async function brief(inputs: string[], opts: BriefOptions = {}): Promise<{ briefings: Briefing[]; messages: Message[] }> {
  const { stories, messages } = await clusterInputs(inputs, opts);
  const briefings: Briefing[] = [];
  for (const story of stories) {
    const extractive = synthesize(story, opts);
    // the generated summary replaces the extractive one only sentence by sentence verified
    briefings.push(opts.llm ? await abstractiveSummary(story, extractive, { ...opts.llm, words: opts.words }) : extractive);
  }
  return { briefings, messages: [...messages, ...briefings.flatMap((b) => b.messages)] };
}

/**
 * An article without a publication date borrows its story's (the median date of its dated
 * articles) as the reference for relative dates ("on Tuesday"); its own `published` stays null
 * and each resolved date records the reference it used. Exported for tests.
 */
export function dateUndatedArticles(story: Story): Story {
  const dates = story.articles
    .map((a) => a.article.published?.slice(0, 10))
    .filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  if (dates.length === 0 || dates.length === story.articles.length) return story;
  const reference = dates[Math.floor((dates.length - 1) / 2)];
  const articles = story.articles.map((a) => (a.article.published ? a : analyze(a.article, { reference })));
  return { ...story, articles };
}
