/**
 * How much the cleaner keeps of texts that are already clean article text (AllSides leads,
 * PolNeAR articles): every character it removes there, other than a title line, is suspect. Pure:
 * the caller reads the files.
 */
import { toSourceSpan } from '../../core/source-map.js';
import type { SourceMapSegment } from '../../core/types.js';
import { cleanText, type Removal } from './clean.js';

/** One text to measure. */
export interface MeasuredText {
  id: string;
  text: string;
  /** the container's title, when there is one (JSON articles) */
  title?: string | null;
}

export interface KeptReport {
  /** texts measured */
  texts: number;
  /** characters of the inputs that are not whitespace */
  chars: number;
  /** fraction of those kept in the cleaned texts (title lines counted as kept: they become metadata) */
  kept: number;
  /** removed characters by rule */
  byRule: Record<string, number>;
  /** texts that lost any non-title character */
  textsTouched: number;
  /** a few removals to inspect */
  examples: { id: string; rule: string; text: string }[];
}

const visible = (s: string) => s.replace(/\s+/g, '').length;

/** Cleans each text and reports the share of visible characters kept. */
export function measureKept(texts: MeasuredText[], maxExamples = 20): KeptReport {
  let chars = 0;
  let removedChars = 0;
  let touched = 0;
  const byRule: Record<string, number> = {};
  const examples: KeptReport['examples'] = [];
  for (const t of texts) {
    chars += visible(t.text);
    const cleaned = cleanText(t.text, { title: t.title });
    const lost = cleaned.removals.filter((r: Removal) => r.rule !== 'title');
    if (lost.length) touched++;
    for (const r of lost) {
      const piece = t.text.slice(r.start, r.end);
      const n = visible(piece);
      removedChars += n;
      byRule[r.rule] = (byRule[r.rule] ?? 0) + n;
      if (examples.length < maxExamples) examples.push({ id: t.id, rule: r.rule, text: piece.slice(0, 160) });
    }
  }
  return { texts: texts.length, chars, kept: chars ? 1 - removedChars / chars : 1, byRule, textsTouched: touched, examples };
}

/**
 * Checks the map from cleaned text back to the input: every sentence-sized span lying inside one
 * copied piece must map to the same characters of the input, and a span across pieces must map
 * its first and last characters onto themselves when they are copied ones. Returns the spans that fail (empty when exact).
 */
export function mapMismatches(input: string, text: string, map: SourceMapSegment[]): string[] {
  const bad: string[] = [];
  for (const s of map) {
    if (input.slice(s.source, s.source + s.length) !== text.slice(s.text, s.text + s.length)) bad.push(`piece at ${s.text}`);
  }
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*["”’)]?/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    const span = toSourceSpan(map, start, end);
    const inside = map.some((s) => s.text <= start && end <= s.text + s.length);
    // across pieces: each end that is a copied character lands on itself (an inserted space has no counterpart)
    const copied = (at: number) => map.some((s) => s.text <= at && at < s.text + s.length);
    const ok = inside
      ? input.slice(span.start, span.end) === m[0]
      : (!copied(start) || input[span.start] === text[start]) && (!copied(end - 1) || input[span.end - 1] === text[end - 1]);
    if (!ok) bad.push(m[0]);
  }
  return bad;
}
