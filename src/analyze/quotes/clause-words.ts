/**
 * Word lists of the clause reader (clauses.ts), as data. They say which subjects can speak and
 * which verbs never report a statement, stance or intention; the verbs themselves are not
 * listed, the clause shape finds them.
 */

/** Personal pronouns that can be a source ("it" is left out: mostly an expletive or a thing). */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);

/**
 * Common nouns that name people, groups, institutions or documents that make statements
 * ("officials", "the campaign", "a poll", "the report"), as lemmas.
 */
export const SPEAKER_NOUNS = new Set([
  // people by role
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'analyst', 'expert', 'critic',
  'supporter', 'opponent', 'voter', 'lawmaker', 'senator', 'candidate', 'nominee', 'president', 'leader', 'governor',
  'mayor', 'chairman', 'chairwoman', 'director', 'secretary', 'minister', 'ambassador', 'diplomat', 'judge', 'prosecutor',
  'lawyer', 'attorney', 'investigator', 'police', 'officer', 'source', 'strategist', 'operative', 'activist', 'organizer',
  'economist', 'scientist', 'researcher', 'scholar', 'professor', 'historian', 'pollster', 'journalist', 'reporter',
  'editor', 'columnist', 'commentator', 'host', 'anchor', 'author', 'writer', 'resident', 'parent', 'worker', 'member',
  'delegate', 'donor', 'democrat', 'republican', 'conservative', 'liberal', 'progressive', 'people', 'person', 'man',
  'woman', 'group', 'protester', 'student', 'executive', 'manager', 'owner', 'founder', 'chief', 'representative',
  'congressman', 'congresswoman', 'legislator', 'politician', 'campaign', 'administration', 'government', 'court',
  'committee', 'agency', 'department', 'party', 'company', 'firm', 'organization', 'union', 'council', 'board',
  'senate', 'house', 'congress', 'panel', 'commission', 'office', 'team', 'staff', 'family', 'friend', 'veteran',
  'poll', 'survey', 'study', 'report', 'analysis', 'data', 'statement', 'letter', 'memo', 'document', 'record',
  'filing', 'ad', 'video', 'tweet', 'post', 'article', 'story', 'editorial', 'book', 'bill', 'law', 'ruling', 'website',
  'respondent', 'american', 'majority', 'percent', 'share', 'most', 'many',
  // findings, audiences and outlets ("the results show", "the crowd chanted", "the newspaper endorsed")
  'result', 'figure', 'number', 'email', 'transcript', 'audit', 'investigation', 'inquiry', 'review', 'audience', 'crowd',
  'public', 'electorate', 'country', 'nation', 'state', 'city', 'county', 'military', 'network', 'newspaper', 'magazine',
  'station', 'channel', 'outlet', 'paper',
]);

/**
 * Verbs that do not report a statement, stance or intention whatever their subject: being,
 * having, motion, position, winning and losing, and the light verbs of events ("Trump went to
 * Ohio", "Clinton won the primary", "he has a lead").
 */
export const NON_ATTRIBUTIVE_LEMMAS = new Set([
  'be', 'have', 'do', 'get', 'go', 'come', 'become', 'remain', 'stay', 'happen', 'begin', 'start', 'end', 'arrive', 'leave',
  'return', 'visit', 'travel', 'walk', 'run', 'sit', 'stand', 'live', 'die', 'move', 'fall', 'rise', 'grow', 'win', 'lose',
  'beat', 'lead', 'trail', 'finish', 'take', 'hold', 'spend', 'pay', 'cost', 'raise', 'earn', 'receive', 'include', 'contain',
  'serve', 'work', 'meet', 'join', 'face', 'hit', 'turn', 'put', 'set', 'keep', 'let', 'play', 'watch', 'wear', 'eat',
  'drink', 'sleep', 'wait', 'attend', 'enter', 'reach', 'carry', 'bring', 'send', 'give', 'use', 'own', 'buy', 'sell',
  // "Sanders continues to trail Clinton": an aspect verb; `continued` is a cue only inverted
  // after a quotation (`"...," he continued`), which the cue reader finds
  'continue',
]);

