/**
 * The bundled example, checked as a newcomer would read it (issue #2, "What it must show").
 * These are acceptance checks of the whole pipeline on one known case; each stage has its own
 * tests on other data, so nothing here is special-cased in the code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

const BIN = join(import.meta.dirname, '../../bin/triangulate.js');
const EXAMPLE = join(import.meta.dirname, '../../examples/lavrov-2019');
const DECEMBER = ['000_cacf121650992dee.txt', '001_9c13310c10e63b62.txt', '002_ab3d58c1d2f077db.txt', '003_1ca9264bebbef9dc.txt'];
const RFERL = '004_2d34c1612a6c52ad.txt';
const CLUTTER = ['Skip to content', 'Embed:', 'pic.twitter.com', 'MORE', 'Geraldo Rivera', 'Scott Atlas', 'Accessibility links', 'RFE/RL has been declared'];

function brief(format: string) {
  const r = spawnSync(process.execPath, [BIN, 'brief', EXAMPLE, '--format', format], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

interface Cite { article: string; start: number; end: number }
let outputs: Record<string, string>;
let story: any;

describe('the bundled example', () => {
  before(() => {
    outputs = { md: brief('md'), json: brief('json'), html: brief('html') };
    const stories = JSON.parse(outputs.json).stories;
    story = stories.find((s: any) => s.articles.some((a: any) => a.id === DECEMBER[0]));
  });

  test('one story of the four December 2019 articles; the RFE/RL article is not in it', () => {
    assert.deepEqual(story.articles.map((a: any) => a.id).sort(), DECEMBER);
    const stories = JSON.parse(outputs.json).stories;
    const elsewhere = stories.some((s: any) => s !== story && s.articles.some((a: any) => a.id === RFERL));
    assert.ok(elsewhere || story.offTopic.includes(RFERL), 'RFE/RL is its own story or off-topic');
  });

  test('no clutter in any output', () => {
    for (const [format, text] of Object.entries(outputs)) {
      for (const junk of CLUTTER) assert.ok(!text.includes(junk), `${format} output contains "${junk}"`);
    }
  });

  test('every summary sentence cites its sources', () => {
    assert.ok(story.summary.length > 0);
    for (const s of story.summary) assert.ok(s.citations.length > 0, s.text);
  });

  test('quotes by Judd Deere (or the White House), Sergey Lavrov, Mike Pompeo and Donald Trump', () => {
    const speakers = new Set(story.quotes.map((q: any) => q.speaker));
    assert.ok(speakers.has('Judd Deere') || speakers.has('White House') || speakers.has('the White House'), [...speakers].join(', '));
    for (const name of ['Lavrov', 'Pompeo', 'Trump']) {
      assert.ok([...speakers].some((s: any) => typeof s === 'string' && s.includes(name)), `a quote by ${name} in ${[...speakers].join(', ')}`);
    }
  });

  test('Sergei Lavrov and Sergey Lavrov are one person', () => {
    const lavrovs = story.entities.filter((e: any) => e.type === 'person' && /Lavrov/.test(e.name));
    assert.equal(lavrovs.length, 1, JSON.stringify(lavrovs));
    assert.ok(lavrovs[0].variants.includes('Sergei Lavrov') && lavrovs[0].variants.includes('Sergey Lavrov'), lavrovs[0].variants.join(', '));
  });

  test('the disagreement on whether election interference was discussed, both sides cited', () => {
    const found = story.contradictions.find((c: any) =>
      c.sides.some((s: any) => /discuss/i.test(s.text) && /n't|not/.test(s.text)) && c.sides.every((s: any) => s.citations.length > 0),
    );
    assert.ok(found, JSON.stringify(story.contradictions, null, 1));
  });

  test('the timeline puts the Oval Office meeting on 2019-12-10 and the earlier visit in May 2017', () => {
    const dates = story.timeline.map((e: any) => e.date);
    assert.ok(dates.includes('2019-12-10'), dates.join(', '));
    assert.ok(dates.some((d: string) => d.startsWith('2017-05')), dates.join(', '));
  });

  test('the White House statement is supported by several outlets', () => {
    const statement = story.claims.find((c: any) => /warn/i.test(c.text) && /interfere/i.test(c.text) && c.support >= 2);
    assert.ok(statement, JSON.stringify(story.claims.slice(0, 5), null, 1));
  });

  test('every quote is a verbatim substring of each article it cites', async () => {
    const { readArticles } = await import('../../src/pipeline.js');
    const { articles } = await readArticles([EXAMPLE]);
    const text = new Map(articles.map((a) => [a.id, a.text]));
    for (const q of story.quotes) {
      const [first, ...rest] = q.citations as Cite[];
      assert.equal(text.get(first.article)?.slice(first.start, first.end), q.text);
      for (const c of rest) assert.ok(text.get(c.article)?.includes(q.text), `${q.text} in ${c.article}`);
    }
  });
});
