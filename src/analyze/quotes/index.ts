/**
 * Quotes: reported statements with their cue and speaker.
 *
 * Detectors, in order:
 *   1. `findQuoted`        quotation marks -> quoted spans (multi-paragraph, unclosed reported)
 *   2. `attributionsOf`    per sentence, each cue of `cues.ts` ("said", "according to") ->
 *                          content + speaker, by the pattern it sits in: according-to,
 *                          participle (", saying ..."), inverted ("..., said Lavrov"),
 *                          trailing ("..., Lavrov said"), leading ("Lavrov said that ...")
 *   3. `colonQuotes`       `Name: "..."` -> the colon is the cue
 *   4. `headlineQuotes`    `Lynch: No outside influence ...` in a short headline line
 *   5. `orphanQuotes`      quoted sentences with no cue of their own -> a continuation of the
 *                          cued quote before it in the same paragraph (same cue), or a direct
 *                          quote of the speaker who spoke last within reach (no cue)
 * Refiners: `splitCoordinated` (a content ends before a coordinated cue), weak cues inside a
 * speech cue's content dropped, runaway contents dropped with a message, `resolveSpeakers`
 * (pronoun / description / partial name -> entity).
 *
 * Conventions (shared with PolNeAR and PARC annotations):
 * - A direct quote's span includes its quotation marks and the punctuation inside them.
 * - Indirect content starts at "that" when there is one and ends before the sentence's final
 *   period.
 * - A quote split by its cue (`"We are prepared," Lavrov said, "to publish ..."`) gives two
 *   quotes with the same `cue` span and the same speaker; a consumer joins pieces by cue.
 * - `quote.text` is always `text.slice(start, end)`.
 */
import { message } from '../../core/messages.js';
import type { Entity, Message, Quote, QuoteKind, Sentence, Span, Speaker } from '../../core/types.js';
import { PLACES } from '../entities/lexicon.js';
import { tagText, type TaggedToken } from '../pos.js';
import { clauseAttributions } from './clauses.js';
import { CLAUSE_CUE_LEMMAS } from './clause-words.js';
import { CUE_PATTERN, cueClass, holdsCue, type CueClass } from './cues.js';
import { findQuoted, paragraphSpans, type Quoted } from './marks.js';
import { SpeakerResolver, type SeenSpeaker } from './resolve.js';
import { firstTokenAt, PRONOUNS, phraseAfter, subjectBefore, tokenize, YEAR, type Subject, type Token } from './speaker.js';

export interface QuoteOptions {
  /** the input the text came from, named in messages */
  input?: string;
  /** who wrote the article (its byline), the speaker of its own first person ("I asked him") */
  writer?: string | null;
}

/** An attribution before speaker resolution. */
interface Attribution {
  pieces: Span[];
  cue: Span | null;
  subject: Subject | null;
  sentence: number;
  /** from a cue whose object is the content ("urged", "called for"): yields to a speech cue around it */
  weak?: boolean;
  /** the attribution whose speaker an uncued quotation inherits */
  from?: Attribution | null;
  /** a quotation signed after a dash (`“...” ― Name`): one of a list, continued by no other */
  signed?: boolean;
}

/** Shortest content worth reporting, in words ("said so" is not a statement). */
const MIN_CONTENT_WORDS = 2;
/** An uncued quotation must be a sentence of its own at least this long to be a quote, not a scare quote. */
const MIN_ORPHAN_WORDS = 5;
/** How far back an orphan quote looks for the speaker who spoke last. */
const ORPHAN_REACH_PARAGRAPHS = 2;

