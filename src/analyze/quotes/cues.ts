/**
 * Reporting cues as data: the verbs and phrases that introduce reported speech, with how each
 * may be used. Ordered from the most reliable cue to the last resort; the detector tries them
 * in this order. Why each class exists is said next to it.
 */

/** How a cue verb may take its content. */
export interface CueClass {
  /** lemma, for documentation and the eval notes */
  lemma: string;
  /** inflected forms that count as the cue (finite and participle) */
  forms: string[];
  /** may introduce a bare clause without "that" ("Trump said he would ...") */
  bareClause: boolean;
  /** may be inverted after the content ("..., said Lavrov") */
  inverted: boolean;
  /** takes a listener before its content ("told reporters that ...") */
  listener: boolean;
  /** the object itself is the reported content ("called for more flexibility", "described Trump as ...") */
  object: boolean;
  /** takes an infinitive as content ("wants to", "vowed to") */
  infinitive: boolean;
}

const cls = (lemma: string, forms: string[], o: Partial<Omit<CueClass, 'lemma' | 'forms'>> = {}): CueClass => ({
  lemma,
  forms,
  bareClause: o.bareClause ?? false,
  inverted: o.inverted ?? false,
  listener: o.listener ?? false,
  object: o.object ?? false,
  infinitive: o.infinitive ?? false,
});

/**
 * Speech verbs. `say` and `tell` carry most news attribution (PolNeAR: "said" alone is a third
 * of the cues) and take bare clauses; the others need "that", a colon or a quotation, because
 * as plain transitive verbs ("warned Russia against ...", "claimed victory") they report no
 * statement.
 */
