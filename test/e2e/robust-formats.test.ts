/**
 * End to end: the second half of the bad-input rows of robust-cases.ts (JSON, JSONL, HTML, feeds,
 * gzip, WARC) through `brief`, each beside a good article; a second process, so that the rows run
 * two at a time. See bad-input.test.ts for the first half and the other commands.
 */
import { after, before, describe, test } from 'node:test';
import { CASES, SPLIT, briefCase, writeCases } from './robust-cases.js';


let at: (rel: string) => string;
let cleanup: () => void;
before(() => ({ at, cleanup } = writeCases()));
after(() => cleanup());

describe('brief: one bad input beside a good article (records, markup, feeds, archives)', () => {
  for (const c of CASES.slice(SPLIT)) (c.todo ? test.todo : test)(c.todo ? `${c.name}: ${c.todo}` : c.name, () => briefCase(c, at));
});
