import type { Message, Severity, Stage } from './types.js';

/**
 * The one registry of reasons. Expected outcomes of real-world input are reported with one of
 * these codes; each maps to the HTTP status the API answers with (the only place that mapping
 * lives).
 */
export const REASONS = {
  // ingest: the input could not be read as articles
  'not-found': { status: 404, text: 'no such file or folder' },
  'empty-input': { status: 422, text: 'the input is empty' },
  'binary-input': { status: 415, text: 'the input is binary, not text' },
  'unknown-format': { status: 415, text: 'unknown file type' },
  'unreadable-encoding': { status: 422, text: 'the text encoding could not be decoded' },
  'encoding-guessed': { status: 200, text: 'the text encoding was guessed' },
  'too-large': { status: 413, text: 'the input is larger than the size limit' },
  'no-articles': { status: 422, text: 'the folder holds no articles' },
  'malformed-json': { status: 422, text: 'the JSON could not be parsed' },
  'malformed-feed': { status: 422, text: 'the feed could not be parsed' },
  'malformed-warc': { status: 422, text: 'the WARC file could not be parsed' },
  'malformed-gzip': { status: 422, text: 'the gzip data is damaged or truncated' },
  'malformed-sgml': { status: 422, text: 'the SGML news records could not be parsed' },
  'fetch-failed': { status: 502, text: 'the URL could not be fetched' },
  'fetch-timeout': { status: 504, text: 'the URL did not answer in time' },
  'robots-disallowed': { status: 403, text: 'robots.txt disallows fetching the URL' },
  'private-address': { status: 403, text: 'the URL points at a private address' },
  'duplicate': { status: 200, text: 'the same article was given twice' },
  // extract: the content is not a usable article
  'not-an-article': { status: 422, text: 'the page is not an article' },
  'too-short': { status: 422, text: 'the article text is too short' },
  'no-date': { status: 200, text: 'no publication date was found' },
  'date-out-of-range': { status: 200, text: 'the publication date is implausible' },
  'clutter-removed': { status: 200, text: 'clutter was removed from the text' },
  // analyze
  'span-dropped': { status: 200, text: 'a span was dropped' },
  'unclosed-quote': { status: 200, text: 'a quotation mark never closes' },
  'long-sentence': { status: 200, text: 'a sentence too long to read whole was read in pieces' },
  // synthesize
  'no-sentences': { status: 422, text: 'the story has no sentences to summarize' },
  'generated-sentence-dropped': { status: 200, text: 'a generated sentence failed verification' },
  // store / serve
  'bad-request': { status: 400, text: 'the request is malformed' },
  'unauthorized': { status: 401, text: 'a token is required' },
  'store-unavailable': { status: 503, text: 'the store is unavailable' },
  'not-a-database': { status: 500, text: 'the file is not a database' },
  'internal-error': { status: 500, text: 'an unexpected error occurred' },
} as const;

/** A reason code from the registry. */
export type Reason = keyof typeof REASONS;

/** The HTTP status for a reason code. */
export function statusOf(rule: string): number {
  return (REASONS as Record<string, { status: number }>)[rule]?.status ?? 500;
}

/** Builds a message; `detail` names what was expected and what was found. */
export function message(
  severity: Severity,
  stage: Stage,
  rule: Reason,
  detail?: string,
  input?: string,
): Message {
  const reason = detail ? `${REASONS[rule].text}: ${detail}` : REASONS[rule].text;
  return input === undefined ? { severity, stage, rule, reason } : { severity, stage, rule, reason, input };
}

/** Formats a message for a terminal: `triangulate: path: reason (rule)`. */
export function formatMessage(m: Message): string {
  const where = m.input ? `${m.input}: ` : '';
  return `triangulate: ${m.severity}: ${where}${m.reason} [${m.stage}/${m.rule}]`;
}

/** Misuse or bad configuration: thrown at once, never a value. */
export class UsageError extends Error {
  override name = 'UsageError';
}
