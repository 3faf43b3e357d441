/**
 * DOM to text: block elements become paragraphs separated by a blank line, `<br>` a line break,
 * runs of white space one space. Iterative (an explicit stack), so 100,000 levels of nesting do
 * not overflow the call stack.
 */
import { BLOCK_TAGS, CELL_TAGS } from './patterns.js';

/** The minimal DOM node shape the serializer reads (linkedom and browsers both fit). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;

/**
 * The paragraphs of a subtree, each trimmed and with inner white space collapsed; a `<br>` is
 * kept inside a paragraph as `\n`, two in a row end the paragraph.
 */
export function paragraphsOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current
      .replace(/[ \t\r\f\v\u00a0\u200b]*\n[ \t\r\f\v\u00a0\u200b]*/g, '\n')
      .replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ');
    // two <br> in a row separate paragraphs (text laid out with line breaks instead of <p>)
    for (const piece of text.split(/\n{2,}/)) {
      const p = piece.trim();
      if (p) paragraphs.push(p);
    }
    current = '';
  };
  // stack of [node, closing]: a block pushes a closing marker to end its paragraph after its children
  const stack: Array<DomNode | null> = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT) {
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    const tag = node.nodeName.toLowerCase();
    if (tag === 'br') {
      current += '\n';
      continue;
    }
    if (CELL_TAGS.has(tag)) current += ' ';
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return paragraphs;
}

/** The text of a subtree: its paragraphs joined by a blank line. */
export function textOf(root: DomNode): string {
  return paragraphsOf(root).join('\n\n');
}

/** Words of a string (letters or digits), for densities and thresholds. */
export function countWords(text: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}]+/gu;
  while (re.exec(text)) n++;
  return n;
}
