/**
 * Attributions read from the shape of a clause rather than from a cue list: a verb whose
 * subject is a speaker (a name, a personal pronoun, a speaking noun) and whose complement is a
 * that-clause, an infinitive or an object ("The Senate unanimously passed a bill ...", "a judge
 * ordered periodic releases ...", "Kasich has sought to distinguish himself ..."). PolNeAR and
 * PARC annotate stances, intentions, judgements and acts of communication this way; no list of
 * cue verbs covers their long tail, so the part of speech of each word (src/analyze/pos.ts)
 * finds the subject, the verb group and where the complement ends.
 *
 * Last resort: runs after every cue-based detector and takes only verbs outside their spans.
 */
import type { Sentence, Span } from '../../core/types.js';
import type { TaggedToken } from '../pos.js';
import { CLAUSE_STOPS, NON_ATTRIBUTIVE_LEMMAS, NOT_CONTENT_OPENERS, SPEAKER_NOUNS, SPEAKER_PRONOUNS } from './clause-words.js';
import { firstTokenAt, TIME_MODIFIERS, TIME_WORDS, type Subject } from './speaker.js';

/** What the clause reader gives back: the content pieces, the verb group as cue, the subject. */
export interface ClauseAttribution {
  pieces: Span[];
  cue: Span;
  subject: Subject;
  sentence: number;
  /** the verb's lemma, for the eval notes */
  lemma: string;
}

/** Longest subject phrase, in tokens, and longest appositive between a subject and its verb. */
const MAX_SUBJECT_TOKENS = 8;
const MAX_APPOSITIVE_TOKENS = 14;
const MAX_RELATIVE_TOKENS = 30;

const isNominal = (t: TaggedToken | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM');
const NP_INNER = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);

