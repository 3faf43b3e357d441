/**
 * Contradictions: two accounts of the same matter that disagree, both sides cited. Detectors,
 * most specific first:
 *   1. negation: one account says X did not happen ("we haven't even actually discussed
 *      elections"), another that it did ("Discussed ... Election Meddling"); talking verbs count
 *      as one predicate (warned about X = discussed X);
 *   2. denial: a speaker denies, dismisses or rejects what another account asserts;
 *   3. number: the same fact with a different quantity of the same thing (years are left out:
 *      "the 2016 election" and "the 2020 election" are different topics, not a disagreement);
 *   4. date: the same fact dated differently;
 *   5. name: the same fact with another person in the same role.
 * Each detector proposes scored pairs; the best pair per pair of facts is kept.
 */
import { tagText } from '../analyze/pos.js';
import type { Citation, Contradiction, Position } from '../core/types.js';
import { citeUnits } from './citations.js';
import { similarPairs, type Fact } from './facts.js';
import { CONTEXT_PRONOUNS, DENIAL_CUES, NEGATIONS, STOPWORDS, TALK_PREDICATES, THRESHOLDS } from './heuristics.js';
import { compatible, stemWord, words, type Quantity } from './text.js';
import { cosine, type StoryIndex, type Unit } from './units.js';

/** Words skipped between a negation and its predicate ("haven't even actually discussed"). */
const NEGATION_FILLERS = new Set([
  'even', 'actually', 'ever', 'really', 'yet', 'been', 'have', 'has', 'had', 'be', 'do', 'did', 'does', 'was', 'were',
  'is', 'are', 'at', 'all', 'once', 'also', 'so', 'then', 'yet', 'still', 'formally', 'directly', 'personally',
]);
/** How far (in words) a predicate's object reaches. */
const OBJECT_WINDOW = 6;
/** Most contradictions kept per kind: the best scored; the rest are weaker echoes. */
export const MAX_PER_KIND = 4;
/** Most assertions shown against one denial: the two that best match its parties. */
export const MAX_PER_GROUP = 2;
/** Score for each party (entity) an assertion shares with the accounts of the denial it meets. */
const PARTY_BONUS = 0.25;
/**
 * Two assertions against one denial this similar are one statement in two wordings (a
 * spokesman's quote and an outlet's paraphrase of it): only the better is shown.
 */
const SAME_ASSERTION = 0.2;
/** Score for an assertion using the very verb a denial negates. */
const EXACT_PREDICATE = 0.3;

/**
 * The people and organisations an account involves: those named in it, and the speakers of and
 * names inside any quotation that runs through it (a tweet split into two sentences still
 * involves the person named in its first half).
 */
function partiesOf(u: Unit, index: StoryIndex): Set<string> {
  let cache = PARTIES.get(index);
  if (!cache) PARTIES.set(index, (cache = new Map()));
  let found = cache.get(u);
  if (!found) cache.set(u, (found = readParties(u, index)));
  return found;
}
/** The parties of each unit, per story index: several detectors ask for the same units. */
const PARTIES = new WeakMap<StoryIndex, Map<Unit, Set<string>>>();

function readParties(u: Unit, index: StoryIndex): Set<string> {
  const analyzed = index.story.articles[u.article];
  const out = new Set<string>();
  const add = (articleEntity: string) => {
    const e = analyzed.entities.find((x) => x.id === articleEntity);
    if (!e || e.type === 'place') return;
    out.add(index.entityOf(u.articleId, e.id)?.id ?? e.id);
  };
  const spans: { start: number; end: number }[] = [{ start: u.start, end: u.end }];
  for (const q of analyzed.quotes) {
    if (q.start < u.end && q.end > u.start) {
      spans.push(q);
      if (q.speaker?.entity) add(q.speaker.entity);
    }
  }
  for (const e of analyzed.entities) {
    if (e.mentions.some((m) => m.form !== 'pronoun' && spans.some((s) => m.start >= s.start && m.end <= s.end))) add(e.id);
  }
  return out;
}

/** A predicate and its object as read from the words after a cue. */
interface Predication {
  /** stem of the predicate, talking verbs mapped to `discuss` */
  predicate: string;
  /** stem of the predicate as written */
  literal: string;
  /** content stems of the object */
  object: string[];
  /** index of each object stem's token among the sentence's tokens */
  objectAt: number[];
  /** index of the predicate among the sentence's tokens */
  at: number;
}

const talk = (stem: string) => (TALK_PREDICATES.has(stem) ? 'discuss' : stem);
const content = (w: string) => !STOPWORDS.has(w) && !NEGATIONS.has(w) && !/^\d/.test(w) && w.length > 1;
const isNegation = (w: string) => NEGATIONS.has(w) || w.endsWith("n't");

/** A sentence read for polarity: its tokens, their stems, and which tokens are denied or hypothetical. */
export interface Reading {
  tokens: string[];
  /** stem of each token ('' for function words), talking verbs mapped to `discuss` */
  stems: string[];
  /** Porter stem of each token ('' for function words), talking verbs kept as written */
  raw: string[];
  /** predications the sentence negates */
  negated: Predication[];
  /** token indices inside a negation's or a hypothetical's reach: not asserted as fact */
  unasserted: Set<number>;
}

/**
 * Reads a sentence for polarity. A negation governs the predicate after it (fillers skipped:
 * "haven't even actually discussed"); "not only" and "not just" add rather than deny; a modal
 * before the negation ("should not interfere") is a demand, not a denial of fact, so it neither
 * negates nor asserts.
 */