// Base forms ("officials deny", "Democrats warn") are listed only for verbs seldom read as nouns
// (not report, state, note, call, demand, doubt, offer, view); the tagger rejects a form read as a noun.
export const CUE_VERBS: CueClass[] = [
  cls('say', ['said', 'says', 'say', 'saying'], { bareClause: true, inverted: true }),
  cls('tell', ['told', 'tells', 'tell', 'telling'], { bareClause: true, listener: true }),
  cls('add', ['added', 'adds', 'adding'], { bareClause: true, inverted: true }),
  cls('write', ['wrote', 'writes', 'writing', 'write'], { bareClause: true, inverted: true }),
  cls('tweet', ['tweeted', 'tweets', 'tweeting', 'tweet'], { inverted: true }),
  cls('post', ['posted'], {}),
  // the words of a sign, a cap or a message: "a sign that read “Hispanics 4 Trump”", "“...,” it
  // read." (no bare clause or object: only a quotation, a colon or "that" follows as content)
  cls('read', ['read', 'reads', 'reading'], { inverted: true }),
  cls('note', ['noted', 'notes', 'noting'], { inverted: true }),
  cls('state', ['stated', 'states'], { inverted: true }),
  cls('explain', ['explained', 'explains', 'explaining', 'explain', 'elaborated'], { inverted: true }),
  cls('continue', ['continued', 'continues'], { inverted: true }),
  cls('ask', ['asked', 'asks', 'ask'], { inverted: true, listener: true, infinitive: true }),
  cls('reply', ['replied', 'replies', 'answered', 'retorted', 'interjected', 'interjecting', 'reply', 'shot back', 'fired back', 'hit back', 'snapped'], { inverted: true }),
  cls('shout', ['shouted', 'yelled', 'screamed', 'exclaimed', 'chanted', 'chanting', 'cried', 'mused', 'wondered', 'quipped', 'shouting', 'yelling', 'screaming', 'exclaiming'], { inverted: true }),
  cls('respond', ['responded', 'responds', 'respond']),
  cls('warn', ['warned', 'warns', 'warning', 'warn'], { inverted: true }),
  cls('insist', ['insisted', 'insists', 'insisting', 'insist'], { inverted: true, bareClause: true }),
  cls('claim', ['claimed', 'claims', 'claiming', 'claim'], { bareClause: true }),
  cls('argue', ['argued', 'argues', 'arguing', 'argue'], { inverted: true, bareClause: true }),
  cls('deny', ['denied', 'denies', 'denying', 'deny']),
  cls('announce', ['announced', 'announces', 'announcing', 'announce'], { object: true }),
  cls('acknowledge', ['acknowledged', 'acknowledges', 'acknowledging', 'acknowledge']),
  cls('admit', ['admitted', 'admits', 'admitting', 'admit']),
  cls('assert', ['asserted', 'asserts', 'asserting', 'assert']),
  cls('contend', ['contended', 'contends', 'contend']),
  cls('hint', ['hinted', 'hints', 'hinting', 'hint'], { bareClause: true }),
  cls('suggest', ['suggested', 'suggests', 'suggesting', 'suggest'], { bareClause: true }),
  // inverted: "..., reported the Washington Examiner."
  cls('report', ['reported', 'reports', 'reporting'], { inverted: true }),
  cls('recall', ['recalled', 'recalls', 'recalling', 'recall']),
  cls('declare', ['declared', 'declares', 'declare']),
  cls('confirm', ['confirmed', 'confirms', 'confirm']),
  cls('predict', ['predicted', 'predicts', 'predict']),
  cls('promise', ['promised', 'promises', 'promising', 'promise'], { infinitive: true }),
  cls('pledge', ['pledged', 'pledges', 'pledge'], { infinitive: true }),
  cls('vow', ['vowed', 'vows', 'vow'], { infinitive: true }),
  cls('allege', ['alleged', 'alleges', 'allege']),
  cls('complain', ['complained', 'complains', 'complain']),
  cls('concede', ['conceded', 'concedes', 'concede']),
  cls('emphasize', ['emphasized', 'emphasised', 'emphasizes', 'stressed', 'stresses', 'emphasize']),
  cls('point out', ['pointed out', 'points out']),
  // manners of speaking, mostly seen inverted after a quotation (`“...,” scoffed Arianna Gil`)
  cls('remark', ['remarked', 'observed', 'scoffed', 'sighed', 'whispered', 'muttered', 'opined', 'posited', 'remembered', 'lamented', 'gushed', 'marveled', 'marvelled']),
  // "As Cornyn put it: “...”", "as one aide put it,"
  cls('put it', ['put it', 'puts it']),
  cls('maintain', ['maintained', 'maintains', 'maintain']),
  cls('testify', ['testified']),
  cls('believe', ['believes', 'believed', 'believe'], { bareClause: true }),
  cls('think', ['thinks', 'think'], { bareClause: true }),
  cls('find', ['found', 'finds'], {}),
  cls('show', ['shows', 'showed', 'shown', 'show', 'showing'], { bareClause: true }),
  cls('estimate', ['estimated', 'estimates', 'estimate']),
  cls('conclude', ['concluded', 'concludes', 'conclude']),
  cls('agree', ['agreed', 'agrees', 'agree'], { infinitive: true }),
  cls('charge', ['charged']),
  cls('counter', ['countered']),
  cls('joke', ['joked']),
  cls('boast', ['boasted', 'bragged']),
  cls('reveal', ['revealed', 'disclosed']),
  // news organisations' own sourcing: "..., The Post has learned"
  cls('learn', ['learned', 'learnt']),
  // verbs whose object is what was said: PolNeAR and PARC annotate "called for more X" and
  // "described Trump as X" as attributions with the object as content
  cls('call', ['called for', 'calls for', 'called on', 'calls on', 'calling for', 'calling on', 'called', 'calls', 'calling', 'referring to', 'referred to', 'refers to'], { object: true }),
  cls('describe', ['described', 'describes', 'describe'], { object: true }),
  // praise and blame ("chided Trump for raising questions", "heralded the deal as a
  // “breakthrough”"); -ing forms only where the form is seldom an adjective or a noun's head
  cls('criticize', ['criticized', 'criticised', 'criticizes', 'criticizing', 'blasted', 'slammed', 'slams', 'attacked', 'attacking', 'derided', 'mocked', 'condemned', 'praised', 'praises', 'touted', 'hailed', 'dismissed', 'defended', 'denounced', 'denouncing', 'decried', 'welcomed', 'thanked', 'criticize', 'chided', 'applauded', 'lauded', 'commended', 'scolded', 'rebuked', 'faulted', 'lambasted', 'castigated', 'ridiculed', 'heralded', 'excoriated', 'assailed', 'berated', 'chastised', 'congratulated', 'chides', 'applauds', 'lauds', 'scolds', 'rebukes', 'lambastes', 'castigates', 'ridicules', 'berates', 'chastises', 'chiding', 'applauding', 'lambasting', 'ridiculing', 'praising', 'blasting', 'slamming', 'mocking', 'criticising', 'condemning', 'decrying', 'deriding'], { object: true }),
  cls('cite', ['cited', 'cites', 'citing', 'cite'], { object: true }),
  cls('urge', ['urged', 'urges', 'urging', 'urge'], { object: true }),
  cls('ask', ['asking'], { object: true, infinitive: true }),
  cls('demand', ['demanded', 'demands', 'demanding'], { object: true }),
  // stances: PolNeAR annotates support and opposition with the object as content
  cls('support', ['supported', 'supports', 'support', 'opposed', 'opposes', 'oppose', 'opposing', 'proposed', 'proposes', 'endorsed', 'endorses', 'endorse', 'endorsing', 'backed', 'backing', 'backs', 'favors', 'favored', 'prefers', 'preferred', 'rejected', 'rejects', 'questioned', 'questioning', 'blamed', 'recommended', 'propose', 'favor', 'prefer', 'reject'], { object: true }),
  // intentions and mental states: PolNeAR and PARC count beliefs and intentions as
  // attributions, with the infinitive or the clause as content
  cls('want', ['wants', 'wanted', 'want'], { infinitive: true }),
  cls('plan', ['plans', 'planned', 'intends', 'intended', 'aims', 'aimed', 'plan', 'intend', 'decided', 'decides'], { infinitive: true }),
  cls('seek', ['sought', 'seeks', 'seeking', 'seek'], { infinitive: true }),
  cls('refuse', ['refused', 'refuses', 'declined', 'declines', 'refuse', 'decline'], { infinitive: true }),
  cls('threaten', ['threatened', 'threatens', 'threaten'], { infinitive: true }),
  cls('hope', ['hopes', 'hoped', 'hoping', 'hope'], { bareClause: true, infinitive: true }),
  cls('expect', ['expects', 'expect'], { infinitive: true }),
  cls('fear', ['fears', 'feared', 'worried', 'worries', 'fear', 'worry'], { bareClause: true }),
  cls('know', ['knows', 'knew', 'know'], { bareClause: true }),
  cls('feel', ['feels', 'feel'], { bareClause: true }),
  cls('doubt', ['doubts', 'doubted', 'suspects', 'suspected', 'suspect']),
  cls('seem', ['seemed', 'seems', 'appeared', 'appears', 'seem', 'appear'], { infinitive: true }),
  // perception and speech about a topic: PolNeAR marks "sees Cruz as a uniter", "pointed to
  // Cruz's organizational capabilities", "mentioned disparaging remarks", "expressed shock",
  // "talking about the working class" with the object as content
  cls('see', ['sees', 'saw', 'see', 'views', 'viewed', 'regards', 'regarded', 'considers', 'considered', 'consider'], { object: true }),
  cls('point to', ['pointed to', 'points to', 'pointing to', 'point to', 'mentioned', 'mentions', 'mentioning', 'expressed', 'expresses', 'expressing', 'echoed', 'echoes', 'echoing', 'discussed', 'discusses', 'discussing', 'highlighted', 'highlights', 'reiterated', 'repeated', 'talked about', 'talks about', 'talking about', 'talk about', 'spoke about', 'spoke of', 'speaks about', 'focused on', 'indicated', 'indicates', 'signaled', 'signalled', 'mention', 'highlight', 'indicate'], { object: true }),
  // votes and campaigns for or against someone: PolNeAR marks "voted for Ben Carson", "pushing
  // for a vote", "railed against Wall Street", "commented on the report" with the object as content
  cls('vote', ['voted for', 'votes for', 'vote for', 'voting for', 'voted against', 'votes against', 'vote against', 'voting against', 'pushed for', 'pushes for', 'pushing for', 'push for', 'railed against', 'rails against', 'railing against'], { object: true }),
  cls('accuse', ['accused', 'accuses', 'accusing', 'offered', 'offers', 'accuse'], { object: true }),
];

