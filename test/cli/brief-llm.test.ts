/** `brief --llm-url/--llm-model` end to end, against a fake OpenAI-compatible server on 127.0.0.1. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/triangulate.js');
const EXAMPLE = join(import.meta.dirname, '../../examples/lavrov-2019');
let server: Server;
let baseUrl: string;
const seen: { auth?: string; model: string }[] = [];

before(async () => {
  // the fake model restates source sentence [1] of the prompt and cites it, then invents one
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const request = JSON.parse(body);
    seen.push({ auth: req.headers.authorization, model: request.model });
    const prompt: string = request.messages.map((m: { content: string }) => m.content).join('\n');
    const first = /^\[1\] (.+)$/m.exec(prompt)?.[1] ?? '';
    const content = `${first.replace(/[.!?"”]+$/, '')} [1]. Martians attended the meeting [1].`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a verified generated sentence is kept and cited; an invented one is dropped and reported', async () => {
  const { stdout, stderr } = await run(process.execPath, [BIN, 'brief', EXAMPLE, '--format', 'json', '--llm-url', baseUrl, '--llm-model', 'fake'], {
    env: { ...process.env, TRIANGULATE_LLM_KEY: 'secret' },
  });
  const story = JSON.parse(stdout).stories.find((s: { articles: unknown[] }) => s.articles.length > 1);
  assert.ok(story.summary.length >= 1);
  assert.ok(story.summary.every((s: { text: string; citations: unknown[] }) => !/Martians/.test(s.text) && s.citations.length > 0));
  assert.match(stderr, /generated-sentence-dropped/);
  assert.equal(seen[0].auth, 'Bearer secret');
  assert.equal(seen[0].model, 'fake');
});

test('--llm-url without --llm-model is misuse', async () => {
  await assert.rejects(run(process.execPath, [BIN, 'brief', EXAMPLE, '--llm-url', baseUrl]), (e: { code: number; stderr: string }) => {
    assert.equal(e.code, 2);
    assert.match(e.stderr, /--llm-url and --llm-model go together/);
    return true;
  });
});
