/** Named people, organisations and places of one article. (First version: none; issue #2/#5.) */
import type { Entity, Message, Sentence } from '../../core/types.js';

export function findEntities(_text: string, _sentences: Sentence[]): { entities: Entity[]; messages: Message[] } {
  return { entities: [], messages: [] };
}
