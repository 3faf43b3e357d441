/**
 * Zero altered text: over every shared AllSides story and the bundled example, each quote of
 * each briefing is exactly the text at every one of its citations, and every summary, claim, contradiction and timeline line is the text at its
 * first citation (white space collapsed; a repaired opener in square brackets aside).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import type { Briefing, Citation, Story } from '../../src/core/types.js';
import { dateUndatedArticles, readArticles } from '../../src/pipeline.js';
import { synthesize } from '../../src/synthesize/index.js';

const ROOT = join(import.meta.dirname, '../..');
const ALLSIDES = join(ROOT, '../shared/eval/stories/allsides/stories');
const folders = [
  join(ROOT, 'examples/lavrov-2019'),
  ...(existsSync(ALLSIDES) ? readdirSync(ALLSIDES).sort().map((id) => join(ALLSIDES, id)) : []),
];

async function storyOf(folder: string): Promise<Story> {
  const { articles } = await readArticles([folder]);
  return dateUndatedArticles({ id: folder, title: '', articles: articles.map((a) => analyze(a)), copies: [], offTopic: [] });
}

function checkLine(text: string, citations: Citation[], textOf: Map<string, string>, where: string) {
  assert.ok(citations.length > 0, `${where}: uncited line "${text}"`);
  const c = citations[0];
  const source = textOf.get(c.article);
  assert.ok(source !== undefined, `${where}: cites unknown article ${c.article}`);
  const span = source.slice(c.start, c.end).replace(/\s+/g, ' ');
  if (text === span) return;
  // Allowed repairs, and only these: a pronoun replaced by a name in brackets ("[Sergey Lavrov]
  // said" for "He said"), a capital in brackets after a dropped connective ("[T]he talks" for
  // "However, the talks"), an opening connective dropped. Everything else is verbatim.
  const pattern = text
    .split(/(\[[^\]]+\])/)
    .map((part, i) => (i % 2 === 1 ? '\\S+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const repaired = new RegExp(`^(?:\\p{L}+,?\\s*)?${pattern}$`, 'u');
  assert.ok(/\[[^\]]+\]/.test(text) || span.endsWith(text), `${where}: "${text}" differs from its cited span "${span}"`);
  assert.match(span, repaired, `${where}: "${text}" is not "${span}" with an allowed repair`);
}

function checkBriefing(b: Briefing, story: Story, where: string) {
  const textOf = new Map(story.articles.map((a) => [a.article.id, a.article.text]));
  for (const q of b.quotes) {
    for (const c of q.citations) assert.equal(textOf.get(c.article)!.slice(c.start, c.end), q.text, `${where}: quote altered in ${c.article}`);
  }
  for (const s of b.summary) checkLine(s.text, s.citations, textOf, `${where} summary`);
  for (const c of b.claims) checkLine(c.text, c.citations, textOf, `${where} claim`);
  for (const k of b.contradictions) for (const side of k.sides) checkLine(side.text, side.citations, textOf, `${where} contradiction`);
  for (const e of b.timeline) checkLine(e.text, e.citations, textOf, `${where} timeline`);
  for (const c of [...b.summary, ...b.claims, ...b.timeline].flatMap((x) => x.citations)) {
    const t = textOf.get(c.article)!;
    assert.ok(c.start >= 0 && c.end <= t.length && c.start < c.end, `${where}: citation out of range`);
  }
}

test(`briefings never alter source text (${folders.length} stories)`, async () => {
  let quotes = 0;
  for (const folder of folders) {
    const story = await storyOf(folder);
    for (const words of [75, 120]) {
      const b = synthesize(story, { words });
      checkBriefing(b, story, folder);
      quotes += b.quotes.length;
    }
  }
  assert.ok(quotes > 0, 'some quotes were checked');
});
