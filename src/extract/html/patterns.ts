/**
 * Heuristics of HTML extraction, as data. Each list is ordered from the most specific to the
 * last resort, with the reason it exists. Nothing here names a site: the same rules must hold on
 * pages no one here has seen.
 */

/**
 * Elements that never hold article prose and are dropped before anything else: scripts and
 * styles, forms controls, embedded media, navigation chrome (trafilatura's MANUALLY_CLEANED),
 * and captions (`<figcaption>`: they describe a picture, not the story; F1 +0.001).
 */
export const DROPPED_TAGS = [
  'script', 'style', 'noscript', 'template', 'link', 'meta', 'iframe', 'object', 'embed', 'canvas',
  'svg', 'math', 'video', 'audio', 'source', 'picture', 'img', 'map', 'button', 'input', 'select',
  'textarea', 'label', 'nav', 'menu', 'dialog', 'figcaption',
];

/**
 * Elements dropped only when they hold little prose: a `<form>` wraps whole ASP.NET pages and an
 * `<aside>` or `<footer>` is occasionally the article's own container, so these go only when
 * they hold fewer words than this.
 */
export const CHROME_TAGS = ['form', 'aside', 'footer', 'header'];
export const CHROME_MAX_WORDS = 120;

/**
 * A block named as boilerplate, or a chrome tag, is kept when it holds more than this share of the
 * page's prose: then the name describes the layout around the article, not a box beside it.
 */
export const MAX_PROSE_SHARE = 0.4;

/**
 * Class/id words of boilerplate blocks inside and around the article: sharing, related links,
 * newsletters, comments, advertising, author boxes, tags, cookie and paywall notices. Matched as
 * whole words of the class/id split on `-`, `_`, spaces and camelCase, so `share-tools` and
 * `relatedArticles` match while `shareholder` does not.
 */
export const BOILERPLATE_WORDS = new Set([
  // sharing and social
  'share', 'sharing', 'social', 'sociallinks', 'sharebar', 'shares', 'addthis', 'sharethis',
  // related and recommended content
  'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'popular', 'trending',
  'mostread', 'outbrain', 'taboola', 'teaser', 'teasers', 'promo', 'promos', 'promoted', 'sponsored',
  'more', 'readmore', 'next', 'prev', 'pagination', 'pager', 'breadcrumb', 'breadcrumbs',
  // sign-ups and notices
  'newsletter', 'newsletters', 'cta', 'subscribe', 'subscription', 'signup', 'paywall', 'cookie',
  'cookies', 'consent', 'gdpr', 'alert', 'banner', 'modal', 'popup', 'overlay',
  // comments
  'comment', 'comments', 'disqus', 'respond', 'reply',
  // advertising
  'ad', 'ads', 'advert', 'advertisement', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsor',
  // page chrome
  'sidebar', 'widget', 'widgets', 'footer', 'masthead', 'navbar', 'nav', 'navigation', 'menu',
  'toolbar', 'skip', 'visuallyhidden', 'screenreader', 'sronly', 'print', 'tags', 'tag', 'topics',
  'keywords', 'categories',
  // author boxes and meta lines (the byline is read separately)
  'byline', 'author', 'authors', 'bio', 'dateline', 'timestamp', 'meta', 'published', 'updated',
  // captions and credits
  'caption', 'credit', 'credits', 'figcaption',
]);

/**
 * Class/id words that name media boxes. Such a box goes only when it holds no prose blocks:
 * a photo with its caption goes, while an embedded tweet (a `<blockquote>` in a
 * `video-container`) or a recipe card (`has-image`) holding lists stays. A `<p>` alone does not
 * keep it: captions are paragraphs.
 */
export const MEDIA_WORDS = new Set([
  'photo', 'photos', 'gallery', 'slideshow', 'image', 'images', 'img', 'thumbnail', 'video', 'videos',
  'videoplayer', 'embed', 'jwplayer', 'media', 'figure',
]);

/** The prose blocks that keep a media box. */
export const MEDIA_KEEPS = 'blockquote, ul, ol, table, pre';

/**
 * Class/id words that mark the article body itself; an element carrying one of these is never
 * dropped by the boilerplate words (a `story-body` with `more` in another class is kept).
 */
export const CONTENT_WORDS = new Set([
  'article', 'body', 'content', 'entry', 'post', 'story', 'text', 'main', 'articlebody', 'storybody',
  'postbody', 'entrycontent', 'prose', 'richtext',
]);

/**
 * Class/id words that override a content word: `article-related`, `post-share` and
 * `story-comments` are boilerplate although they name the article.
 */
export const STRONG_BOILERPLATE_WORDS = new Set([
  'share', 'sharing', 'social', 'related', 'recommended', 'newsletter', 'subscribe', 'comment',
  'comments', 'advert', 'advertisement', 'ad', 'ads', 'promo', 'sidebar', 'footer', 'outbrain',
  'taboola', 'paywall', 'signup', 'byline', 'caption', 'credit', 'tags', 'breadcrumb', 'bio',
  'popular', 'trending',
]);