export function readPolarity(text: string): Reading {
  const tokens = words(text);
  const clauseEnd = clauseEnds(text, tokens.length);
  const raw = tokens.map((w) => (content(w) ? stemWord(w.replace(/[.'-]/g, '')) : ''));
  const stems = raw.map((s) => (s ? talk(s) : ''));
  const negated: Predication[] = [];
  const unasserted = new Set<number>();
  /** tokens inside a condition or a question: a negation there denies nothing */
  const conditional = new Set<number>();
  // A question ("Why are you so confident he'll change?") asserts and denies nothing.
  if (QUESTION_END.test(text)) {
    tokens.forEach((_, i) => unasserted.add(i));
    return { tokens, stems, raw, negated, unasserted };
  }
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i];
    // "we're going to beat him": a plan or a prediction, asserted as no fact
    if (w === 'going' && tokens[i + 1] === 'to') unasserted.add(i);
    if (HYPOTHETICAL.has(w) || MODAL_NEGATIONS.has(w)) {
      // a condition ("if the fire was connected to ...") holds its whole clause out of assertion
      const reach = CONDITIONS.has(w) ? Math.max(clauseEnd[i] - 1, i + HYPOTHETICAL_REACH) : i + HYPOTHETICAL_REACH;
      for (let k = i + 1; k <= reach && k < tokens.length; k++) {
        unasserted.add(k);
        if (QUESTIONING.has(w)) conditional.add(k);
      }
      continue;
    }
    // "Nothing in the proposals requires ...", "no one saw ...": a negative subject denies its
    // clause's predicate, which is then not asserted (and names no act to compare)
    // "no senior executives have been held accountable" (a clause opening with "no") too
    const opensClause = i === 0 || clauseEnd[i - 1] === i || CLAUSE_OPENERS.has(tokens[i - 1]);
    if (NEGATIVE_SUBJECTS.has(w) || (w === 'no' && (tokens[i + 1] === 'one' || opensClause))) {
      for (let k = i + 1; k < clauseEnd[i]; k++) unasserted.add(k);
      continue;
    }
    // "they've offered no specifics": a verb with a denied object is not asserted either
    if (OBJECT_NEGATIONS.has(w) && i > 0 && stems[i - 1]) unasserted.add(i - 1);
    if (!isNegation(w)) continue;
    // "If you don't make the means to cross a road, ...": a negation inside a condition or a
    // question denies nothing
    if (conditional.has(i)) continue;
    // "no", "without", "none" negate a noun ("life without Facebook"), not an act: they put what
    // follows out of assertion but deny no predicate.
    const verbal = VERBAL_NEGATIONS.has(w) || w.endsWith("n't");
    if (NOT_NEGATING_NEXT.has(tokens[i + 1] ?? '')) continue;
    // a modal before the negation, or "going to" after it ("not going to beat him"): a demand or a prediction
    const modal = MODALS.has(tokens[i - 1] ?? '') || (tokens[i + 1] === 'going' && tokens[i + 2] === 'to');
    let j = i + 1;
    while (j < tokens.length && (NEGATION_FILLERS.has(tokens[j]) || tokens[j] === 'not' || (tokens[j] === 'in' && tokens[j + 1] === 'fact'))) j += tokens[j] === 'in' ? 2 : 1;
    // "..., not a member of the group", "three adults and not terrorists": the negation sets a
    // noun phrase against another; nothing in it is asserted, and no act is denied.
    if (NOUN_PHRASE_AFTER.has(tokens[j] ?? '') || /^\d/.test(tokens[j] ?? '') || COORDINATORS.has(tokens[i - 1] ?? '')) {
      for (let k = i + 1; k <= j + OBJECT_WINDOW && k < tokens.length; k++) unasserted.add(k);
      continue;
    }
    for (let k = i + 1; k <= j + 1 && k < tokens.length; k++) unasserted.add(k);
    if (!verbal || modal || j >= tokens.length || !stems[j]) continue;
    // "to know which Americans haven't been vaccinated": a negation inside an indirect question
    // asks, it does not deny.
    if (embeddedQuestion(tokens, i)) continue;
    // "did not know when the offer expires": the verb takes a question, it denies no fact
    if (QUESTION_AFTER.has(tokens[j + 1] ?? '') || (/ly$/.test(tokens[j + 1] ?? '') && QUESTION_AFTER.has(tokens[j + 2] ?? ''))) continue;
    // "I don't think we were executing" means "I think we weren't": the negation belongs to the
    // clause after a verb of belief, whose polarity is then unclear to a reader of words.
    if (BELIEF_VERBS.has(tokens[j])) {
      for (let k = j + 1; k < Math.min(tokens.length, j + 1 + BELIEF_REACH); k++) unasserted.add(k);
      continue;
    }
    // "This wasn't Carlesimo", "was not happy": a copula denies a description, not an act;
    // "isn't killing people" (a verb in -ing) is an act.
    const copula = COPULAS.has(tokens[i - 1] ?? '') || /^(?:is|was|are|were)n't$/.test(w);
    if (copula && !tokens[j].endsWith('ing') && j === i + 1) continue;
    // "never agreed to having her photograph taken again": it had happened before; the
    // negation denies a repetition, not the act
    const clause = tokens.slice(j + 1, clauseEnd[j]);
    if (clause.some((t, k) => REPETITION.has(t) || (t === 'any' && REPETITION_AFTER_ANY.has(clause[k + 1] ?? '')))) continue;
    // "has not been hit by a quake in more than 25 years", "hasn't won since 2019": a record over
    // a stretch of time before the story, not a denial of what the story reports
    if (clause.some((t, k) => recordSpan(clause, k))) continue;
    // the object stays in the predicate's clause ("whom police did not identify, was not in the
    // office": the office is no object of identifying) and is not the predicate itself
    const objectAt: number[] = [];
    for (let k = j + 1; k < Math.min(j + 1 + OBJECT_WINDOW, clauseEnd[j]); k++) if (stems[k] && stems[k] !== stems[j]) objectAt.push(k);
    negated.push({ predicate: stems[j], literal: raw[j], object: objectAt.map((k) => stems[k]), objectAt, at: j });
  }
  return { tokens, stems, raw, negated, unasserted };
}

/** Units of a stretch of time ("in 25 years", "for decades"). */
const STRETCHES = new Set(['years', 'decades', 'months', 'weeks', 'centuries', 'decade', 'century', 'generation', 'generations', 'ages']);

/**
 * Whether the clause's tokens at `k` name a stretch of time up to now: "in (more than) 25
 * years", "for decades", "over a generation", or "since" a year, a decade ("since the 1990s") or a month; not "since the meeting".
 */
function recordSpan(clause: string[], k: number): boolean {
  const t = clause[k];
  if (t === 'in' || t === 'for' || t === 'over') return clause.slice(k + 1, k + 5).some((w) => STRETCHES.has(w));
  if (t === 'since') return /^(?:\d{4}s?|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(clause[k + 1] ?? '') || (clause[k + 1] === 'the' && /^\d{4}s$/.test(clause[k + 2] ?? ''));
  return false;
}

/** Words that make their clause a condition, held out of assertion to the clause's end. */
const CONDITIONS = new Set(['if', 'whether', 'unless']);
/** Conditions and questions: a negation after one of them (within reach) denies nothing. */
const QUESTIONING = new Set([...CONDITIONS, 'asked', 'ask', 'asks', 'asking', 'wondered', 'what', 'why', 'how']);
/** Words after which a clause (and its subject) begins. */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'because', 'while', 'although', 'though', 'when', 'since', 'as']);
/** Negations of an object right after its verb ("offered no specifics", "found nothing"). */
const OBJECT_NEGATIONS = new Set(['no', 'nothing', 'none']);
/** Negative pronouns as subjects. */
const NEGATIVE_SUBJECTS = new Set(['nothing', 'nobody', 'none', 'neither']);
/** Words that make a negation deny a repetition ("never again", "no longer", "not anymore"). */
const REPETITION = new Set(['again', 'anymore']);
const REPETITION_AFTER_ANY = new Set(['longer', 'more']);
/** Marks that end a clause inside a sentence: commas, semicolons, colons, dashes, brackets. */
const CLAUSE_MARK = /[,;:()\[\]]|\s[-–—]+\s|—|–/g;

/**
 * For each token of `text` (as `words` splits it), the index of the first token after its
 * clause: the next clause mark, or the end.
 */
function clauseEnds(text: string, count: number): number[] {
  const out = new Array<number>(count).fill(count);
  let at = 0;
  let last = 0;
  for (const m of text.matchAll(CLAUSE_MARK)) {
    const upto = at + words(text.slice(last, m.index)).length;
    for (let k = at; k < upto && k < count; k++) out[k] = upto;
    at = upto;
    last = m.index! + m[0].length;
  }
  return out;
}

/** A sentence that ends with a question mark (inside closing quotation marks or not). */
const QUESTION_END = /\?["'”’)\]]*\s*$/;
/** Words that open a noun phrase after "not": "not a member", "not the first time". */
const NOUN_PHRASE_AFTER = new Set(['a', 'an', 'the', 'any', 'some', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this']);
/** "X and not Y", "X but not Y": a contrast of two things, not a denied act. */
const COORDINATORS = new Set(['and', 'but', 'or']);
/** Words that open an indirect question; `which` only after a verb of knowing or asking. */
const QUESTION_WORDS = new Set(['whether', 'if', 'what']);
/** Verbs of belief whose negation is read with the clause after them. */
const BELIEF_VERBS = new Set([
  'think', 'feel', 'believe', 'expect', 'suppose', 'imagine', 'guess', 'reckon', 'thinks', 'feels', 'believes', 'expects',
  // "did not mean that agencies could build roads", "hoped it wasn't connected": the clause after is neither asserted nor denied
  'mean', 'means', 'hope', 'hoped', 'hopes',
]);
/** How many words of the clause after a negated verb of belief are out of assertion. */
const BELIEF_REACH = 12;
/** Forms of "be" before a negation. */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'am', 'be', 'been', 'being']);
/** Words after a verb that make its complement a question. */
const QUESTION_AFTER = new Set(['when', 'where', 'whether', 'if', 'what', 'why', 'how', 'who', 'which']);
const KNOWING = new Set(['know', 'knows', 'knew', 'knowing', 'ask', 'asked', 'asks', 'determine', 'determined', 'decide', 'tell', 'track', 'identify', 'see', 'learn', 'find', 'check', 'verify']);
/** How many words before a negation an indirect question may open. */
const QUESTION_REACH = 3;

function embeddedQuestion(tokens: string[], negation: number): boolean {
  for (let k = Math.max(0, negation - QUESTION_REACH); k < negation; k++) {
    if (QUESTION_WORDS.has(tokens[k])) return true;
    if (tokens[k] === 'which' && KNOWING.has(tokens[k - 1] ?? '')) return true;
  }
  return false;
}

/** Negations of a verb: "did not discuss", "never visited", "haven't discussed". */
const VERBAL_NEGATIONS = new Set(['not', 'never', 'cannot']);

/**
 * What a denial cue must be followed by to deny a proposition rather than refuse a thing
 * ("rejected a plan", "denied a request"): a that-clause, a gerund ("denied interfering"), or a
 * word for a claim ("dismissed the accusation").
 */
const PROPOSITION_AFTER_DENIAL = /^(?:(?:the|his|her|their|its|any|all|a|an|american|russian|us|u\.s\.)\s+)*(?:that\b|\p{L}+ing\b|(?:allegations?|claims?|accusations?|reports?|charges?|suggestions?|notion|idea|speculation|assertions?|suspicions?)\b)/iu;

/** Modals that turn a following negation into a demand or a prediction ("should not interfere"). */
const MODALS = new Set(['should', 'must', 'would', 'will', 'could', 'might', 'may', 'shall', 'to']);
/** Contracted modal negations: a demand or a prediction, not a denial of fact. */
const MODAL_NEGATIONS = new Set(["won't", "wouldn't", "shouldn't", "mustn't", "couldn't", 'cannot', "can't"]);
/** Words after "not" that make it additive: "not only Russia but also China". */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'simply', 'least']);
/**
 * Words that put what follows in doubt or in the future: warned against interfering, questions
 * about whether Russia interfered, attempts to interfere. What follows is not asserted as fact.
 */
const HYPOTHETICAL = new Set([
  'against', 'whether', 'if', 'to', 'would', 'will', 'could', 'should', 'might', 'may', 'any', 'alleged', 'allegedly', 'allegations', 'accusation', 'accusations', 'claims', 'speculation', 'suspicion', 'suspicions',
  // questions: "a reporter who asked what makes him confident that ..." asserts nothing
  'asked', 'ask', 'asks', 'asking', 'wondered', 'what', 'why', 'how',
]);
/** How many words a hypothetical marker reaches. */
const HYPOTHETICAL_REACH = 3;
/** How far after a predicate its object may be named in an assertion ("Discussed many items including ... Election Meddling"). */
const ASSERTED_OBJECT_REACH = 20;

/** Stems of the predicates a sentence asserts (outside any negation's reach). */
export function assertedPredicates(text: string): Set<string> {
  const r = readPolarity(text);
  return new Set(r.stems.filter((s, i) => s && !r.unasserted.has(i)));
}

/**
 * The proposition a denial rejects, its act first: "Russia has long denied interfering in the
 * election" -> [interfer, elect]; "his denial that Russia intervened" -> [interfer, russia, elect]
 * (the act is the first word after the cue that is not a name).
 */
const DENIED = new Map<string, string[] | null>();
export function deniedObject(text: string): string[] | null {
  if (DENIED.has(text)) return DENIED.get(text)!;
  if (DENIED.size >= 50_000) DENIED.clear();
  const found = readDenied(text);
  DENIED.set(text, found);
  return found;
}

/** Whether the tagger reads the denial cue `word` of `text` as a noun other than "denial". */
function nounCue(text: string, word: string): boolean {
  if (/^denials?$/i.test(word)) return false;
  const token = tagText(text).find((t) => t.text === word);
  return token?.pos === 'NOUN' || token?.pos === 'PROPN';
}

function readDenied(text: string): string[] | null {
  const raw = [...text.replace(/[’‘]/g, "'").matchAll(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);
  for (let i = 0; i < raw.length; i++) {
    if (!DENIAL_CUES.has(stemWord(raw[i].toLowerCase()))) continue;
    if (!PROPOSITION_AFTER_DENIAL.test(raw.slice(i + 1, i + 6).join(' '))) continue;
    // "the previous four nomination contests, putting him ahead": a cue read as a noun denies
    // nothing ("his denial that ..." is the one noun of denial)
    if (nounCue(text, raw[i])) continue;
    // "did not dispute that ...", "never denied ...": a negated denial concedes
    if (raw.slice(Math.max(0, i - 3), i).some((w) => isNegation(w.toLowerCase()))) continue;
    // "a false report": an adjective before its noun describes a thing, it rejects no claim
    if (/^(?:a|an)$/i.test(raw[i - 1] ?? '')) continue;
    const after = raw.slice(i + 1, i + 1 + OBJECT_WINDOW + 2).filter((w) => content(w.toLowerCase()));
    const act = after.findIndex((w) => !/^\p{Lu}/u.test(w));
    if (act < 0) continue;
    const ordered = [after[act], ...after.filter((_, k) => k !== act)];
    return ordered.map((w) => stemWord(w.toLowerCase().replace(/'s$/, '').replace(/[.'-]/g, '')));
  }
  return null;
}

/**
 * Where a reading asserts `predicate` followed (within reach) by some of `object`: the shared
 * object stems, or [] when it does not.
 */
function assertsWith(r: Reading, predicate: string, object: string[]): string[] {
  return assertionOf(r, predicate, object).shared;
}

/**
 * As `assertsWith`, with the index of the asserted predicate (-1 when none); `verbal` says which
 * tokens may be that predicate (a verb, not the noun "her provocative poses" or "a perfect fit").
 */
function assertionOf(r: Reading, predicate: string, object: string[], verbal: (i: number) => boolean = () => true): { shared: string[]; at: number } {
  const wanted = new Set(object);
  let best: string[] = [];
  let at = -1;
  for (let i = 0; i < r.stems.length; i++) {
    if (r.stems[i] !== predicate || r.unasserted.has(i) || !verbal(i)) continue;
    const found = new Set<string>();
    for (let k = i + 1; k < Math.min(r.stems.length, i + 1 + ASSERTED_OBJECT_REACH); k++) if (wanted.has(r.stems[k])) found.add(r.stems[k]);
    if (found.size > best.length) {
      best = [...found];
      at = i;
    }
  }
  return { shared: best, at };
}

/** Verbs whose meaning is mostly in their object (Porter stems). */
const LIGHT_VERBS = new Set(['make', 'made', 'have', 'had', 'take', 'took', 'taken', 'get', 'got', 'give', 'gave', 'given', 'go', 'went', 'gone', 'come', 'came', 'put', 'keep', 'kept', 'us', 'do', 'did', 'done', 'set', 'hold', 'held']);
/** Share of a light verb's object (by weight) the assertion must name. */
const LIGHT_VERB_MATTER = 0.5;

/** How many words before a predicate its subject's name may stand. */
const SUBJECT_REACH = 8;

/** How many words before a predicate a common noun may stand to be its subject ("the regulations don't require"). */
const NOUN_SUBJECT_REACH = 3;

/**
 * The subject of the predicate at token `at`: the story entity (person or organisation) whose
 * name's last word stands nearest before it, within reach; a subject pronoun (`pronoun:he`) or a
 * common noun just before it (`noun:regul`) when nearer; null when none is found.
 */
function subjectAt(r: Reading, at: number, names: Map<string, string>, nouns: Set<string>): string | null {
  for (let k = at - 1; k >= Math.max(0, at - SUBJECT_REACH); k--) {
    const id = names.get(r.tokens[k]);
    if (id) return id;
    // a subject pronoun nearer than any name stands for the name before it in the sentence
    // ("McConnell says he spoke to Trump"); with none, "he" and "she" are two people, whoever they are
    if (SUBJECT_PRONOUNS.has(r.tokens[k])) {
      for (let m = k - 1; m >= 0; m--) {
        const named = names.get(r.tokens[m]);
        if (named) return named;
      }
      return `pronoun:${r.tokens[k]}`;
    }
    if (k >= at - NOUN_SUBJECT_REACH && nouns.has(r.tokens[k]) && r.stems[k]) return `noun:${r.stems[k]}`;
  }
  return null;
}
/** What kind of subject `subjectAt` found: a name, a pronoun or a common noun. */
const subjectKind = (s: string) => /^(pronoun|noun):/.exec(s)?.[1] ?? 'name';
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'we', 'they', 'i']);

