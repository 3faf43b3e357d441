/**
 * The store contract: one suite, run against SQLite (sqlite.test.ts) and a real PostgreSQL
 * (postgres.test.ts). Each test opens a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Briefing } from '../../src/core/types.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.js';
import { MARK_END, MARK_START, MAX_JOB_ATTEMPTS } from '../../src/store/sql-store.js';
import type { Store } from '../../src/store/types.js';
import { byTitleWord, record, sampleArticle } from './samples.js';

/** Opens a fresh store; `clock` lets a test move time. */
export type OpenStore = (clock: { now: Date }) => Promise<Store>;

export function storeContract(open: OpenStore): void {
  const withStore = (name: string, fn: (store: Store, clock: { now: Date }) => Promise<void>) =>
    test(name, async () => {
      const clock = { now: new Date('2026-11-22T12:00:00Z') };
      const store = await open(clock);
      try {
        await fn(store, clock);
      } finally {
        await store.close();
      }
    });

  withStore('migrations bring the schema to the newest version', async (store) => {
    assert.equal(await store.schemaVersion(), SCHEMA_VERSION);
    assert.equal(SCHEMA_VERSION, MIGRATIONS.length);
  });

  withStore('an article is stored once: added, then unchanged, then updated when its content changes', async (store) => {
    const a = sampleArticle('a1', { text: 'Lavrov met Trump. They talked.' });
    assert.deepEqual(await store.putArticles([record(a, ['e:lavrov'])]), ['added']);
    assert.deepEqual(await store.putArticles([record(a, ['e:lavrov'])]), ['unchanged']);
    // same id, same text, other metadata: a different article version
    const retitled = sampleArticle('a1', { text: 'Lavrov met Trump. They talked.', title: 'New title' });
    assert.deepEqual(await store.putArticles([record(retitled, ['e:lavrov'])]), ['updated']);
    assert.equal(await store.countArticles(), 1);
    const stored = await store.getArticle('a1');
    assert.deepEqual(stored?.analyzed, retitled);
    assert.equal(stored?.story, null);
    assert.deepEqual(stored?.source, { kind: 'text', content: 'Lavrov met Trump. They talked.' });
    assert.equal(await store.getArticle('missing'), null);
  });

  withStore('text round-trips exactly (astral characters, quotes, NUL-free control characters)', async (store) => {
    const text = 'Emoji 🇷🇺 and “curly” quotes; tab\there. Ünïcödé ‘ok’.';
    const a = sampleArticle('u1', { text });
    await store.putArticles([record(a, [])]);
    assert.equal((await store.getArticle('u1'))?.analyzed.article.text, text);
  });

  withStore('stories: incremental re-clustering joins candidates and leaves unrelated stories alone', async (store) => {
    await store.putArticles([
      record(sampleArticle('a', { title: 'Lavrov visit', outlet: 'Reuters', published: '2019-12-10' }), ['e:lavrov']),
      record(sampleArticle('b', { title: 'Lavrov talks', outlet: 'DW', published: '2019-12-11' }), ['e:lavrov']),
      record(sampleArticle('c', { title: 'Quake hits', outlet: 'AP', published: '2020-01-01' }), ['e:quake']),
    ]);
    let seen: string[] = [];
    const recluster = (u: { articles: { article: { id: string } }[] }) => {
      seen = u.articles.map((a) => a.article.id).sort();
      return byTitleWord(u.articles as never);
    };
    await store.updateStories(['a', 'b', 'c'], recluster);
    assert.equal(await store.countStories(), 2);
    const lavrov = (await store.getArticle('a'))!.story!;
    assert.equal((await store.getArticle('b'))!.story, lavrov);
    const story = (await store.getStory(lavrov))!;
    assert.deepEqual(story.articleIds, ['a', 'b']);
    assert.equal(story.outlets, 2);
    assert.equal(story.firstPublished, '2019-12-10');
    assert.equal(story.lastPublished, '2019-12-11');

    // a new article sharing a key: the Lavrov story is a candidate, the quake story is not
    await store.putArticles([record(sampleArticle('d', { title: 'Lavrov leaves', outlet: 'IANS', published: '2019-12-12' }), ['e:lavrov'])]);
    const result = await store.updateStories(['d'], recluster);
    assert.deepEqual(seen, ['a', 'b', 'd']);
    assert.deepEqual(result.removed, [lavrov]);
    const joined = (await store.getArticle('d'))!.story!;
    assert.equal((await store.getArticle('a'))!.story, joined);
    assert.deepEqual((await store.getStory(joined))!.articleIds, ['a', 'b', 'd']);
    assert.equal(await store.getStory(lavrov), null);
    assert.equal(await store.countStories(), 2);
    assert.deepEqual(await store.unclusteredArticles(10), []);
  });

  withStore('an article judged off-topic and put in no story: in no story, yet re-clustered with the one that set it aside', async (store) => {
    await store.putArticles([
      record(sampleArticle('main1', { title: 'Summit opens' }), ['e:summit']),
      record(sampleArticle('main2', { title: 'Summit talks' }), ['e:summit']),
      record(sampleArticle('aside', { title: 'Old summit' }), ['e:summit']),
    ]);
    const setAside = (articles: ReturnType<typeof sampleArticle>[]) => [
      { id: 's-summit', title: 'Summit', articles: articles.filter((a) => a.article.id !== 'aside'), copies: [], offTopic: ['aside'] },
    ];
    await store.updateStories(['main1', 'main2', 'aside'], ({ articles }) => setAside(articles));
    assert.equal((await store.getArticle('aside'))!.story, null);
    assert.equal((await store.getArticle('main1'))!.story, 's-summit');
    const story = (await store.getStory('s-summit'))!;
    assert.deepEqual(story.articleIds, ['main1', 'main2']);
    assert.deepEqual(story.offTopic, ['aside']);
    assert.equal(story.articles, 2);
    assert.deepEqual(await store.unclusteredArticles(10), []);
    await store.putArticles([record(sampleArticle('main3', { title: 'Summit ends' }), ['e:summit'])]);
    let seen: string[] = [];
    await store.updateStories(['main3'], ({ articles }) => ((seen = articles.map((a) => a.article.id).sort()), setAside(articles)));
    assert.deepEqual(seen, ['aside', 'main1', 'main2', 'main3']);
    const hits = await store.search('summit', { limit: 10, offset: 0 });
    assert.equal(hits.items.find((h) => h.article === 'aside')?.story, null);
  });

  withStore('a key held by too many articles does not make candidates (negative case)', async (store) => {
    await store.putArticles([
      record(sampleArticle('x1', { title: 'Alpha one' }), ['e:united states']),
      record(sampleArticle('x2', { title: 'Beta two' }), ['e:united states']),
    ]);
    await store.updateStories(['x1', 'x2'], ({ articles }) => byTitleWord(articles));
    await store.putArticles([record(sampleArticle('x3', { title: 'Gamma three' }), ['e:united states'])]);
    let seen: string[] = [];
    await store.updateStories(['x3'], ({ articles }) => ((seen = articles.map((a) => a.article.id)), byTitleWord(articles)), { maxKeyArticles: 2 });
    assert.deepEqual(seen, ['x3']);
    assert.equal(await store.countStories(), 3);
  });

  withStore('story lists: newest and most covered, with paging', async (store) => {
    const rows = [
      ['n1', 'Old big', 'A', '2019-01-01'], ['n2', 'Old big', 'B', '2019-01-02'], ['n3', 'Old big', 'C', '2019-01-03'],
      ['n4', 'New small', 'A', '2020-05-01'],
      ['n5', 'Undated lone', 'A', null],
    ] as const;
    await store.putArticles(rows.map(([id, title, outlet, published]) => record(sampleArticle(id, { title, outlet, published }), [])));
    await store.updateStories(rows.map((r) => r[0]), ({ articles }) => byTitleWord(articles));
    const newest = await store.listStories({ order: 'newest', limit: 10, offset: 0 });
    assert.deepEqual(newest.items.map((s) => s.title), ['New', 'Old', 'Undated']);
    assert.equal(newest.total, 3);
    const covered = await store.listStories({ order: 'covered', limit: 10, offset: 0 });
    assert.deepEqual(covered.items.map((s) => [s.title, s.articles, s.outlets]), [['Old', 3, 3], ['New', 1, 1], ['Undated', 1, 1]]);
    const page2 = await store.listStories({ order: 'covered', limit: 2, offset: 2 });
    assert.deepEqual(page2.items.map((s) => s.title), ['Undated']);
    assert.equal(page2.total, 3);
  });

  withStore('briefing cache: keyed by story version; a stale version is neither served nor stored', async (store) => {
    await store.putArticles([record(sampleArticle('b1', { title: 'Cache test' }), ['k'])]);
    await store.updateStories(['b1'], ({ articles }) => byTitleWord(articles));
    const story = (await store.getArticle('b1'))!.story!;
    const { version } = (await store.getStory(story))!;
    const briefing = { id: story, title: 'Cache' } as Briefing;
    assert.equal(await store.getBriefing(story, version), null);
    await store.putBriefing(story, version, briefing);
    assert.deepEqual(await store.getBriefing(story, version), briefing);
    assert.equal(await store.getBriefing(story, 'other-version'), null);
    await store.putBriefing(story, 'stale', { ...briefing, title: 'Stale' });
    assert.deepEqual(await store.getBriefing(story, version), briefing);
    // the story changes: its version changes and the old briefing is gone
    await store.putArticles([record(sampleArticle('b2', { title: 'Cache again' }), ['k'])]);
    await store.updateStories(['b2'], ({ articles }) => byTitleWord(articles));
    const changed = (await store.getStory((await store.getArticle('b2'))!.story!))!;
    assert.notEqual(changed.version, version);
    assert.equal(await store.getBriefing(changed.id, changed.version), null);
  });

  withStore('full-text search finds words in titles and texts, with marked snippets', async (store) => {
    await store.putArticles([
      record(sampleArticle('f1', { title: 'Lavrov at the White House', text: 'The foreign minister discussed elections with the president.' }), []),
      record(sampleArticle('f2', { title: 'Earthquake', text: 'An earthquake struck the coast; no elections were held.' }), []),
      record(sampleArticle('f3', { title: 'Weather', text: 'Sunny skies and a light breeze.' }), []),
    ]);
    const hits = await store.search('elections', { limit: 10, offset: 0 });
    assert.equal(hits.total, 2);
    assert.deepEqual(hits.items.map((h) => h.article).sort(), ['f1', 'f2']);
    assert.ok(hits.items.every((h) => h.snippet.includes(MARK_START) && h.snippet.includes(MARK_END)), JSON.stringify(hits.items));
    const title = await store.search('Lavrov', { limit: 10, offset: 0 });
    assert.deepEqual(title.items.map((h) => h.article), ['f1']);
    const both = await store.search('earthquake elections', { limit: 10, offset: 0 });
    assert.deepEqual(both.items.map((h) => h.article), ['f2']);
  });

  const NO_MATCH: [string, string][] = [
    ['a word that is not there', 'xylophone'],
    ['empty query', ''],
    ['only punctuation', '"*():^-'],
    ['FTS syntax is not interpreted', 'NEAR(sunny OR "x'],
  ];
  for (const [name, query] of NO_MATCH) {
    withStore(`search: ${name} finds nothing and does not fail`, async (store) => {
      await store.putArticles([record(sampleArticle('g1', { title: 'Weather', text: 'Sunny skies and a light breeze.' }), [])]);
      const hits = await store.search(query, { limit: 10, offset: 0 });
      assert.deepEqual(hits, { items: [], total: 0 });
    });
  }

  withStore('work queue: pending jobs are unique, claims are exclusive, expired leases come back', async (store, clock) => {
    assert.equal(await store.enqueue([{ kind: 'url', key: 'u1', payload: 'https://example.org/1' }, { kind: 'url', key: 'u2', payload: 'https://example.org/2' }]), 2);
    assert.equal(await store.enqueue([{ kind: 'url', key: 'u1', payload: 'https://example.org/1' }]), 0);
    const first = await store.claimJobs('w1', 1, 60_000);
    assert.deepEqual(first.map((j) => [j.payload, j.attempts]), [['https://example.org/1', 1]]);
    const second = await store.claimJobs('w2', 5, 60_000);
    assert.deepEqual(second.map((j) => j.payload), ['https://example.org/2']);
    assert.deepEqual(await store.claimJobs('w3', 5, 60_000), []);
    assert.deepEqual(await store.queueCounts(), { queued: 0, running: 2, done: 0, failed: 0 });
    // w1 dies; after its lease w3 takes the job over, and w1's late completion stores nothing
    clock.now = new Date(clock.now.getTime() + 61_000);
    const taken = await store.claimJobs('w3', 5, 60_000);
    assert.deepEqual(taken.map((j) => [j.payload, j.attempts]).sort(), [['https://example.org/1', 2], ['https://example.org/2', 2]]);
    const late = await store.completeJob(first[0], 'w1', [record(sampleArticle('late'), [])], { state: 'done', result: { articles: ['late'], messages: [] } });
    assert.equal(late, null);
    assert.equal(await store.getArticle('late'), null);
    const done = await store.completeJob(taken[0], 'w3', [record(sampleArticle('ok'), [])], { state: 'done', result: { articles: ['ok'], messages: [] } });
    assert.deepEqual(done, ['added']);
    assert.deepEqual(await store.queueCounts(), { queued: 0, running: 1, done: 1, failed: 0 });
    // a finished job's key may be queued again
    assert.equal(await store.enqueue([{ kind: 'url', key: taken[0].payload === 'https://example.org/1' ? 'u1' : 'u2', payload: taken[0].payload }]), 1);
  });

  withStore(`work queue: a job that never finishes is failed after ${MAX_JOB_ATTEMPTS} claims`, async (store, clock) => {
    await store.enqueue([{ kind: 'url', key: 'poison', payload: 'https://example.org/poison' }]);
    for (let i = 0; i < MAX_JOB_ATTEMPTS; i++) {
      assert.equal((await store.claimJobs(`w${i}`, 1, 1000)).length, 1);
      clock.now = new Date(clock.now.getTime() + 2000);
    }
    assert.deepEqual(await store.claimJobs('last', 1, 1000), []);
    assert.deepEqual(await store.queueCounts(), { queued: 0, running: 0, done: 0, failed: 1 });
  });
}
