/**
 * The optional abstractive summary, through a user-configured OpenAI-compatible endpoint
 * (`POST {baseUrl}/chat/completions`, e.g. a local Ollama at http://127.0.0.1:11434/v1). Off by
 * default; nothing here runs unless the caller passes an endpoint. `fetch` is injected.
 *
 * The model sees the story's claims numbered [1]..[n] and must cite them. Every generated sentence
 * is then checked: it must cite at least one claim, most of its content words must occur in the
 * cited sources, and any quotation in it must be verbatim in a cited article. A sentence that
 * fails is dropped and reported (`generated-sentence-dropped`); if none survive, the extractive
 * summary stays.
 */
import { message } from '../core/messages.js';
import type { Briefing, Citation, Message, Story, SummarySentence } from '../core/types.js';
import { THRESHOLDS } from './heuristics.js';
import { contentStems, wordCount } from './text.js';

export interface AbstractiveOptions {
  /** base URL of the OpenAI-compatible API, e.g. `http://127.0.0.1:11434/v1` */
  baseUrl: string;
  /** model name, e.g. `llama3.1` */
  model: string;
  /** bearer token, if the endpoint wants one */
  apiKey?: string;
  /** the fetch to use (injected: tests pass a fake, the CLI passes globalThis.fetch) */
  fetch?: typeof fetch;
  /** most words in the summary (default: the extractive summary's budget, 120) */
  words?: number;
  /** most claims shown to the model, best supported first */
  maxClaims?: number;
  /** abort the request after this many milliseconds */
  timeoutMs?: number;
}

/** The prompt: numbered claims with their outlets, and the rules. */
export function buildPrompt(briefing: Briefing, claims: Briefing['claims'], words: number): string {
  const lines = claims.map((c, i) => `[${i + 1}] ${c.text} (${c.outlets.join(', ')})`);
  return [
    `Write a neutral news summary of at most ${words} words of the story "${briefing.title}" from the numbered source sentences below.`,
    'Rules: use only facts stated in the sources; end every sentence with the numbers of the sources it uses, like [1][3];',
    'copy any quotation exactly as written in the sources; do not add opinions.',
    '',
    ...lines,
  ].join('\n');
}

/** Sentences of a generated text, each with the source numbers it cites (markers removed). */
export function parseGenerated(text: string): { text: string; refs: number[] }[] {
  const out: { text: string; refs: number[] }[] = [];
  const pieces = text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?]["”’]?(?:\s*\[\d+\])*)\s+(?=["“A-Z])/);
  for (const piece of pieces) {
    const refs = [...piece.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    const clean = piece.replace(/\s*\[\d+\]/g, '').trim();
    if (clean) out.push({ text: clean, refs: [...new Set(refs)] });
  }
  return out;
}

/** Why a generated sentence fails verification against the texts of its cited sources, or null. */
export function verifyGenerated(sentence: string, cited: string[], articles: string[]): string | null {
  if (!cited.length) return 'it cites no source';
  const stems = contentStems(sentence);
  const source = new Set(cited.flatMap((t) => contentStems(t)));
  const supported = stems.filter((s) => source.has(s)).length;
  if (stems.length && supported / stems.length < THRESHOLDS.generatedSupport) {
    return `only ${supported} of ${stems.length} content words are in its cited sources`;
  }
  const normalise = (s: string) => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
  for (const m of sentence.matchAll(/["“]([^"”]{3,})["”]/g)) {
    const quoted = normalise(m[1].replace(/[,.]$/, ''));
    // Only the first letter's case may differ: a quote run into a sentence starts lower-case.
    const forms = [quoted, quoted[0].toUpperCase() + quoted.slice(1), quoted[0].toLowerCase() + quoted.slice(1)];
    if (!articles.some((a) => forms.some((f) => normalise(a).includes(f)))) return `the quotation "${m[1]}" is not verbatim in its cited articles`;
  }
  return null;
}

/**
 * A briefing whose summary is the verified generated one (the extractive summary is kept when
 * nothing survives or the endpoint fails), with a message for each dropped sentence.
 */
export async function abstractiveSummary(story: Story, briefing: Briefing, opts: AbstractiveOptions): Promise<Briefing> {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const words = opts.words ?? 120;
  const claims = briefing.claims.slice(0, opts.maxClaims ?? 40);
  const messages: Message[] = [];
  let content: string;
  try {
    const response = await doFetch(`${opts.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}) },
      body: JSON.stringify({ model: opts.model, temperature: 0, messages: [{ role: 'user', content: buildPrompt(briefing, claims, words) }] }),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = (await response.json()) as { choices?: { message?: { content?: string } }[] };
    content = body.choices?.[0]?.message?.content ?? '';
    if (!content.trim()) throw new Error('the answer holds no text');
  } catch (error) {
    messages.push(message('warning', 'synthesize', 'fetch-failed', `language model at ${opts.baseUrl}: ${(error as Error).message}; the extractive summary is kept`, story.id));
    return { ...briefing, messages: [...briefing.messages, ...messages] };
  }

  const textOf = new Map(story.articles.map((a) => [a.article.id, a.article.text]));
  const summary: SummarySentence[] = [];
  let used = 0;
  for (const g of parseGenerated(content)) {
    const cited = g.refs.filter((r) => r >= 1 && r <= claims.length).map((r) => claims[r - 1]);
    const citations: Citation[] = cited.flatMap((c) => c.citations);
    const articles = [...new Set(citations.map((c) => c.article))].map((id) => textOf.get(id) ?? '');
    const sources = citations.map((c) => (textOf.get(c.article) ?? '').slice(c.start, c.end));
    let why = verifyGenerated(g.text, sources, articles);
    if (!why && used + wordCount(g.text) > words) why = `it would pass the ${words}-word limit`;
    if (why) {
      messages.push(message('warning', 'synthesize', 'generated-sentence-dropped', `"${g.text}": ${why}`, story.id));
      continue;
    }
    used += wordCount(g.text);
    summary.push({ text: g.text, citations });
  }
  return { ...briefing, summary: summary.length ? summary : briefing.summary, messages: [...briefing.messages, ...messages] };
}