/** Tags that start a new paragraph in the text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'ul', 'body', 'html', 'center',
]);

/** Table cells are separated by a space, not a paragraph break. */
export const CELL_TAGS = new Set(['td', 'th']);

/**
 * Whole paragraphs that are boilerplate whatever their markup: calls to share, subscribe or read
 * more, advertising labels, photo credits. Tested on a paragraph's trimmed text, so they are
 * anchored and short; a sentence that merely contains "subscribe" is kept.
 */
export const BOILERPLATE_PARAGRAPHS: RegExp[] = [
  // advertising labels left by ad slots
  /^(advertisement|advertising|sponsored( content)?|ad|anzeige|publicidad|publicité)$/i,
  // share bars rendered as text
  /^(share|share this( article| story)?|share on \w+|tweet|email|print|copy link)( ?[|•·,] ?(share|tweet|email|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit))*$/i,
  // "Read more: ...", "Related: ...", "See also ...", "Recommended"
  /^(read more|related( articles| stories| coverage)?|see also|more on this( story)?|recommended( for you)?|most (read|popular)|trending( now)?|you may also like|also read|read next|what to read next)\b.{0,120}$/i,
  // newsletter and subscription calls
  /^(sign up|subscribe|get (our|the) [\w ]{0,40}newsletter|join our newsletter|click here to subscribe)\b.{0,160}$/i,
  /^.{0,100}\b(subscribe to|sign up for)\b.{0,60}\bnewsletters?\b.{0,40}$/i,
  // author contact lines ("Have a tip? Jane Doe may be reached at jdoe@example.com")
  /^(have a (news )?tip\?|.{0,60}\b(may|can) be reached at\b).{0,200}$/i,
  // image credits and captions run into the body
  /^(photo|image|picture|video|graphic|illustration)s?( credit)?\s*(:|by\b|courtesy\b).{0,120}$/i,
  /^\(?(photo|image)s?:? [^.]{0,80}(getty images|reuters|ap photo|afp|shutterstock|epa)[^.]{0,40}\)?$/i,
  // comment prompts
  /^(comments?|\d+ comments?|leave a (comment|reply)|join the (conversation|discussion)|show comments|view comments)\b.{0,60}$/i,
  // cookie and script notices
  /^(we use cookies|this site uses cookies|please enable javascript|javascript is disabled)\b.{0,200}$/i,
  // follow calls
  /^follow (us|me|@?\w+) on (twitter|facebook|instagram)\b.{0,200}$/i,
  // byline and dateline lines inside the body ("By Jane Doe - 11/18/19 11:04 PM EST"); the
  // byline is read separately. No sentence end, so "By Monday the snow had melted." stays.
  /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}[^.!?]{0,60}$/u,
  /^(updated|published|posted|last (updated|modified)|first published)\b.{0,40}$/i,
  // wire credits ("Reporting by ...; Editing by ...", "AP writers ... contributed to this report")
  /^\(?(additional )?(reporting|writing|editing|compiled|research) by\b.{0,300}$/i,
  /^.{0,250}\bcontributed (reporting )?to this (report|story|article)\.?\)?$/i,
  // captions that end with their credit ("... installed in November. (Credit: NASA)")
  /^.{0,400}\((photo|image|picture|video|credit|source)s?( credit)?:[^)]{1,80}\)$/i,
  // unrendered WordPress shortcodes ("[button link=...]Send us your review[/button]")
  /^\[(\w+)\b[^\]]*\].{0,200}\[\/\1\]$/,
  // copyright notices
  /^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\)|\d{4})).{0,200}$/i,
  /^.{0,120}\ball rights reserved\.?$/i,
];

/** A block whose words are mostly inside links is navigation, unless it is long prose. */
export const MAX_LINK_DENSITY = 0.5;

/** A `<p>` goes as a link list only when (nearly) all of it is links. */
export const MAX_PARAGRAPH_LINK_DENSITY = 0.85;

/** Fewer words than this, and a link density above MAX_LINK_DENSITY, drops a block. */
export const LINK_BLOCK_MAX_WORDS = 60;

/** A block with a linked heading and fewer words than this is a teaser card, not article prose. */
export const TEASER_MAX_WORDS = 80;

/**
 * Class/id words of hover cards and tooltips: a name in the text with a card of related links
 * that appears on mouse-over. Read as text, the card glues itself to the name ("Ilhan
 * OmarIlhan OmarHillicon Valley: ..."), so only the trigger link is kept.
 */
export const HOVER_CARD_WORDS = new Set(['rollover', 'tooltip', 'popover', 'hovercard', 'flyout', 'mouseover']);

/**
 * Class/id words shared by share bars and embedded social posts. A block named only by these
 * that holds a `<blockquote>` is an embedded post (a tweet quoted by the article) and stays;
 * a share bar never quotes anything.
 */
export const SOCIAL_WORDS = new Set(['social', 'sociallinks', 'embed']);

/** Class words of a `<blockquote>` that embeds a social post quoted by the article. */
export const EMBEDDED_POST_WORDS = new Set(['tweet', 'twitter', 'instagram', 'tiktok', 'embed', 'embedded', 'bluesky', 'mastodon', 'threads']);
