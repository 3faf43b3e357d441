/** Render: briefings to md / json / html. */
import { UsageError } from '../core/messages.js';
import type { Briefing } from '../core/types.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export const FORMATS = ['md', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

const RENDERERS: Record<Format, (b: Briefing[]) => string> = { md: renderMarkdown, json: renderJson, html: renderHtml };

export function render(briefings: Briefing[], format: string): string {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; expected ${FORMATS.join('|')}`);
  }
  return RENDERERS[format as Format](briefings);
}