/**
 * The last word of each person's, organisation's and place's names, and a person's given name,
 * when it names one entity only.
 */
function lastNames(index: StoryIndex): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  // places too: "Boston has not made an offer" names the club by its city
  const add = (w: string | undefined, id: string) => {
    if (!w || w.length < 3 || STOPWORDS.has(w)) return;
    if (out.has(w) && out.get(w) !== id) taken.add(w);
    else out.set(w, id);
  };
  for (const e of index.entities) {
    for (const v of new Set([e.name, ...e.variants])) {
      const tokens = words(v);
      add(tokens.at(-1), e.id);
      // a person's given name, when no one else in the story has it ("Lindsay never checked in")
      if (e.type === 'person' && tokens.length > 1) add(tokens[0], e.id);
    }
  }
  for (const w of taken) out.delete(w);
  return out;
}

/** Who holds a statement: the speaker of a quote in it, else its first named entity, else the outlet. */
function holderOf(u: Unit, index: StoryIndex): string {
  const analyzed = index.story.articles[u.article];
  for (const q of u.quotes) {
    if (!q.speaker) continue;
    const linked = q.speaker.entity ? index.entityOf(u.articleId, q.speaker.entity) : undefined;
    if (linked) return linked.name;
    // An unresolved pronoun names no one; fall through to the sentence's first named party.
    if (!CONTEXT_PRONOUNS.has(q.speaker.name.toLowerCase())) return q.speaker.name;
  }
  let first: { start: number; name: string } | null = null;
  for (const e of analyzed.entities) {
    if (e.type === 'place') continue;
    for (const m of e.mentions) {
      if (m.form !== 'pronoun' && m.start >= u.start && m.end <= u.end && (!first || m.start < first.start)) {
        first = { start: m.start, name: index.entityOf(u.articleId, e.id)?.name ?? e.name };
      }
    }
  }
  return first?.name ?? u.outlet;
}

