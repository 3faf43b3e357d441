import type { SourceMapSegment } from './types.js';

/**
 * Builds cleaned text piece by piece while recording where each piece came from, so that a span
 * of the cleaned text can be reported in the input's own coordinates.
 *
 * @example
 *   const b = new TextBuilder(input);
 *   b.copy(10, 20);   // input[10..20) verbatim
 *   b.insert('\n\n');  // a paragraph break that is not in the input at that point
 *   const { text, sourceMap } = b.finish();
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: SourceMapSegment[] = [];
  private length = 0;

  constructor(private readonly source: string) {}

  /** Appends `source[start, end)` verbatim. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.text + last.length === this.length && last.source + last.length === start) {
      last.length += end - start;
    } else {
      this.segments.push({ text: this.length, source: start, length: end - start });
    }
    this.parts.push(this.source.slice(start, end));
    this.length += end - start;
  }

  /** Appends text that has no counterpart in the source (a separator, a repaired character). */
  insert(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** The text built so far ends with this string. */
  endsWith(suffix: string): boolean {
    return this.text().endsWith(suffix);
  }

  /** Current length of the cleaned text. */
  get size(): number {
    return this.length;
  }

  private text(): string {
    const joined = this.parts.join('');
    this.parts.length = 0;
    this.parts.push(joined);
    return joined;
  }

  finish(): { text: string; sourceMap: SourceMapSegment[] } {
    return { text: this.text(), sourceMap: this.segments.map((s) => ({ ...s })) };
  }
}

/** An identity map for text that was not changed. */
export function identityMap(length: number): SourceMapSegment[] {
  return length > 0 ? [{ text: 0, source: 0, length }] : [];
}

/**
 * Maps an offset in cleaned text to the input. An offset inside an inserted gap maps to the end
 * of the preceding copied piece (or the start of the next for offset 0).
 */
export function toSourceOffset(map: SourceMapSegment[], offset: number): number {
  let lo = 0;
  let hi = map.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid].text <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return map.length ? map[0].source : offset;
  const seg = map[found];
  return seg.source + Math.min(offset - seg.text, seg.length);
}

/** Maps a span of cleaned text to the input. */
export function toSourceSpan(map: SourceMapSegment[], start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const s = toSourceOffset(map, start);
    return { start: s, end: s };
  }
  // the end is mapped as the position after the last character, so that a span ending at the end
  // of a copied piece does not jump over the gap that follows it
  return { start: toSourceOffset(map, start), end: toSourceOffset(map, end - 1) + 1 };
}

/**
 * Converts a UTF-16 offset into a Unicode code-point offset of the same string (brat and the
 * `quotes` command count code points).
 */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  let points = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

/** Converts a code-point offset to a UTF-16 offset of the same string. */
export function fromCodePointOffset(text: string, codePointOffset: number): number {
  let i = 0;
  for (let p = 0; p < codePointOffset && i < text.length; p++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}
