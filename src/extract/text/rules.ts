/**
 * What counts as clutter in exported article text, as data: ordered from the most specific
 * (an "Original url:" line, an embed block) to the last resort (a run of footer paragraphs).
 * Each rule says why it exists; `clean.ts` applies them in this order and records which rule
 * removed what. Rules match the line as a reader sees it (Markdown links and bold already
 * reduced to their words, see `Line.plain`), except where noted.
 *
 * A rule that removes real sentences is a defect: each has negative cases in
 * test/extract/text-rules.test.ts, and `eval/text-clean` measures the characters kept on the
 * AllSides and PolNeAR texts.
 */
import { wordCount } from './lines.js';
import { parseDateLine } from './dates.js';
import { agencyName } from './outlets.js';

// ---------------------------------------------------------------------------------------------
// Inline rules: cut inside a kept line
// ---------------------------------------------------------------------------------------------

export type InlineRuleName =
  | 'markup-tag'
  | 'hover-card'
  | 'pic-twitter'
  | 'markdown-image'
  | 'markdown-link'
  | 'markdown-bold'
  | 'markdown-italic'
  | 'markdown-heading'
  | 'markdown-quote'
  | 'markdown-bullet';

export interface InlinePattern {
  name: InlineRuleName;
  /** what it matches in a line */
  pattern: RegExp;
  /** named group kept as text (the link's words); without it the whole match is cut */
  keep?: string;
  /** only in `.md` input (in plain text these characters can be content) */
  markdownOnly?: boolean;
  why: string;
}

/** The Hill's hover-cards (see `hoverCards` in inline.ts): limits that keep it from eating prose. */
export const HOVER_CARD = {
  /** a surname of one letter is an initial, not a name to repeat */
  minSurname: 2,
  /** "Michael (Mike) Richard Pompeo": at most this many given names and nicknames before the surname */
  maxGivenNames: 4,
  /** the repeated full name must start within this many characters of the glue point */
  maxNameLength: 80,
  /** the card's headlines (usually three) end within this many characters */
  maxLength: 700,
  /** the card ends at " MORE" as a whole word in capitals */
  closer: /\sMORE(?![\p{L}\p{N}])/gu,
};

export const INLINE_PATTERNS: InlinePattern[] = [
  {
    name: 'markup-tag',
    // PolNeAR's texts wrap embedded tweets in <tweet id=... author=...>...</tweet>; the words
    // inside are quoted content (annotated as attributions there), only the tags are markup
    pattern: /<\/?(?:tweet|blockquote|iframe|embed|a|span|em|strong|b|i|u|p|br|div|img|figure|figcaption)(?=[\s>/])[^<>\n]{0,400}>/iu,
    why: 'tags of an embedded post or left-over HTML ("Watch at <a href=...>video.foxnews.com</a>") are markup; the words between them stay (articles quote tweets)',
  },
  {
    name: 'pic-twitter',
    // a tweet's photo link, as a Markdown link, an autolink or bare; it carries no words
    pattern: /\[(?:https?:\/\/)?pic\.twitter\.com\/\w+\]\([^)\s]*\)|<(?:https?:\/\/)?pic\.twitter\.com\/\w+>|(?:https?:\/\/)?pic\.twitter\.com\/\w+/u,
    why: 'tweet embeds end with a pic.twitter.com link that is not part of any sentence',
  },
  {
    name: 'markdown-image',
    pattern: /!\[[^\]\n]{0,300}\]\([^)\s]*(?:\s+"[^"]*")?\)/u,
    why: 'an image has no words of the article (its alt text is a caption)',
  },
  {
    name: 'markdown-link',
    pattern: /\[(?<text>[^\]\n]{1,300})\]\((?:[^)\s]*)(?:\s+"[^"]*")?\)/du,
    keep: 'text',
    why: 'exports keep links as [text](url); the reader sees only the text',
  },
  {
    name: 'markdown-bold',
    pattern: /\*\*(?<text>\S(?:[^*\n]*\S)?)\*\*|__(?<text2>\S(?:[^_\n]*\S)?)__/du,
    keep: 'text',
    why: 'bold markers are typography, not words',
  },
  {
    name: 'markdown-italic',
    pattern: /(?<![\p{L}\p{N}*_])(?<mark>[*_])(?<text>[^\s*_](?:[^*_\n]*[^\s*_])?)\k<mark>(?![\p{L}\p{N}*_])/du,
    keep: 'text',
    markdownOnly: true,
    why: 'emphasis markers are typography; in plain text "*" and "_" may be content (footnotes, handles)',
  },
  {
    name: 'markdown-heading',
    pattern: /^\s*#{1,6}\s+/u,
    why: 'heading markers ("### ") are typography; the heading words are kept',
  },
  {
    name: 'markdown-quote',
    pattern: /^\s*>\s?/u,
    markdownOnly: true,
    why: 'a blockquote marker is typography; in plain text ">" may be content',
  },
  {
    name: 'markdown-bullet',
    pattern: /^\s*[-*+]\s+(?=\S)/u,
    markdownOnly: true,
    why: 'a list bullet is typography; the item\'s words are kept',
  },
];

