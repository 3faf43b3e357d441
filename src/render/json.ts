/** JSON output: the stable shape of DESIGN.md, with `coverage` and `messages` added. */
import type { Briefing } from '../core/types.js';

export function renderJson(briefings: Briefing[]): string {
  return JSON.stringify({ stories: briefings }, null, 2) + '\n';
}
