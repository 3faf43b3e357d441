/** Quotes with cues and speakers. (First version: none; issue #2/#5.) */
import type { Entity, Message, Quote, Sentence } from '../../core/types.js';

export function findQuotes(_text: string, _sentences: Sentence[], _entities: { entities: Entity[] }): { quotes: Quote[]; messages: Message[] } {
  return { quotes: [], messages: [] };
}
