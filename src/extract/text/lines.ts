/**
 * The input as lines and paragraph blocks, each with its offsets in the input, so that every
 * later decision (remove, keep, join) can be turned into copies of input ranges.
 */

/** One line of the input: `input.slice(start, end)` without its line break. */
export interface Line {
  /** offset of the first character in the input */
  start: number;
  /** offset after the last character (before `\r\n` / `\n`) */
  end: number;
  /** the line with surrounding whitespace trimmed (for matching; never copied) */
  text: string;
  /** index of the paragraph block the line belongs to; -1 for a blank line */
  block: number;
}

/** Whitespace a line may be made of and still count as blank (NBSP and friends included). */
const BLANK = /^[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000\ufeff]*$/;

/** Trims the same whitespace as `BLANK`. */
export function trimLine(s: string): string {
  return s.replace(/^[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000\ufeff]+|[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000\ufeff]+$/g, '');
}

/** Splits the input into lines; consecutive non-blank lines form one block (a paragraph). */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let block = -1;
  let inBlock = false;
  let pos = 0;
  while (pos <= input.length) {
    let nl = input.indexOf('\n', pos);
    if (nl < 0) nl = input.length;
    const end = nl > pos && input[nl - 1] === '\r' ? nl - 1 : nl;
    const raw = input.slice(pos, end);
    if (BLANK.test(raw)) {
      lines.push({ start: pos, end, text: '', block: -1 });
      inBlock = false;
    } else {
      if (!inBlock) block++;
      inBlock = true;
      lines.push({ start: pos, end, text: trimLine(raw), block });
    }
    if (nl >= input.length) break;
    pos = nl + 1;
  }
  return lines;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Rules ask for the word count of the same lines many times; a small memo avoids recounting. */
const counted = new Map<string, number>();

/** Number of words (runs of letters or digits) in a string. */
export function wordCount(s: string): number {
  const known = counted.get(s);
  if (known !== undefined) return known;
  const n = s.match(WORD)?.length ?? 0;
  if (counted.size > 5000) counted.clear();
  counted.set(s, n);
  return n;
}