/** Whether two statements of one article come from one holder, or from the outlet itself. */
function sameVoice(a: Unit, b: Unit, index: StoryIndex): boolean {
  const ha = holderOf(a, index);
  const hb = holderOf(b, index);
  return ha === hb || ha === a.outlet || hb === b.outlet;
}

/** Topic words: the shared stems, written as the first side writes them. */
function topicOf(shared: string[], u: Unit): string {
  const surface = new Map<string, string>();
  for (const w of words(u.text)) {
    const s = stemWord(w);
    if (!surface.has(s)) surface.set(s, w);
  }
  return [...new Set(shared)].slice(0, 4).map((s) => surface.get(s) ?? s).join(' ');
}

interface Proposal {
  kind: Contradiction['kind'];
  /** the side that asserts */
  a: Unit;
  /** the side that denies or differs */
  b: Unit;
  score: number;
  topic: string;
  /**
   * what side b says, as a key: accounts of the same denial in several articles ("did not
   * discuss election meddling", "haven't even actually discussed elections") share it and are
   * shown as one side citing each
   */
  group?: string;
}

function weight(stems: string[], index: StoryIndex): number {
  return stems.reduce((sum, s) => sum + (index.idf.get(s) ?? 1), 0);
}


/** The units that assert each stem (outside negations and hypotheticals), to look assertions up by predicate. */
function assertingIndex(index: StoryIndex, readings: Map<Unit, Reading>): Map<string, Unit[]> {
  const out = new Map<string, Unit[]>();
  for (const u of index.content) {
    const r = readings.get(u)!;
    const seen = new Set<string>();
    r.stems.forEach((stem, i) => {
      if (!stem || r.unasserted.has(i) || seen.has(stem)) return;
      seen.add(stem);
      let list = out.get(stem);
      if (!list) out.set(stem, (list = []));
      list.push(u);
    });
  }
  return out;
}

