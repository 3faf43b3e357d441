/** Golden briefings of frozen stories: fixtures/synthesize/<case>/{story.json, expected.json}. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Story } from '../../src/core/types.js';
import { synthesize } from '../../src/synthesize/index.js';
import { checkGolden, goldenCases } from '../golden.js';

for (const c of goldenCases('synthesize')) {
  test(`golden briefing: ${c.name}`, () => {
    const story = JSON.parse(readFileSync(join(c.dir, 'story.json'), 'utf8')) as Story;
    checkGolden(c.dir, synthesize(story, { words: 120 }));
  });
}
