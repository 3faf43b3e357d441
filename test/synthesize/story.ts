/**
 * Hand-built stories for the synthesis tests: articles with sentences, entities, quotes and dates
 * written out by hand, so that synthesis is tested apart from analysis.
 */
import type { AnalyzedArticle, DateGranularity, Entity, EntityType, Quote, QuoteKind, Story } from '../../src/core/types.js';

export interface ArticleSpec {
  id: string;
  outlet?: string | null;
  published?: string | null;
  title?: string;
  /** paragraphs; sentences split after . ! ? followed by a space */
  text: string;
  /** entities by surface forms: every occurrence of each surface is a mention */
  entities?: { name: string; type?: EntityType; surfaces?: string[]; pronouns?: string[]; roles?: string[] }[];
  /** quotes by their exact text; the speaker by name */
  quotes?: { text: string; speaker?: string | null; kind?: QuoteKind; cue?: string }[];
  /** dates by their surface: resolved value */
  dates?: { surface: string; value: string; granularity?: DateGranularity }[];
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    if ((!before || !/\w/.test(before)) && (!after || !/\w/.test(after))) out.push(i);
  }
  return out;
}

export function article(spec: ArticleSpec): AnalyzedArticle {
  const text = spec.text;
  const sentences: AnalyzedArticle['sentences'] = [];
  let paragraph = 0;
  for (const para of text.split(/\n\n/)) {
    const base = text.indexOf(para, sentences.length ? sentences[sentences.length - 1].end : 0);
    const re = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
    for (const m of para.matchAll(re)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const start = base + m.index! + lead;
      const end = base + m.index! + raw.trimEnd().length;
      if (end > start) sentences.push({ start, end, paragraph });
    }
    paragraph++;
  }
  const sentenceAt = (offset: number) => Math.max(0, sentences.findIndex((s) => offset >= s.start && offset < s.end));
  const entities: Entity[] = (spec.entities ?? []).map((e) => {
    const type = e.type ?? 'person';
    const surfaces = e.surfaces ?? [e.name];
    const mentions = [
      ...surfaces.flatMap((s) => occurrences(text, s).map((start) => ({ start, end: start + s.length, surface: s, form: 'name' as const }))),
      ...(e.pronouns ?? []).flatMap((s) => occurrences(text, s).map((start) => ({ start, end: start + s.length, surface: s, form: 'pronoun' as const }))),
    ].sort((x, y) => x.start - y.start);
    return { id: `${type}:${e.name.toLowerCase()}`, type, name: e.name, variants: surfaces, roles: e.roles ?? [], mentions };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`quote not in text: ${q.text}`);
    const entity = q.speaker ? entities.find((e) => e.name === q.speaker) : undefined;
    return {
      start,
      end: start + q.text.length,
      text: q.text,
      kind: q.kind ?? 'direct',
      cue: q.cue && text.includes(q.cue) ? { start: text.indexOf(q.cue), end: text.indexOf(q.cue) + q.cue.length } : null,
      speaker: q.speaker ? { name: q.speaker, entity: entity?.id ?? null, span: null } : null,
      sentence: sentenceAt(start),
    };
  });
  const dates = (spec.dates ?? []).flatMap((d) =>
    occurrences(text, d.surface).map((start) => ({
      start,
      end: start + d.surface.length,
      surface: d.surface,
      value: d.value,
      granularity: d.granularity ?? (d.value.length === 10 ? 'day' : d.value.length === 7 ? 'month' : 'year'),
      relative: false,
      reference: null,
      sentence: sentenceAt(start),
    })),
  );
  return {
    article: {
      id: spec.id,
      origin: spec.id,
      title: spec.title ?? null,
      byline: null,
      published: spec.published ?? null,
      language: 'en',
      url: null,
      outlet: spec.outlet === undefined ? spec.id.toUpperCase() : spec.outlet,
      text,
      sourceMap: [{ text: 0, source: 0, length: text.length }],
      extractedBy: 'text',
      publishedBy: spec.published ? 'container' : null,
      messages: [],
    },
    sentences,
    entities,
    quotes,
    dates,
    messages: [],
  };
}

export function story(articles: AnalyzedArticle[], copies: string[][] = [], title = 'A story'): Story {
  return { id: 's1', title, articles, copies, offTopic: [] };
}