/** Words (lower case, as `words` writes them) of a sentence read by their part-of-speech tags. */
interface Tagged {
  /** verbs, and participles used as adjectives ("an approved facility") */
  verbs: Set<string>;
  /** nouns, names and verbs: the words an object is made of (not "far too long") */
  objects: Set<string>;
  /** common nouns */
  nouns: Set<string>;
}
/** Possessives and determiners: a word after one (and an adjective) is a noun ("her provocative poses"). */
const NOUN_OPENERS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'its', 'my', 'our', 'your', 'this', 'these', 'those']);

/** Tags a unit's sentence on first use: only sentences that meet a negation are tagged. */
function tagReader(): (u: Unit) => Tagged {
  const cache = new Map<Unit, Tagged>();
  return (u) => {
    let tagged = cache.get(u);
    if (tagged) return tagged;
    const tokens = tagText(u.text);
    const low = (k: number) => tokens[k]?.text.toLowerCase().replace(/[’‘]/g, "'") ?? '';
    const verbs = new Set<string>();
    const objects = new Set<string>();
    const nouns = new Set<string>();
    tokens.forEach((t, k) => {
      if (t.pos === 'NOUN') nouns.add(low(k));
      const opened = NOUN_OPENERS.has(low(k - 1)) || (tokens[k - 1]?.pos === 'ADJ' && NOUN_OPENERS.has(low(k - 2)));
      const verbal = (t.pos === 'VERB' || t.pos === 'AUX') && !opened;
      if (verbal || (t.pos === 'ADJ' && /ed$/i.test(t.text))) verbs.add(low(k));
      if (verbal || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (opened && t.pos === 'VERB')) objects.add(low(k));
    });
    cache.set(u, (tagged = { verbs, objects, nouns }));
    return tagged;
  };
}

