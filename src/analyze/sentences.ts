/** Sentence boundaries. (First version: punctuation and line breaks; issue #2/#5 replace it.) */
import type { Sentence } from '../core/types.js';

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = re.exec(text))) {
    if (/\n\s*\n/.test(text.slice(lastEnd, m.index))) paragraph++;
    lastEnd = m.index + m[0].length;
    const parts = m[0].split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/);
    let offset = m.index;
    for (const part of parts) {
      const start = text.indexOf(part, offset);
      sentences.push({ start, end: start + part.length, paragraph });
      offset = start + part.length;
    }
  }
  return sentences;
}