/** Words that never open a reported complement ("said no", "said so", "thanked him again"). */
export const NOT_CONTENT_OPENERS = new Set(['no', 'yes', 'so', 'goodbye', 'hello', 'sorry', 'nothing', 'little', 'much', 'more', 'less', 'otherwise', 'differently', 'here']);

/** Words after a comma that open a new clause of the reporter and end a complement. */
export const CLAUSE_STOPS = new Set(['but', 'while', 'whereas', 'although', 'though', 'which', 'who', 'where', 'and', 'as', 'because', 'since', 'according']);

/**
 * Verbs the clause reader accepts besides the cue verbs of cues.ts, as lemmas, by meaning.
 * Each class is a kind of attribution PolNeAR and PARC annotate (speech acts, judgements,
 * beliefs, wishes, decisions); verbs of action ("make", "release", "sign", "try") are left out
 * however often a speaker is their subject, because their object is a thing done, not said.
 */
export const CLAUSE_CUE_LEMMAS = new Set([
  // speech acts and their manner
  'mention', 'discuss', 'ask', 'assure', 'reassure', 'remind', 'inform', 'caution', 'advise', 'brief', 'email', 'retweet',
  'quote', 'reference', 'invoke', 'detail', 'outline', 'recount', 'describe', 'portray', 'depict', 'characterize', 'label',
  'brand', 'dub', 'term', 'liken', 'compare', 'frame', 'paint', 'tout', 'trumpet', 'boast', 'brag', 'concede', 'plead',
  'bemoan', 'lament', 'regret', 'apologize', 'congratulate', 'thank', 'credit', 'blame', 'fault', 'accuse', 'chide',
  'chastise', 'scold', 'rebuke', 'slam', 'blast', 'knock', 'attack', 'criticize', 'condemn', 'denounce', 'decry', 'ridicule',
  'mock', 'dismiss', 'downplay', 'defend', 'justify', 'praise', 'applaud', 'commend', 'hail', 'laud', 'salute', 'welcome',
  'embrace', 'endorse', 'back', 'support', 'oppose', 'reject', 'challenge', 'question', 'dispute', 'contest', 'deny', 'refute',
  'rebut', 'counter', 'contradict', 'clarify', 'confirm', 'acknowledge', 'admit', 'recognize', 'reveal', 'disclose', 'expose',
  'announce', 'declare', 'proclaim', 'state', 'assert', 'insist', 'maintain', 'contend', 'argue', 'claim', 'allege', 'suggest',
  'hint', 'imply', 'indicate', 'signal', 'stress', 'emphasize', 'underscore', 'highlight', 'reiterate', 'repeat', 'echo',
  'voice', 'express', 'comment', 'remark', 'respond', 'reply', 'answer', 'retort', 'testify', 'swear', 'vow', 'pledge',
  'promise', 'guarantee', 'threaten', 'warn', 'predict', 'forecast', 'project', 'estimate', 'urge', 'press', 'lobby',
  'encourage', 'invite', 'implore', 'beg', 'order', 'instruct', 'demand', 'request', 'propose', 'recommend', 'advocate',
  'champion', 'favor', 'favour', 'prefer', 'nominate', 'name', 'identify', 'rate', 'cite', 'call', 'tell', 'write', 'say',
  // findings and judgements
  'show', 'find', 'conclude', 'determine', 'rule', 'deem', 'judge', 'consider', 'regard', 'view', 'see', 'notice', 'observe',
  'note', 'prove', 'demonstrate', 'confirm',
  // beliefs, feelings, wishes, decisions
  'believe', 'think', 'feel', 'know', 'understand', 'realize', 'recall', 'remember', 'imagine', 'wonder', 'doubt', 'suspect',
  'fear', 'worry', 'hope', 'wish', 'want', 'expect', 'anticipate', 'love', 'hate', 'like', 'dislike', 'plan', 'intend',
  'aim', 'seek', 'decide', 'choose', 'refuse', 'decline', 'agree', 'disagree', 'offer', 'vote',
]);