function negationProposals(index: StoryIndex, readings: Map<Unit, Reading>): Proposal[] {
  const out: Proposal[] = [];
  const tags = tagReader();
  const party = (u: Unit) => partiesOf(u, index);
  // Accounts of one denial in several articles ("did not discuss election meddling", "haven't
  // even actually discussed elections") form one group: same predicate, objects that overlap.
  const groups: { predicate: string; object: Set<string>; id: string }[] = [];
  const groupOf = (p: Predication) => {
    let g = groups.find((x) => x.predicate === p.predicate && p.object.some((o) => x.object.has(o)));
    if (!g) groups.push((g = { predicate: p.predicate, object: new Set(), id: `${p.predicate}#${groups.length}` }));
    for (const o of p.object) g.object.add(o);
    return g.id;
  };
  const asserting = assertingIndex(index, readings);
  const names = lastNames(index);
  for (const n of index.content) {
    const rn = readings.get(n)!;
    for (const negated of rn.negated) {
      const tn = negated.object.length ? tags(n) : null;
      if (!tn || !tn.verbs.has(rn.tokens[negated.at])) continue;
      // the object's nouns, names and verbs ("has not been heard for far too long" has none)
      const objectAt = negated.objectAt.filter((k) => tn.objects.has(rn.tokens[k]));
      const p = { ...negated, object: objectAt.map((k) => rn.stems[k]), objectAt };
      if (!p.object.length) continue;
      const group = groupOf(p);
      for (const a of asserting.get(p.predicate) ?? []) {
        // one voice setting a statement against its own ("we need real change" / "but we do not
        // need change based on ...") qualifies it; within one article only two named holders
        // disagree ("Gates said he was working for the party" / "Podesta said Gates was not")
        if (a.article === n.article && sameVoice(a, n, index)) continue;
        const ra = readings.get(a)!;
        if (ra.negated.some((q) => q.predicate === p.predicate)) continue;
        const { shared, at } = assertionOf(ra, p.predicate, p.object, (i) => tags(a).verbs.has(ra.tokens[i]));
        if (!shared.length) continue;
        // "Klitschko landed 28 punches" does not meet "Rahman didn't land a punch": another
        // subject did it. Talking involves both parties ("Trump warned Lavrov" meets "we haven't
        // discussed"): there the denier need only be a party of the assertion.
        const sn = subjectAt(rn, p.at, names, tn.nouns);
        const sa = subjectAt(ra, at, names, tags(a).nouns);
        // a name and a pronoun (or a noun: "the minister") may be one person: only two of a kind
        // can differ ("the regulations don't require" / "the act requires")
        const comparable = sn && sa && subjectKind(sn) === subjectKind(sa);
        if (comparable && sn !== sa && (p.predicate !== 'discuss' || !partiesOf(a, index).has(sn))) continue;
        // accounts of one act name someone in common ("Gray pointed a gun" / "Gray did not
        // point the gun"), unless one names no one ("In the sixth, he landed one punch")
        const pa = party(a);
        const pn = party(n);
        if (pa.size && pn.size && ![...pa].some((e) => pn.has(e))) continue;
        const matter = weight(shared, index) / weight(p.object, index);
        // a light verb means little by itself ("made him an offer" / "made an eight-year offer",
        // "going with another filmmaker"): most of its object must be the same
        if (matter < (LIGHT_VERBS.has(p.predicate) ? LIGHT_VERB_MATTER : THRESHOLDS.sameMatter)) continue;
        // The very verb denied ("discussed" against "did not discuss") meets it more squarely
        // than another verb of talking ("warned").
        const exact = ra.raw.some((x, i) => x === p.literal && !ra.unasserted.has(i)) ? EXACT_PREDICATE : 0;
        const score = matter + cosine(n.vector, a.vector) + exact;
        const verb = n.text.match(new RegExp(`\\b${p.predicate === 'discuss' ? '(discuss|talk|warn|rais|mention)' : p.predicate}\\w*`, 'i'))?.[0];
        out.push({ kind: 'negation', a, b: n, score, topic: [verb, topicOf(shared, n)].filter(Boolean).join(' '), group });
      }
    }
  }
  return out;
}

function denialProposals(index: StoryIndex, readings: Map<Unit, Reading>): Proposal[] {
  const out: Proposal[] = [];
  const denied = new Map(index.content.map((u) => [u, deniedObject(u.text)]));
  const asserting = assertingIndex(index, readings);
  for (const d of index.content) {
    const object = denied.get(d);
    if (!object) continue;
    const [key, ...rest] = object;
    for (const a of asserting.get(key) ?? []) {
      if (denied.get(a) || readings.get(a)!.negated.length) continue;
      // The assertion must state the denied act as fact, not as a warning or a question.
      const ra = readings.get(a)!;
      const shared = assertsWith(ra, key, rest);
      if (!ra.stems.some((s, i) => s === key && !ra.unasserted.has(i))) continue;
      const before = ra.stems.findIndex((s, i) => s === key && !ra.unasserted.has(i));
      const context = new Set(ra.stems.slice(Math.max(0, before - ASSERTED_OBJECT_REACH), before));
      const all = [...new Set([...shared, ...rest.filter((s) => context.has(s))])];
      if (!all.length) continue;
      const matter = weight([key, ...all], index) / weight(object, index);
      if (matter < THRESHOLDS.sameMatter * 2) continue;
      out.push({ kind: 'denial', a, b: d, score: matter + cosine(d.vector, a.vector), topic: topicOf([key, ...all], d), group: `deny:${key}` });
    }
  }
  return out;
}

