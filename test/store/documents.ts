/**
 * Generated source documents for queue and crash tests: several distinct events, each reported
 * by several outlets in different words, so that clustering has real work and ids are unique.
 */
import type { SourceDocument } from '../../src/core/types.js';

const EVENTS = [
  { topic: 'bridge', place: 'Riverton', who: 'Mayor Helen Ortiz', fact: 'the city council approved a new bridge over the river', detail: 'construction will begin in spring and last two years' },
  { topic: 'storm', place: 'Port Avery', who: 'Harbour master Tom Reyes', fact: 'a winter storm closed the harbour for six days', detail: 'ferries resumed their schedule on Tuesday afternoon' },
  { topic: 'election', place: 'Lindholm', who: 'Election officer Mara Quist', fact: 'turnout in the regional election reached a record high', detail: 'counting continued through the night in three districts' },
  { topic: 'vaccine', place: 'Calder', who: 'Health minister Ravi Anand', fact: 'the health ministry began a new vaccination campaign', detail: 'clinics will stay open on weekends until March' },
];
const OUTLETS = ['Daily Ledger', 'Morning Post', 'City Wire', 'Evening Star', 'Northern Times'];

/** `n` documents, ids `doc-000.txt`..., cycling through events and outlets. */
export function generatedDocuments(n: number): SourceDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const e = EVENTS[i % EVENTS.length];
    const outlet = OUTLETS[Math.floor(i / EVENTS.length) % OUTLETS.length];
    const id = `doc-${String(i).padStart(3, '0')}.txt`;
    const content = `${e.place}: ${e.fact} (report ${i})

${e.who} said on Monday that ${e.fact} in ${e.place}. "This is a day we will remember," ${e.who.split(' ').slice(-1)[0]} told reporters, according to ${outlet}.

Officials in ${e.place} added that ${e.detail}. Report number ${i} from ${outlet} quotes residents who welcomed the news and asked for more information about the plans.

The announcement followed weeks of discussion in ${e.place}, where ${e.topic} has been the main subject of public debate since the autumn.`;
    return { id, origin: id, kind: 'text', content, meta: { outlet, published: `2026-0${1 + (i % 9)}-1${i % 10}` }, messages: [] };
  });
}
