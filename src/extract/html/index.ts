/**
 * HTML pages. (First version: Readability on linkedom; issue #3 improves it.)
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { message } from '../../core/messages.js';
import { identityMap } from '../../core/source-map.js';
import type { Result } from '../../core/types.js';
import type { Extracted } from '../index.js';

export interface HtmlOptions {
  url?: string | null;
}

export function extractHtml(html: string, opts: HtmlOptions = {}): Result<Extracted> {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  const text = (parsed?.textContent ?? '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) return { ok: false, messages: [message('error', 'extract', 'not-an-article', 'no main text found')] };
  return {
    ok: true,
    value: {
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      published: parsed?.publishedTime ?? null,
      language: parsed?.lang ?? null,
      url: opts.url ?? null,
      outlet: parsed?.siteName ?? null,
      text,
      sourceMap: identityMap(0),
      extractedBy: 'readability',
      publishedBy: parsed?.publishedTime ? 'meta' : null,
    },
    messages: [],
  };
}