/** The day an account was published (`YYYY-MM-DD`), or null when its article has no date. */
function publishedOn(u: Unit, index: StoryIndex): string | null {
  return index.story.articles[u.article].article.published?.slice(0, 10) ?? null;
}

/**
 * Words that set a figure's scope apart: "controlling for food and energy prices", "excluding
 * autos", "core inflation", "seasonally adjusted", "per capita". When one account qualifies its
 * figure so and the other does not, they measure different things (a month's core and headline
 * inflation, 0.9 and 0.8 percent), not one thing twice.
 */
const SCOPE_QUALIFIER = /\b(?:excluding|excludes|excluded|controlling for|not counting|not including|adjusted for|seasonally adjusted|per capita|annuali[sz]ed|on an annual basis|core (?:inflation|prices?|index|rate|cpi|pce|consumer prices?))\b/i;

function numberProposals(index: StoryIndex, _readings: Map<Unit, Reading>): Proposal[] {
  const out: Proposal[] = [];
  for (const { a, b, sim } of similarPairs(index, THRESHOLDS.sameFact)) {
    // accounts of different days: a count or a date that changed between them is an update of a
    // developing story ("four days of riots", then "eight days"), not a disagreement; undated
    // accounts are compared
    const da = publishedOn(a, index);
    const db = publishedOn(b, index);
    if (da && db && da !== db) continue;
    if (SCOPE_QUALIFIER.test(a.text) !== SCOPE_QUALIFIER.test(b.text)) continue;
    // Counts of the same thing are counts about the same someone or somewhere: "served seven
    // seasons" and "played 11 seasons" of two coaches share no one.
    if (a.entities.size && b.entities.size && ![...a.entities].some((e) => b.entities.has(e))) continue;
    {
      // time so far of something going on ("after eight days of riots") grows between accounts:
      // compared only when both accounts are of the same day
      const sameDay = !!da && da === db;
      const qa = a.quantities.filter((q) => !q.year && q.unit && (!q.elapsed || sameDay));
      const qb = b.quantities.filter((q) => !q.year && q.unit && (!q.elapsed || sameDay));
      if (!qa.length || !qb.length) continue;
      for (const x of qa) {
        // the same unit counting the same thing: words around both figures in common
        // ("killed 120 people in the quake" / "the quake killed 95 people"), and both a sum or
        // both one part ("a total of 14 rifles" against "six rifles seized from the boats")
        // ("28 of his 68 punches" in a round and "178 of 369" in the fight: two shares with other
        // parts count two scopes; the same part of other wholes disagrees)
        const otherTally = (q: Quantity) => x.partOf !== null && q.partOf !== null && x.partOf !== q.partOf;
        const y = qb.find((q) => q.unit === x.unit && !compatible(x, q) && q.total === x.total && !otherTally(q) && q.context.some((w) => x.context.includes(w)));
        if (!y) continue;
        // The same quantity named by both with the same value is agreement; a different one is not.
        if (qb.some((q) => q.unit === x.unit && q.value === x.value) || qa.some((q) => q.unit === y.unit && q.value === y.value)) continue;
        out.push({ kind: 'number', a, b, score: sim + 0.5, topic: topicOf([x.unit, ...a.stems.filter((s) => b.stems.includes(s)).slice(0, 2)], a) });
        break;
      }
    }
  }
  return out;
}

/** How many words before a date the word it dates may stand ("broke out on Monday"). */
const DATE_GOVERNOR_REACH = 4;
/** Prepositions that put a date in another role than the day something happened. */
const DATE_ROLES = new Set(['since', 'until', 'till', 'by', 'before', 'after', 'from', 'through', 'of']);

/**
 * What a date dates in its sentence: the nearest content word before it ("fire broke out on
 * Monday" -> `broke`; "announced Tuesday" -> `announc`) and the preposition that gives its role
 * ("since March 14" is not the day of the event). Two dates are the same fact's date only when
 * both agree.
 */
function dateRole(u: Unit, d: { start: number }, text: string): string | null {
  const before = words(text.slice(u.start, d.start)).slice(-DATE_GOVERNOR_REACH - 1);
  const role = DATE_ROLES.has(before[before.length - 1] ?? '') ? before[before.length - 1] : 'on';
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k];
    if (content(w) && !DATE_WORDS.test(w)) return `${role}:${stemWord(w)}`;
  }
  return null;
}
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|last|next|week|day|month|year|today|yesterday|earlier|later|morning|evening|night)$/;

function dateProposals(index: StoryIndex, _readings: Map<Unit, Reading>): Proposal[] {
  const out: Proposal[] = [];
  const textOf = (u: Unit) => index.story.articles[u.article].article.text;
  for (const { a, b, sim } of similarPairs(index, THRESHOLDS.sameFact)) {
    const da = a.dates.filter((d) => d.granularity === 'day').map((d) => ({ d, role: dateRole(a, d, textOf(a)) }));
    const db = b.dates.filter((d) => d.granularity === 'day').map((d) => ({ d, role: dateRole(b, d, textOf(b)) }));
    if (!da.length || !db.length) continue;
    if (da.some((x) => db.some((y) => y.d.value === x.d.value))) continue;
    // Only dates of the same act in the same role disagree; any other pair dates two things.
    if (!da.some((x) => x.role && db.some((y) => y.role === x.role))) continue;
    out.push({ kind: 'date', a, b, score: sim, topic: topicOf(a.stems.filter((s) => b.stems.includes(s)).slice(0, 3), a) });
  }
  return out;
}

/**
 * Names: the same fact with a different person in the same role ("White House spokesman Judd
 * Deere said ..." / "White House spokesman John Smith said ..."), each name absent from the other
 * article altogether (an article naming both knows they are two people).
 */
