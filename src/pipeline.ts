/**
 * The pipeline, written down once, in order:
 *
 *   ingest -> extract -> analyze -> cluster -> synthesize -> (render, by the adapters)
 */
import { analyze } from './analyze/index.js';
import { cluster, type ClusterOptions } from './cluster/index.js';
import type { AnalyzedArticle, Article, Briefing, Clustering, Message } from './core/types.js';
import { extract } from './extract/index.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import { synthesize, type SynthesizeOptions } from './synthesize/index.js';

/** Options of a whole run. */
export interface BriefOptions extends IngestOptions, ClusterOptions, SynthesizeOptions {}

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
  const analyzed = articles.map(analyze);
  const clustering = cluster(analyzed, opts);
  return { ...clustering, analyzed, messages: [...messages, ...analyzed.flatMap((a) => a.messages), ...clustering.messages] };
}

/** The whole job: inputs to one briefing per story. */
export async function brief(inputs: string[], opts: BriefOptions = {}): Promise<{ briefings: Briefing[]; messages: Message[] }> {
  const { stories, messages } = await clusterInputs(inputs, opts);
  const briefings = stories.map((story) => synthesize(story, opts));
  return { briefings, messages: [...messages, ...briefings.flatMap((b) => b.messages)] };
}
