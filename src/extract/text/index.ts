/**
 * Plain-text and Markdown exports of articles: removes clutter and reads metadata from the text.
 * (First version: the text as it is; issue #2 fills in the cleaners.)
 */
import { message } from '../../core/messages.js';
import { identityMap } from '../../core/source-map.js';
import type { Result } from '../../core/types.js';
import type { Extracted } from '../index.js';

export interface TextOptions {
  /** the input is Markdown */
  markdown?: boolean;
}

export function extractText(input: string, _opts: TextOptions = {}): Result<Extracted> {
  const text = input;
  if (text.trim().length === 0) return { ok: false, messages: [message('error', 'extract', 'empty-input')] };
  const firstLine = text.trim().split('\n')[0].replace(/^#+\s*/, '').trim();
  return {
    ok: true,
    value: {
      title: firstLine.slice(0, 200) || null,
      byline: null,
      published: null,
      language: 'en',
      url: null,
      outlet: null,
      text,
      sourceMap: identityMap(text.length),
      extractedBy: 'text',
      publishedBy: null,
    },
    messages: [],
  };
}