function nameProposals(index: StoryIndex, _readings: Map<Unit, Reading>): Proposal[] {
  const out: Proposal[] = [];
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  const inArticle = new Map<number, Set<string>>();
  for (const u of index.units) {
    let set = inArticle.get(u.article);
    if (!set) inArticle.set(u.article, (set = new Set()));
    for (const e of u.entities) set.add(e);
  }
  const roles = (id: string) => new Set((byId.get(id)?.roles ?? []).map((r) => r.toLowerCase()));
  const surname = (id: string) => words(byId.get(id)?.name ?? '').at(-1) ?? '';
  // "Secretary Salazar" in an article that did not link him to "Ken Salazar" still names him
  const named = (id: string, u: Unit) => {
    const last = surname(id);
    return last.length > 2 && words(index.story.articles[u.article].article.text).includes(last);
  };
  for (const { a, b, sim } of similarPairs(index, THRESHOLDS.sameFact)) {
    const people = (u: Unit) => [...u.entities].filter((id) => byId.get(id)?.type === 'person');
    const onlyA = people(a).filter((id) => !inArticle.get(b.article)!.has(id) && !named(id, b));
    const onlyB = people(b).filter((id) => !inArticle.get(a.article)!.has(id) && !named(id, a));
    for (const x of onlyA) {
      const rx = roles(x);
      // the same surname is one person spelled two ways ("Karolos"/"Carolos Papoulias")
      const y = onlyB.find((id) => surname(id) !== surname(x) && [...roles(id)].some((r) => rx.has(r)));
      if (!y) continue;
      const role = [...roles(y)].find((r) => rx.has(r))!;
      out.push({ kind: 'name', a, b, score: sim, topic: role });
      break;
    }
  }
  return out;
}

export function contradictions(facts: Fact[], index: StoryIndex): Contradiction[] {
  const factOf = new Map<Unit, Fact>();
  for (const f of facts) for (const u of f.units) factOf.set(u, f);
  const kept: Contradiction[] = [];
  const readings = new Map(index.content.map((u) => [u, readPolarity(u.text)]));
  const denials = new Set(index.content.filter((u) => deniedObject(u.text)));
  const support = (f: Fact) => (index.sourceCount > 1 ? (f.sources.length - 1) / (index.sourceCount - 1) : 0);
  for (const detect of [negationProposals, denialProposals, numberProposals, dateProposals, nameProposals]) {
    const found = detect(index, readings).filter((p) => factOf.has(p.a) && factOf.has(p.b));
    // The parties of each denial, over every article's account of it: an assertion about the
    // same people ("Trump warned Lavrov") meets it better than one about others ("Pompeo warned").
    const party = (u: Unit) => partiesOf(u, index);
    const parties = new Map<string, Set<string>>();
    for (const p of found) {
      if (!p.group) continue;
      let set = parties.get(p.group);
      if (!set) parties.set(p.group, (set = new Set()));
      for (const e of party(p.b)) set.add(e);
    }
    const partyScore = (p: Proposal) => {
      const set = p.group ? parties.get(p.group)! : party(p.b);
      let n = 0;
      for (const e of party(p.a)) if (set.has(e)) n++;
      return PARTY_BONUS * Math.min(n, 3);
    };
    const proposals = found
      // A denial agreeing with another denial is no disagreement.
      .filter((p) => !(p.kind === 'denial' && denials.has(p.a)))
      .map((p) => ({ ...p, score: p.score + 0.3 * support(factOf.get(p.a)!) + partyScore(p) }))
      .sort((x, y) => y.score - x.score || x.a.id - y.a.id || x.b.id - y.b.id);
    const byKey = new Map<string, Contradiction>();
    const used = new Set<string>();
    const perGroup = new Map<string, Unit[]>();
    for (const p of proposals) {
      const fa = factOf.get(p.a)!;
      const fb = factOf.get(p.b)!;
      const pair = [fa.index, fb.index].sort((x, y) => x - y).join('-');
      if (fa !== fb && used.has(pair)) continue;
      // Inside one fact (same wording, another number) the two sentences are the sides and cite
      // only themselves; otherwise each side cites every wording of its fact.
      const [ua, ub] = fa === fb ? [[p.a], [p.b]] : [fa.units, fb.units];
      const key = p.group ? `${fa.index}|${p.group}` : fa === fb ? `u${p.a.id}-${p.b.id}` : pair;
      const existing = byKey.get(key);
      if (existing) {
        // Another article's account of the same denial: cite it on the same side.
        if (p.b.source !== p.a.source) existing.sides[1].citations = mergeCitations(existing.sides[1].citations, citeUnits(ub));
        used.add(pair);
        continue;
      }
      if (byKey.size >= MAX_PER_KIND) continue;
      if (p.group) {
        // Against one denial, show different assertions, not one statement in two wordings.
        const shown = perGroup.get(p.group) ?? [];
        if (shown.length >= MAX_PER_GROUP || shown.some((u) => cosine(u.vector, p.a.vector) >= SAME_ASSERTION)) continue;
        perGroup.set(p.group, [...shown, p.a]);
      }
      used.add(pair);
      const c: Contradiction = { topic: p.topic, kind: p.kind, sides: [side(p.a, ua, index), side(p.b, ub, index)] };
      // the same two sentences from two copies of one text are one disagreement
      const shown = `${c.sides[0].text}\u0000${c.sides[1].text}`;
      if (kept.some((k) => `${k.sides[0].text}\u0000${k.sides[1].text}` === shown)) continue;
      byKey.set(key, c);
      kept.push(c);
    }
  }
  return kept;
}

function mergeCitations(a: Citation[], b: Citation[]): Citation[] {
  const seen = new Set(a.map((c) => `${c.article}\u0000${c.start}`));
  return [...a, ...b.filter((c) => !seen.has(`${c.article}\u0000${c.start}`))];
}

function side(u: Unit, units: Unit[], index: StoryIndex): Position {
  return { text: u.text, holder: holderOf(u, index), citations: citeUnits([u, ...units]) };
}
