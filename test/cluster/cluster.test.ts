import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cluster } from '../../src/cluster/index.js';
import { analysed, membership } from './helpers.js';

const NOW = '2026-11-22';

// Two events of the same kind in the same week (the ECB+ way), two outlets each, plus an unrelated report.
const QESHM_1 =
  'An earthquake of magnitude 5.6 struck Qeshm island off southern Iran, damaging houses in the villages of Dargahan and Tonban and injuring five people. ' +
  'Iranian state television said rescue teams from Bandar Abbas reached Qeshm within hours and the Red Crescent set up tents for families in Dargahan.';
const QESHM_2 =
  'Five people were hurt when a 5.6 magnitude quake shook Qeshm, the Iranian island in the Strait of Hormuz; houses in Dargahan cracked. ' +
  'The Red Crescent said tents were put up in Dargahan and Tonban, and Iranian officials in Bandar Abbas said aftershocks continued overnight on Qeshm.';
const QESHM_3 =
  'Tremors rattled Qeshm in the Persian Gulf on Sunday. The governor of Hormozgan province said Dargahan was worst hit, with walls down and five injured taken to hospital in Bandar Abbas. ' +
  'Tehran sent the Red Crescent; the quake, put at 5.6 by Iranian seismologists, was felt in Dubai.';
const QESHM_4 =
  'Iran: a quake measuring 5.6 injured five on Qeshm island. Villagers in Tonban and Dargahan slept outdoors for fear of aftershocks, ' +
  'and the Red Crescent in Hormozgan distributed blankets, according to the IRNA agency citing officials in Bandar Abbas.';
const CHILE_1 =
  'A magnitude 6.1 earthquake hit northern Chile near the mining city of Calama, cutting power to thousands of homes, officials said. ' +
  'Codelco halted work at its Chuquicamata copper mine near Calama while engineers checked the pits, and the Chilean navy ruled out a tsunami.';
const CHILE_2 =
  'Chile\'s copper giant Codelco suspended operations at Chuquicamata after a 6.1 quake rattled Calama in the Atacama desert. ' +
  'Power was cut in Calama and nearby towns; the Chilean navy said there was no tsunami threat along the coast near Antofagasta.';
const FOOTBALL =
  'Leeds United beat Norwich City three goals to one at Elland Road, with Patrick Bamford scoring twice before half time. ' +
  'Marcelo Bielsa praised the Leeds defence, while Norwich remain at the bottom of the Premier League table.';

function stream(dated = true) {
  return [
    analysed('q1', QESHM_1, { title: 'Quake hits Iran island of Qeshm', published: dated ? '2021-03-14' : null }),
    analysed('c1', CHILE_1, { title: 'Earthquake in northern Chile halts copper mine', published: dated ? '2021-03-16' : null }),
    analysed('q2', QESHM_2, { title: 'Five hurt as quake shakes Qeshm', published: dated ? '2021-03-14' : null }),
    analysed('c2', CHILE_2, { title: 'Codelco halts Chuquicamata after Calama quake', published: dated ? '2021-03-16' : null }),
    analysed('f1', FOOTBALL, { title: 'Leeds beat Norwich', published: dated ? '2021-03-15' : null }),
  ];
}

test('two earthquakes in the same week are two stories; an unrelated report is its own', () => {
  for (const dated of [true, false]) {
    const { stories } = cluster(stream(dated), { now: NOW });
    assert.deepEqual(membership(stories), [['c1', 'c2'], ['f1'], ['q1', 'q2']], dated ? 'dated' : 'undated');
  }
});

test('the result does not depend on the order the stream came in', () => {
  const base = stream();
  const expected = cluster(base, { now: NOW });
  const orders = [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 3, 0, 2, 4]];
  for (const order of orders) {
    const shuffled = cluster(order.map((i) => base[i]), { now: NOW });
    assert.deepEqual(shuffled.stories.map((s) => s.id), expected.stories.map((s) => s.id), order.join(','));
    assert.deepEqual(membership(shuffled.stories), membership(expected.stories));
  }
});

test('the same report a year later is another story', () => {
  const { stories } = cluster(
    [
      analysed('q1', QESHM_1, { title: 'Quake hits Iran island of Qeshm', published: '2021-03-14' }),
      analysed('q2', QESHM_2, { title: 'Five hurt as quake shakes Qeshm', published: '2022-03-20' }),
    ],
    { now: NOW },
  );
  assert.equal(stories.length, 2);
});