// bold groups are named text/text2 because a regex cannot repeat a group name; see keepGroup
export function keepGroup(groups: Record<string, [number, number] | undefined> | undefined, name: string): [number, number] | undefined {
  return groups?.[name] ?? groups?.[`${name}2`];
}

// ---------------------------------------------------------------------------------------------
// Line and block rules: remove whole lines
// ---------------------------------------------------------------------------------------------

export type LineRuleName =
  | 'metadata-field'
  | 'original-url'
  | 'embed'
  | 'tweet'
  | 'navigation'
  | 'chrome'
  | 'menu'
  | 'lone-url'
  | 'image-caption'
  | 'duplicate-caption'
  | 'separator'
  | 'related-link'
  | 'social-follow'
  | 'video-prompt'
  | 'hat-tip'
  | 'newsletter'
  | 'legal-footer'
  | 'copyright'
  | 'contributed'
  | 'updated'
  | 'reporting-credit'
  | 'editor-initials'
  | 'signature'
  | 'footer'
  | 'byline'
  | 'date-line'
  | 'section-label'
  | 'title';

/** Phrases seen as the whole of a navigation or page-chrome line (compared lowercased, trimmed of ":"). */
export const CHROME_LINES = new Set([
  'accessibility links',
  'breaking news',
  'advertisement',
  'advertising',
  'sponsored content',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'share via email',
  'print',
  'email',
  'e-mail',
  'comments',
  'menu',
  'main menu',
  'search',
  'sign in',
  'log in',
  'subscribe',
  'close',
  'toggle navigation',
  'listen to this article',
  'listen',
  'read more',
  'see also',
  'related',
  'related topics',
  'related stories',
  'related articles',
  'more from this author',
  'follow us',
  'back to top',
  'top stories',
  'most popular',
  'most read',
  'watch live',
  'live tv',
  'you may also like',
  'recommended',
  'continue reading',
  'loading...',
  'image',
  'video',
  'audio',
  'photo',
  'copy link',
  'supported by',
  'continue reading the main story',
  'skip advertisement',
  'story continues below advertisement',
  'article continues below',
  'scroll to continue with content',
  'show caption',
  'hide caption',
  'toggle caption',
  'enlarge this image',
  'facebook',
  'twitter',
  'whatsapp',
  'linkedin',
  'reddit',
  'pinterest',
  'messenger',
  'flipboard',
  'email this',
  'view gallery',
  'view comments',
  'photo gallery',
  'view image in fullscreen',
  'link copied',
]);

/**
 * A line holding an embedded post (PolNeAR's <tweet> markup, a "(@handle)" attribution): its
 * words are the post's, so "WATCH:" or "SIGN UP" in it is not the page's own clutter.
 */
const EMBEDDED_POST = /<tweet\b|\(@\w{1,15}\)/i;

/** "3 min read", "Reading time: 4 minutes", "12 Comments": a page widget, not a sentence. */
const READING_TIME = /^(?:(?:(?:Estimated )?reading time:?\s*)?\d{1,3}\s*(?:-|\s)?\s*min(?:ute)?s?(?:\s+read)?|\d{1,5}\s+comments?|comments?\s*\(\d{1,5}\))$/i;

/**
 * A caption closed by a wire photo credit without a label: "... in Washington. REUTERS/Kevin
 * Lamarque/File Photo", "... (AP Photo/Evan Vucci)", "(Photo by Chip Somodevilla/Getty Images)".
 */