/** The noun phrase ending at token `j` (its head): start index, or -1. */
function nounPhraseEndingAt(ts: TaggedToken[], j: number, from: number): number {
  let k = j;
  while (k - 1 >= from && j - (k - 1) < MAX_SUBJECT_TOKENS) {
    const t = ts[k - 1];
    // "head of the FBI", "Trump's campaign": links inside a noun phrase
    if (NP_INNER.has(t.pos) && !(t.pos === 'PART' && !/^['’]s?$/.test(t.text))) k--;
    else if (t.pos === 'ADP' && t.lemma === 'of' && isNominal(ts[k - 2])) k--;
    else if (t.text === '-' || t.text === '&' || t.text === '.') k--;
    else break;
    if (t.pos === 'DET') break;
  }
  return k;
}

interface FoundSubject {
  subject: Subject;
  /** the head word decides whether the subject can be a speaker */
  head: TaggedToken;
}

/**
 * The subject of the verb group starting at `g`: the noun phrase right before it, or before an
 * appositive or a parenthesis set off between them, or the antecedent of "who".
 */
function subjectOf(ts: TaggedToken[], g: number, from: number): FoundSubject | null {
  let j = g - 1;
  if (j < from) return null;
  // "Grassley (R-Iowa) on Wednesday downplayed", "a report published Tuesday said": a time
  // between the subject and its verb is no subject (the words the cue readers skip there too)
  if (TIME_WORDS.has(ts[j].text.toLowerCase())) {
    j--;
    while (j >= from && TIME_MODIFIERS.has(ts[j].text.toLowerCase())) j--;
    if (j < from) return null;
    // "a news report published Wednesday said": the participle belongs to the noun before it
    if (ts[j].pos === 'VERB' && /ed$/i.test(ts[j].text) && j - 1 >= from && isNominal(ts[j - 1])) j--;
  }
  // "Sen. Marco Rubio (R-Fla.) said": a parenthesis after the subject
  if (ts[j].text === ')') {
    let k = j - 1;
    while (k >= from && j - k < 10 && ts[k].text !== '(') k--;
    if (k < from || ts[k].text !== '(') return null;
    j = k - 1;
  } else if (ts[j].text === ',') {
    // "Minyon Moore, a senior adviser to the Clinton campaign, called": an appositive;
    // "Mr. Paulson, who made billions on a bet against mortgages, told": a relative clause
    let k = j - 1;
    while (k >= from && j - k < MAX_RELATIVE_TOKENS && ts[k].text !== ',') k--;
    if (k < from || ts[k].text !== ',') return null;
    const relative = /^(?:who|which)$/i.test(ts[k + 1]?.text ?? '');
    if (!relative && (j - k > MAX_APPOSITIVE_TOKENS || ts.slice(k + 1, j).some((t) => t.pos === 'VERB'))) return null;
    j = k - 1;
    if (j < from || ts[j].pos !== 'PROPN') return null;
  }
  if (j < from) return null;
  const t = ts[j];
  if (t.pos === 'PRON') {
    if (t.lemma === 'who' || t.lemma === 'that') {
      // "Steele, who wrote that": the noun phrase before the relative pronoun
      let a = j - 1;
      if (a >= from && ts[a].text === ',') a--;
      if (a < from || !isNominal(ts[a])) return null;
      const s = nounPhraseEndingAt(ts, a, from);
      return { subject: { start: ts[s].start, end: ts[a].end, form: ts[a].pos === 'PROPN' ? 'name' : 'title' }, head: ts[a] };
    }
    return { subject: { start: t.start, end: t.end, form: 'pronoun' }, head: t };
  }
  if (!isNominal(t)) return null;
  const s = nounPhraseEndingAt(ts, j, from);
  const capitalised = ts.slice(s, j + 1).some((x) => x.pos === 'PROPN');
  return { subject: { start: ts[s].start, end: t.end, form: capitalised ? 'name' : 'title' }, head: t };
}

const speaks = (head: TaggedToken) =>
  head.pos === 'PROPN' || (head.pos === 'PRON' && SPEAKER_PRONOUNS.has(head.lemma)) || (head.pos === 'NOUN' && SPEAKER_NOUNS.has(head.lemma));

/** Where the complement of the verb ending at token `v` ends (exclusive token index). */
function complementEnd(ts: TaggedToken[], v: number, to: number): number {
  for (let k = v + 1; k < to; k++) {
    const t = ts[k];
    if (t.text === ';' || t.text === '—' || t.text === '―' || t.text === '--' || t.text === ':') return k;
    if (t.text === ',' && k + 1 < to && CLAUSE_STOPS.has(ts[k + 1].lemma)) return k;
    if (t.text === ',' && k + 1 < to && ts[k + 1].pos === 'VERB' && /ing$/.test(ts[k + 1].text)) return k;
    // "criticized Singer and challenged him": a coordinated predicate ends the complement
    if (t.pos === 'CCONJ' && k + 1 < to && (ts[k + 1].pos === 'VERB' || ts[k + 1].pos === 'AUX') && k > v + 1) return k;
    // an adverbial clause of the reporter ("because", "as", "after", "when")
    if (t.pos === 'SCONJ' && t.lemma !== 'that' && t.lemma !== 'whether' && t.lemma !== 'if' && k > v + 1) return k;
  }
  return to;
}

/** Prepositions before a participle opening the sentence ("After talking about security, ..."). */
const OPENING_PREPOSITION = /^(?:After|Before|While|When|Since|Upon|In|By|Without)$/;

/** `Acknowledging that ..., Allen did suggest`: the participle's complement, and the main clause's subject. */
function openingParticiple(ts: TaggedToken[], v: number, to: number, insideQuotation: (pos: number) => boolean): { pieces: Span[]; cue: Span; subject: Subject } | null {
  // the comma that closes the participle's clause, also the one inside a closing quotation mark
  // (`Bemoaning the "phony system," Trump accused ...`)
  const closesQuotation = (k: number) => ts[k].text === ',' && k + 1 < to && /^["”’']+$/.test(ts[k + 1].text) && !insideQuotation(ts[k + 1].end);
  let k = v + 1;
  while (k < to && (ts[k].text !== ',' || (insideQuotation(ts[k].start) && !closesQuotation(k)))) k++;
  if (k >= to - 1 || k - v < 3) return null;
  const quotationEnd = closesQuotation(k) ? ts[k + 1].end : null;
  if (quotationEnd !== null) k++;
  for (let u = k + 1; u < to && u - k < 12; u++) {
    if (ts[u].pos !== 'VERB' && ts[u].pos !== 'AUX') continue;
    let g = u;
    while (g - 1 > k && (ts[g - 1].pos === 'AUX' || ts[g - 1].pos === 'ADV' || ts[g - 1].pos === 'PART')) g--;
    const found = subjectOf(ts, g, k + 1);
    if (!found || !speaks(found.head)) return null;
    if (quotationEnd !== null) return { pieces: [{ start: ts[v + 1].start, end: quotationEnd }], cue: { start: ts[v].start, end: ts[v].end }, subject: found.subject };
    let e = k;
    // "..., though, Allen did suggest": a sentence adverb before the comma is the reporter's
    while (e > v + 1 && (/^[.!?,]$/.test(ts[e - 1].text) || /^(?:though|however|too|also)$/i.test(ts[e - 1].text))) e--;
    return { pieces: [{ start: ts[v + 1].start, end: ts[e - 1].end }], cue: { start: ts[v].start, end: ts[v].end }, subject: found.subject };
  }
  return null;
}

/**
 * Clause attributions of a text, for verbs outside `taken` spans (the cues and contents the
 * cue-based detectors found) and outside quotations.
 */
export function clauseAttributions(
  text: string,
  sents: Sentence[],
  tags: TaggedToken[],
  taken: Span[],
  insideQuotation: (pos: number) => boolean,
  sentenceIndex: (pos: number) => number,
  accept?: (verb: TaggedToken) => boolean,
): ClauseAttribution[] {
  const out: ClauseAttribution[] = [];
  const sortedTaken = [...taken].sort((a, b) => a.start - b.start);
  const isTaken = (p: number) => {
    for (const s of sortedTaken) {
      if (s.start > p) return false;
      if (p < s.end) return true;
    }
    return false;
  };
  for (let si = 0; si < sents.length; si++) {
    const sent = sents[si];
    const from = firstTokenAt(tags, sent.start);
    const to = firstTokenAt(tags, sent.end);
    let lastSubject: FoundSubject | null = null;
    for (let v = from; v < to; v++) {
      const verb = tags[v];
      // "Acknowledging that Trump “says a lot of stupid stuff,” Allen did suggest ...": a
      // participle opening the sentence speaks for the subject of the main clause after its comma
      // ("After talking about security, Mr. Netanyahu suggested ...": after a preposition too)
      const opens = (v === from && /^\p{Lu}\p{Ll}+ing$/u.test(verb.text)) || (v === from + 1 && OPENING_PREPOSITION.test(tags[from].text) && /^\p{Ll}+ing$/u.test(verb.text));
      if (opens && verb.pos === 'VERB' && (!accept || accept(verb)) && !isTaken(verb.start)) {
        const opening = openingParticiple(tags, v, to, insideQuotation);
        if (opening) out.push({ ...opening, sentence: sentenceIndex(opening.pieces[0].start), lemma: verb.lemma });
        continue;
      }
      // a verb is lower-case; a capitalised "verb" is a name the tagger misread ("Sen. Ted Cruz")
      if (verb.pos !== 'VERB' || !/^\p{Ll}/u.test(verb.text)) continue;
      // the verb group: auxiliaries, adverbs and "not" before the verb ("has repeatedly sought")
      let g = v;
      while (g - 1 >= from && (tags[g - 1].pos === 'AUX' || tags[g - 1].pos === 'ADV' || tags[g - 1].pos === 'PART') && tags[g - 1].lemma !== 'to') g--;
      const finite = g < v ? tags.slice(g, v).some((t) => t.pos === 'AUX') : !/ing$/i.test(verb.text);
      let found = finite ? subjectOf(tags, g, from) : null;
      // "Trump denied the accusations, dismissing O'Donnell as ...": a participle clause after a
      // comma takes the subject of the clause it hangs on
      if (!finite && g === v && g - 1 >= from && tags[g - 1].text === ',' && lastSubject) found = lastSubject;
      // "Mr. Trump has disparaged immigrants, and vowed to reverse ...": the coordinated verb's subject
      if (!found && g - 1 >= from && tags[g - 1].pos === 'CCONJ') found = lastSubject;
      if (found) lastSubject = found;
      if (!found || !speaks(found.head)) continue;
      if (NON_ATTRIBUTIVE_LEMMAS.has(verb.lemma)) continue;
      if (accept && !accept(verb)) continue;
      if (isTaken(verb.start) || insideQuotation(verb.start)) continue;
      const end = complementEnd(tags, v, to);
      let c = v + 1;
      if (c >= end) continue;
      // "told investors that ...", "warned Russia that ...": the listener is not the content
      for (let k = c; k < Math.min(end, c + 7); k++) {
        if (tags[k].pos === 'SCONJ' && tags[k].lemma === 'that' && k > c) {
          c = k;
          break;
        }
        if (!NP_INNER.has(tags[k].pos) && tags[k].pos !== 'PRON') break;
      }
      const first = tags[c];
      // a complement opens with a noun phrase, a that-clause, an infinitive or a quotation
      if (!(isNominal(first) || first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'ADJ' || (first.pos === 'SCONJ' && /^(?:that|whether|if)$/.test(first.lemma)) || (first.pos === 'PART' && first.lemma === 'to') || /^["“‘']/.test(first.text))) continue;
      let e = end;
      while (e > c && /^[.!?,]$/.test(tags[e - 1].text)) e--;
      if (e <= c) continue;
      // "said no", "said so": a one-word complement reports nothing
      if (e - c < 2 || NOT_CONTENT_OPENERS.has(first.lemma)) continue;
      const piece = { start: tags[c].start, end: tags[e - 1].end };
      if (piece.end <= piece.start || isTaken(piece.start)) continue;
      out.push({ pieces: [piece], cue: { start: tags[g].start, end: verb.end }, subject: found.subject, sentence: sentenceIndex(piece.start), lemma: verb.lemma });
    }
  }
  return out;
}