test('wire copies are grouped in Story.copies; identical texts get a message', () => {
  const copy = analysed('q1-copy', QESHM_1, { title: 'Quake hits Iran island', published: '2021-03-14', outlet: 'Reprinter' });
  const cut = analysed('q1-cut', QESHM_1.slice(0, 200), { title: 'Quake in Iran', published: '2021-03-15' });
  const { stories, messages } = cluster([...stream(), copy, cut], { now: NOW });
  const qeshm = stories.find((s) => s.articles.some((a) => a.article.id === 'q1'))!;
  assert.deepEqual(qeshm.copies.map((g) => [...g].sort()), [['q1', 'q1-copy', 'q1-cut']]);
  assert.ok(messages.some((m) => m.rule === 'duplicate' && /q1-copy has the same text as q1/.test(m.reason)));
});

test('bad input: no text, no date, 1970, the future, the same article twice; messages and no crash', () => {
  const articles = [
    ...stream(),
    analysed('empty', '', { published: '2021-03-14' }),
    analysed('epoch', `${QESHM_2} Updated.`, { title: 'Epoch', published: '1970-01-01' }),
    analysed('future', `${CHILE_2} Updated.`, { title: 'Future', published: '2099-01-01' }),
    analysed('undated', `${FOOTBALL} Later.`, { title: 'Leeds win' }),
    stream()[0],
  ];
  const { stories, messages } = cluster(articles, { now: NOW });
  const rules = (id: string) => messages.filter((m) => m.reason.includes(id)).map((m) => `${m.severity}/${m.rule}`);
  assert.deepEqual(rules('empty'), ['warning/too-short']);
  assert.deepEqual(rules('epoch'), ['warning/date-out-of-range']);
  assert.deepEqual(rules('future'), ['warning/date-out-of-range']);
  assert.deepEqual(rules('undated'), ['info/no-date']);
  assert.ok(messages.some((m) => m.rule === 'duplicate' && /q1 was given twice/.test(m.reason)));
  const ids = stories.flatMap((s) => [...s.articles.map((a) => a.article.id), ...s.offTopic]);
  assert.equal(ids.filter((id) => id === 'q1').length, 1, 'the second copy of q1 is dropped');
  assert.ok(ids.includes('empty'), 'an article without words is still reported, as its own story');
  // dates ignored, content decides: the 1970 and future copies join their events
  const of = (id: string) => stories.find((s) => s.articles.some((a) => a.article.id === id))!.id;
  assert.equal(of('epoch'), of('q2'));
  assert.equal(of('future'), of('c2'));
});

test('no articles: no stories', () => {
  assert.deepEqual(cluster([], { now: NOW }), { stories: [], messages: [] });
});

test('single story: all in one, the outlier off-topic and out of the articles', () => {
  const odd = analysed('f1', FOOTBALL, { title: 'Leeds beat Norwich', published: '2021-03-14' });
  const same = [QESHM_1, QESHM_2, QESHM_3, QESHM_4].map((t, i) => analysed(`q${i}`, t, { title: 'Qeshm quake', published: '2021-03-14' }));
  const { stories } = cluster([...same, odd], { now: NOW, singleStory: true });
  assert.equal(stories.length, 1);
  assert.deepEqual(stories[0].offTopic, ['f1']);
  assert.ok(!stories[0].articles.some((a) => a.article.id === 'f1'));
});

test('single story: an article published long after the others is off-topic, even with the same words', () => {
  const texts = [QESHM_1, QESHM_2, QESHM_3, QESHM_4];
  const same = texts.map((t, i) => analysed(`q${i}`, t, { title: 'Qeshm quake', published: '2021-03-14' }));
  const later = analysed('q-later', `${QESHM_1} A year on, villagers are rebuilding.`, { title: 'Qeshm quake', published: '2022-05-01' });
  const { stories } = cluster([...same, later], { now: NOW, singleStory: true });
  assert.deepEqual(stories[0].offTopic, ['q-later']);
  // negative case: the same set with the date a day later keeps every article
  const nextDay = analysed('q-later', `${QESHM_1} A day on, villagers are rebuilding.`, { title: 'Qeshm quake', published: '2021-03-15' });
  assert.deepEqual(cluster([...same, nextDay], { now: NOW, singleStory: true }).stories[0].offTopic, []);
});

test('a singleton about the same people but another event is listed off-topic, not a story', () => {
  const later = analysed('q-old', QESHM_1.replace('5.6', '4.9'), { title: 'Quake hits Iran island of Qeshm', published: '2019-01-02' });
  const { stories } = cluster([...stream(), later], { now: NOW });
  const qeshm = stories.find((s) => s.articles.some((a) => a.article.id === 'q1'))!;
  assert.deepEqual(qeshm.offTopic, ['q-old']);
  assert.ok(!stories.some((s) => s.articles.some((a) => a.article.id === 'q-old')));
});
