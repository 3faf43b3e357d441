/**
 * Golden fixtures of HTML extraction: `fixtures/extract/html-<case>/{input.html, url.txt?,
 * expected.json}`. `UPDATE=1` rewrites the expectations for review.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractHtml } from '../../src/extract/html/index.js';
import { checkGolden, goldenCases } from '../golden.js';

for (const { name, dir } of goldenCases('extract').filter((c) => c.name.startsWith('html-'))) {
  test(`extract ${name}`, () => {
    const html = readFileSync(join(dir, 'input.html'), 'utf8');
    const urlFile = join(dir, 'url.txt');
    const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : null;
    checkGolden(dir, extractHtml(html, { url }));
  });
}