const OPEN_MARKS = /^["“„«‘'`]/;

export function findQuotes(
  text: string,
  sentences: Sentence[],
  { entities }: { entities: Entity[] },
  opts: QuoteOptions = {},
): { quotes: Quote[]; messages: Message[] } {
  const paragraphs = paragraphSpans(text);
  const all: Sentence[] = sentences.length ? sentences : paragraphs.map((p, i) => ({ ...p, paragraph: i }));
  const { quoted, messages } = findQuoted(text, paragraphs, opts.input);
  // A "sentence" longer than any content has lost its boundaries (text without punctuation, a
  // quotation that never closes): reading cues in it costs time that grows with the square of
  // its length, so it is read in pieces cut at clause marks, and said so.
  const sents = all.flatMap((s) => (s.end - s.start <= MAX_SENTENCE_CHARS ? [s] : piecesOf(text, s)));
  if (sents.length > all.length) {
    const long = all.filter((s) => s.end - s.start > MAX_SENTENCE_CHARS).length;
    messages.push(message('warning', 'analyze', 'long-sentence', `${long} sentence(s) over ${MAX_SENTENCE_CHARS} characters read for quotes in pieces cut at commas or spaces`, opts.input));
  }
  const doubles = quoted.filter((q) => !/^['‘]/.test(text[q.start]) || text[q.start + 1] === text[q.start]);
  const attributions: Attribution[] = [];
  const tags = tagText(text);
  const clauses = taggedClauses(tags);
  for (let si = 0; si < sents.length; si++) attributions.push(...splitCoordinated(text, attributionsOf(text, sents[si], si, quoted, attributions, clauses)));
  // an object cue inside the content of a speech cue is part of what was said, not an attribution of its own
  const strong = attributions.filter((a) => !a.weak).flatMap((a) => a.pieces);
  const attributions1 = attributions.filter((a) => !a.weak || !a.cue || !strong.some((p) => p.start <= a.cue!.start && a.cue!.end <= p.end));
  const kept = attributions1.filter((a) => a.pieces.every((p) => p.end - p.start <= MAX_CONTENT_CHARS || quotedAt(quoted, p.start)?.start === p.start));
  if (kept.length < attributions1.length) {
    const dropped = attributions1.length - kept.length;
    messages.push(message('warning', 'analyze', 'span-dropped', `${dropped} attribution(s) dropped: their content ran over ${MAX_CONTENT_CHARS} characters without a sentence boundary`, opts.input));
  }
  kept.push(...colonQuotes(text, sents, doubles, kept, paragraphs));
  kept.push(...headlineQuotes(text, sents, kept, paragraphs));
  kept.push(...sourceNounQuotes(text, sents, kept, quoted, clauses));
  kept.push(...clauseQuotes(text, sents, kept, quoted, tags, clauses));
  kept.push(...unsourcedQuotes(text, sents, kept, quoted, clauses));
  kept.push(...thatClauseQuotes(text, sents, kept, doubles, quoted, tags, clauses));
  kept.push(...signedQuotes(text, sents, doubles, kept));
  kept.push(...orphanQuotes(text, sents, doubles, kept, paragraphs));
  kept.sort((a, b) => a.pieces[0].start - b.pieces[0].start);
  // a content cut off where the text ends ("two agencies said Americans don't need...", a feed's
  // excerpt) says something other than what was said: dropped, and said so
  const attributions2 = kept.filter((a) => !cutOff(text, a.pieces[a.pieces.length - 1]));
  if (attributions2.length < kept.length) {
    const dropped = kept.length - attributions2.length;
    messages.push(message('warning', 'analyze', 'span-dropped', `${dropped} attribution(s) dropped: their content is cut off where the text ends ("...")`, opts.input));
  }
  return { quotes: resolveSpeakers(text, sents, attributions2, entities, quoted, opts.writer ?? null), messages };
}

/**
 * Offsets of words the tagger reads as a noun, a proper noun or an adjective: a cue form there
 * is not a verb ("their support", "the United States", "the said agreement").
 */
const NOT_VERB_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
interface TaggedClauses {
  /** whether the text was tagged at all (a text over MAX_TAGGED_CHARS is not) */
  tagged: boolean;
  /** offsets of cue forms read as nouns */
  notVerb: Set<number>;
  /** does a span hold a verb or an auxiliary? */
  hasVerb: (span: Span) => boolean;
  /** does a word the tagger reads as a verb (not an auxiliary) start at this offset? */
  verbAt: (pos: number) => boolean;
}

function taggedClauses(tags: TaggedToken[]): TaggedClauses {
  const verbs = tags.filter((t) => t.pos === 'VERB' || t.pos === 'AUX').map((t) => t.start);
  const hasVerb = (span: Span) => {
    let lo = 0;
    let hi = verbs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (verbs[mid] < span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < verbs.length && verbs[lo] < span.end;
  };
  const lexicalVerbs = new Set(tags.filter((t) => t.pos === 'VERB').map((t) => t.start));
  return { tagged: tags.length > 0, notVerb: nounReadings(tags), hasVerb, verbAt: (pos) => lexicalVerbs.has(pos) };
}

/**
 * Cue forms that are no noun after a number: the tagger reads `say` as one in poll reporting
 * (`nine out of 10 say`, `one in five say`), where the number is the subject.
 */
const NO_NOUN_AFTER_NUMBER = /^(?:say|says|said|told|think|believe|agree|disagree|expect|want|prefer)$/i;

/**
 * `support` and `backing` as the noun of a stance (`20 percent support from Latino voters`,
 * `Republican support for free trade`, `statements of support`): a preposition after the word
 * or a share or `of` before it (the verb takes a bare object: `voters support the proposal`).
 * The tagger's own reading is no help here (it reads `Voters support the proposal` as a noun).
 */
const STANCE_NOUN = /^(?:support|backing)$/i;
const STANCE_NOUN_AFTER = /^(?:for|from|among|of|in|on|behind|to)$/i;
const STANCE_NOUN_BEFORE = /^(?:of|percent|%|['’]s|broad|strong|public|popular|grassroots|Republican|Democratic|Latino|Hispanic|black|white|his|her|their|its)$/;

function nounReadings(tags: TaggedToken[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k];
    // "a group called Citizens for Trump", "the so called initiative": a participle naming a
    // thing after its common noun, not a call
    if (/^called$/i.test(t.text) && k > 0 && namingParticiple(tags, k)) {
      out.add(t.start);
      continue;
    }
    if (!NOT_VERB_TAGS.has(t.pos)) continue;
    // the tagger errs on verbs after a name ("Mr. Regalado ... views Mr. Trump as"); a noun
    // reading counts when a determiner, an adjective or a possessive stands before the word
    const before = tags[k - 1];
    // a proper-noun reading inside a name ("the United States said"), not in a title-case
    // headline ("Trump Slams Clinton"), where the next word is capitalised too
    const after = tags[k + 1];
    if (t.pos === 'PROPN' && before?.pos === 'PROPN' && !(after && /^\p{Lu}/u.test(after.text))) out.add(t.start);
    else if (STANCE_NOUN.test(t.text) && ((after && STANCE_NOUN_AFTER.test(after.text)) || (before && STANCE_NOUN_BEFORE.test(before.text)))) out.add(t.start);
    // "by 0.1 percentage points to 4.2 percent": points counted, not pointing
    else if (/^points?$/i.test(t.text) && before && /^(?:percentage|basis|match|bonus|\d[\d.,]*)$/i.test(before.text)) out.add(t.start);
    // "the first time claims have dipped", "Continuing claims, which indicate": a plural noun
    // before its auxiliary or a relative clause is the subject, not the cue
    else if (t.pos === 'NOUN' && /s$/i.test(t.text) && after && (after.pos === 'AUX' || (after.text === ',' && /^which$/i.test(tags[k + 2]?.text ?? '')))) out.add(t.start);
    // "the TLC reality show “Cake Boss”": a noun after a noun, before a title in quotation marks
    // (not "F.A.A. records show the Cessna ...", "the reports show.", which the tagger reads the same way)
    else if (t.pos === 'NOUN' && before?.pos === 'NOUN' && after && /^["“]$/.test(after.text)) out.add(t.start);
    // "the court of claims denied": a noun after "of" (a verb never follows it)
    else if (t.pos === 'NOUN' && before && /^of$/i.test(before.text)) out.add(t.start);
    // ("Some say they ...", "Many think": a quantifier standing for people, as a number does)
    else if (before && /^(?:some|many|most|few|both|all|several)$/i.test(before.text) && NO_NOUN_AFTER_NUMBER.test(t.text) && (k < 2 || !/^(?:DET|ADP)$/.test(tags[k - 2].pos))) continue;
    else if (t.pos !== 'PROPN' && (before && (before.pos === 'DET' || before.pos === 'ADJ' || (before.pos === 'NUM' && !NO_NOUN_AFTER_NUMBER.test(t.text)) || (before.pos === 'PRON' && /^(?:his|her|their|its|our|my|your)$/i.test(before.text)) || before.pos === 'PART'))) out.add(t.start);
  }
  return out;
}

/**
 * "called" naming a thing after its noun: "a group called Citizens for Trump", "a super PAC
 * called Future45", "the so called initiative": after "so", or after a noun phrase that an
 * indefinite article opens. A definite or possessive one may be a speaker ("The Trump campaign
 * called the charges unsubstantiated", "His surrogates called him a genius"): measured, taking
 * every common noun that names no speaker as well lowered dev F1 (docs/evaluation.md).
 */
function namingParticiple(tags: TaggedToken[], k: number): boolean {
  const prev = tags[k - 1];
  if (/^so$/i.test(prev.text)) return true;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const t = tags[j];
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') return /^(?:a|an|one)$/i.test(t.text);
  }
  return false;
}

/** The attributions of sentence `si` among those found so far (they are at the end). */
function sameSentenceOf(found: Attribution[], si: number): Attribution[] {
  let k = found.length;
  while (k > 0 && found[k - 1].sentence === si) k--;
  return found.slice(k);
}

/** The quoted span containing `pos`, if any (binary search over sorted spans). */
function quotedAt(quoted: Quoted[], pos: number): Quoted | null {
  let lo = 0;
  let hi = quoted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid].end <= pos) lo = mid + 1;
    else if (quoted[mid].start > pos) hi = mid - 1;
    else return quoted[mid];
  }
  return null;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:\u2014\u2015\u2013-]/.test(text[start])) start++;
  while (end > start && /[\s,;:\u2014\u2015\u2013-]/.test(text[end - 1])) end--;
  // the sentence's final period belongs to the sentence, not the content (unless inside a quote)
  while (end > start && /[.!?]/.test(text[end - 1]) && !/["”’']/.test(text[end - 2] ?? '')) {
    end--;
    while (end > start && /\s/.test(text[end - 1])) end--;
  }
  return { start, end };
}

/** Extends a content span so that a quotation opened inside it closes inside it. */
function closeQuotes(span: Span, quoted: Quoted[]): Span {
  let end = span.end;
  const q = quotedAt(quoted, end - 1);
  if (q && q.start >= span.start && q.end > end) end = q.end;
  let start = span.start;
  const p = quotedAt(quoted, start);
  if (p && p.start < start && p.end <= end) start = p.start;
  return { start, end };
}

/** Words in a span, counted up to `enough` (bounded work on long spans). */
function wordCount(text: string, s: Span, enough = MIN_ORPHAN_WORDS): number {
  let n = 0;
  let inWord = false;
  for (let i = s.start; i < s.end && n < enough; i++) {
    const w = /[\p{L}\p{N}]/u.test(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** A dateline opening a sentence ("WASHINGTON —", "MOSCOW (Reuters) -") is not content. */
const DATELINE = /^[A-Z][A-Z .,']{2,}(?:\([^)]{1,30}\))?\s*[\u2014\u2015\u2013-]+\s*/;

const PLACE_DATELINE = /^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+)?:\s+/u;

/** A dateline naming its agency in brackets, with or without a date: "WASHINGTON, Dec. 8 (UPI) — ", "Washington (AFP) – ". */
const AGENCY_DATELINE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}\p{L}*\.?\s*\d{1,2})?\s*\([^)]{1,30}\)\s*[\u2014\u2015\u2013-]+\s*/u;

/** Nouns after which a participle cue reports the statement ("a statement saying ..."). */
/**
 * Cues whose content may be an indirect question: "asked whether", "wondered how", "knows what",
 * "explained why it failed", "recalled how he ...", "revealed who ...".
 */
const INDIRECT_QUESTION_LEMMAS = new Set(['ask', 'shout', 'know', 'explain', 'recall', 'reveal', 'show']);
/** Base forms of speech cues read after "to" ("went on to say"). */
const INFINITIVE_CUES = /^(?:say|tell|argue|claim|insist|suggest|warn|explain|note|announce|declare|predict|acknowledge|admit|assert|complain|boast|confirm|deny|point out)$/;
/** Words before a participle cue that make it a clause of the sentence's subject ("by saying"). */
const PARTICIPLE_GOVERNORS = new Set(['by', 'while', 'after', 'before', 'without', 'upon', 'when', 'in']);
const STATEMENT_NOUN_STEMS = ['hat', 'cap', 'shirt', 't-shirt', 'placard', 'sticker', 'button', 'statement', 'letter', 'tweet', 'post', 'email', 'release', 'memo', 'report', 'video', 'ad', 'speech', 'message', 'note', 'op-ed', 'interview', 'call', 'sign', 'banner', 'headline', 'poster', 'petition', 'ruling', 'filing', 'complaint', 'lawsuit'];
// singular and plural ("911 calls saying shots had been fired", "signs reading ...")
const STATEMENT_NOUNS = new Set(STATEMENT_NOUN_STEMS.flatMap((n) => [n, `${n}s`]));

/** Words after a cue that introduce its content. */
const THAT = new Set(['that']);
/** Listener objects of "told" that are not capitalised names. */
const LISTENERS = /^(?:him|her|them|us|me|you|reporters|journalists|supporters|the|a|an|his|her|their|crowd|lawmakers|members|voters|students|an?)$/i;
/** Verbs of belief and knowledge, whose subject inside a question (`if he thought`) is asked about. */
const MENTAL_LEMMAS = new Set(['think', 'know', 'believe', 'feel']);
const QUESTION_WORDS = /^(?:if|whether|who|what|how)$/i;
/** "say" in an idiom: "for example" set off by commas, or an infinitive after a judgement of saying it. */
const IDIOMATIC_SAY = /(?:,\s*say,|\b(?:safe|fair|hard|difficult|needless|suffice it|too soon|too early|so to|is to)\s+(?:to\s+)?say\W?)$/i;

/**
 * `when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked ...`, `Though
 * Trump was not willing to say who his first choice would be, the front-runner ...`: a cue inside
 * a subordinate clause that opens the sentence; its content ends at the comma that closes the
 * clause, where the main clause begins.
 */
const SUBORDINATE_OPENER = /^\s*(?:(?:and|but|so|yet|last \w+|on \w+|then),?\s+)?(?:when|whenever|while|though|although|because|since|after|before|once|until|if|even though|even if|as)\s/i;
function inOpeningClause(text: string, s: Sentence, cue: Span, a: Attribution, quoted: Quoted[]): Attribution {
  const piece = a.pieces[0];
  const opener = a.pieces.length === 1 && piece.start >= cue.end ? SUBORDINATE_OPENER.exec(text.slice(s.start, cue.start)) : null;
  // (not a quotation the cue introduces: its commas are the speaker's, closed or not)
  if (!opener || /[,;:]/.test(text.slice(s.start + opener[0].length, cue.start)) || OPEN_MARKS.test(text[piece.start])) return a;
  const end = clauseComma(text, piece.start, piece.end, quoted, false);
  if (end < 0) return a;
  const cut = trimSpan(text, piece.start, end);
  return wordCount(text, cut) >= MIN_CONTENT_WORDS ? { ...a, pieces: [cut] } : a;
}

/**
 * Where a clause ends at its first comma (or semicolon) in [from, to) outside a quotation: the
 * comma's offset, or the end of a quotation the comma closes (`“realistic enough,”`); -1 if none.
 */
function clauseComma(text: string, from: number, to: number, quoted: Quoted[], semicolon: boolean): number {
  for (let i = from; i < to; i++) {
    if (text[i] !== ',' && !(semicolon && text[i] === ';')) continue;
    const q = quotedAt(quoted, i);
    if (q && q.start < i && q.end - 1 > i) {
      if (/^["”’']+$/.test(text.slice(i + 1, q.end))) return q.end;
      continue;
    }
    return i;
  }
  return -1;
}

/** Words that open an adjunct between a cue and its content ("said in a statement that"). */
const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'of', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'through', 'via', 'while', 'when', 'also', 'again', 'repeatedly', 'publicly', 'privately', 'separately', 'recently', 'previously', 'once', 'then', 'aboard', 'from', 'outside', 'inside', 'near', 'alongside', 'amid', 'late', 'early', 'shortly', 'over']);
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Words after "said" that do not open its content ("said so", "said goodbye", "said yes"). */
const NOT_CLAUSE_OPENERS = new Set(['so', 'yes', 'no', 'goodbye', 'hello', 'sorry', 'as', 'and', 'but', 'or', 'nothing', 'little', 'much', 'more', 'less', 'otherwise', 'differently']);

function attributionsOf(text: string, s: Sentence, si: number, quoted: Quoted[], earlier: Attribution[], clauses: TaggedClauses): Attribution[] {
  const out: Attribution[] = [];
  const body = text.slice(s.start, s.end);
  CUE_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tokens: Token[] | null = null;
  while ((m = CUE_PATTERN.exec(body))) {
    const cue: Span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    // a cue inside a quotation belongs to the quoted speaker, not the reporter
    const inside = quotedAt(quoted, cue.start);
    if (inside && inside.end - inside.start > 2) continue;
    // "Republican support was more solid", "the United States": the tagger reads a noun
    if (clauses.notVerb.has(cue.start)) continue;
    // "GOP-backed legislation", "Democratic-backed measures": a compound adjective, not a verb
    if (text[cue.start - 1] === '-') continue;
    // "than, say, a tax cut", "it is safe to say", "too soon to say": idioms that report nothing
    if (/^say$/i.test(m[0]) && IDIOMATIC_SAY.test(text.slice(Math.max(s.start, cue.start - 20), cue.end + 1))) continue;
    // "You know, I also want to thank ...": a filler of speech, not knowledge reported
    if (/^know$/i.test(m[0]) && /\byou\s+$/i.test(text.slice(Math.max(s.start, cue.start - 6), cue.start)) && /^\s*[,—–-]/.test(text.slice(cue.end, cue.end + 3))) continue;
    tokens ??= tokenize(text, s.start, s.end);
    const ci = firstTokenAt(tokens, cue.start);
    const ce = firstTokenAt(tokens, cue.end);
    const before = tokens.slice(Math.max(0, ci - 14), ci);
    const after = tokens.slice(ce, ce + 24);
    // the sentence's opening words (for the subject of participles) and the words before the cue
    const context = ci <= 60 ? tokens.slice(0, ci) : [...tokens.slice(0, 30), ...tokens.slice(ci - 30, ci)];
    const form = m[0].toLowerCase().replace(/\s+/g, ' ');
    const found =
      form === 'according to'
        ? accordingTo(text, s, si, cue, before, after, quoted, clauses)
        : cueVerb(text, s, si, cue, cueClass(form)!, context, after, quoted, out.length ? out : sameSentenceOf(earlier, si), clauses);
    const c = cueClass(form);
    if (found) for (let x = 0; x < found.length; x++) found[x] = inOpeningClause(text, s, cue, found[x], quoted);
    if (found) out.push(...(c && (c.object || c.infinitive || !c.inverted) && c.lemma !== 'say' && c.lemma !== 'tell' ? found.map((a) => ({ ...a, weak: true })) : found));
  }
  return out;
}

function accordingTo(text: string, s: Sentence, si: number, cue: Span, before: Token[], after: Token[], quoted: Quoted[], clauses: TaggedClauses): Attribution[] | null {
  const source = phraseAfter(after);
  if (!source) return null;
  const lead = text.slice(s.start, cue.start);
  // ("(According to the police, it does not keep statistics.)": inside a parenthesis too)
  const parenthesis = /^\s*\(\s*$/.test(lead);
  if (/^\s*$/.test(lead) || parenthesis) {
    // "According to the White House, Trump warned ..."
    const comma = text.indexOf(',', source.end);
    if (comma < 0 || comma >= s.end) return null;
    let end = s.end;
    if (parenthesis) while (end > comma && /[\s)]/.test(text[end - 1])) end--;
    const content = closeQuotes(trimSpan(text, comma + 1, end), quoted);
    return wordCount(text, content) >= MIN_CONTENT_WORDS ? [{ pieces: [content], cue, subject: source, sentence: si }] : null;
  }
  // "Trump warned ..., according to the White House." (content: the clause before the cue)
  const content = closeQuotes(trimSpan(text, s.start, cue.start), quoted);
  // "At the heart of the trouble, according to the report, is a shortage of nurses", "Trump,
  // according to aides, was furious": an aside set off by commas inside a clause; the content is
  // the clause around it (two pieces). Not after a whole clause, unless its predicate follows:
  // what comes after a clause is an appositive of the source ("according to an analysis by Lily
  // Batchelder, a former tax aide, ...") or a clause of the reporter ("..., and said ...").
  const aside = /^[^,.;:!?"“”()]{0,60},/.exec(text.slice(source.end, s.end));
  if (aside && /,\s*$/.test(text.slice(s.start, cue.start)) && !quotedAt(quoted, cue.start)) {
    const rest = closeQuotes(trimSpan(text, source.end + aside[0].length, s.end), quoted);
    const firstWord = /^[\p{L}'’]+/u.exec(text.slice(rest.start, rest.end));
    const predicate = !!firstWord && clauses.hasVerb({ start: rest.start, end: rest.start + firstWord[0].length });
    if (wordCount(text, rest) >= MIN_CONTENT_WORDS && (predicate || !clauses.hasVerb(content)) && !/^(?:and|or|but)\b/i.test(text.slice(rest.start, rest.end))) return [{ pieces: [content, rest], cue, subject: source, sentence: si }];
  }
  // without a comma the phrase may qualify a mere figure ("up 3 percent according to the
  // poll"); a clause of its own has a few words at least
  const punctuated = before.length > 0 && /^[,;(\u2014\u2015\u2013-]$/.test(before[before.length - 1].text);
  const needed = punctuated ? MIN_CONTENT_WORDS : 4;
  return wordCount(text, content) >= needed ? [{ pieces: [startOfQuote(text, content, quoted)], cue, subject: source, sentence: si }] : null;
}

/** A content that ends with a quotation starts where the quotation starts, if that is earlier. */
function startOfQuote(text: string, span: Span, quoted: Quoted[]): Span {
  const q = quotedAt(quoted, span.end - 1);
  if (q && q.start < span.start) return { start: q.start, end: span.end };
  return span;
}

function cueVerb(
  text: string,
  s: Sentence,
  si: number,
  cue: Span,
  cls: CueClass,
  before: Token[],
  after: Token[],
  quoted: Quoted[],
  sameSentence: Attribution[],
  clauses: TaggedClauses,
): Attribution[] | null {
  // `Mitch McConnell, R-Ky., said`: a party label set off by commas belongs to the name before it
  const n0 = before.length;
  if (n0 >= 5 && before[n0 - 1].text === ',' && before[n0 - 2].text === '.' && PARTY_LABEL.test(before[n0 - 3].text) && before[n0 - 4].text === ',') before = before.slice(0, n0 - 4);
  const prev = before[before.length - 1];
  const prevText = prev?.text ?? '';
  const form = text.slice(cue.start, cue.end).toLowerCase();
  // "is calling the candidate ...": after an auxiliary the -ing form is the finite verb of its clause
  const participle = /^\S+ing\b/.test(form) && !/^(?:during)$/.test(form) && !/^(?:is|are|was|were|am|be|been|'s|’s|'re|’re)$/i.test(prevText);

  // 1. participle after a comma: "..., saying (that) ..." -> the subject of the clause speaks
  if (participle) {
    // after a comma, or after a statement noun ("put out a statement saying ...")
    const introduced = after[0] && (after[0].text === ':' || (OPEN_MARKS.test(after[0].text) && quotedAt(quoted, after[0].start)?.start === after[0].start));
    // "..., with Sen. John McCain calling it a "Chinese menu."": the name before the participle speaks
    const own = subjectBefore(before);
    if (own && own.form === 'name') {
      const k = before.findIndex((t) => t.start >= own.start);
      if (before[k - 1]?.text.toLowerCase() === 'with') {
        const content = contentAfter(text, s, cue, cls, after, quoted, clauses);
        return content ? [{ pieces: [content], cue, subject: own, sentence: si }] : null;
      }
    }
    // (the comma may sit inside a closing mark: `“... by Cleveland,” referring to the convention`)
    const commaBefore = prevText === ',' || (/^["”’']+$/.test(prevText) && before[before.length - 2]?.text === ',');
    // "distanced himself by saying he would ...", "while saying that ...": a participle after a
    // preposition or a conjunction is said by the clause's subject too
    const governed = PARTICIPLE_GOVERNORS.has(prevText.toLowerCase());
    if (!commaBefore && !governed && prevText !== '—' && !STATEMENT_NOUNS.has(prevText.toLowerCase()) && !introduced) return null;
    const content = contentAfter(text, s, cue, cls, after, quoted, clauses);
    if (!content) return null;
    // the reporter's clause it hangs on, not a cue inside what was reported ("Lavrov told
    // reporters that Trump had not discussed it, suggesting ..." is Lavrov suggesting)
    // (two contents running over each other's cue, before a trailing cue splits them, are no nesting)
    const holds = (b: Attribution, a: Attribution) => !!a.cue && b.pieces.some((p) => p.start <= a.cue!.start && a.cue!.end <= p.end);
    const outer = sameSentence.filter((a) => !sameSentence.some((b) => b !== a && holds(b, a) && !holds(a, b)));
    const earlier = outer[outer.length - 1];
    const subject = earlier?.subject ?? hungOnSubject(before, clauses) ?? sentenceSubject(text, s, before, quoted);
    return [{ pieces: [content], cue, subject, sentence: si }];
  }

  // 1b. an interview question opening the sentence: "Asked whether he would run, Ryan said ...",
  //     "When asked who leads the party, ..." -- the question up to its comma is an attribution
  //     of its own (PolNeAR and PARC mark it; the asker is seldom named)
  if (cls.lemma === 'ask' && form === 'asked' && before.every((t) => /^(?:when|if|once|after|being|and|but|later|also)$/i.test(t.text) || /^[,—]$/.test(t.text))) {
    const question = askedQuestion(text, s, after, quoted);
    return question ? [{ pieces: [question], cue, subject: null, sentence: si }] : null;
  }
  // `"...," McCain said, asked about the vagueness in an interview`, `Trump, asked whether he
  // would run, said ...`: the question set off by a comma inside the sentence
  // `“We'll see,” Sanders said when asked whether he would ...`, `after being asked about ...`:
  // the question inside the sentence, after "when" or a passive
  if (cls.lemma === 'ask' && form === 'asked' && /^(?:when|whenever|after|being|was|were|been|is|are)$/i.test(prevText)) {
    // (`when asked by a reporter if ...`: the one after "by" asks)
    const asker = /^by$/i.test(after[0]?.text ?? '') ? phraseAfter(after.slice(1)) : null;
    const k = asker ? after.findIndex((t) => t.start >= asker.end) : 0;
    const question = k >= 0 && QUESTION_OPENERS.test(after[k]?.text ?? '') ? askedQuestion(text, s, after.slice(k), quoted, true) : null;
    if (question) return [{ pieces: [question], cue, subject: asker, sentence: si }];
  }
  if (cls.lemma === 'ask' && form === 'asked' && prevText === ',') {
    const question = askedQuestion(text, s, after, quoted, true);
    if (question) return [{ pieces: [question], cue, subject: null, sentence: si }];
  }

  // "he's been told the fire is being investigated", "were told that ...": a passive of telling
  // makes its subject the listener; what was said follows at once, its speaker unnamed
  if (cls.lemma === 'tell' && form === 'told' && (BE_FORMS.test(prevText) || /^(?:get|got)$/i.test(prevText))) {
    const content = contentAfter(text, s, cue, { ...cls, listener: false }, after, quoted, clauses);
    return content ? [{ pieces: [content], cue, subject: null, sentence: si }] : null;
  }

  // 1c. inverted at the sentence's start: `Said Dorothy Poynter, who grew up with Ali, “We were all
  //     so proud of him.”` -- the name after the cue speaks, the quotation after its comma is the content
  if (before.length === 0 && cls.inverted && /^\p{Lu}/u.test(text[cue.start] ?? '')) {
    const speaker = phraseAfter(after);
    const mark = speaker ? after.findIndex((t, x) => x > 0 && t.start >= speaker.end && OPEN_MARKS.test(t.text) && after[x - 1].text === ',' && quotedAt(quoted, t.start)?.start === t.start) : -1;
    if (speaker && speaker.form === 'name' && mark > 0) {
      const q = quotedAt(quoted, after[mark].start)!;
      if (wordCount(text, q) >= MIN_CONTENT_WORDS) return [{ pieces: [q], cue, subject: speaker, sentence: si }];
    }
  }

  // 2. inverted: `"...," said Lavrov` / `..., said the White House`
  // (`“How many times ...?” said Clinton.`: a question or an exclamation closed the sentence before)
  const asked = before.length === 0 ? quotationJustBefore(text, s, quoted) : null;
  // any cue of speech may be inverted right after a quotation closed by a comma, "?" or "!"
  // (`“...,” scoffed Arianna Gil`, `''...,'' recalled Mr. Rhodes`), not one whose object is a thing
  const afterQuotation = !THING_CUES.has(cls.lemma) && !!prev && /^["”’']+$/.test(prevText) && /[,?!]["”’']+$/.test(text.slice(Math.max(0, prev.end - 3), prev.end));
  if ((cls.inverted || afterQuotation) && (prevText === ',' || /^["”’']+$/.test(prevText) || (prev && quotedAt(quoted, prev.start)?.end === prev.end) || asked)) {
    const found = phraseAfter(after);
    // the inverted subject ends its clause: "..., said Lavrov." / "..., said Lavrov, the minister"
    // (or opens a restrictive relative: "..., said a Democrat who asked not to be named")
    const n = found ? after.findIndex((t) => t.start >= found.end) : -1;
    const next = n >= 0 ? after[n] : undefined;
    // (not before an infinitive: "..., warned North Korea to refrain" names the listener)
    const infinitive = next?.text.toLowerCase() === 'to' && !!after[n + 1] && clauses.verbAt(after[n + 1].start);
    const speaker = found && !infinitive && (!next || /^[.,;:!?()\u2014\u2015]$/.test(next.text) || /^(?:through|at|in|on|during|after|before|to|via|from|along|alongside|with|without|following)$/i.test(next.text) || /^who$/i.test(next.text)) ? found : null;
    if (speaker && speaker.form !== 'pronoun' || (speaker && after[0] && PRONOUNS.has(after[0].text.toLowerCase()) && /^(?:he|she)$/i.test(after[0].text))) {
      const content = asked ?? contentBefore(text, s, before, quoted);
      // (what precedes the comma is a clause: `Christopher Harvey, a delegate from Houston,
      // Texas, said the turmoil ...` is a subject with its appositive, not what "the turmoil" said)
      // (a verb of a relative clause in an appositive does not count: `Murshed Zaheed, political
      // director of CREDO Action, which organized the letter, said Clinton's response ...`)
      const relative = content ? /,\s+(?:which|who|whom|whose|where)\s/.exec(text.slice(content.start, content.end)) : null;
      const own = content && relative ? { start: content.start, end: content.start + relative.index } : content;
      if (content && (asked || statesClause(text, content, own!, quoted, clauses))) return withContinuation(text, s, si, { pieces: [content], cue, subject: speaker!, sentence: si }, speaker!.end, quoted, clauses);
    }
  }

  // 2b. an infinitive: "went on to say that ...", "took to Twitter to say he ...", "are more
  //     likely to say that ...": the clause's subject says it (a weak reading: PolNeAR often marks
  //     the whole "went on to say" as the cue)
  // (not inside an attribution found already: "declined to say whether ..." is one)
  const nested = sameSentence.some((a) => a.pieces.some((p) => p.start <= cue.start && cue.end <= p.end));
  if (prevText.toLowerCase() === 'to' && INFINITIVE_CUES.test(form) && !nested) {
    const leading = contentAfter(text, s, cue, cls, after, quoted, clauses);
    const subject = leading ? (governingSubject(before, clauses) ?? sameSentence[sameSentence.length - 1]?.subject ?? sentenceSubject(text, s, before, quoted)) : null;
    if (leading && subject && subject.end < cue.start) return [{ pieces: [leading], cue, subject, sentence: si }];
  }

  // 3c. a passive ("Chappelle was called a “transphobe” by critics", "is being attacked as"):
  //     the subject is the one spoken of; the agent after "by", if any, speaks
  if (SPOKEN_OF_LEMMAS.has(cls.lemma) && passiveCue(form, before)) return passive(text, s, si, cue, cls, after, quoted, clauses);

  // 3. a subject before the cue; a coordinated or relative clause takes the clause's subject
  //    ("Lavrov called ... and said that", "Steele, who wrote that")
  let subject = subjectBefore(before);
  // `a White House official who spoke anonymously to discuss internal strategy said`: a phrase
  // opening with a verb is the tail of a relative clause; the noun before "who" speaks
  if (subject && subject.form === 'title' && clauses.tagged && clauses.verbAt(subject.start)) {
    const at = before.findIndex((t) => t.start >= subject!.start);
    let w = at - 1;
    while (w >= 0 && at - w < 12 && !/^(?:who|that)$/.test(before[w].text) && /^[\p{L}\p{N}]/u.test(before[w].text)) w--;
    const holder = w > 0 && /^(?:who|that)$/.test(before[w].text) ? subjectBefore(before.slice(0, w)) : null;
    subject = holder && holder.end === before[w - 1].end ? holder : subject;
  }
  // "Kall -- co-editor of Debating The Donald, a book ... -- said": the name before an aside set
  // off by dashes
  if (!subject && /^[\u2014\u2015-]$/.test(prevText)) subject = beforeDashedAside(before);
  // (an adjunct between the relative pronoun and the cue is skipped: "McConnell, who in 2010
  // said", "Beck, who has in the past described": the phrase in it is no subject)
  const relative = relativeBeforeAdjunct(before);
  if (relative >= 0 && subject && subject.start > before[relative].start) subject = null;
  const lastWord = relative >= 0 ? before[relative].text.toLowerCase() : before.filter((t) => /^\p{L}/u.test(t.text)).pop()?.text.toLowerCase();
  // ("She says people may not like it, but insists ...": "but" coordinates with the main clause too)
  if (!subject && (lastWord === 'and' || lastWord === 'but')) subject = sameSentence[sameSentence.length - 1]?.subject ?? sentenceSubject(text, s, before, quoted);
  if (!subject && (lastWord === 'who' || lastWord === 'which')) {
    const rel = before.map((t) => t.text.toLowerCase()).lastIndexOf(lastWord);
    const antecedent = before.slice(0, rel);
    const setOff = antecedent.length > 0 && /^(?:,|\u2014|--)$/.test(antecedent[antecedent.length - 1].text);
    if (setOff) antecedent.pop();
    // (the antecedent is the noun right before, even after a preposition: "relationship with McConnell, who said")
    subject = subjectBefore(antecedent, 2);
    if (subject) {
      // the relative clause's content is leading only ("who said that ..."); set off by commas, it
      // ends where the main clause's predicate resumes ("Beck, who described Trump as “...,” clearly intended")
      const leading = contentAfter(text, s, cue, cls, after, quoted, clauses);
      const content = leading && setOff ? relativeClauseEnd(text, leading, clauses) : leading;
      return content ? [{ pieces: [content], cue, subject, sentence: si }] : null;
    }
  }
  // (an auxiliary between the aside's comma and the cue: `Mr. Trump, asked about ..., had said`)
  const auxAfterComma = !subject && /^(?:had|has|have|was|were|is|would|will|did|also)$/i.test(prevText) && before[before.length - 2]?.text === ',';
  if (!subject && (prevText === ',' || auxAfterComma)) {
    const commaBefore = auxAfterComma ? before.slice(0, -1) : before;
    // an appositive closed by a comma: `"...," Steve Moody, a small-business owner, said at ...`
    // -- the name speaks, and the content is what comes before it
    const desc = subjectBefore(commaBefore.slice(0, -1));
    const d = desc ? commaBefore.findIndex((t) => t.start >= desc.start) : -1;
    const name = d >= 2 && commaBefore[d - 1].text === ',' ? subjectBefore(commaBefore.slice(0, d - 1)) : null;
    const n = name && name.form === 'name' ? commaBefore.findIndex((t) => t.start >= name.start) : -1;
    const lead = commaBefore[n - 1];
    if (name && n > 0 && (lead.text === ',' || /^["”’']+$/.test(lead.text) || quotedAt(quoted, lead.start)?.end === lead.end) && groupEndsClause(text, s, cue, after, cls, clauses)) {
      const content = contentBefore(text, s, commaBefore.slice(0, n), quoted);
      if (content) return withContinuation(text, s, si, { pieces: [content], cue, subject: name, sentence: si }, cue.end, quoted, clauses);
    }
    // `“...,” Douglas Holtz-Eakin, an economic adviser to Republicans and former director of the
    // Congressional Budget Office, wrote`: an appositive too long to read back word by word; the
    // name right after the quotation speaks
    const long = longAppositive(commaBefore, quoted, cue);
    if (long && groupEndsClause(text, s, cue, after, cls, clauses)) {
      const content = contentBefore(text, s, commaBefore.slice(0, long.index), quoted);
      if (content) return withContinuation(text, s, si, { pieces: [content], cue, subject: long.name, sentence: si }, cue.end, quoted, clauses);
    }
    // "Zoe Lofgren (D-Calif.), who introduced a bill ..., said that": the sentence's subject speaks
    const leading = contentAfter(text, s, cue, cls, after, quoted, clauses);
    // `after Mr. Trump, asked about the deaths of journalists, said`: the name before a question
    // (or another participle) set off by commas speaks
    const asideComma = commaBefore.slice(0, -1).map((t) => t.text).lastIndexOf(',');
    const asideHead = asideComma > 0 ? commaBefore[asideComma + 1]?.text ?? '' : '';
    const asker = leading && (/^(?:asked|pressed|questioned|interviewed)$/i.test(asideHead) || /^\p{Ll}+ing$/u.test(asideHead)) ? subjectBefore(commaBefore.slice(0, asideComma)) : null;
    if (asker && asker.form === 'name') return [{ pieces: [leading!], cue, subject: asker, sentence: si }];
    // ...or the name set off by commas right before the cue ("the director of the F.B.I., James B. Comey, said")
    // (a name set off by commas is preferred to the description it stands beside)
    const sentenceHead = leading ? sentenceSubject(text, s, commaBefore, quoted) : null;
    const named = desc && desc.form === 'name' && commaBefore[d - 1]?.text === ',' ? desc : null;
    // (`As John Cornyn, the No. 2 in the GOP leadership, put it:`: the name before the appositive)
    const appositiveOf = name && name.form === 'name' ? name : null;
    const head = leading ? ((sentenceHead?.form === 'title' ? named ?? appositiveOf : null) ?? sentenceHead ?? named) : null;
    return head && head.end < cue.start ? [{ pieces: [leading!], cue, subject: head, sentence: si }] : null;
  }
  // `Kerry Washington, star of television’s “Scandal,” thanked Obama for ...`: a quotation closing
  // an appositive right before the cue; the sentence's subject speaks what follows the cue
  if (!subject && /^["”’']+$/.test(prevText) && before[before.length - 2]?.text === ',') {
    const leading = contentAfter(text, s, cue, cls, after, quoted, clauses);
    const head = leading ? sentenceSubject(text, s, before, quoted) : null;
    if (head && head.form === 'name' && head.end < before[before.length - 2].start) return [{ pieces: [leading!], cue, subject: head, sentence: si }];
  }
  if (!subject) return longSubject(text, s, si, cue, before, after, cls, quoted, clauses);
  // "asked if he thought ...", "whether she thought ...": a belief inside a question is the
  // question's content, not an attribution of its own
  if (MENTAL_LEMMAS.has(cls.lemma)) {
    const k = before.findIndex((t) => t.start >= subject!.start);
    if (k > 0 && QUESTION_WORDS.test(before[k - 1].text)) return null;
  }
  const subj0 = subject;
  let subjectIndex = before.findIndex((t) => t.start >= subj0.start);
  let beforeSubject = before[subjectIndex - 1];
  // an appositive between the name and the cue: `"...," Steve Moody, a small-business owner, said`
  // -- the name speaks, and the content ends before it
  if (subject.form === 'title' && beforeSubject?.text === ',' && subjectIndex >= 2) {
    const head = before.slice(0, subjectIndex - 1);
    const name = subjectBefore(head);
    const k = name && name.form === 'name' ? head.findIndex((t) => t.start >= name.start) : -1;
    const lead = head[k - 1];
    if (name && k > 0 && (lead.text === ',' || /^["”’']+$/.test(lead.text) || quotedAt(quoted, lead.start)?.end === lead.end)) {
      subject = name;
      subjectIndex = k;
      beforeSubject = lead;
    }
  }
  // "As The Washington Post reported, Sanders would need ...": the clause after the comma is the
  // content of a cue group opened by "As" at the start of the sentence
  if (subjectIndex === 1 && /^as$/i.test(before[0].text) && before[0].start === s.start + leadingSpace(text, s) && after[0]?.text === ',' && after[1]) {
    const rest = finish(text, s, after[1].start, quoted, clauses);
    if (rest) return [{ pieces: [rest], cue, subject, sentence: si }];
  }
  const leading = contentAfter(text, s, cue, cls, after, quoted, clauses);
  const introducesContent = leading && startsWithIntroducer(text, leading, cue);
  // `“How many times ...?” Clinton said.`: the quotation closed the sentence before the subject
  if (subjectIndex === 0 && !introducesContent && groupEndsClause(text, s, cue, after, cls, clauses)) {
    const q = quotationJustBefore(text, s, quoted);
    if (q) return withContinuation(text, s, si, { pieces: [q], cue, subject, sentence: si }, cue.end, quoted, clauses);
  }
  const trailingPosition = beforeSubject && (beforeSubject.text === ',' || /^["”’']+$/.test(beforeSubject.text) || beforeSubject.text === '—');

  // 3a. trailing: "..., Lavrov said." / `"...," he said` -- the cue group ends the clause: what
  //     follows is an adjunct ("said in a statement"), a listener ("told reporters") or nothing
  // `"A," he said, "B."` -- only when a quotation closes right before the subject
  // (the group may end with an adjunct: `"A," Trump said during a rally in Kenansville, N.C., "but B"`)
  const splitByCue =
    !!leading && OPEN_MARKS.test(text[leading.start]) && CUE_GROUP_TAIL.test(text.slice(cue.end, leading.start)) && !!beforeSubject && /^["”’']+$/.test(beforeSubject.text);
  if (trailingPosition && ((!introducesContent && groupEndsClause(text, s, cue, after, cls, clauses)) || splitByCue)) {
    const content = contentBefore(text, s, before.slice(0, subjectIndex), quoted);
    // "On Monday, Teachout decided to bypass Faso": what precedes the comma is an introductory
    // adjunct, not a statement; the cue leads its content
    // "Most recently, Trump called ...", "Soon after, Clinton agreed ...": a content before a
    // trailing cue is a clause, with a verb of its own (a quotation always counts)
    // ("The museum, he said, would make ...": a cue group set off inside the clause resumes it)
    const resumes = /^\s*,\s*\p{Ll}/u.test(text.slice(cue.end, cue.end + 4));
    const clause = content && (statesClause(text, content, content, quoted, clauses) || resumes);
    if (content && clause && !(leading && introductoryAdjunct(text, content))) return withContinuation(text, s, si, { pieces: [content], cue, subject, sentence: si }, cue.end, quoted, clauses);
  }
  // 3b. leading: "Lavrov said (that) ..."
  if (leading) return [{ pieces: [leading], cue, subject, sentence: si }];
  return null;
}

/** A content inside a relative clause set off by commas, cut at the comma after which the main clause's predicate resumes (an adverb or a verb). */
function relativeClauseEnd(text: string, content: Span, clauses: TaggedClauses): Span {
  const re = /,["”’']*\s+(?:(?:\p{Ll}+ly|later|also|then|still|never|soon|now)\s+)?(\p{Ll}+)/gu;
  const body = text.slice(content.start, content.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const verbAt = content.start + m.index + m[0].length - m[1].length;
    if (!clauses.verbAt(verbAt)) continue;
    return trimSpan(text, content.start, content.start + m.index + (m[0].match(/^,["”’']*/)?.[0].length ?? 1));
  }
  return content;
}

/** Words of a short adjunct of time between a relative pronoun and its verb ("who has in the past", "which last week", "who on Tuesday"). */
const TIME_ADJUNCT_WORDS = /^(?:in|on|at|since|during|over|for|until|by|the|a|this|that|last|past|recent|recently|years?|months?|weeks?|days?|time|times|also|has|have|had|once|often|repeatedly|previously|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Index of "who"/"which" followed only by a short adjunct of time up to the cue ("Beck, who has in the past"), else -1. */
function relativeBeforeAdjunct(before: Token[]): number {
  for (let k = before.length - 1; k >= Math.max(0, before.length - 7); k--) {
    const w = before[k].text;
    if (/^(?:who|which)$/i.test(w)) return k < before.length - 1 ? k : -1;
    if (!TIME_ADJUNCT_WORDS.test(w) && !YEAR.test(w)) return -1;
  }
  return -1;
}

/**
 * The subject of the verb group that governs "to" before an infinitive cue ("so subdued that Mr.
 * Trump was prompted to say", "Trump went on to say"): the phrase right before up to five
 * lower-case words ending at "to", the first of which the tagger reads as a verb or an auxiliary.
 */
function governingSubject(before: Token[], clauses: TaggedClauses): Subject | null {
  const to = before.length - 1;
  let group = -1;
  for (let k = to - 1; k >= 0 && to - k <= 5 && /^\p{Ll}[\p{Ll}'’-]*$/u.test(before[k].text); k--) if (clauses.hasVerb(before[k])) group = k;
  if (group <= 0) return null;
  const subject = subjectBefore(before.slice(0, group));
  return subject && subject.end === before[group - 1].end && subject.form !== 'title' ? subject : null;
}

/**
 * The subject of the clause a participle after a comma hangs on, when that clause is a subordinate
 * one ("The first incident came ..., when Sanders protesters interrupted her speech, shouting"):
 * the subject right before the last verb before the comma, after "when"/"as"/"after"/"while".
 */
function hungOnSubject(before: Token[], clauses: TaggedClauses): Subject | null {
  let c = before.length - 1;
  while (c >= 0 && before[c].text !== ',') c--;
  for (let v = c - 1; v > 0 && c - v < 12; v--) {
    if (!clauses.verbAt(before[v].start)) continue;
    const head = before.slice(0, v);
    const found = subjectBefore(head);
    if (!found || found.form === 'pronoun') return null;
    const k = head.findIndex((t) => t.start >= found.start);
    return k > 0 && /^(?:when|as|after|while|before|because|since)$/i.test(head[k - 1].text) ? found : null;
  }
  return null;
}

/** Tokens an aside set off by dashes may hold. */
const DASHED_ASIDE_REACH = 30;

/** The subject before an aside that closes with a dash right before the cue (`Name — aside — said`), if any. */
function beforeDashedAside(before: Token[]): Subject | null {
  const isDash = (t: Token | undefined) => !!t && /^[\u2014\u2015-]$/.test(t.text);
  let k = before.length - 1;
  while (isDash(before[k])) k--;
  const close = k;
  for (; k > 0 && close - k < DASHED_ASIDE_REACH; k--) {
    if (!isDash(before[k])) continue;
    // a hyphen inside a word ("co-editor") is no dash: a dash stands apart from its words
    if (before[k].text === '-' && before[k].start === before[k - 1].end && before[k + 1] && before[k + 1].start === before[k].end && !isDash(before[k + 1]) && !isDash(before[k - 1])) continue;
    let open = k;
    while (isDash(before[open - 1])) open--;
    const head = before.slice(0, open);
    const found = subjectBefore(head);
    return found && found.form !== 'pronoun' && found.end === head[head.length - 1].end ? found : null;
  }
  return null;
}

/**
 * Cues whose object is the one spoken of ("call X a liar", "accuse X of"), and `report` ("12 are
 * reported to be Somali"): in the passive, the subject does not speak.
 */
const SPOKEN_OF_LEMMAS = new Set(['report', 'call', 'describe', 'label', 'brand', 'dub', 'attack', 'criticize', 'criticise', 'accuse', 'praise', 'blame', 'condemn', 'denounce', 'slam', 'mock', 'ridicule', 'hail', 'deride', 'lambaste', 'lambast', 'tout', 'dismiss', 'characterize', 'portray', 'depict', 'quote', 'cite']);

/** Particles of phrasal verbs ("called out", "singled out", "called into question"): no content. */
const PARTICLES = /^(?:out|off|up|down|back|over|in|on|away|into question)$/i;

/** A party label after a name (`R-Ky`, `D-Ill`, `I-Vt`), as the speaker tokenizer cuts it before its period. */
const PARTY_LABEL = /^[RDI]-[A-Z][A-Za-z]*$/;

/**
 * Whether a content before its cue states something: it is or ends a quotation, or `verbs` (the
 * content, or the part of it before a relative clause) holds a verb; untagged text counts.
 */
function statesClause(text: string, content: Span, verbs: Span, quoted: Quoted[], clauses: TaggedClauses): boolean {
  return OPEN_MARKS.test(text[content.start]) || !!quotedAt(quoted, content.end - 1) || clauses.hasVerb(verbs) || !clauses.tagged;
}

/** Cues whose object is a thing (`“Guardians of the Galaxy,” posted the clip`): never inverted. */
const THING_CUES = new Set(['post', 'show', 'find']);

/** Forms of "be" before a participle that make it passive. */
const BE_FORMS = /^(?:is|are|was|were|be|been|being|'s|’s|'re|’re)$/i;

/** A cue in the passive: a past participle after a form of "be" (adverbs between: "was widely praised"). */
function passiveCue(form: string, before: Token[]): boolean {
  if (!/(?:ed|en)$/.test(form) || /\s/.test(form)) return false;
  let k = before.length - 1;
  while (k >= 0 && /^\p{Ll}+ly$/u.test(before[k].text)) k--;
  return k >= 0 && BE_FORMS.test(before[k].text);
}

/** The content of a passive cue up to its agent ("by critics"), and the agent as the speaker. */
function passive(text: string, s: Sentence, si: number, cue: Span, cls: CueClass, after: Token[], quoted: Quoted[], clauses: TaggedClauses): Attribution[] | null {
  const content = contentAfter(text, s, cue, cls, after, quoted, clauses);
  if (!content || PARTICLES.test(text.slice(content.start, content.end))) return null;
  // "it was widely reported that ...": a report in the passive has a clause, not an object
  // ('reported in a “hit piece”' names where, not what)
  if (cls.lemma === 'report' && !/^(?:that|to)\s/i.test(text.slice(content.start, content.start + 5))) return null;
  const by = after.findIndex((t) => t.start >= content.start && t.end <= content.end && t.text.toLowerCase() === 'by' && !quotedAt(quoted, t.start));
  if (by < 0) return [{ pieces: [content], cue, subject: null, sentence: si }];
  const agent = phraseAfter(after.slice(by + 1));
  const cut = trimSpan(text, content.start, after[by].start);
  // "was called out by": a particle of the verb, no content
  if (PARTICLES.test(text.slice(cut.start, cut.end))) return null;
  return wordCount(text, cut) >= 1 ? [{ pieces: [cut], cue, subject: agent, sentence: si }] : null;
}

/**
 * `“...,” Name, <appositive>, cue`: the name (capitalised words) right after a closing quotation,
 * then a comma, an appositive without quotation marks, and a comma before the cue.
 */
function longAppositive(before: Token[], quoted: Quoted[], cue: Span): { name: Subject; index: number } | null {
  let k = before.length - 1;
  if (before[k]?.text !== ',') return null;
  // back to the token that follows a closing quotation mark
  while (k > 0 && !(/^["”’']+$/.test(before[k - 1].text) && quotedAt(quoted, before[k - 1].start)?.end === before[k - 1].end)) k--;
  if (k <= 0 || before.length - k > 40) return null;
  const comma = before.findIndex((t, x) => x >= k && t.text === ',');
  if (comma - k < 1 || comma - k > 4 || comma === before.length - 1) return null;
  const name = before.slice(k, comma);
  if (!name.every((t) => /^\p{Lu}/u.test(t.text) || /^[.'’-]$/.test(t.text))) return null;
  if (before.slice(comma + 1).some((t) => quotedAt(quoted, t.start)) || cue.start <= name[0].start) return null;
  return { name: { start: name[0].start, end: name[name.length - 1].end, form: 'name' }, index: k };
}

/** How many characters from `from` (up to `to`) match `skip` (spaces, opening marks). */
function leadingRun(text: string, from: number, to: number, skip: RegExp): number {
  let i = from;
  while (i < to && skip.test(text[i])) i++;
  return i - from;
}
const leadingSpaceAt = (text: string, pos: number) => leadingRun(text, pos, text.length, /\s/);
/** Spaces and opening marks before a sentence's first word. */
const leadingSpace = (text: string, s: Sentence) => leadingRun(text, s.start, s.end, /[\s"“'‘(]/);

/**
 * A subject too long for `subjectBefore` (a dozen words back): "A person familiar with the
 * planning for Thursday's meeting says ...", "Many speakers at the service — including Muslims,
 * Christians — said ...". When everything before the cue is one noun phrase (no verb of its
 * own, no quotation), it is the subject of a leading cue.
 */
function longSubject(text: string, s: Sentence, si: number, cue: Span, before: Token[], after: Token[], cls: CueClass, quoted: Quoted[], clauses: TaggedClauses): Attribution[] | null {
  if (!clauses.tagged || !before.length || before.length >= 14 && before[0].start > s.start) return null;
  const head: Span = { start: s.start, end: cue.start };
  if (clauses.hasVerb(head) || quoted.some((q) => q.start < head.end && head.start < q.end)) return null;
  const found = sentenceSubject(text, s, before, quoted);
  // a determiner alone is no subject ("The two also discussed ...": the number stopped the phrase)
  const subject = found && !/^(?:the|a|an|this|that|these|those)$/i.test(text.slice(found.start, found.end)) ? found : null;
  const leading = subject ? contentAfter(text, s, cue, cls, after, quoted, clauses) : null;
  return subject && leading ? [{ pieces: [leading], cue, subject, sentence: si }] : null;
}

/**
 * A short phrase opening with a preposition or a time word and no quotation ("On Monday",
 * "In a statement Tuesday", "Earlier this week"): an adjunct before the subject, never content.
 */
const INTRODUCTORY = /^(?:on|in|at|during|after|before|since|earlier|later|last|this|with|for|by|from|until|over|under|meanwhile|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/**
 * An adverbial clause opening the sentence ("As Europe faces pressure ..., Germany has pledged
 * to ...", "When the diagnosis was confirmed, Clinton did not want to ..."): the reporter's
 * setting, not what the subject said.
 */
const ADVERBIAL_CLAUSE = /^(?:as|when|while|whereas|if|although|though|because|since|after|before|once|until|unless|even as|even though|even if)\s/i;
function introductoryAdjunct(text: string, content: Span): boolean {
  if (OPEN_MARKS.test(text[content.start])) return false;
  const lead = text.slice(content.start, Math.min(content.end, content.start + 60));
  if (ADVERBIAL_CLAUSE.test(lead)) return true;
  return content.end - content.start <= 60 && INTRODUCTORY.test(lead) && wordCount(text, content, 6) <= 5;
}

/** Words that open the question after "Asked": an indirect question or an infinitive. */
const QUESTION_OPENERS = /^(?:whether|if|to|who|whom|what|which|how|why|when|where|about)$/i;

/** `Asked (by Stephanopoulos) (on Fox News) whether ..., ` -> the question, to the comma that closes it. */
function askedQuestion(text: string, s: Sentence, after: Token[], quoted: Quoted[], toSentenceEnd = false): Span | null {
  let k = after.findIndex((t, x) => x < 12 && QUESTION_OPENERS.test(t.text));
  if (k < 0) return null;
  // "asked about the wall": PolNeAR's cue is "asked about", the content its object
  if (/^about$/i.test(after[k].text) && after[k + 1]) k++;
  // (a comma that closes a quotation ends it too: `Asked if he is “realistic enough,” 60 percent said`)
  const comma = clauseComma(text, after[k].end, s.end, quoted, true);
  const end = comma < 0 ? s.end : comma;
  const span = closeQuotes(trimSpan(text, after[k].start, end), quoted);
  return wordCount(text, span) >= MIN_CONTENT_WORDS && (end < s.end || toSentenceEnd) ? span : null;
}

/** After a trailing cue, only an adjunct, a listener or a new quotation may follow. */
function groupEndsClause(text: string, s: Sentence, cue: Span, after: Token[], cls: CueClass, clauses: TaggedClauses): boolean {
  const first = after[0];
  if (!first || /^[.,;:!?)\u2014\u2015"”']$/.test(first.text) || OPEN_MARKS.test(first.text)) return true;
  const lower = first.text.toLowerCase();
  // ("pledged to oppose ...": an infinitive cue's content, not an adjunct opened by "to")
  if (cls.infinitive && lower === 'to' && after[1] && /^\p{Ll}/u.test(after[1].text) && (!clauses.tagged || clauses.hasVerb(after[1]))) return false;
  // (and "with": `“...,” he joked with reporters`, `he said with a smile`)
  if (ADJUNCT_OPENERS.has(lower) || isTimeWord(lower) || lower === 'with') return true;
  // a second predicate of the reporter: `“...,” she said and quickly hung up.`
  if ((lower === 'and' || lower === 'but') && after[1] && (clauses.verbAt(after[1].start) || (/\p{Ll}ly$/u.test(after[1].text) && !!after[2] && clauses.verbAt(after[2].start)))) return true;
  // an adverb of manner closing the group: `“...,” he said quietly.`, `said matter-of-factly.`
  // (not before the words it qualifies: "we would know exactly what ...")
  if (first.text === lower && /\p{Ll}{2}ly$/u.test(lower) && !/^(?:family|ally|rally|assembly|supply|daily|weekly|monthly|only|early)$/.test(lower) && (!after[1] || /^[.,;:!?)\u2014\u2015]$/.test(after[1].text) || ADJUNCT_OPENERS.has(after[1].text.toLowerCase()))) return true;
  // an adverbial clause of the reporter: `“...,” Stenberg said as she accepted her award.`
  if (ADVERBIAL_OPENERS.has(lower)) return true;
  if (cls.listener) return true;
  // a short name after the cue ("said Mr. Smith") is an inverted subject, handled before
  return false;
}

/** Conjunctions opening the reporter's adverbial clause after a trailing cue. */
const ADVERBIAL_OPENERS = new Set(['as', 'because', 'though', 'although', 'since', 'until', 'upon', 'without', 'whereas']);

const isTimeWord = (w: string) => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|recently|earlier|later|last|this|afterward|afterwards|then)$/.test(w);

/**
 * An over-long sentence cut into pieces of at most `MAX_SENTENCE_CHARS`: at the last comma,
 * semicolon or colon in the second half of each window, else at its last space.
 */
function piecesOf(text: string, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let start = s.start;
  while (s.end - start > MAX_SENTENCE_CHARS) {
    const window = text.slice(start, start + MAX_SENTENCE_CHARS);
    const mark = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf(': '));
    const space = window.lastIndexOf(' ');
    const cut = mark >= MAX_SENTENCE_CHARS / 2 ? mark + 1 : space > 0 ? space : MAX_SENTENCE_CHARS;
    out.push({ ...s, start, end: start + cut });
    start += cut;
    while (start < s.end && /\s/.test(text[start])) start++;
  }
  if (start < s.end) out.push({ ...s, start });
  return out;
}

/**
 * Tokens of adjuncts between a cue and its "that" ("told reporters Tuesday evening that"). Longer
 * reaches for any "that" (12, 13, 16) were measured on PolNeAR: direct F1 0.8625 -> 0.8621-0.8622,
 * all unchanged; further (LONG_ADJUNCT_REACH) a "that" counts only after adjuncts with no verb of
 * their own: first only before a quotation ("insisted on Tuesday during a press conference with
 * Pompeo before meeting with Trump that “...”", 13 tokens), since the eighth session before any
 * clause (direct and all +0.0001).
 */
const ADJUNCT_REACH = 10;
/** Tokens of verbless adjuncts read before "that" (see contentAfter). */
const LONG_ADJUNCT_REACH = 20;

/** Characters before a later cue or subject in which `splitCoordinated` looks for ", and". */
const LEAD_TAIL = 80;

/**
 * `Cruz called Trump a "blowhard," and said his remarks were "propaganda"`: a content that runs
 * into a coordinated cue of the same sentence ends before the "and".
 */
function splitCoordinated(text: string, found: Attribution[]): Attribution[] {
  return found.map((a) => {
    const piece = a.pieces[0];
    if (a.pieces.length !== 1 || !a.cue) return a;
    for (const b of found) {
      if (b === a || !b.cue || b.cue.start <= piece.start || b.cue.start >= piece.end) continue;
      // the patterns are anchored at the end: the last words before the cue are enough (a
      // whole lead read each time makes a long sentence with many cues quadratic)
      const leadStart = Math.max(piece.start, b.cue.start - LEAD_TAIL);
      const lead = text.slice(leadStart, b.cue.start);
      let end = -1;
      let t: RegExpExecArray | null;
      const m = /,?\s+(?:and|but)\s+(?:(?:also|then|later|later,|repeatedly|has|had|have)\s+)?$/.exec(lead);
      if (m) end = leadStart + m.index;
      // `mocked a reporter, referred to immigrants as "rapists" and ...`, `endorsed Mrs. Clinton,
      // saying ...`: a list of predicates of the same subject; each cue's content ends before the
      // next one; a participle cue after the comma always opens its own (measured: PolNeAR direct
      // 0.8841 -> 0.8848, all 0.6689 -> 0.6700)
      else if ((t = /,\s+(?:(?:also|then|later|repeatedly|recently)\s+)?$/.exec(lead)) && ((b.subject && a.subject && b.subject.start === a.subject.start) || (/ing$/.test(text.slice(b.cue.start, b.cue.end).split(/\s/)[0]))) && a.cue.start < piece.start) end = leadStart + t.index;
      // `said the plan was “reckless” before adding that ...`: a participle cue after a
      // conjunction of time opens the subject's next statement
      // (not after "by": `expects Holt to insert himself by calling out Trump` is inside the content)
      else if (/ing$/.test(text.slice(b.cue.start, b.cue.end).split(/\s/)[0]) && (t = /\s+(?:before|after|while)\s+$/.exec(lead))) end = leadStart + t.index;
      // "... that A, his campaign has argued that B" / "that A, the White House said": a content
      // ends where the subject of a later cue opens after a comma or semicolon (which may close
      // a quotation: `“... for far less,” one of the prosecutors said`)
      // ("... trustworthy, and three-quarters said the same of Sanders": after `, and` too)
      else if (b.subject && b.subject.start > piece.start && b.subject.start < b.cue.start) {
        const subjectLead = Math.max(piece.start, b.subject.start - LEAD_TAIL);
        const lead = text.slice(subjectLead, b.subject.start);
        const and = /(,["”’']*)\s+(?:and|but)\s+$/.exec(lead);
        // (only in a content after its cue: before a trailing cue, `A, and he emphasized B, the
        // White House said`, the later cue is nested in what the White House said)
        // (or after a bare `and` / `but` between a lower-case word or a closing mark and a
        // capitalised subject: `accuses Obama of "leading from behind" and Donald Trump says
        // ...`; not between names or after a pronoun, `David and Charles Koch wanted`, `that he
        // and Trump had not discussed`, where the subject is shared)
        const bare = /(?:\b(?!(?:he|she|they|we|you|it|him|her|them|us|me)\s)\p{Ll}[\p{L}'’-]*|["”’'])\s+(?:and|but)\s+$/u.exec(lead);
        if (and && a.cue.start < piece.start) end = subjectLead + and.index + and[1].length;
        else if (bare && a.cue.start < piece.start && /^\p{Lu}/u.test(text.slice(b.subject.start, b.subject.end))) end = subjectLead + bare.index + bare[0].search(/\s+(?:and|but)\s+$/);
        // (or after a dash that closes an aside: `that A — as was true — Trump boasted, “...”`)
        else if (/(?:[,;\u2014\u2015]|--)["”’']*\s*$/.test(lead)) end = b.subject.start;
        // (`accused Sanders of an “artful smear” while Sanders suggests ...`: a contrast of the reporter)
        else if (a.cue.start < piece.start && (t = /\s+(?:while|whereas|although|though)\s+$/i.exec(lead))) end = subjectLead + t.index;
      }
      if (end < 0) continue;
      const cut = trimSpan(text, piece.start, end);
      // (a quotation of one word may stand alone: `shouted, “Cruz,” Beck joked`)
      if (wordCount(text, cut) >= MIN_CONTENT_WORDS || /^["“][^"“”]+[,.!?]?["”][,;]?$/.test(text.slice(cut.start, cut.end))) return { ...a, pieces: [cut] };
    }
    return a;
  });
}

/** Does the content open with "that", a colon-introduced quotation or a quotation mark? */
function startsWithIntroducer(text: string, content: Span, cue: Span): boolean {
  if (/^that\b/i.test(text.slice(content.start, content.start + 5))) return true;
  if (OPEN_MARKS.test(text[content.start])) return true;
  return /:\s*$/.test(text.slice(cue.end, content.start));
}

/**
 * A quotation ending with `?` or `!` right before the sentence, in the same paragraph: the
 * splitter ends a sentence there, but the cue after it (`“...?” Clinton said.`) still reports it.
 */
function quotationJustBefore(text: string, s: Sentence, quoted: Quoted[]): Quoted | null {
  let i = s.start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const q = i > 0 ? quotedAt(quoted, i - 1) : null;
  if (!q || q.end !== i || !/[?!]['"”’]+$/.test(text.slice(q.start, q.end))) return null;
  return q;
}

/** Forms of a cue that introduce a quotation after a comma (`shouted, “...”`; not the noun `show`). */
const INTRODUCING_FORM = /^(?:\p{L}+(?:ed|ing)|said|says|told|tells|wrote|writes)$/iu;

/** Content before a trailing cue group: from the sentence start (or the quotation's start) to the comma. */
function contentBefore(text: string, s: Sentence, before: Token[], quoted: Quoted[]): Span | null {
  if (!before.length) return null;
  const last = before[before.length - 1];
  // a closing quotation mark right before the group: the content is that quotation, marks included
  const q = quotedAt(quoted, last.end - 1);
  const q2 = last.text === ',' ? quotedAt(quoted, last.start - 1) : null;
  const closing = q && q.end === last.end ? q : q2 && q2.end === last.start ? q2 : null;
  if (closing) {
    // `Trump urged Moscow to "resolve the conflict," the White House said`: words before the
    // quotation in the same sentence are part of the content (a mixed quote)
    // (not when a cue of the lead introduces the quotation: `When someone shouted, “Cruz,” Beck
    // joked`: what was shouted is no part of what Beck joked)
    const lead = closing.start > s.start ? trimSpan(text, s.start, closing.start) : null;
    const introduced = lead && /(\p{L}+),\s*$/u.exec(text.slice(Math.max(s.start, closing.start - 30), closing.start));
    if (lead && wordCount(text, lead) >= 2 && !/[.!?:]\s*$/.test(text.slice(s.start, closing.start)) && !(introduced && INTRODUCING_FORM.test(introduced[1]) && cueClass(introduced[1]))) return { start: lead.start, end: closing.end };
    return closing;
  }
  let start = s.start;
  // a quotation that opened in an earlier sentence and closes before the group
  const open = quotedAt(quoted, s.start);
  if (open && open.start < s.start && open.end <= last.end) start = open.start;
  // "WASHINGTON —" or, in a long sentence, "Washington: " (IANS style) opens with a dateline
  const dateline = DATELINE.exec(text.slice(start, start + 60)) ?? (s.end - s.start > 100 ? PLACE_DATELINE.exec(text.slice(start, start + 40)) : null);
  if (dateline) start += dateline[0].length;
  const span = trimSpan(text, start, last.start + (last.text === ',' || last.text === '—' ? 0 : last.text.length));
  const content = closeQuotes(span, quoted);
  return wordCount(text, content) >= MIN_CONTENT_WORDS ? content : null;
}

/**
 * Content after a leading cue: skips the listener of "told", adjuncts ("in a statement",
 * "on Tuesday") up to "that"; returns the span to the sentence end (or the quotation's end).
 */
function contentAfter(text: string, s: Sentence, cue: Span, cls: CueClass, after: Token[], quoted: Quoted[], clauses: TaggedClauses): Span | null {
  if (cls.lemma === 'add' && addsThings(text, cue.end)) return null;
  let j = 0;
  const word = (k: number) => after[k]?.text ?? '';
  if (cls.listener) {
    if (!after.length) return null;
    const listener = phraseAfter(after);
    if (listener && LISTENERS.test(word(0)) || (listener && /^\p{Lu}/u.test(word(0))) || (listener && cls.lemma === 'tell' && listener.form !== 'pronoun') || (!!listener && cls.lemma === 'ask' && listener.form === 'title' && /^(?:to|whether|if|why|how|what|when|who)$/i.test(after.find((t) => t.start >= listener.end)?.text ?? ''))) {
      // (any noun phrase after "told" is its listener: `told foundation employees on Thursday that`;
      // after "asked", one before an infinitive or a question: `a quiz asked readers to guess whether`)
      while (j < after.length && after[j].end <= listener!.end) j++;
      // `told reporters the bill was dead`, `told CNN the talks failed`: a determiner after the
      // listener's head opens the clause (not after "of": `told members of the committee`)
      // ("asked Republicans a simple question" has two objects)
      if (cls.lemma === 'tell') for (let x = 1; x < j; x++) {
        if (/^(?:the|a|an|this|these|those|his|her|their|its|our|my)$/i.test(word(x)) && !/^(?:of|for|at|in|on|with|from|near|outside|inside|the|a|an|his|her|their|its|our|my|&)$/i.test(word(x - 1)) && !/['’]s$/.test(word(x - 1))) {
          j = x;
          break;
        }
      }
    } else if (/^(?:him|her|them|us|me)$/i.test(word(0))) j = 1;
    else if (cls.lemma === 'tell') return null; // "told" needs its listener; "asked whether" does not
    // `told CNN’s “State of the Union” that ...`: the listener is a show, named after its network
    if (j > 0 && /['’]s$/.test(word(j - 1)) && OPEN_MARKS.test(word(j))) {
      const show = quotedAt(quoted, after[j].start);
      if (show && show.start === after[j].start && namedInAdjunct(text, show)) {
        while (j < after.length && after[j].start < show.end) j++;
      }
    }
  }
  // "asked the network to donate ...", "urged Congress to act": the listener is part of the content (PARC)
  if (j > 0 && cls.infinitive && word(j).toLowerCase() === 'to' && after[j + 1] && /^\p{Ll}/u.test(word(j + 1))) return finish(text, s, after[0].start, quoted, clauses);
  // an indirect question: "asked whether ...", "wondered how ..."
  if (/^(?:whether|if|why|how|what|when|who)$/i.test(word(j)) && INDIRECT_QUESTION_LEMMAS.has(cls.lemma)) return finish(text, s, after[j].start, quoted, clauses);
  // an infinitive as content: "vowed to repeal", "wants to be president"
  if (cls.infinitive && word(j).toLowerCase() === 'to' && after[j + 1] && /^\p{Ll}/u.test(word(j + 1))) return finish(text, s, after[j].start, quoted, clauses);
  // an aside set off by commas or dashes before "that": "says, however, that ...", "said — on
  // Twitter, as it happens — that ..."
  if (word(j) === ',' || /^(?:—|--)$/.test(word(j))) {
    const close = word(j) === ',' ? /^,$/ : /^(?:—|--)$/;
    for (let k = j + 2; k < Math.min(after.length - 1, j + 14); k++) {
      if (/^[.;!?()"“”]$/.test(word(k))) break;
      if (close.test(word(k)) && THAT.has(word(k + 1).toLowerCase())) return finish(text, s, after[k + 1].start, quoted, clauses);
    }
  }
  // "that", a colon or a quotation right after the cue, or after adjuncts that open with a
  // preposition or a time word ("said in a statement that", "told reporters Tuesday evening that")
  const adjunct = ADJUNCT_OPENERS.has(word(j).toLowerCase());
  for (let k = j; k < Math.min(after.length, j + (adjunct ? ADJUNCT_REACH : 1)); k++) {
    const w = after[k].text;
    // `told the AP on Wednesday after hinting that ...`: a "that" after another cue inside the
    // adjunct is that cue's (its own attribution)
    if (k > j && cueClass(w) && !clauses.notVerb.has(after[k].start)) break;
    if (THAT.has(w.toLowerCase())) {
      // `said of a list that included ...`: "that" between a noun of the adjunct and a verb
      // opens a relative clause of the adjunct (a gerund after it is a subject: `that drafting
      // the platform is ...`; an auxiliary after it was measured worse, all -0.0002)
      if (k > j && after[k + 1] && clauses.verbAt(after[k + 1].start) && !/ing$/i.test(after[k + 1].text) && /^\p{Ll}/u.test(after[k - 1].text)) continue;
      return finish(text, s, after[k].start, quoted, clauses);
    }
    if (w === ':') return after[k + 1] ? quotationOrRest(text, s, after[k + 1].start, quoted, clauses) : null;
    if (OPEN_MARKS.test(w) && quotedAt(quoted, after[k].start)?.start === after[k].start) {
      // `said on MSNBC’s “Morning Joe.”`, `told ABC’s “This Week.”`: a title named in the
      // adjunct or in the listener is not what was said
      if (k > 0 && namedInAdjunct(text, quotedAt(quoted, after[k].start)!)) break;
      return finish(text, s, after[k].start, quoted, clauses);
    }
    if (/^[.;!?()]$/.test(w)) break;
    if (w === ',') {
      // `said, "..."` / `said Tuesday, "..."`: a quotation right after the comma
      const next = after[k + 1];
      if (next && OPEN_MARKS.test(next.text) && quotedAt(quoted, next.start)?.start === next.start) return quotationOrRest(text, s, next.start, quoted, clauses);
      // "said Sunday in Madison, Wisconsin, that ...": an adjunct may hold commas
      if (adjunct) continue;
      break;
    }
  }
  // a longer run of adjuncts is read when no verb of its own stands in it but a gerund after a
  // preposition ("insisted on Tuesday during a press conference with Pompeo before meeting with
  // Trump that “all speculation ...”", "said Thursday during taping of a MSNBC town hall in
  // Buffalo, New York, that states can pass such laws")
  if (adjunct) {
    for (let k = j + ADJUNCT_REACH; k < Math.min(after.length - 1, j + LONG_ADJUNCT_REACH); k++) {
      const w = after[k].text;
      if (/^[.;!?()"“”]$/.test(w) || quotedAt(quoted, after[k].start)) break;
      if (!THAT.has(w.toLowerCase())) continue;
      const ownVerb = after.slice(j, k).some((t, x) => clauses.verbAt(t.start) && !(/ing$/i.test(t.text) && x > 0 && ADJUNCT_OPENERS.has(after[j + x - 1].text.toLowerCase())));
      if (!ownVerb) return finish(text, s, after[k].start, quoted, clauses);
      break;
    }
  }
  if (!(cls.bareClause || cls.object) || j >= after.length) return null;
  // a bare clause: "said he would ...", "told reporters the U.S. ..."; or the object of
  // "called for", "described"
  let k = j;
  if (word(k) === ',' && cls.bareClause) k++;
  // a time adjunct before a bare clause: "said Thursday his biggest worry ...", "said on Tuesday it would"
  if (cls.bareClause) {
    if (/^on$/i.test(word(k)) && WEEKDAY.test(word(k + 1))) k += 2;
    else if (WEEKDAY.test(word(k)) || /^(?:yesterday|today|tonight)$/i.test(word(k))) k += 1;
    if (/^(?:morning|afternoon|evening|night)$/i.test(word(k))) k += 1;
  }
  // (an amount opens an object too: "calls for $1 trillion in new spending")
  if (!after[k] || !/^[\p{L}\p{N}"“'‘$€£]/u.test(word(k))) return null;
  // "endorsed by dozens of papers", "backed by a majority of women": a passive; what follows
  // "by" is the source, not the content
  if (word(k).toLowerCase() === 'by') return null;
  // a title where a bare clause would open is no clause (`told the network “Meet the Press”`;
  // a show named after its network's possessive was skipped with the listener above)
  const title = k > 0 && OPEN_MARKS.test(word(k)) ? quotedAt(quoted, after[k].start) : null;
  if (title && title.start === after[k].start && namedInAdjunct(text, title)) return null;
  // "whom he described as “volatile”": after a relative pronoun the object is gone, and the
  // content opens with "as" (PolNeAR: `whom | as "volatile,"`)
  const asComplement = word(k).toLowerCase() === 'as' && AS_COMPLEMENT_LEMMAS.has(cls.lemma);
  // "said much of his discussion was about Israel": a share "of" something opens a subject, where
  // "said much" alone is an object
  const shareOf = /^(?:much|more|less|little)$/i.test(word(k)) && word(k + 1).toLowerCase() === 'of' && clauses.hasVerb({ start: after[k].start, end: s.end });
  // "called for more flexibility": a quantity word opens an object, though not a clause
  const quantityObject = cls.object && /^(?:more|less|much|little)$/i.test(word(k));
  // ("says no matter what ...", "said no one knew": "no" opening a clause, not the answer)
  // (nor "this" or "no" before a verb: "told reporters this was the only chance", "said no
  // immediate decision had been made"; not "said this week", "said no to the plan")
  const verbSoon = () => {
    for (let x = k + 1; x < Math.min(after.length, k + 5); x++) {
      if (!/^[\p{L}\p{N}]/u.test(word(x)) || /^(?:to|of|and|or|but|week|month|year|morning|afternoon|evening|weekend|time|summer|fall|spring|winter)$/i.test(word(x))) return false;
      if (clauses.hasVerb(after[x])) return !/ing$/i.test(word(x));
    }
    return false;
  };
  const noClause = (/^no$/i.test(word(k)) && /^(?:matter|one|longer)$/i.test(word(k + 1))) || (/^(?:this|no)$/i.test(word(k)) && clauses.tagged && verbSoon());
  if (!asComplement && !shareOf && !quantityObject && !noClause && (ADJUNCT_OPENERS.has(word(k).toLowerCase()) || NOT_CLAUSE_OPENERS.has(word(k).toLowerCase()))) return null;
  const content = finish(text, s, after[k].start, quoted, clauses);
  // "endorsed Cruz last week", "endorsed him on Tuesday": the object of a stance ends at a time
  // adjunct, when no verb stands before it (one word may be left: PolNeAR marks `Cruz`)
  // "discussed his position at a town hall in Laconia", "extended an olive branch to the party
  // officials at the start of his remarks": the object of an object cue ends at the reporter's
  // adjunct of place, occasion or time (when no quotation and no verb stand before it)
  if (content && cls.object) {
    const adj = OBJECT_ADJUNCT.exec(text.slice(content.start, content.end));
    if (adj && adj.index > 0 && !/["“”]|''/.test(text.slice(content.start, content.start + adj.index)) && !clauses.hasVerb({ start: content.start, end: content.start + adj.index })) return trimSpan(text, content.start, content.start + adj.index);
  }
  if (content && cls.lemma === 'support') {
    const time = OBJECT_TIME.exec(text.slice(content.start, content.end));
    if (time && time.index > 0 && !clauses.hasVerb({ start: content.start, end: content.start + time.index })) return trimSpan(text, content.start, content.start + time.index);
  }
  return content;
}

/**
 * The reporter's adjunct after an object: where, at what occasion, when. Measured and left out
 * (PolNeAR): any "at the ..." (no change), any "in the ..." (all -0.0009), weekdays (-0.0004),
 * "to the ..." (-0.0004), "after"/"before"/"as" (-0.0056).
 */
const OBJECT_ADJUNCT = /,?\s+(?:at (?:a|an|the|his|her|their) (?:town hall|rally|news conference|press conference|campaign|event|debate|forum|hearing|meeting|dinner|luncheon|breakfast|gathering|speech|convention|start|end)|during (?:a|an|the|his|her|their)|in (?:an|a) (?:interview|statement|speech|op-ed|tweet|letter|email|appearance|post|column|memo|radio|television|tv)|in (?:remarks|speeches|interviews)|on (?:twitter|facebook|instagram|cnn|fox|msnbc|abc|cbs|nbc)\b|when |while |(?:last|this) (?:week|month|year|weekend))/i;

/** A time adjunct after an object ("last week", "on Tuesday", "in early June", "Monday"). */
const OBJECT_TIME = /,?\s+(?:(?:last|this|next|earlier this|later this)\s+(?:week|month|year|summer|fall|spring|winter|weekend|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|in\s+(?:early|late|mid-?)?\s*(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;

/**
 * Whether "add" at a cue's end adds things rather than words: before an amount ("employers added
 * just 194,000 jobs", "the economy added far fewer jobs") or "to" ("the requirement adds to a
 * well-established list"). "Added that 300 people came" reports.
 */
function addsThings(text: string, cueEnd: number): boolean {
  const rest = text.slice(cueEnd, cueEnd + 40).trimStart();
  return AMOUNT_OPENER.test(rest) || /^to\s/i.test(rest);
}

/** An amount opening what follows a verb: a number, or a hedge or comparison before one ("just 194,000", "far fewer"). */
const AMOUNT_OPENER = /^(?:(?:just|only|about|nearly|almost|roughly|some|around|over|under|more than|less than|fewer than|another|a further|an additional)\s+)?(?:\$|€|£)?\d|^(?:far\s+|many\s+|much\s+)?(?:fewer|more|less)\s+\p{L}+/iu;

/**
 * A quotation that names a show, a book or a slogan inside an adjunct of the cue (`said on
 * MSNBC’s “Morning Joe.”`, `star of the reality show "The Apprentice."`): after a preposition,
 * a possessive or a noun, with the words of a title.
 */
const BEFORE_NAMED = /(?:\b(?:on|in|at|of|to|from|via|during|with|show|program|series|book|film|movie|song|column|podcast|segment)|['’]s?)\s*$/i;
function namedInAdjunct(text: string, q: Span): boolean {
  return BEFORE_NAMED.test(text.slice(Math.max(0, q.start - 12), q.start)) && looksLikeTitle(text, q);
}

/** Cues whose object is described "as" something ("described as", "sees as"): `as` may open their content. */
const AS_COMPLEMENT_LEMMAS = new Set(['describe', 'see']);

/** After `said,` or `said:` a quotation is the whole content (`said, "We'll see," and left`). */
function quotationOrRest(text: string, s: Sentence, start: number, quoted: Quoted[], clauses: TaggedClauses): Span | null {
  const q = quotedAt(quoted, start);
  if (q && q.start === start && wordCount(text, q) >= MIN_CONTENT_WORDS) return q;
  return finish(text, s, start, quoted, clauses);
}

/**
 * Where a content after its cue ends before the sentence does: a contrasting clause of the
 * reporter (", but lamented that ...", ", while Collins suggested ..."), or a participle that
 * opens an attribution of its own (", noting that ..."). PolNeAR closes the content there.
 * ", but that ..." coordinates a second that-clause of the same cue and does not stop it.
 */
const CONTENT_STOP = /(,["”’']*)\s+(?:(?:but|while|whereas|although|though)(?!\s+(?:that|also|not|rather|only)\b)|noting|adding|saying|arguing|citing|explaining|insisting|warning|calling|pointing|(?:\p{Ll}+ly\s+)?(?!including|according|excluding|regarding|concerning|involving|following|during)\p{Ll}+ing)[\s,:]/gu;

function finish(text: string, s: Sentence, start: number, quoted: Quoted[], clauses: TaggedClauses): Span | null {
  let end = s.end;
  CONTENT_STOP.lastIndex = 0;
  const body = text.slice(start, s.end);
  let m: RegExpExecArray | null;
  while ((m = CONTENT_STOP.exec(body))) {
    const at = start + m.index;
    // the comma may close a quotation (`as “incognito,” sparking ...`): the content ends after the mark
    const stop = at + m[1].length;
    const q = quotedAt(quoted, at);
    if (q && q.start < at && q.end > stop) continue; // inside a quotation
    if (wordCount(text, { start, end: at }) < 3) continue;
    // ("accused Emanuel of covering up, delaying, and withholding facts": a list of -ing words,
    // not a participle clause of the reporter, unless the word is a cue of its own)
    const ing = /(\p{Ll}+ing),$/u.exec(m[0]);
    if (ing && !cueClass(ing[1])) continue;
    end = stop;
    break;
  }
  // the reporter's comment on what was said (", a swipe at ...", ", an apparent reference to ...")
  // and a coordinated negative predicate of the reporter (" but did not suggest ...") end it
  for (const stop of REPORTER_ASIDES) {
    const m = stop.exec(text.slice(start, end));
    if (m && !quotedAt(quoted, start + m.index) && wordCount(text, { start, end: start + m.index }) >= 3) {
      end = start + m.index;
      break;
    }
  }
  // a poll's comparison of the reporter (`45 percent said they would vote for him, compared with
  // 39 percent for her`) ends a content that quotes no words
  // a semicolon of the reporter after a quotation opens another clause (`called it her ''responsibility
  // gene''; rivals deride it as ...`); in a content of no quotation it may join the speaker's
  // own list (measured: cutting there too cost all-attribution F1)
  const semi = /;\s/.exec(text.slice(start, end));
  if (semi && !quotedAt(quoted, start + semi.index) && /["“”]|''/.test(text.slice(start, start + semi.index)) && wordCount(text, { start, end: start + semi.index }) >= 2) end = start + semi.index;
  // so does a dash with "and" or "but" after a quotation (`called it "ludicrous" — but the
  // campaign ...`); in a content of no quotation it was measured all -0.0002
  const dashAnd = /\s(?:[\u2014\u2015]|--|[\u2013-])\s+(?:and|but)\s/.exec(text.slice(start, end));
  if (dashAnd && !quotedAt(quoted, start + dashAnd.index) && /["“”]|''/.test(text.slice(start, start + dashAnd.index)) && wordCount(text, { start, end: start + dashAnd.index }) >= 3) end = start + dashAnd.index;
  const comparison = COMPARISON.exec(text.slice(start, end));
  if (comparison && !/["“”]|''/.test(text.slice(start, start + comparison.index)) && wordCount(text, { start, end: start + comparison.index }) >= 3) end = start + comparison.index;
  end = endAfterQuotation(text, start, end, quoted, clauses);
  const span = closeQuotes(trimSpan(text, start, end), quoted);
  return wordCount(text, span) >= MIN_CONTENT_WORDS ? span : null;
}

/** The reporter's comparison after a comma (see `finish`). */
const COMPARISON = /,\s+(?:compared (?:with|to)|up from|down from)\s/i;

/** Where the reporter takes over inside a content's sentence (see `finish`). */
const REPORTER_ASIDES = [
  /,["”’']*\s+(?:a|an)\s+(?:(?:apparent|clear|veiled|thinly[- ]veiled|not-so-subtle|subtle|pointed|direct|oblique|implicit)\s+)?(?:swipe|reference|nod|jab|dig|allusion|shot|rebuke|rejoinder|jibe|gibe)\s+(?:at|to)\b/iu,
  /["”’']?\s+but\s+(?:did|does|do|would|could|was|is|has|had)\s+not\s/iu,
];

/**
 * What may follow a quotation inside a content and close the content there (PolNeAR ends the
 * content with the quotation): a dash opening the reporter's aside (`"suburbs of St.
 * Petersburg" — a metaphor for ...`), a coordinated predicate of the reporter (`"What curfew?"
 * and kept going`, `“a con” and encouraged Americans`), a time adjunct (`as a “disgrace”
 * Wednesday on ...`) and the reporter's relative clause (`Clinton’s “public option”, which would
 * allow ...`). Measured and rejected (docs/evaluation.md): subordinating conjunctions
 * (`as`, `while`, `until`) and prepositional adjuncts (`during`, `at`) after the quotation.
 */
const AFTER_QUOTE = [
  /^\s*(?:[\u2014\u2015]|--|\s[\u2013-]\s)/,
  /^,?\s+(?:and|or|but)\s+(?:(?:also|then|later|has|have|had|was|is|will|would)\s+)?\p{Ll}+(?:ed|s)\s/u,
  /^,?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|earlier|this)\b/i,
  /^,\s+(?:which|who)\s/i,
  /^,?\s+(?:(?:moments|minutes|hours|days|weeks|months|years|shortly|soon|just|only|right)\s+(?:after|before|later|earlier)|(?:a|one|two|three|several|a few)\s+(?:moments?|minutes?|hours?|days?|weeks?)\s+(?:after|before|later|earlier))\b/i,
];

/**
 * A conjunction after a quotation, then (an adverb) the word the tagger must read as a verb for
 * the reporter's coordinated predicate (`"careless," but said`). A clause with a subject of its
 * own (`is “complex” and he feels he can win`) goes on with the content: measured, the pronoun
 * subject here cost direct F1 0.0002.
 */
const COORDINATED_PREDICATE = /^,?["”’']*\s+(?:and|but)\s+(?:(?:also|then|later|still)\s+){0,2}/i;

/** The end of a content that holds a quotation followed by one of `AFTER_QUOTE`. */
function endAfterQuotation(text: string, start: number, end: number, quoted: Quoted[], clauses: TaggedClauses): number {
  for (let i = start; i < end; i++) {
    const q = quotedAt(quoted, i);
    if (!q) continue;
    if (q.end >= end) break;
    i = q.end - 1;
    if (q.start < start) continue;
    const rest = text.slice(q.end, Math.min(end, q.end + 40));
    if (AFTER_QUOTE.some((re) => re.test(rest))) return q.end;
    // a quotation that ends its own sentence (`shouted “You lie!” at the president during ...`):
    // the words after it are the reporter's
    if (/[.!?]["”’']+$/.test(text.slice(q.start, q.end)) && /^\s+\p{Ll}/u.test(rest)) return q.end;
    // `"extremely careless," but said ...`, `“unhinged” and he reiterated ...`: a coordinated
    // predicate of the reporter, known by the tagger's verb when its form says nothing
    const co = COORDINATED_PREDICATE.exec(rest);
    if (co && clauses.verbAt(q.end + co[0].length)) return q.end;
  }
  return end;
}

/**
 * Longest content taken from a sentence: a longer "sentence" has lost its boundaries (1 MB
 * without punctuation), and a content running over it would be a runaway span.
 */
const MAX_CONTENT_CHARS = 3000;
/**
 * Longest sentence read whole for attributions: no content may be longer anyway (the longest
 * paragraph of PolNeAR's 924 texts has 2,573 characters).
 */
const MAX_SENTENCE_CHARS = MAX_CONTENT_CHARS;

/** Tokens an introductory phrase may hold before its comma ("In response to Donald Trump’s proposal to bar Muslims from entering the United States, ..."). */
const OPENER_REACH = 20;

/** The subject of the sentence's main clause, for participle cues ("Pompeo clashed ..., saying"). */
function sentenceSubject(text: string, s: Sentence, before: Token[], quoted: Quoted[]): Subject | null {
  // a dateline with its agency ("WASHINGTON, Dec. 8 (UPI) — ", "Washington (AFP) – ") is not the subject
  const opening = s.start + leadingSpace(text, s);
  const dated = before.length && before[0].start === opening ? AGENCY_DATELINE.exec(text.slice(opening, opening + 80)) : null;
  let k = dated ? firstTokenAt(before, opening + dated[0].length) : 0;
  const start = k;
  // skip an introductory phrase ending with a comma ("On Tuesday, ...")
  const firstComma = before.findIndex((t, x) => x >= start && t.text === ',');
  const opener = before[k]?.text ?? '';
  // (also a participle opening the sentence, "Alarmed, ...", or an adverb of one or two words
  // before the comma, "Shortly after, ..."; "Kelly responded pointedly, ..." is no adverb)
  if (firstComma >= 0 && firstComma - start < OPENER_REACH && (/^(?:On|In|At|After|Before|During|Earlier|Later|Last|Meanwhile|However|But|And|Asked|When|While|As|Since|Despite|Following|Amid|Under|Over|With|Without|Through|Throughout|For|From|To|By|Like|Unlike|If|Although|Though|Because|Once|Until|Still|Yet|Instead|Indeed|Now|Then|Today|Yesterday|Likewise|Similarly|First|Second|Third|Finally|Additionally|Furthermore|Moreover|Overall|Ultimately|Again|Nevertheless|Nonetheless|Otherwise|Besides|Regardless|Separately|Previously|Also)$/.test(opener) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(opener) || (/^\p{Lu}\p{Ll}+ly$/u.test(opener) && firstComma - start <= 2) || (firstComma - start <= 4 && /^(?:later|earlier|ago|afterward|afterwards)$/i.test(before[firstComma - 1].text)))) k = firstComma + 1;
  // a dateline ("WASHINGTON —", "MOSCOW (Reuters) -") is not the subject
  if (/^[A-Z]{3,}$/.test(before[k]?.text ?? '')) {
    const dash = before.findIndex((t, x) => x >= k && x < k + 6 && /^[\u2014\u2015\u2013-]$/.test(t.text));
    if (dash >= 0) k = dash + 1;
  }
  // the year of a date in the opener ("On July 6, 2015, Sanders made ...")
  if (k > start && YEAR.test(before[k]?.text ?? '') && before[k + 1]?.text === ',') k += 2;
  // the state or country of a place in the opener ("Speaking in Salem, New Hampshire, Trump ...")
  if (k > start) {
    const comma = before.findIndex((t, x) => x > k && x <= k + 3 && t.text === ',');
    if (comma > 0 && PLACES.has(before.slice(k, comma).map((t) => t.text).join(' ').toLowerCase())) k = comma + 1;
  }
  // an opener holding commas ("Following a swiftly called, late-afternoon meeting, the Council ..."):
  // a lowercase word after the first comma goes on with it, to the next comma
  if (k > start && /^\p{Ll}/u.test(before[k]?.text ?? '') && !PRONOUNS.has(before[k].text) && !/^(?:the|a|an|this|that|these|those|his|her|their|its|our|some|many|most|several|both|all|each)$/.test(before[k].text)) {
    const next = before.findIndex((t, x) => x > k && x < k + 8 && t.text === ',');
    if (next > 0) k = next + 1;
  }
  while (k < before.length && /^(?:But|And|So|Yet|However|Meanwhile|Still)$/.test(before[k].text)) k++;
  // "Said Ellis: “...”": an inverted cue opening the sentence is followed by its subject
  if (k === 0 && /^(?:Said|Says|Added|Adds|Wrote|Writes|Asked|Asks)$/.test(before[0]?.text ?? '')) k = 1;
  if (k >= before.length || quotedAt(quoted, before[k].start)) return null;
  return phraseAfter(before.slice(k));
}

/** Words after `, he said,` that start a new clause of the reporter, not the rest of the content. */
const NOT_RESUMING = new Set(['and', 'but', 'or', 'who', 'which', 'whose', 'where', 'when', 'while', 'as', 'because', 'although', 'though', 'since', 'after', 'before', 'in', 'on', 'at', 'during', 'referring', 'according', 'speaking', 'citing', 'pointing', 'noting', 'adding', 'explaining', 'echoing', 'a', 'an', 'the']);

/** `"We are prepared," Lavrov said, "to publish ..."`: the quotation after the cue group shares it. */
/**
 * What may lie between a cue and the quotation that continues the content after it: nothing, or
 * an adjunct without quotation marks or a sentence break ("during a rally in Kenansville, N.C."),
 * then a comma.
 */
const CUE_GROUP_TAIL = /^(?:,?\s+(?!(?:and|but|or|yet|so)\b)[^"“”.!?]{1,70}?(?:\.[^\s"“”][^"“”.!?]{0,20}?)*\.?)?\s*,\s*$/;

function withContinuation(text: string, s: Sentence, si: number, a: Attribution, groupEnd: number, quoted: Quoted[], clauses: TaggedClauses): Attribution[] {
  let i = groupEnd;
  // the group may end with an adjunct: "said on Tuesday, "...""
  const limit = Math.min(s.end + 3, groupEnd + 60, text.length);
  while (i < limit && text[i] !== ',' && text[i] !== ':' && text[i] !== '.' && !OPEN_MARKS.test(text[i])) i++;
  if (text[i] === ',' || text[i] === ':') i++;
  while (i < limit && /\s/.test(text[i])) i++;
  // an adjunct holding commas: the quotation after the group's last comma
  if (!OPEN_MARKS.test(text[i] ?? '')) {
    const mark = text.slice(groupEnd, Math.min(s.end, groupEnd + 100)).search(/,\s*["“'‘]/);
    if (mark >= 0) {
      const at = groupEnd + mark + text.slice(groupEnd + mark).search(/["“'‘]/);
      if (CUE_GROUP_TAIL.test(text.slice(groupEnd, at))) i = at;
    }
  }
  const q = quotedAt(quoted, i);
  // (not a quotation that a clause of the adjunct introduces: `told the AP after hinting that “...”`)
  const between = q ? text.slice(groupEnd, q.start) : '';
  const introduced = /\bthat\s*$/i.test(between) || holdsCue(between);
  if (q && q.start === i && OPEN_MARKS.test(text[i]) && q.start > a.pieces[0].end && !namedInAdjunct(text, q) && !introduced) {
    // the continuation starts lower-case (same sentence) or right after the comma
    const nextIsSameSentence = /^["“„«'‘]\s*[\p{Ll}]/u.test(text.slice(q.start, q.start + 3)) || text[groupEnd] !== '.';
    if (nextIsSameSentence && !/[.!?]\s/.test(text.slice(groupEnd, q.start))) return [a, { ...a, pieces: [q] }];
  }
  // "The museum, he said, would make visitors face ...": a cue group set off by commas inside
  // the clause; the content resumes after it, to the sentence end (one attribution, two pieces)
  const rest = /^\s*,\s*(\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(groupEnd, Math.min(s.end, groupEnd + 40)));
  const first = a.pieces[0];
  if (rest && first.start >= s.start && !OPEN_MARKS.test(text[first.start]) && !/[.!?]["”’']*$/.test(text.slice(first.start, first.end)) && !NOT_RESUMING.has(rest[1].toLowerCase()) && !cueClass(rest[1])) {
    const resumed = finish(text, s, groupEnd + rest.index + rest[0].length - rest[1].length, quoted, clauses);
    // (not after an inverted speaker: `..., said Gary Orfield, education and law professor at
    // ...` goes on with the speaker's appositive, not with the content)
    const inverted = !!a.subject && !!a.cue && a.subject.start >= a.cue.end;
    if (resumed && !inverted) return [{ ...a, pieces: [first, resumed] }];
  }
  return [a];
}

/**
 * `Mark Blumenthal and Jon Cohen: "..."`, `Trump went even further: "..."`: a quotation after a
 * colon is attributed to the subject before the colon; the colon is the cue (as PolNeAR marks it).
 */
/** How far back a colon's sentence is read for its subject. */
const MAX_COLON_SENTENCE = 600;

function colonQuotes(text: string, sents: Sentence[], doubles: Quoted[], attributions: Attribution[], paragraphs: Span[]): Attribution[] {
  const out: Attribution[] = [];
  const covered = attributions.flatMap((a) => a.pieces);
  const starts = new Set(covered.map((c) => c.start));
  for (const q of doubles) {
    if (starts.has(q.start)) continue;
    let i = q.start - 1;
    // the colon may end the paragraph before ("Trump said in a statement:\n\n"...")
    while (i >= 0 && /\s/.test(text[i]) && q.start - i < 6) i--;
    if (text[i] !== ':') continue;
    const para = paragraphs[paragraphIndex(paragraphs, i)];
    // the words before the colon, from a word's start: a window cut inside a word would offer
    // its tail ("cially" of "especially") as the speaker
    let from = Math.max(para.start, i - 160);
    while (from > para.start && from < i && /[\p{L}\p{N}]/u.test(text[from - 1]) && /[\p{L}\p{N}]/u.test(text[from])) from++;
    if (covered.some((c) => c.start <= i && i < c.end)) continue;
    const tokens = tokenize(text, from, i);
    // a short line before the colon: a name, or a name and a verb ("Trump went even further")
    const before = subjectBefore(tokens);
    // "Trump went even further:" -- a lower-case word after the name is a verb, and "Trump said in
    // a statement:" holds a cue: take the clause's subject
    const hasCue = holdsCue(text.slice(from, i));
    // ("Kelly responded pointedly, with a smile:", "Trump went further in a speech:": a phrase after a
    // preposition is an adjunct of the clause, whose subject speaks)
    const lead = before ? tokens[tokens.findIndex((t) => t.start === before.start) - 1]?.text ?? '' : '';
    const adjunct = !!before && before.form === 'title' && /^(?:with|in|on|at|during|after|before|from|for|via|through|over)$/i.test(lead);
    const verbal = hasCue || adjunct || (before && /\s\p{Ll}+$/u.test(text.slice(before.start, before.end)) && before.form === 'name');
    // (the clause's subject is read in the colon's own sentence, not in the window's earlier ones)
    const sentence = sents[sentenceIndex(sents, i)];
    const own = sentence.start >= from ? tokens.filter((t) => t.start >= sentence.start) : tokenize(text, Math.max(sentence.start, i - MAX_COLON_SENTENCE), i);
    const found = (verbal ? sentenceSubject(text, sentence, own, []) : null) ?? before ?? sentenceSubject(text, sentence, own, []);
    // (a determiner alone names no one)
    const subject = found && /^(?:the|a|an)$/i.test(text.slice(found.start, found.end)) ? null : found;
    if ((!subject && !hasCue) || wordCount(text, q) < MIN_CONTENT_WORDS) continue;
    // "resulting in the evacuation of ... a few other scrapers:", "had one message:": a common
    // noun phrase inside a clause of the reporter (after a word of it) is no speaker without a
    // cue ("More from the report:" is one); the quotation stays, its speaker unknown
    // ...unless a person opens the clause ("She then addressed the supporters again: “...”")
    const inside = !hasCue && !!before && subject === before && insideClause(tokens, before);
    const clauseHead = inside ? sentenceSubject(text, sentence, own, []) : null;
    const person = !!clauseHead && !!before && clauseHead.end <= before.start && (clauseHead.form === 'pronoun' || (clauseHead.form === 'name' && !/^(?:the|a|an|this|that|these|those)\s/i.test(text.slice(clauseHead.start, clauseHead.end))));
    const speaker = !subject ? null : !inside ? subject : person ? clauseHead : null;
    out.push({ pieces: [q], cue: { start: i, end: i + 1 }, subject: speaker, sentence: sentenceIndex(sents, q.start) });
  }
  return out;
}

/** Whether a lower-case phrase before a colon follows a word of the clause it is part of (not "from"/"by"). */
function insideClause(tokens: Token[], phrase: Subject): boolean {
  if (phrase.form !== 'title') return false;
  const prev = tokens[tokens.findIndex((t) => t.start === phrase.start) - 1]?.text ?? '';
  return /^\p{Ll}/u.test(prev) && !/^(?:from|by)$/.test(prev);
}

/** Words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'vs']);

/**
 * A quoted title ("Orange Is the New Black", "Flip the Script with Liz Plank"): most words
 * capitalised and no punctuation before the closing mark, which a quoted sentence has.
 */
function looksLikeTitle(text: string, q: Span): boolean {
  const inner = text.slice(q.start + 1, Math.min(q.end - 1, q.start + 200));
  // `“The Steve Harvey Morning Show,”`, `''A Change Is Gonna Come,''`: a comma or a period
  // before the closing mark, but every word but the small ones capitalised
  if (/[.,]['"”’]*$/.test(inner.trimEnd())) {
    const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];
    const open = words.filter((w) => !TITLE_SMALL_WORDS.has(w));
    return words.length >= 2 && words.length < 12 && open.length > 0 && open.every((w) => /^[\p{Lu}\d]/u.test(w));
  }
  if (/[.,!?;:\u2014\u2015\u2026-]['"”’]*$/.test(inner.trimEnd())) return false;
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return words.length < 12 && capitalised >= 0.5 * words.length;
}

/**
 * A headline that gives a statement after a name and a colon, without quotation marks
 * ("Lynch: No outside influence on FBI probe"): a short line, a short capitalised name.
 * Long paragraphs are excluded, where "Washington: ..." is a dateline.
 */
const HEADLINE_MAX_CHARS = 160;
const HEADLINE_NAME = /^((?:[\p{Lu}][\p{L}.'’&-]*\s?){1,4}):\s+(?=\S)/u;
/**
 * A title's source with a common noun or an addressee before the colon: `Clinton camp: ...`,
 * `WSJ editorial: ...`, `Clinton to Planned Parenthood: ...` (the source is the name before
 * "to"/"on"/"at"; not after an indefinite article or a question word: `A Curious Plan to Fight
 * Climate Change: Buy Mines, Sell Coal`). Only in the title line.
 */
const TITLE_SOURCE = /^(?!(?:A|An|How|Why|What|When|Where)\s)((?:[\p{Lu}][\p{L}.'’&-]*\s){1,3}(?:camp|campaign|editorial|aides|allies|team|officials|spokesman|spokeswoman|adviser|advisers)|(?:[\p{Lu}][\p{L}.'’&-]*\s?){1,3}(?=\s(?:to|on|at)\s))(?:\s(?:to|on|at)\s(?:[\p{Lu}][\p{L}.'’&-]*\s?){1,7})?:\s+(?=\S)/u;
/** A transcript turn: a speaker's name in capitals and a colon open the paragraph (a stray mark may precede). */
const MIN_TRANSCRIPT_TURNS = 3;
const TRANSCRIPT_TURN = /^["“]?((?:[A-Z][A-Z.'’-]+)(?: [A-Z][A-Z.'’-]+){0,2}):\s+(?=\S)/;
function headlineQuotes(text: string, sents: Sentence[], attributions: Attribution[], paragraphs: Span[]): Attribution[] {
  const out: Attribution[] = [];
  // a transcript has several turns; one capitalised word and a colon alone is a dateline ("WASHINGTON: ...")
  const turns = paragraphs.filter((p) => TRANSCRIPT_TURN.test(text.slice(p.start, Math.min(p.end, p.start + 40)))).length;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const line = text.slice(p.start, p.end);
    // a transcript turn: `PENCE: Well, look, ...` (the speaker in capitals, any length)
    const turn = turns >= MIN_TRANSCRIPT_TURNS ? TRANSCRIPT_TURN.exec(line) : null;
    if (turn) {
      const content = trimSpan(text, p.start + turn[0].length, p.end);
      const at = p.start + turn.index + turn[0].indexOf(turn[1]);
      // (the whole turn is the speaker's, also where a cue inside it was read: `TAPPER: Do you
      // think Donald Trump has campaigned ...` is Tapper's question, not "you" thinking)
      if (wordCount(text, content) >= MIN_CONTENT_WORDS) {
        out.push({ pieces: [content], cue: { start: at + turn[1].length, end: at + turn[1].length + 1 }, subject: { start: at, end: at + turn[1].length, form: 'name' }, sentence: sentenceIndex(sents, content.start) });
      }
      continue;
    }
    // the title (first paragraph) may end with a period, as the text exports of PolNeAR write it
    if (p.end - p.start > HEADLINE_MAX_CHARS || (pi > 0 && /[.!?]["”’]?\s*$/.test(line))) continue;
    const m = HEADLINE_NAME.exec(line) ?? (pi === 0 ? TITLE_SOURCE.exec(line) : null);
    if (!m) continue;
    // an all-capitals name before a colon in a full sentence is a dateline ("WASHINGTON: The ...")
    if (/[.!?]["”’]?\s*$/.test(line) && !/\p{Ll}/u.test(m[1])) continue;
    const content = trimSpan(text, p.start + m[0].length, p.end);
    if (wordCount(text, content) < 3 || attributions.some((a) => a.pieces.some((x) => x.start < content.end && content.start < x.end))) continue;
    const colon = p.start + m[0].lastIndexOf(':');
    const subject: Subject = { start: p.start, end: p.start + m[1].trimEnd().length, form: 'name' };
    out.push({ pieces: [content], cue: { start: colon, end: colon + 1 }, subject, sentence: sentenceIndex(sents, content.start) });
  }
  return out;
}

/**
 * A document as the source, with "in" as the cue (PolNeAR marks it so): "In an NBC News poll
 * released Monday, 50 percent chose Clinton", "Trump has a decisive lead in the polls". Only in
 * sentences without another attribution; the noun must be one that carries findings or statements.
 */
const SOURCE_NOUNS = 'polls?|survey|surveys|statement|interview|report|letter|study|memo|filing|op-ed|speech|column|analysis|poll released \\w+|survey released \\w+';
const LEADING_SOURCE = new RegExp(`^(In|in)\\s+((?:the|a|an|this|that|its|his|her|their|our|one|another|a new|the latest|the same)\\s+(?:[\\w./’'-]+\\s+){0,5}?(?:${SOURCE_NOUNS}))(?:\\s+[^,]{0,60})?,\\s+`);
const TRAILING_SOURCE = new RegExp(`\\s(in)\\s+((?:the|a|an|this|one of the|several|most|recent|national|state)\\s+(?:[\\w./’'-]+\\s+){0,4}?(?:polls?|surveys?))\\s*[.!?]?\\s*$`);
function sourceNounQuotes(text: string, sents: Sentence[], attributions: Attribution[], quoted: Quoted[], clauses: TaggedClauses): Attribution[] {
  const out: Attribution[] = [];
  const taken = new Set(attributions.map((a) => a.sentence));
  for (let si = 0; si < sents.length; si++) {
    if (taken.has(si)) continue;
    const s = sents[si];
    const body = text.slice(s.start, s.end);
    const lead = LEADING_SOURCE.exec(body);
    if (lead) {
      const content = finish(text, s, s.start + lead[0].length, quoted, clauses);
      const src = s.start + lead[0].indexOf(lead[2], lead[1].length);
      if (content && wordCount(text, content) >= 3) out.push({ pieces: [content], cue: { start: s.start, end: s.start + 2 }, subject: { start: src, end: src + lead[2].length, form: 'title' }, sentence: si });
      continue;
    }
    const trail = TRAILING_SOURCE.exec(body);
    if (trail) {
      const cueAt = s.start + trail.index + 1;
      const content = closeQuotes(trimSpan(text, s.start, cueAt), quoted);
      const src = cueAt + trail[0].slice(1).indexOf(trail[2]);
      if (wordCount(text, content) >= 3) out.push({ pieces: [content], cue: { start: cueAt, end: cueAt + 2 }, subject: { start: src, end: src + trail[2].length, form: 'title' }, sentence: si });
    }
  }
  return out;
}

/**
 * The last resort of the cue verbs: attributions read from the clause's parts of speech
 * (clauses.ts) for verbs of saying, judging, believing and wanting whose subject the word-list
 * readers above did not find ("Minyon Moore, a senior adviser to the campaign, called ...",
 * "He considers Mrs. Clinton untrustworthy, but views Mr. Trump as ..."). Only verbs outside
 * the cues and contents found so far; like object cues, they yield to a speech cue around them.
 */
function clauseQuotes(text: string, sents: Sentence[], attributions: Attribution[], quoted: Quoted[], tags: TaggedToken[], clauses: TaggedClauses): Attribution[] {
  const taken = attributions.flatMap((a) => (a.cue ? [...a.pieces, a.cue] : a.pieces));
  // PolNeAR takes the object as content for every such verb, cue verbs of cues.ts included
  // ("denied the accusations", "wants a continuation of Obama's policies"): measured against
  // keeping each cue class's own complements (all F1 0.633 vs 0.630)
  // ("read" is a cue only before a quotation: "He read the letter" reports nothing)
  const accept = (verb: TaggedToken) => {
    const cls = cueClass(verb.text);
    // ("added 300 workers", "adds to the list": "add" adds things)
    if (cls?.lemma === 'add' && addsThings(text, verb.end)) return false;
    // ("a group called Citizens for Trump": a participle naming a thing)
    if (clauses.notVerb.has(verb.start)) return false;
    return (!!cls && cls.lemma !== 'read') || CLAUSE_CUE_LEMMAS.has(verb.lemma);
  };
  return clauseAttributions(text, sents, tags, taken, (p) => !!quotedAt(quoted, p), (p) => sentenceIndex(sents, p), accept).map((c) => ({
    pieces: c.pieces,
    cue: c.cue,
    subject: c.subject,
    sentence: c.sentence,
    weak: true,
  }));
}

/**
 * Attributions with no source in the sentence, whose content is the clause around the cue
 * (PolNeAR writes it as two pieces): "About one of every nine voters this fall is expected to be
 * Latino", "The Club for Growth is reportedly spending $1.5 million". Only a clause that opens the
 * sentence (no comma before the cue) and is not inside another attribution.
 */
const UNSOURCED_CUES = /\b(?:(?:is|are|was|were)\s+(?:not\s+|widely\s+|also\s+|still\s+)?expected(?=\s+to\s+\p{Ll})|reportedly)\b/gu;
function unsourcedQuotes(text: string, sents: Sentence[], attributions: Attribution[], quoted: Quoted[], clauses: TaggedClauses): Attribution[] {
  const out: Attribution[] = [];
  const covered = attributions.flatMap((a) => a.pieces);
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si];
    const body = text.slice(s.start, s.end);
    UNSOURCED_CUES.lastIndex = 0;
    const m = UNSOURCED_CUES.exec(body);
    if (!m) continue;
    const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    if (/[,;:]/.test(body.slice(0, m.index)) || quotedAt(quoted, cue.start) || covered.some((c) => c.start <= cue.start && cue.end <= c.end)) continue;
    // "is reportedly spending": the auxiliary stays with the subject, as PolNeAR marks it
    const head = trimSpan(text, s.start, cue.start);
    const rest = finish(text, s, cue.end, quoted, clauses);
    if (!rest || wordCount(text, head) < 1) continue;
    out.push({ pieces: [head, rest], cue, subject: null, sentence: si });
  }
  return out;
}

/**
 * A quotation inside a clause opened by "that" after a verb or a noun, where no cue of the lists
 * took it: "for saying that green coffee extract was a “magic weight loss cure”", "its prediction
 * that Trump would be “the healthiest individual ever elected”", "Politifact ruled that the
 * statement was “true.”". The quotation marks show the clause reports someone's words (a mixed
 * quote): the content runs from "that" to the clause's end, the word before "that" is the cue,
 * and its subject (or the sentence's) the speaker. Found by reading where a token tagger trained
 * on PolNeAR's train half gained over the rules (docs/evaluation.md, Quotes, fifth session).
 */
const THAT_REACH_TOKENS = 25;
function thatClauseQuotes(text: string, sents: Sentence[], attributions: Attribution[], doubles: Quoted[], quoted: Quoted[], tags: TaggedToken[], clauses: TaggedClauses): Attribution[] {
  const out: Attribution[] = [];
  const covered = spanIndex(attributions.flatMap((a) => (a.cue ? [...a.pieces, a.cue] : a.pieces)));
  // contents found here follow each other (each starts after the quotation before it), so only
  // the last two can overlap a later one
  const hit = (sp: Span) => covered(sp) || out.slice(-2).some((a) => a.pieces.some((c) => c.start < sp.end && sp.start < c.end));
  for (const q of doubles) {
    if (hit(q)) continue;
    const si = sentenceIndex(sents, q.start);
    const s = sents[si];
    if (!s || q.end > s.end + 1) continue;
    // the nearest "that" before the quotation, in the same sentence, with no quotation between
    let k = tagIndexBefore(tags, q.start);
    let that = -1;
    for (let n = 0; k >= 1 && tags[k].start >= s.start && n < THAT_REACH_TOKENS; k--, n++) {
      if (quotedAt(quoted, tags[k].start)) break;
      if (tags[k].lemma === 'that' && tags[k].text.toLowerCase() === 'that') {
        const head = tags[k - 1];
        if (head.start >= s.start && (head.pos === 'VERB' || head.pos === 'NOUN')) that = k;
        break;
      }
    }
    if (that < 0 || relativeThat(tags, that)) continue;
    const head = tags[that - 1];
    let content = finish(text, s, tags[that].start, quoted, clauses);
    if (!content || content.end < q.end || hit(content)) continue;
    // "Grant's claim that the budget was “balanced” drew criticism": a verb after the quotation
    // is the main clause's, whose subject the clause was part of
    const following = tags[tagIndexBefore(tags, q.end) + 1];
    if (following && following.start < content.end && following.pos === 'VERB') content = { start: content.start, end: q.end };
    const tokens = tokenize(text, s.start, head.start);
    const subject = (head.pos === 'NOUN' ? possessorOf(tags, that - 1, s) : subjectBefore(tokens)) ?? sentenceSubject(text, s, tokens, quoted);
    out.push({ pieces: [content], cue: { start: head.start, end: head.end }, subject, sentence: si });
  }
  return out;
}

/**
 * "that" opening a relative clause ("standards that prohibit lawyers", "a comment that egregiously
 * described"), not a content clause: a verb follows it at once, or after an adverb.
 */
function relativeThat(tags: TaggedToken[], that: number): boolean {
  // quotation marks between "that" and the verb do not count ("the bill that “protects families”")
  const words = tags.slice(that + 1, that + 5).filter((t) => !(t.pos === 'PUNCT' && /^["“”'‘’`]+$/.test(t.text)));
  const [next, after] = words;
  const verbal = (t: TaggedToken | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
  return verbal(next) || (next?.pos === 'ADV' && verbal(after));
}

/** Possessive pronouns as the subject of a noun cue ("its prediction that", "his claim that"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

/**
 * The holder of a noun cue, from the possessive before it: "Trump's claim that" -> Trump,
 * "its hyperbolic prediction that" -> its; null when the noun has none ("a claim that").
 */
function possessorOf(tags: TaggedToken[], noun: number, s: Sentence): Subject | null {
  for (let k = noun - 1; k >= 0 && noun - k <= 4 && tags[k].start >= s.start; k--) {
    const t = tags[k];
    const lower = t.text.toLowerCase();
    if (POSSESSIVE_PRONOUNS.has(lower)) return { start: t.start, end: t.end, form: 'pronoun' };
    if (/^['’]s?$/.test(t.text) && k > 0) {
      // the tagger may read a surname as a verb ("Lisa Grant's"): a capital is enough
      const named = (x: TaggedToken) => x.pos === 'PROPN' || /^\p{Lu}/u.test(x.text);
      if (!named(tags[k - 1]) && tags[k - 1].pos !== 'NOUN') return null;
      let first = k - 1;
      while (first > 0 && named(tags[first - 1]) && tags[first - 1].start >= s.start) first--;
      const owner = tags[first];
      return { start: owner.start, end: tags[k - 1].end, form: /^\p{Lu}/u.test(owner.text) ? 'name' : 'title' };
    }
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'NOUN' && t.pos !== 'DET') return null;
  }
  return null;
}

/**
 * Does a span overlap any of `spans`? Answered by binary search over the spans sorted by start
 * with the furthest end so far, so a text with thousands of quotations stays linear-logarithmic.
 */
function spanIndex(spans: Span[]): (sp: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (let i = 0; i < sorted.length; i++) reach.push(Math.max(sorted[i].end, i ? reach[i - 1] : -1));
  return (sp) => {
    // the last span starting before sp.end
    let lo = 0;
    let hi = sorted.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < sp.end) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return k >= 0 && reach[k] > sp.start;
  };
}

/** Index of the last tagged token starting before `pos` (-1 when none). */
function tagIndexBefore(tags: TaggedToken[], pos: number): number {
  let lo = 0;
  let hi = tags.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tags[mid].start < pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Quoted sentences with no cue: the last speaker of the same or previous paragraph said them. */
/**
 * A quotation signed after a dash on its own line (`“He represents our greatest shame.” ― Sonya
 * Herridge`), as readers' comments, epigraphs and tweets are quoted: the name speaks, the dash is
 * the cue. The name is one to five capitalised words that end the line or meet a comma.
 */
const SIGNATURE = /^[ \t\u00a0]*[\u2014\u2015\u2013-][ \t\u00a0]*((?:\p{Lu}[\p{L}.'’-]*)(?:[ \u00a0]+(?:\p{Lu}[\p{L}.'’-]*|de|la|van|von|del|da)){0,4})[ \t\u00a0]*(?:[,(\n]|$)/u;
function signedQuotes(text: string, sents: Sentence[], doubles: Quoted[], attributions: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  const covered = attributions.flatMap((a) => a.pieces);
  for (const q of doubles) {
    const m = SIGNATURE.exec(text.slice(q.end, q.end + 80));
    if (!m || wordCount(text, q) < MIN_CONTENT_WORDS) continue;
    // the quotation opens its line with a capital: a fragment inside a sentence is signed by no one
    if (!/(?:^|\n)[ \t\u00a0]*$/.test(text.slice(Math.max(0, q.start - 20), q.start)) || !/^[\p{Lu}\d]/u.test(text.slice(q.start + 1, q.start + 3).replace(/^['‘`\s]+/, ''))) continue;
    if (covered.some((c) => c.start < q.end && q.start < c.end)) continue;
    const nameStart = q.end + m[0].indexOf(m[1]);
    // (a period after the name ends the line, unless it closes an initial: "Julie A. Diaz Martinez.")
    const name = m[1].replace(/(\p{L}{2,})\.$/u, '$1');
    const dash = q.end + m[0].search(/[\u2014\u2015\u2013-]/);
    out.push({ pieces: [q], cue: { start: dash, end: dash + 1 }, subject: { start: nameStart, end: nameStart + name.length, form: 'name' }, sentence: sentenceIndex(sents, q.start), signed: true });
  }
  return out;
}

function orphanQuotes(text: string, sents: Sentence[], doubles: Quoted[], attributions: Attribution[], paragraphs: Span[]): Attribution[] {
  const out: Attribution[] = [];
  const ordered = [...attributions].sort((a, b) => a.pieces[0].start - b.pieces[0].start);
  const covered = attributions.flatMap((a) => a.pieces).sort((a, b) => a.start - b.start);
  let c = 0;
  let k = 0;
  let last: Attribution | null = null;
  // the paragraph of the last continuation of `last` (a run of whole-paragraph quotations goes on)
  let chained = -1;
  for (const q of doubles) {
    // covered spans are sorted by start; skip those ending before this quotation
    while (c < covered.length && covered[c].end <= q.start && covered[c].start < q.start) c++;
    let isCovered = false;
    for (let x = Math.max(0, c - 3); x < covered.length && covered[x].start < q.end; x++) {
      if (covered[x].start < q.end && q.start < covered[x].end) {
        isCovered = true;
        break;
      }
    }
    while (k < ordered.length && ordered[k].pieces[0].start < q.start) {
      const next = ordered[k++];
      // `"A," she said of the election, in which ... people would see the truth. "B."`: an object
      // or infinitive cue inside the reporter's clause of a cued quotation does not take over
      // the continuation
      if (next.weak && last && !last.weak && last.cue && last.sentence === next.sentence) continue;
      last = next;
      chained = -1;
    }
    if (isCovered) continue;
    const inner = text.slice(q.start + 1, Math.min(q.end, q.start + 8)).replace(/^['`‘’\s]+/, '');
    const para = paragraphIndex(paragraphs, q.start);
    // a cued quotation continues in the same paragraph, or in a next paragraph that is nothing but
    // a quotation (`“A,” Carson continued.` then a paragraph `"B. C."`): PolNeAR joins those as
    // one attribution; a next paragraph with words of the reporter around the quotation is not
    // joined (measured: direct 0.8707 -> 0.8695 when any paragraph opening with a quotation was)
    const lastPara = last ? paragraphIndex(paragraphs, last.pieces[0].start) : -1;
    const wholeParagraph = q.start === paragraphs[para].start + leadingSpaceAt(text, paragraphs[para].start) && text.slice(q.end, paragraphs[para].end).trim() === '';
    // `''...,'' he said. Now, ''within the business community ...''`: a short phrase of no cue set
    // off by a comma before a quotation that ends the sentence, in the cued quotation's paragraph,
    // opens the same continuation (PolNeAR keeps the phrase in the content)
    const sent = sents[sentenceIndex(sents, q.start)];
    const lead = !!last && !!last.cue && !last.signed && lastPara === para && !opensSentence(text, q.start) && sent.start >= paragraphs[para].start && sent.start > last.pieces[last.pieces.length - 1].end && /^[\s"”'’.!?]*$/.test(text.slice(q.end, sent.end)) ? trimSpan(text, sent.start, q.start) : null;
    const leadIn = !!lead && lead.end > lead.start && !/["“”]|''/.test(text.slice(lead.start, lead.end)) && !holdsCue(text.slice(lead.start, lead.end)) && /,\s*$/.test(text.slice(lead.start, q.start)) && wordCount(text, lead, 9) <= 8;
    if (!leadIn && !/^[\p{Lu}\d]/u.test(inner)) continue; // a scare quote or a title fragment inside a sentence
    const continues = !!last && !!last.cue && !last.signed && (opensSentence(text, q.start) || leadIn) && (lastPara === para || ((lastPara === para - 1 || chained === para - 1) && wholeParagraph));
    // a continuation of a cued quotation may be short (`"It's finished," he said. "In my head, anyway."`);
    // a quotation standing alone must be long enough not to be a scare quote
    if (wordCount(text, q) < (continues ? MIN_CONTENT_WORDS : MIN_ORPHAN_WORDS)) continue;
    if (looksLikeTitle(text, q)) continue;
    if (continues && last) {
      // `"A," Lavrov said. "B."`: a quotation following a cued one in the same paragraph
      // continues it; it shares the cue, as a quote split by its cue does (one attribution)
      out.push({ ...last, pieces: [leadIn ? { start: lead!.start, end: q.end } : q], sentence: sentenceIndex(sents, q.start), weak: false, from: null });
      chained = para;
      continue;
    }
    const from = last && para - paragraphIndex(paragraphs, last.pieces[0].start) < ORPHAN_REACH_PARAGRAPHS ? last : null;
    out.push({ pieces: [q], cue: null, subject: null, sentence: sentenceIndex(sents, q.start), from });
  }
  return out;
}

/** Does a quotation at `pos` open a sentence (after final punctuation, or at the paragraph start)? */
function opensSentence(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[ \t]/.test(text[i])) i--;
  return i < 0 || /[.!?"”'’\n]/.test(text[i]);
}

function sentenceIndex(sents: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function paragraphIndex(paragraphs: Span[], pos: number): number {
  return sentenceIndex(paragraphs as Sentence[], pos);
}

function kindOf(text: string, pieces: Span[], quoted: Quoted[]): QuoteKind {
  const allQuoted = pieces.every((p) => {
    const q = quotedAt(quoted, p.start);
    return q && q.start === p.start && q.end >= p.end - 1;
  });
  if (allQuoted) return 'direct';
  return pieces.some((p) => hasQuotedInside(quoted, p)) ? 'mixed' : 'indirect';
}

/** Is there a quotation inside the span? (binary search for the first one starting in it) */
function hasQuotedInside(quoted: Quoted[], p: Span): boolean {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid].start < p.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < quoted.length && quoted[lo].end <= p.end;
}

/**
 * The subject of the clause that a pronoun most likely refers to: the subject of its own
 * sentence when the pronoun is not that subject ("Lavrov later appeared to contradict him when
 * he told ..."), else the subject of the previous sentence of the paragraph or the paragraph
 * before ("Pompeo also warned Moscow ... \n\n "...," he said").
 */
function antecedents(text: string, sents: Sentence[], si: number, contentStart: number, pronoun: Span, quoted: Quoted[]): Subject[] {
  const out: Subject[] = [];
  // the sentences before the content (a quotation before "he said" may span several sentences)
  const first = Math.min(si, sentenceIndex(sents, contentStart));
  for (let k = si; k >= 0 && k >= first - 2; k--) {
    if (k < si && k >= first) continue;
    const s = sents[k];
    const end = k === si ? pronoun.start : s.end;
    if (end <= s.start) continue;
    const tokens = tokenize(text, s.start, Math.min(end, s.start + 400));
    const subject = sentenceSubject(text, s, tokens, quoted);
    if (subject && subject.form !== 'pronoun' && subject.start < pronoun.start) out.push(subject);
  }
  return out;
}

/**
 * Whether a content runs into an ellipsis that ends the whole text: an excerpt cut off
 * mid-sentence. A quotation closed after its ellipsis (`“We will win...”`) is the speaker
 * trailing off, and stays.
 */
function cutOff(text: string, p: Span): boolean {
  const tail = text.slice(p.end).trim();
  return /^(?:\.{3,}|…)$/.test(tail) || (tail === '' && /(?:\.{3,}|…)$/.test(text.slice(p.start, p.end)));
}

/** First-person subjects: outside a quotation, the writer of the article speaks. */
const FIRST_PERSON = /^(?:i|we|my|our|i['’](?:ve|m|d|ll)|we['’](?:ve|re|d|ll))$/i;
/**
 * Whether the words at `at` are someone else's though no closed quotation holds them: a
 * transcript turn ("WALLACE: If I may, sir, ... I want to ask you") or a quotation opened earlier
 * in the paragraph and not closed before them (a speech quoted over several paragraphs).
 */
function someoneElseSpeaks(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(start, at);
  if (/^\s*["“]?\p{Lu}[\p{Lu}.'’ -]{1,40}:/u.test(before)) return true;
  const marks = before.match(/[“”"]/g) ?? [];
  const curlyOpen = marks.filter((m) => m === '“').length > marks.filter((m) => m === '”').length;
  const straightOpen = marks.filter((m) => m === '"').length % 2 === 1;
  return curlyOpen || straightOpen;
}

/** The speaker of an attribution whose content holds this one's subject, if resolved. */
function enclosingSpeaker(a: Attribution, byAttribution: Map<Attribution, Speaker | null>): Speaker | null {
  const at = a.subject!.start;
  for (const [outer, speaker] of byAttribution) {
    if (outer !== a && speaker && outer.pieces.some((p) => p.start <= at && at < p.end)) return speaker;
  }
  return null;
}

/** The speaker's name for the writer of an article with no byline. */
export const WRITER = 'the writer';

function resolveSpeakers(text: string, sents: Sentence[], attributions: Attribution[], entities: Entity[], quoted: Quoted[], writer: string | null): Quote[] {
  const resolver = new SpeakerResolver(text, entities);
  const seen: SeenSpeaker[] = [];
  const quotes: Quote[] = [];
  const byAttribution = new Map<Attribution, Speaker | null>();
  for (const a of attributions) {
    let speaker: Speaker | null = null;
    // "I" inside what someone says is that speaker (`FALLIN: I think he is trying ...`)
    const outer = a.subject && /^(?:I|my)$/.test(text.slice(a.subject.start, a.subject.end)) ? enclosingSpeaker(a, byAttribution) : null;
    // "I asked him about it", "we reported last week": the writer, not the last one quoted
    // (inside a quotation, "I" is that quotation's speaker and resolves as a pronoun)
    if (a.subject && FIRST_PERSON.test(text.slice(a.subject.start, a.subject.end)) && !quotedAt(quoted, a.subject.start) && !someoneElseSpeaks(text, a.subject.start)) {
      speaker = { name: writer?.trim() || WRITER, entity: null, span: { start: a.subject.start, end: a.subject.end } };
    } else if (a.subject && outer) {
      speaker = { ...outer, span: { start: a.subject.start, end: a.subject.end } };
      seen.push({ at: a.subject.start, speaker, type: speaker.entity ? 'person' : null });
    } else if (a.subject) {
      let r = resolver.resolve(a.subject, seen);
      if (a.subject.form === 'pronoun' && /^(?:he|she)$/i.test(text.slice(a.subject.start, a.subject.end))) {
        // a person named as the subject of this or the previous sentence wins over the last speaker
        for (const candidate of antecedents(text, sents, sentenceIndex(sents, a.subject.start), a.pieces[0].start, a.subject, quoted)) {
          const c = resolver.resolve(candidate, []);
          if (c.type === 'person') {
            r = { speaker: { ...c.speaker, span: { start: a.subject.start, end: a.subject.end } }, type: 'person' };
            break;
          }
        }
      }
      speaker = r.speaker;
      seen.push({ at: a.subject.start, speaker, type: r.type });
    } else {
      const from = a.from;
      const prior = from ? byAttribution.get(from) : null;
      // an uncued quotation inherits the speaker, but not the span: the speaker is inferred
      speaker = prior ? { ...prior, span: null } : null;
    }
    byAttribution.set(a, speaker);
    const kind = kindOf(text, a.pieces, quoted);
    for (const p of a.pieces) {
      quotes.push({ start: p.start, end: p.end, text: text.slice(p.start, p.end), kind, cue: a.cue, speaker, sentence: a.sentence });
    }
  }
  // one quote per span: the first attribution (text order) wins
  const seenSpans = new Set<string>();
  return quotes
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .filter((q) => {
      const key = `${q.start}:${q.end}`;
      if (seenSpans.has(key)) return false;
      seenSpans.add(key);
      return true;
    });
}
