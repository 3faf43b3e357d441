import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingest } from '../../src/ingest/index.js';

const body = 'The city council approved the budget on Monday after a long debate about parks, roads and the new library.';

test('a .json file that is a JSON Feed is read as a feed, one document per item', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-jf-'));
  const path = join(dir, 'feed.json');
  writeFileSync(path, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Example', items: [
    { id: '1', url: 'https://example.org/a', title: 'Budget', content_text: body, date_published: '2021-03-01T10:00:00Z' },
    { id: '2', url: 'https://example.org/b', title: 'Parks', content_text: body, date_published: '2021-03-02T10:00:00Z' },
  ] }));
  const { documents, messages } = await ingest([path]);
  assert.equal(documents.length, 2, JSON.stringify(messages));
  assert.deepEqual(documents.map((d) => d.meta.url), ['https://example.org/a', 'https://example.org/b']);
});

test('a .json article that merely mentions jsonfeed.org in its text stays an article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-jf-'));
  const path = join(dir, 'a.json');
  writeFileSync(path, JSON.stringify({ id: 'a', title: 'Feeds', text: `${body} See "version": "https://jsonfeed.org/version/1".` }));
  const { documents } = await ingest([path]);
  assert.equal(documents.length, 1);
  assert.equal(documents[0].id, 'a');
});
