/** The optional abstractive summary against a small fake OpenAI-compatible server on 127.0.0.1. */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { abstractiveSummary, synthesize } from '../../src/synthesize/index.js';
import { parseGenerated, verifyGenerated } from '../../src/synthesize/abstractive.js';
import { article, story } from './story.js';

let server: Server;
let baseUrl = '';
let answer = '';
let status = 200;
const requests: { auth: string | undefined; body: { model: string; messages: { content: string }[] } }[] = [];

async function read(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

before(async () => {
  server = createServer(async (req, res) => {
    const body = JSON.parse(await read(req));
    requests.push({ auth: req.headers.authorization, body });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: answer } }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const s = story([
  article({ id: 'a', outlet: 'A', text: 'The city council approved a new budget of 2 million dollars for parks on Monday. "We will plant a thousand trees," the mayor said.' }),
  article({ id: 'b', outlet: 'B', text: 'On Monday the city council approved a budget for parks worth 2 million dollars. The opposition voted against it.' }),
]);
const briefing = synthesize(s);

test('verified generated sentences replace the summary, each cited; failing ones are dropped and reported', async () => {
  const budget = briefing.claims.findIndex((c) => /budget/.test(c.text)) + 1;
  const trees = briefing.claims.findIndex((c) => /trees/.test(c.text)) + 1;
  answer =
    `The city council approved a parks budget of 2 million dollars on Monday [${budget}]. ` +
    `The mayor said "we will plant a million trees" [${trees}]. ` +
    `Critics called the plan a reckless waste of taxpayer money [${budget}]. ` +
    'The opposition voted against the budget.';
  const out = await abstractiveSummary(s, briefing, { baseUrl, model: 'fake-model', apiKey: 'k123', fetch: globalThis.fetch });
  assert.deepEqual(out.summary.map((x) => x.text), ['The city council approved a parks budget of 2 million dollars on Monday.']);
  assert.deepEqual(new Set(out.summary[0].citations.map((c) => c.article)), new Set(['a', 'b']));
  const dropped = out.messages.filter((m) => m.rule === 'generated-sentence-dropped');
  assert.equal(dropped.length, 3);
  assert.match(dropped[0].reason, /not verbatim/);
  assert.match(dropped[1].reason, /content words/);
  assert.match(dropped[2].reason, /cites no source/);
  const last = requests.at(-1)!;
  assert.equal(last.auth, 'Bearer k123');
  assert.equal(last.body.model, 'fake-model');
  assert.match(last.body.messages[0].content, /\[1\] /);
});

test('when nothing survives, the extractive summary stays', async () => {
  answer = 'Aliens landed in the park yesterday [1].';
  const out = await abstractiveSummary(s, briefing, { baseUrl, model: 'm' });
  assert.deepEqual(out.summary, briefing.summary);
  assert.equal(out.messages.filter((m) => m.rule === 'generated-sentence-dropped').length, 1);
});

test('an endpoint that fails leaves the extractive summary and says why', async () => {
  status = 500;
  const out = await abstractiveSummary(s, briefing, { baseUrl, model: 'm' });
  status = 200;
  assert.deepEqual(out.summary, briefing.summary);
  assert.match(out.messages.at(-1)!.reason, /HTTP 500/);
});

test('parseGenerated splits sentences and reads their citation marks', () => {
  assert.deepEqual(parseGenerated('One thing happened [1][2]. Another "quoted" one [3].'), [
    { text: 'One thing happened.', refs: [1, 2] },
    { text: 'Another "quoted" one.', refs: [3] },
  ]);
});

const VERIFY: [string, string[], string | null][] = [
  ['The council approved the budget.', ['The city council approved a new budget on Monday.'], null],
  ['The council rejected the budget and resigned.', ['The city council approved a new budget on Monday.'], 'content words'],
  ['The mayor said "we will plant a thousand trees".', ['"We will plant a thousand trees," the mayor said.'], null],
];
for (const [sentence, sources, problem] of VERIFY) {
  test(`verifyGenerated: ${sentence}`, () => {
    const why = verifyGenerated(sentence, sources, sources);
    if (problem === null) assert.equal(why, null);
    else assert.match(why ?? '', new RegExp(problem));
  });
}