const CREDIT_SUFFIX = /(?:\bREUTERS\/[\p{L}. '’-]{2,40}(?:\/File Photo)?|\((?:AP Photo|Photo by|Photo:|Image:|Photograph:)[^()]{2,80}\)|\/\s*(?:Getty Images|AFP via Getty Images|AFP|EPA-EFE|EPA|Shutterstock)\)?)\s*\.?$/u;

/** Words of a photo credit: a credit line is short and names an agency or has a "/" path. */
const PHOTO_CREDIT = /\/|\b(?:Getty|AP|AFP|Reuters|EPA|dpa|picture[- ]alliance|Imago|Shutterstock|Alamy|Sputnik|TASS|Xinhua|Wikimedia|Pool|Courtesy|Handout|Bloomberg|NurPhoto|Anadolu|SOPA|ZUMA|Images?)\b/u;

/** "... TrumpImage: picture alliance/dpa/A. Shcherbak": a caption ending in a photo credit (DW). */
const CREDIT_TAIL = /(?:^|(?<=[\p{Ll}\p{N}.)"”’\s]))(?:Image|Photo|Picture|Photograph|Foto|Bild|Photo credit|Image source|Credit)s?\s*:\s*(?<credit>\S.{0,100})$/u;

/**
 * A credit alone on its line: an optional "Photo:" label, then an agency (or a "/" path ending in
 * one): "Getty.", "Getty/Instagram.", "Photo: AP Photo/Evan Vucci", "Source: NATO." is not one
 * (a chart source names anything) and is left alone.
 */
const CREDIT_LINE = /^(?:(?:Photo|Image|Picture|Photograph)s?(?: credit)?\s*:\s*)?(?:[\p{L}.'’ -]{0,40}\/\s*)?(?:Getty(?: Images)?|Shutterstock|AP Photo|AFP(?: via Getty Images)?|EPA|picture[- ]alliance|Imago|Alamy|Sputnik)(?:\s*\/\s*[\p{L}.'’ -]{1,40})*\.?$/u;

/** A tweet attribution: "— Donald J. Trump (@realDonaldTrump) December 10, 2019". */
const TWEET_ATTRIBUTION = /^[—–-]{1,2}\s*[^()\n]{1,80}\(@\w{1,15}\)(?:\s+.{0,40})?$/u;

/** Context a rule sees: every line, what earlier rules removed, and helpers. */
export interface RuleContext {
  lines: readonly RuleLine[];
  /** the rule that removed each line, or null while kept */
  removed: readonly (LineRuleName | null)[];
  /** indices of the lines of each block */
  blocks: readonly number[][];
}

/** A line as rules see it. */
export interface RuleLine {
  /** trimmed input line */
  text: string;
  /** trimmed line with Markdown reduced to its words (what a reader sees) */
  plain: string;
  /** block index, -1 for blank */
  block: number;
  /** the line is a Markdown heading ("# ...") */
  heading: boolean;
}

/** Metadata a rule found while removing a line. */
export interface Found {
  url?: string;
  byline?: string;
  published?: string;
  /** the date of an "Updated ..." stamp: a fallback for `published` */
  updated?: string;
  title?: string;
  outlet?: { name: string; from: 'metadata' | 'signature' | 'byline' | 'legal-footer' | 'link' };
}

/** What a rule decided: remove these lines, and perhaps metadata seen in them. */
export interface Detection {
  lines: number[];
  found?: Found;
}

export interface Rule {
  name: LineRuleName;
  /** why it is clutter (and why it cannot be content) */
  why: string;
  detect(ctx: RuleContext): Detection[];
}

// small helpers shared by the rules --------------------------------------------------------------

const kept = (ctx: RuleContext, i: number) => ctx.removed[i] === null && ctx.lines[i].block >= 0;

/** Kept lines, as indices, in order. */
function keptLines(ctx: RuleContext): number[] {
  const out: number[] = [];
  for (let i = 0; i < ctx.lines.length; i++) if (kept(ctx, i)) out.push(i);
  return out;
}

/** Blocks with at least one kept line, as lists of their kept line indices. */
export function keptBlocks(ctx: RuleContext): number[][] {
  return ctx.blocks.map((b) => b.filter((i) => kept(ctx, i))).filter((b) => b.length > 0);
}

/** A rule that removes single lines matching a predicate. */
function eachLine(test: (line: RuleLine, i: number, ctx: RuleContext) => Found | boolean): (ctx: RuleContext) => Detection[] {
  return (ctx) => {
    const out: Detection[] = [];
    for (const i of keptLines(ctx)) {
      const r = test(ctx.lines[i], i, ctx);
      if (r) out.push(r === true ? { lines: [i] } : { lines: [i], found: r });
    }
    return out;
  };
}

/** A line this long is a sentence of prose in its own right (a footer line is shorter, or alone in its block). */
const PROSE_LINE_WORDS = 15;

/**
 * A rule that removes blocks whose joined plain text matches a predicate. A block of several
 * lines (single line breaks) can mix the article's last sentence with a footer line (PolNeAR
 * huff-post_2016-02-01: "...blow right through\nSign up to get an email..."): then it is removed
 * whole only when none of its lines is prose, else line by line.
 */
function eachBlock(test: (text: string, lines: number[], ctx: RuleContext) => Found | boolean): (ctx: RuleContext) => Detection[] {
  return (ctx) => {
    const out: Detection[] = [];
    const tryUnit = (unit: number[]) => {
      const r = test(unit.map((i) => ctx.lines[i].plain).join(' '), unit, ctx);
      if (r) out.push(r === true ? { lines: unit } : { lines: unit, found: r });
      return Boolean(r);
    };
    for (const b of keptBlocks(ctx)) {
      if (b.length === 1 || !b.some((i) => wordCount(ctx.lines[i].plain) >= PROSE_LINE_WORDS)) {
        if (tryUnit(b) || b.length === 1) continue;
      }
      for (const i of b) tryUnit([i]);
    }
    return out;
  };
}


const endsSentence = (s: string) => /[.!?…]["”’')\]]*$/u.test(s);

/** Normalises a title for comparison with a container's title. */
export function titleKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// the rules, in order ------------------------------------------------------------------------------

/** Footer rules whose paragraphs are the publisher's boilerplate, which can enclose more of it. */
export const BOILERPLATE_RULES: ReadonlySet<LineRuleName> = new Set(['newsletter', 'legal-footer', 'copyright', 'image-caption']);
/** Rules whose removal marks the end of an article (footer rule sees them as markers). */
export const FOOTER_RULES: ReadonlySet<LineRuleName> = new Set(['newsletter', 'legal-footer', 'copyright', 'contributed', 'updated', 'reporting-credit', 'editor-initials', 'signature', 'image-caption']);

/**
 * Fields that exporters write above the article, as YAML front matter (`---` ... `---`, e.g.
 * MarkDownload) or as "Key: value" lines (e.g. "Title: ...", "URL Source: ...", "Published
 * Time: ..." of reader services): the key, lowercased, to the field it fills. `null`: a marker
 * without a value ("Markdown Content:").
 */
export const METADATA_KEYS: Record<string, keyof Found | 'marker'> = {
  title: 'title',
  headline: 'title',
  'url source': 'url',
  source: 'url',
  url: 'url',
  link: 'url',
  canonical: 'url',
  'canonical url': 'url',
  'original url': 'url',
  'published time': 'published',
  published: 'published',
  'date published': 'published',
  date: 'published',
  created: 'published',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  site: 'outlet',
  'site name': 'outlet',
  sitename: 'outlet',
  publisher: 'outlet',
  'markdown content': 'marker',
};

/** Reads one "Key: value" field; null when the key is unknown or the value does not fit it. */
export function metadataField(line: string): Found | 'marker' | null {
  const m = /^(?<key>[A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(?<value>.*)$/.exec(line);
  if (!m?.groups) return null;
  const field = METADATA_KEYS[m.groups.key.toLowerCase()];
  const value = m.groups.value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  if (!field) return null;
  if (field === 'marker') return value === '' ? 'marker' : null;
  if (field === 'url') return /^<?https?:\/\/\S+?>?$/.test(value) ? { url: value.replace(/^<|>$/g, '') } : null;
  if (field === 'published') {
    const date = parseDateLine(value) ?? parseDateLine(value.slice(0, 10));
    return date ? { published: date } : null;
  }
  if (field === 'title') return value && wordCount(value) <= 40 ? { title: value } : null;
  if (field === 'byline') return value && wordCount(value) <= 12 ? { byline: value } : null;
  if (field === 'outlet') return value && wordCount(value) <= 6 ? { outlet: { name: value, from: 'metadata' } } : null;
  return null;
}

export const RULES: Rule[] = [
  {
    name: 'metadata-field',
    why: 'front matter ("---\\ntitle: ...\\nsource: https://...\\n---") and "Title: / URL Source: / Published Time:" lines at the very top are the exporter\'s metadata, not text; only known keys with values that fit them',
    detect(ctx) {
      const lines = keptLines(ctx);
      const out: Detection[] = [];
      let n = 0;
      if (lines.length && /^-{3,}$/.test(ctx.lines[lines[0]].text)) {
        const close = lines.slice(1, 60).findIndex((i) => /^-{3,}$/.test(ctx.lines[i].text));
        if (close >= 0) {
          const inside = lines.slice(1, close + 1);
          const found: Found = {};
          for (const i of inside) {
            const f = metadataField(ctx.lines[i].text);
            if (f && f !== 'marker') for (const [k, v] of Object.entries(f) as [keyof Found, never][]) found[k] ??= v;
          }
          out.push({ lines: lines.slice(0, close + 2), found });
          n = close + 2;
        }
      }
      // "Key: value" lines at the top, until the first line that is not one
      for (; n < lines.length; n++) {
        const f = metadataField(ctx.lines[lines[n]].plain);
        if (!f) break;
        out.push(f === 'marker' ? { lines: [lines[n]] } : { lines: [lines[n]], found: f });
      }
      return out;
    },
  },
  {
    name: 'original-url',
    why: 'browser exports append "Original url: <...>": metadata, not text',
    detect: eachLine((l) => {
      const m = /^Original url:\s*<?(\S+?)>?$/i.exec(l.text);
      return m ? { url: m[1] } : false;
    }),
  },
  {
    name: 'embed',
    why: 'an "Embed:" heading starts an embedded post (tweet) that runs to its attribution line "— Name (@handle) date"; the post is not the article\'s text (when it matters, articles quote it in a sentence)',
    detect(ctx) {
      const out: Detection[] = [];
      const lines = keptLines(ctx);
      for (let n = 0; n < lines.length; n++) {
        if (!/^(?:Embed|Embedded (?:tweet|post|content|video))\s*:?$/i.test(ctx.lines[lines[n]].plain)) continue;
        const block = [lines[n]];
        // the post runs to its attribution line, within a few lines; without one, the heading alone goes
        for (let k = n + 1; k < lines.length && k <= n + 8; k++) {
          if (TWEET_ATTRIBUTION.test(ctx.lines[lines[k]].plain)) {
            block.push(...lines.slice(n + 1, k + 1));
            n = k;
            break;
          }
        }
        out.push({ lines: block });
      }
      return out;
    },
  },
  {
    name: 'tweet',
    why: 'an embedded tweet without heading: its attribution line "— Name (@handle) date", and the tweet text just above it when that ends in a pic.twitter.com or t.co link',
    detect(ctx) {
      const out: Detection[] = [];
      const blocks = keptBlocks(ctx);
      blocks.forEach((b, n) => {
        const last = b[b.length - 1];
        if (!TWEET_ATTRIBUTION.test(ctx.lines[last].plain)) return;
        const lines = [...b];
        const prev = blocks[n - 1];
        const prevText = prev?.map((i) => ctx.lines[i].text).join(' ') ?? '';
        if (prev && /(?:pic\.twitter\.com|https?:\/\/t\.co)\/\w+\S*\s*$/.test(prevText)) lines.unshift(...prev);
        out.push({ lines });
      });
      return out;
    },
  },
  {
    name: 'navigation',
    why: '"1. Skip to content", "Skip to main menu": accessibility links of the page; short, no sentence',
    detect: eachLine((l) => /^(?:\d{1,2}[.)]\s*)?Skip (?:to|navigation)\b/i.test(l.plain) && wordCount(l.plain) <= 7 && !endsSentence(l.plain)),
  },
  {
    name: 'chrome',
    why: '"Accessibility links", "Breaking News", "Advertisement": page chrome, recognised as the whole line',
    detect: eachLine((l) => CHROME_LINES.has(l.plain.toLowerCase().replace(/[:\s]+$/, '').replace(/^[•·*\-–—]\s*/, '')) || READING_TIME.test(l.plain)),
  },
  {
    name: 'lone-url',
    why: 'a line that is only a URL ("https://p.dw.com/p/3UZbK", "<https://...>") is a share link, never a sentence',
    detect: eachLine((l) => /^[<(]?(?:https?:\/\/|www\.)\S+?[>)]?$/.test(l.text) || (/^\[[^\]]*\]\(https?:\/\/[^)\s]+\)$/.test(l.text) && /^(?:https?:\/\/|www\.)\S+$/.test(l.plain))),
  },
  {
    name: 'image-caption',
    why: 'a caption ends in a photo credit ("Image: picture-alliance/dpa/A. Shcherbak"); the short lines just above it in the same block are its alt text and caption',
    detect(ctx) {
      const out: Detection[] = [];
      for (const b of keptBlocks(ctx)) {
        b.forEach((i, n) => {
          const line = ctx.lines[i].plain;
          const m = CREDIT_TAIL.exec(line);
          const credit = m?.groups?.credit;
          if (!m || !credit || wordCount(credit) > 10 || !PHOTO_CREDIT.test(credit) || wordCount(line) > 60) return;
          // the caption lines above the credit, in the same block, are short (alt text, caption)
          let first = n;
          while (first > 0 && n - first < 3 && wordCount(ctx.lines[b[first - 1]].plain) <= 40) first--;
          out.push({ lines: b.slice(first, n + 1) });
        });
      }
      return out;
    },
  },
  {
    name: 'image-caption',
    why: 'a caption closed by a wire photo credit ("... REUTERS/Kevin Lamarque", "(AP Photo/Evan Vucci)"); article sentences do not end in a photographer\'s credit',
    detect: eachLine((l) => wordCount(l.plain) <= 80 && CREDIT_SUFFIX.test(l.plain)),
  },
  {
    name: 'image-caption',
    why: '"• 16x9 Image": the aspect-ratio label of a picture, alone on its line',
    detect: eachLine((l) => /^[•·*\-–—\s]*\d{1,2}\s*[x×:]\s*\d{1,2}\s+(?:Image|Photo|Video)$/i.test(l.plain)),
  },
  {
    name: 'image-caption',
    why: 'a one-paragraph caption closed by a bold credit ("... allegations. **Russian Foreign Ministry**"); a paragraph of the body does not end in a bold name',
    detect: eachBlock((text, b, ctx) => {
      if (b.length !== 1) return false;
      const m = /[.!?"”’]\s*\*\*(?<credit>[^*\n]{2,60})\*\*$/.exec(ctx.lines[b[0]].text);
      return Boolean(m?.groups && wordCount(m.groups.credit) <= 6 && !/[.!?:]$/.test(m.groups.credit) && wordCount(text) <= 80);
    }),
  },
  {
    name: 'image-caption',
    why: '"Getty.", "Getty/Instagram.", "Photo: AP Photo/Evan Vucci": a photo credit alone on its line, without caption words',
    detect: eachLine((l) => wordCount(l.plain) <= 6 && CREDIT_LINE.test(l.plain)),
  },
  {
    name: 'image-caption',
    why: '"Image source, Getty Images", "Image caption, ...", "Media caption, ...": the BBC\'s spoken labels of pictures and players',
    detect: eachLine((l) => /^(?:Image|Media|Video) (?:source|caption),\s/.test(l.plain) && wordCount(l.plain) <= 60),
  },
  {
    name: 'duplicate-caption',
    why: 'a line repeated on the next line of the same block is a picture\'s alt text over its caption (RFE/RL exports): both go; a paragraph repeated after a blank line is an export glitch: the second copy goes, so the words are never lost',
    detect(ctx) {
      const out: Detection[] = [];
      const lines = keptLines(ctx);
      for (let n = 1; n < lines.length; n++) {
        const a = ctx.lines[lines[n - 1]];
        const b = ctx.lines[lines[n]];
        if (a.plain.length < 20 || a.plain !== b.plain || wordCount(a.plain) > 60) continue;
        out.push({ lines: a.block === b.block ? [lines[n - 1], lines[n]] : [lines[n]] });
        n++;
      }
      return out;
    },
  },
  {
    name: 'separator',
    why: 'a line of rule characters ("___", "* * *") separates sections; it has no words',
    detect: eachLine((l) => /^[_*=~\-—–#•·.\s]{3,}$/.test(l.text) && !/[\p{L}\p{N}]/u.test(l.text)),
  },
  {
    name: 'chrome',
    why: 'a cookie or consent notice ("We use cookies to improve your experience ... Accept") speaks about the website, not the story',
    detect: eachBlock((t) => wordCount(t) <= 80 && /\b(?:we|this (?:site|website)) uses? cookies\b/i.test(t) && /\b(?:accept|consent|privacy policy|cookie policy|settings|agree)\b/i.test(t)),
  },
  {
    name: 'related-link',
    why: '"READ MORE: Trump says ...", "RELATED: ...": a headline linking to another article, not a sentence of this one',
    detect: eachLine((l) => wordCount(l.plain) <= 25 && !EMBEDDED_POST.test(l.text) && /^(?:READ MORE|Read more|READ ALSO|Read also|ALSO READ|Also read|RELATED(?: STORY| ARTICLE)?|Related(?: story| article)?|MORE|SEE ALSO|See also|WATCH|LISTEN)\s*[:|]\s*\S/.test(l.plain)),
  },
  {
    name: 'social-follow',
    why: '"Follow Pam Key on Twitter @pamkeyNEN.": the author\'s social-media plug closing Breitbart-style articles',
    detect: eachLine((l) => wordCount(l.plain) <= 15 && /^Follow\s+(?:\S+\s+){0,5}on\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|TikTok)\b[^.!?]{0,60}[.!]?$/i.test(l.plain)),
  },
  {
    name: 'video-prompt',
    why: '"Watch the video above.", "Watch the full interview below:": points at an embedded player that the text export does not have',
    detect: eachLine((l) => wordCount(l.plain) <= 20 && /^Watch (?:the|a|our)\b[^.!?]{0,80}\b(?:video|interview|clip|ad|segment|speech|remarks)\b[^.!?]{0,60}(?:above|below|here|at\b.*)[.:]?$/i.test(l.plain)),
  },
  {
    name: 'hat-tip',
    why: '"h/t: The Hill.": a hat tip to the source of a story, not a sentence of it',
    detect: eachLine((l) => wordCount(l.plain) <= 8 && /^h\/t\/?:?\s+\S.{0,60}$/i.test(l.plain)),
  },
  {
    name: 'newsletter',
    why: 'a sign-up box ("You can sign up to receive it here", "Subscribe to our newsletter") addresses the reader, not the story',
    detect: eachBlock((t, b, ctx) => wordCount(t) <= 70 && !b.some((i) => EMBEDDED_POST.test(ctx.lines[i].text)) && /\b(?:sign up|subscribe|signing up)\b/i.test(t) && (/\b(?:you can|you'll|your inbox|sign up here|sign up now|sign up to (?:get|receive)|click here|here\.|our newsletter)/i.test(t) || (/\bnewsletters?\b/i.test(t) && /^(?:Sign up|Subscribe|Get|Want|Don't miss|Never miss|Enter|Join)\b/i.test(t)))),
  },
  {
    name: 'legal-footer',
    why: '"RFE/RL has been declared an \"undesirable organization\"" and similar notices about the publisher, not the story; the subject names the outlet',
    detect: eachBlock((t) => {
      if (wordCount(t) > 40) return false;
      const m = /^(?<outlet>.{2,60}?) (?:has|have) been (?:declared|designated|labell?ed|branded|listed as) (?:an? |as an? )?["“]?(?:undesirable|foreign agent|extremist)/i.exec(t);
      if (m?.groups) return { outlet: { name: m.groups.outlet.trim(), from: 'legal-footer' as const } };
      return /^(?:To (?:find out|read|learn) more,?\s*)?click here\.?$/i.test(t);
    }),
  },
  {
    name: 'copyright',
    why: '"© 2019 ...", "All rights reserved", "This material may not be published, broadcast...", "Our Standards: The Thomson Reuters Trust Principles." are the publisher\'s legal lines',
    detect: eachBlock((t) => wordCount(t) <= 40 && (/^(?:©|\(c\)\s|Copyright\s+(?:©\s*)?\d{4})/i.test(t) || /\ball rights reserved\.?$/i.test(t) || /^This material may not be published, broadcast/i.test(t) || /^Our Standards:/.test(t))),
  },
  {
    name: 'contributed',
    why: '"—Brett Samuels contributed. Updated at 6 p.m.": a credit tag line closing the article; the names are not a sentence of the story',
    detect: eachBlock((t) => wordCount(t) <= 20 && /^[—–-]*\s*[^.!?]{2,120}\bcontributed(?: (?:reporting|to this (?:report|story|article)))?\s*\.?(?:\s*Updated (?:at|on) .{1,40})?$/i.test(t)),
  },
  {
    name: 'updated',
    why: '"Updated at 6 p.m.", "Last updated: 11 December 2019 10:02": a time stamp of the page, not of the story',
    detect: eachBlock((t) => {
      if (!(wordCount(t) <= 10 && /^(?:Updated|Last updated|Published|Posted|First published)(?: (?:at|on))?:?\s+.{1,50}$/i.test(t) && /\d/.test(t))) return false;
      const date = parseDateLine(t);
      return date ? { updated: date } : true;
    }),
  },
  {
    name: 'reporting-credit',
    why: '"With reporting by Reuters, TASS, AFP", "(Reporting by ...; Editing by ...)": wire credits, not text',
    detect: eachBlock((t) => wordCount(t) <= 40 && /^[([]?(?:With (?:additional )?reporting (?:by|from)|(?:Additional )?Reporting by|Writing by|Editing by|Compiled by|Produced by)\b.{1,300}$/i.test(t)),
  },
  {
    name: 'editor-initials',
    why: '"cw/dr (AFP, AP, dpa, Reuters)": the editors\' initials and sources DW puts under an article',
    detect: eachBlock((t) => /^[a-z]{1,4}(?:\/[a-z]{1,4})+(?:\s*\([^)]{1,80}\))?$/.test(t)),
  },
  {
    name: 'signature',
    why: '"(IANS)" alone as the last paragraph: the agency\'s signature; it names the outlet. Only a known agency or a short abbreviation in capitals, so that "(Applause)" stays',
    detect(ctx) {
      const blocks = keptBlocks(ctx);
      const last = blocks[blocks.length - 1];
      if (!last || blocks.length < 2) return [];
      const t = last.map((i) => ctx.lines[i].plain).join(' ');
      const m = /^[([](?<agency>\p{Lu}[\p{L}&.'\- ]{1,30})[)\]]\.?$/u.exec(t);
      const agency = m?.groups?.agency;
      if (!agency || !(agencyName(agency) || /^\p{Lu}{2,6}$/u.test(agency))) return [];
      return [{ lines: last, found: { outlet: { name: agency, from: 'signature' } } }];
    },
  },
  {
    name: 'footer',
    why: 'paragraphs enclosed by the publisher\'s boilerplate at the very end (RFE/RL\'s "journalists report the news in 27 languages" between "16x9 Image" and the "undesirable" notice) are boilerplate too; at most two, and only when boilerplate comes before and a footer line after',
    detect(ctx) {
      const blocks = ctx.blocks.filter((b) => b.length > 0);
      const out: Detection[] = [];
      let pending: number[][] = [];
      let sawFooter = false;
      for (let n = blocks.length - 1; n >= 0; n--) {
        const b = blocks[n];
        const rules = new Set(b.map((i) => ctx.removed[i]));
        const allRemoved = !rules.has(null);
        if (allRemoved) {
          const footer = [...rules].some((r) => r !== null && FOOTER_RULES.has(r));
          const boilerplate = [...rules].some((r) => r !== null && BOILERPLATE_RULES.has(r));
          if (sawFooter && pending.length > 0 && boilerplate) for (const p of pending) out.push({ lines: p });
          if (footer) {
            sawFooter = true;
            pending = [];
          } else if (!rules.has('separator') && !rules.has('lone-url')) break;
          continue;
        }
        if (!sawFooter) break;
        pending.push(b);
        if (pending.length > 2) break;
      }
      return out;
    },
  },
];

/**
 * Rules of the top of an article, applied while walking its first blocks (see `headerRules` in
 * clean.ts): a byline, a date line, a section label, the title. They only apply before the body.
 */
export const HEADER = {
  /**
   * the title line stays in the text (it is also returned as `title`): headlines carry
   * attributions ("Flynn says Trump 'absolutely right'"), and PolNeAR annotates them (2.4% of its
   * annotated spans lie in title lines), so removing it would lose quotes
   */
  keepTitleInText: true,
  /** the header ends within this many blocks */
  maxBlocks: 8,
  /**
   * a title has at most this many words and characters and lines: 20 words keep 99% of PolNeAR's
   * title lines and reject 92% of the AllSides lead paragraphs (a JSON article has no title line)
   */
  titleMaxWords: 20,
  titleMaxChars: 250,
  titleMaxLines: 2,
  /** a section label ("Politics") above the title has at most this many words */
  labelMaxWords: 3,
  /** "WASHINGTON —", "DES MOINES, Iowa, Aug. 10 (UPI) —": a dateline opens the body, never a title */
  dateline: /^(?:\p{Lu}[\p{Lu}.'-]+(?:[ ,]+\p{Lu}[\p{L}.'-]*){0,4}\s*(?:,[^—–()]{0,30})?(?:\([^)]{1,30}\))?\s*[—–])/u,
  /** "By Reuters", "By Jane Doe and John Roe", "Written by J. Doe | December 11, 2019": short, no sentence */
  byline: /^(?:By|Written by|Words by|Author:|Reporting by)\s+(?<names>(?:[^.!?]|(?<=\b\p{Lu})\.)+?)\s*$/u,
  /** what separates the names of a byline from a date or a role after them */
  bylineParts: /\s+[|•·–—]\s+|\s{2,}|,\s+(?=(?:Updated|Published|Posted)\b)/u,
  bylineMaxWords: 12,
  /** words that never end a sentence or a heading: a paragraph ending in one continues in the next */
  continuationWord: /^(?:a|an|the|of|to|in|on|at|by|for|with|from|into|than|and|or|but|nor|that|which|whose|whom|its|their|his|her|our|your|my|this|these|those|between|about|against|during|under|over)$/i,
  /** a menu item: a numbered or bulleted line, or a line that is only a link ("[World](/world)") */
  menuItem: /^(?:(?:\d{1,2}[.)]|[-*+•])\s+\S|\[[^\]]{1,40}\]\([^)\s]*\)$)/u,
  menuItemMaxWords: 4,
};

export { endsSentence };
