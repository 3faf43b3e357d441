/**
 * Bad HTML ends with a value and a clear message, never a crash: deep nesting, oversized pages,
 * truncated markup, empty and binary-looking input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from '../../src/extract/html/index.js';
import { MAX_DOM_CHARS, maxDepth } from '../../src/extract/html/guard.js';

const PARAGRAPH = '<p>The minister said on Tuesday that the talks would continue next week in Geneva, according to two officials who asked not to be named.</p>';

test('100,000 levels of nesting are read without markup, with a message', () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}${PARAGRAPH.repeat(3)}${'</div>'.repeat(100_000)}</body></html>`;
  const result = extractHtml(html);
  assert.equal(result.ok, true);
  assert.ok(result.ok && result.value.text.includes('talks would continue'));
  assert.ok(result.messages.some((m) => m.rule === 'too-large' && /nested 100\d+ levels/.test(m.reason)), JSON.stringify(result.messages));
  const unclosed = extractHtml(`<html><body>${'<span><b>'.repeat(50_000)}text`);
  assert.equal(unclosed.ok, false);
});

test('nesting deeper than Readability copes with is read by the density extractor, with a message', () => {
  const html = `<html><body>${'<table><tr><td>'.repeat(400)}${PARAGRAPH.repeat(3)}${'</td></tr></table>'.repeat(400)}</body></html>`;
  const result = extractHtml(html);
  assert.equal(result.ok, true);
  assert.ok(result.ok && result.value.extractedBy === 'baseline' && result.value.text.includes('talks would continue'));
  assert.ok(result.messages.some((m) => m.rule === 'too-large' && /Readability limit/.test(m.reason)), JSON.stringify(result.messages));
});

test('nesting depth ignores elements that close implicitly', () => {
  assert.equal(maxDepth('<div><p>a<p>b<p>c<li>x<li>y</div>'), 1);
  assert.equal(maxDepth('<div><div><img src=x><br></div></div>'), 2);
});

test('a page larger than the DOM limit is cut, with a message, and still read', () => {
  const html = `<html><body><article>${PARAGRAPH.repeat(Math.ceil((MAX_DOM_CHARS * 1.2) / PARAGRAPH.length))}</article></body></html>`;
  const result = extractHtml(html);
  assert.equal(result.ok, true);
  assert.ok(result.messages.some((m) => m.rule === 'too-large' && /only the first/.test(m.reason)));
});

test('empty, text-only and script-only pages are values with reasons', () => {
  const rows: Array<[string, string]> = [
    ['', 'not-an-article'],
    ['   \n  ', 'not-an-article'],
    ['<html><head><script>var a = 1;</script></head><body></body></html>', 'not-an-article'],
    ['<html><body><p>Too short.</p></body></html>', 'too-short'],
    ['\u0000\u0001\u0002 garbage', 'too-short'],
  ];
  for (const [html, rule] of rows) {
    const result = extractHtml(html);
    assert.equal(result.ok, false, JSON.stringify(html));
    assert.ok(result.messages.some((m) => m.rule === rule && m.severity === 'error'), `${JSON.stringify(html)}: ${JSON.stringify(result.messages)}`);
  }
});

test('a fragment without a container (a feed entry) still gives its text', () => {
  const result = extractHtml('<p>Short feed summary of the story: the council approved the plan on Tuesday after a long debate about the cost of the project and its delays.</p>');
  assert.equal(result.ok, true);
  assert.match(result.ok ? result.value.text : '', /council approved/);
});

test('the input string is not mutated and the result is deterministic', () => {
  const html = `<html><body><article>${PARAGRAPH.repeat(4)}</article></body></html>`;
  const copy = html.slice();
  const a = extractHtml(html, { url: 'https://ex.org/2020/01/02/x' });
  const b = extractHtml(html, { url: 'https://ex.org/2020/01/02/x' });
  assert.equal(html, copy);
  assert.deepEqual(a, b);
});

test.todo('a page whose article is split over several sibling containers (Readability keeps the largest only)');
test.todo('bylines in non-Latin scripts are dropped by the capitalisation test');
