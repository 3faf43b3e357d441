import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Briefing } from '../../src/core/types.js';
import { render } from '../../src/render/index.js';
import { goldenCases } from '../golden.js';
import { UPDATE } from '../golden.js';
import { existsSync, writeFileSync } from 'node:fs';

/** Text goldens: the rendered page is compared as text, so a diff reads as a diff of the page. */
function checkText(dir: string, file: string, actual: string) {
  const path = join(dir, file);
  if (UPDATE || !existsSync(path)) {
    writeFileSync(path, actual);
    if (!UPDATE) assert.fail(`${path} was written; review it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs; UPDATE=1 rewrites it`);
}

for (const { name, dir } of goldenCases('render')) {
  const briefing = JSON.parse(readFileSync(join(dir, 'briefing.json'), 'utf8')) as Briefing;
  test(`render ${name}: markdown`, () => checkText(dir, 'expected.md', render([briefing], 'md')));
  test(`render ${name}: html`, () => checkText(dir, 'expected.html', render([briefing], 'html')));
  test(`render ${name}: json keeps the stable shape`, () => {
    const out = JSON.parse(render([briefing], 'json'));
    assert.deepEqual(out, { stories: [briefing] });
  });
}

test('html escapes untrusted text and never links a javascript: URL', () => {
  const [{ dir }] = goldenCases('render');
  const briefing = JSON.parse(readFileSync(join(dir, 'briefing.json'), 'utf8')) as Briefing;
  const html = render([briefing], 'html');
  assert.ok(!html.includes('<script>'), 'no raw script tag');
  assert.ok(html.includes('&lt;script&gt;'));
  assert.ok(!html.includes('href="javascript:'), 'no javascript: link');
  assert.match(html, /Content-Security-Policy/);
});

test('citations number the sources in their listed order', () => {
  const [{ dir }] = goldenCases('render');
  const briefing = JSON.parse(readFileSync(join(dir, 'briefing.json'), 'utf8')) as Briefing;
  const md = render([briefing], 'md');
  assert.match(md, /The minister met the president on Tuesday\. \[1\]\[2\]/);
  assert.match(md, /single source/);
});

test('an unknown format is misuse', () => {
  assert.throws(() => render([], 'yaml'), /unknown format "yaml"; expected md\|json\|html/);
});

test('a summary line cut at a clause boundary is shown with an ellipsis; whole sentences are not', async () => {
  const { shownSentence } = await import('../../src/render/labels.js');
  const rows: [string, string][] = [
    ['Trump met Lavrov on Tuesday', 'Trump met Lavrov on Tuesday …'],
    ['Trump met Lavrov.', 'Trump met Lavrov.'],
    ['He said "we are ready."', 'He said "we are ready."'],
    ['Was it discussed?', 'Was it discussed?'],
    ['He cited “great pressure.”', 'He cited “great pressure.”'],
  ];
  for (const [text, shown] of rows) assert.equal(shownSentence(text), shown);
});

test('a line cut out of a longer quotation gets the quotation mark it lacks, outside the verbatim text', async () => {
  const { balancedMarks } = await import('../../src/render/labels.js');
  const rows: [string, string][] = [
    // only the closing mark: the quotation began in the sentence before
    ['Should Russia act, we will respond," he said.', '"Should Russia act, we will respond," he said.'],
    ['Discussed many items,” Trump said on Twitter.', '“Discussed many items,” Trump said on Twitter.'],
    // only the opening mark: the quotation goes on in the next sentence
    ['“Just had a very good meeting.', '“Just had a very good meeting.”'],
    ['Pompeo said, "I was clear.', 'Pompeo said, "I was clear."'],
    // `''` closes, as in wire copy
    ['talking about Ukraine.\'\'', '“talking about Ukraine.\'\''],
    // balanced or mark-free lines are left alone
    ['He said "we are ready."', 'He said "we are ready."'],
    ['Pompeo said he and Lavrov "spent a fair amount of time talking about Ukraine.\'\'', 'Pompeo said he and Lavrov "spent a fair amount of time talking about Ukraine.\'\''],
    ['The treaty expires in 2021.', 'The treaty expires in 2021.'],
    ['The players’ union said it’s “ready.”', 'The players’ union said it’s “ready.”'],
    ['He cited "great pressure" and "zero response".', 'He cited "great pressure" and "zero response".'],
  ];
  for (const [text, shown] of rows) assert.equal(balancedMarks(text), shown, text);
  // a sentence without marks stays as it is (whether it lies wholly inside a quotation a claim does not say)
  assert.equal(balancedMarks('The administration will always act, period.'), 'The administration will always act, period.');
});