/** Prepositional cues: the source follows the phrase ("according to the White House"). */
export const CUE_PHRASES = ['according to'];

/** Every verb form, longest first so "pointed out" wins over a shorter form. */
export const CUE_FORMS: { form: string; cue: CueClass }[] = CUE_VERBS.flatMap((c) => c.forms.map((form) => ({ form, cue: c }))).sort(
  (a, b) => b.form.length - a.form.length,
);

/** One alternation of every cue, for a single linear scan of a sentence. */
const CUE_ALTERNATION = `\\b(${[...CUE_PHRASES, ...CUE_FORMS.map((f) => f.form)].map((s) => s.replace(/ /g, '\\s+')).join('|')})\\b`;
export const CUE_PATTERN = new RegExp(CUE_ALTERNATION, 'gi');

/** Whether a text holds any cue form (no global state: safe inside a scan with CUE_PATTERN). */
const ANY_CUE = new RegExp(CUE_ALTERNATION, 'i');
export const holdsCue = (text: string): boolean => ANY_CUE.test(text);

/** Each form's class, for lookups on every verb of a text (the first class listing a form wins). */
const CLASS_OF = new Map<string, CueClass>();
for (const { form, cue } of CUE_FORMS) if (!CLASS_OF.has(form)) CLASS_OF.set(form, cue);

export function cueClass(form: string): CueClass | null {
  return CLASS_OF.get(form.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
