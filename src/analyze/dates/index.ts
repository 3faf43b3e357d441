/** Date expressions resolved against a reference date. (First version: none; issue #2/#5.) */
import type { DateMention, Message, Sentence } from '../../core/types.js';

export function findDates(_text: string, _sentences: Sentence[], _reference: string | null): { dates: DateMention[]; messages: Message[] } {
  return { dates: [], messages: [] };
}
