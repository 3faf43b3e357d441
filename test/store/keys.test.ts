/** Candidate keys: names the article is about and headline words, not function words or asides. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../src/core/types.js';
import { storyKeys } from '../../src/store/keys.js';
import { sampleArticle } from './samples.js';

function entity(id: string, mentions: number): Entity {
  const [type, name] = id.split(':') as [Entity['type'], string];
  return { id, type, name, variants: [name], roles: [], mentions: Array.from({ length: mentions }, (_, i) => ({ start: i, end: i + 1, surface: name, form: 'name' as const })) };
}

const ROWS: [string, string | null, Entity[], string[], string[]][] = [
  // [case, title, entities, keys that must be there, keys that must not]
  ['names mentioned twice or more are keys', null, [entity('person:sergey lavrov', 3), entity('organization:white house', 2)], ['e:person:sergey lavrov', 'e:organization:white house'], []],
  ['a name mentioned once is an aside', null, [entity('place:ukraine', 1)], [], ['e:place:ukraine']],
  ['headline words of four letters or more', 'Lavrov meets Trump at the White House', [], ['t:lavrov', 't:meets', 't:trump', 't:white', 't:house'], ['t:at', 't:the']],
  ['news-style words are not keys', 'Live updates: what we know about the storm', [], ['t:know', 't:storm'], ['t:live', 't:updates', 't:what', 't:about']],
  ['headline case and accents are normalised', 'ÉLYSÉE Talks', [], ['t:élysée', 't:talks'], ['t:ÉLYSÉE']],
  ['no title, no entities: no keys', null, [], [], []],
];

for (const [name, title, entities, present, absent] of ROWS) {
  test(name, () => {
    const a = { ...sampleArticle('k', { title: title ?? undefined }), entities };
    if (title === null) a.article = { ...a.article, title: null };
    const keys = storyKeys(a);
    for (const k of present) assert.ok(keys.includes(k), `${k} in ${keys.join(' ')}`);
    for (const k of absent) assert.ok(!keys.includes(k), `${k} not in ${keys.join(' ')}`);
    if (present.length === 0 && absent.length === 0) assert.deepEqual(keys, []);
  });
}

test('at most 12 entity keys, the most mentioned first', () => {
  const many = Array.from({ length: 20 }, (_, i) => entity(`person:p${String(i).padStart(2, '0')}`, 2 + i));
  const keys = storyKeys({ ...sampleArticle('m', { title: 'x' }), entities: many }).filter((k) => k.startsWith('e:'));
  assert.equal(keys.length, 12);
  assert.ok(keys.includes('e:person:p19') && !keys.includes('e:person:p00'));
});
