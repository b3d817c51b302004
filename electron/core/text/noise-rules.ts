import type { NoiseKind } from '../types';

/**
 * Context-free line rules: each looks at one trimmed line and says which kind of noise it is.
 * Rules are data, tried in order, first match wins. Every rule carries `maxLen` so a 2 MB line is
 * never fed to a regex that could not match it anyway, and so body paragraphs are not swallowed by
 * a rule meant for one-line chrome. Context rules (tweet runs, related-article blocks, podcast
 * promos, repeated captions) live in context-rules.ts and headline-blocks.ts.
 */
export interface LineRule {
  id: string;
  kind: NoiseKind;
  /** Trimmed lines longer than this never match. */
  maxLen: number;
  /**
   * The characters a matching line can start with (for anchored patterns). Lines starting with
   * anything else never reach the rule: most of the table is skipped for a body paragraph
   * after one map lookup instead of some thirty regex calls. Omitted when any start can match.
   */
  first?: string;
  /** Cheap substring precheck run before the regex (keeps unanchored patterns off most lines). */
  pre?: (t: string) => boolean;
  /** Either a regex on the trimmed line... */
  re?: RegExp;
  /** ...or a predicate, for rules that need more than one pattern. */
  test?: (t: string) => boolean;
  /** A story-ending cue: a headline-like line after this begins a new story. */
  closes?: boolean;
  /**
   * Where a segment made only of this noise belongs when it has no story of its own:
   * 'prev' for trailers (bylines, related links, app promos), 'next' for leaders (logo, tweets).
   */
  attach?: 'prev' | 'next';
  /** Why the rule exists (which dumps show it). */
  why: string;
}

/** Agencies and outlets whose bare name on a line is an agency tag, not a headline. */
export const AGENCY_NAMES = [
  'Reuters',
  'REUTERS',
  'AP',
  'AFP',
  'TT',
  'TASS',
  'RIA Novosti',
  'RIA',
  'Interfax',
  'Xinhua',
  'dpa',
  'DPA',
  'EFE',
  'ANSA',
  'Kyodo',
  'Yonhap',
  'Agencies',
  'agencies',
  'Bloomberg',
  'CBS',
  'CNN',
  'BBC',
  'UPI',
  'PTI',
  'ANI',
  'NTB',
  'Ritzau',
  'STT',
  'Anadolu',
  'Ukrinform',
  'UNIAN',
  'RT',
  'Sputnik',
  'KCNA',
  'Associated Press',
  'Agence France-Presse',
  'Russia Today',
  'CBS News',
  'Al Jazeera',
  'Yle',
  'Agencies and staff',
  'ТАСС',
  'РИА Новости',
  'Интерфакс',
  'Агентства',
];

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Both cases of each letter: the start set of a case-insensitive (non-unicode /i) pattern. */
const ci = (letters: string): string => letters.toLowerCase() + letters.toUpperCase();
const DIGITS = '0123456789';
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Ends in "ago" in any case: every relative-time line does, so the regex runs on few lines. */
function endsWithAgo(t: string): boolean {
  const n = t.length;
  return n >= 3 && (t.charCodeAt(n - 3) | 0x20) === 97 && (t.charCodeAt(n - 2) | 0x20) === 103 && (t.charCodeAt(n - 1) | 0x20) === 111;
}

/** "Outlet | March 22, 2017", "Outlet · 6 min read": two parts, one of them a date or a time. */
function isSourceDate(t: string): boolean {
  const parts = t.split(/\s+[|·]\s+/);
  if (parts.length !== 2) return false;
  return parts.some((p) => /\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\bmin(?:ute)?s? read\b|\bago$/i.test(p));
}

/** At least two navigation separators (| • ·): a navigation bar has three items or more. */
function hasTwoSeparators(t: string): boolean {
  let kinds = 0;
  for (const sep of NAV_SEPARATORS) {
    const at = t.indexOf(sep);
    if (at === -1) continue;
    if (++kinds === 2 || t.indexOf(sep, at + 1) !== -1) return true;
  }
  return false;
}
const NAV_SEPARATORS = ['|', '•', '·'];
const AGENCY_ALT = AGENCY_NAMES.slice()
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');

/** How an agency line can start: a bracket or dash, "With"/"Source:", or an agency's initial. */
const AGENCY_FIRST = '([—–-WwSs' + AGENCY_NAMES.map((a) => a[0]).join('');

/** A line that is only agency names: "TT", "Agencies", "(Reuters)", "— AFP", "CBS/AP", "With agencies". */
export const AGENCY_LINE_RE = new RegExp(
  `^[(\\[—–-]*\\s*(?:[Ww]ith |[Ss]ource: )?(?:${AGENCY_ALT})(?:\\s*(?:/|,|&|and)\\s*(?:${AGENCY_ALT}))*\\s*[)\\]]?\\.?$`,
);

/** "Russia Today16 hours ago", "Reuters 2 days ago": a source glued to a relative time. */
export const SOURCE_TIME_RE = /^(\D{2,60}?)\s*(?:\d{1,3}|an?|one)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i;

/** "time2 hours ago", "timean hour ago", "16 hours ago": the clock icon's alt text plus a relative time. */
export const TIME_AGO_RE = /^(?:time\s*)?(?:\d{1,3}|an?|one)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i;

/** "• Russia Today": the bulleted source under a teaser. */
export const BULLET_SOURCE_RE = /^[•·▪●◦‣]\s*\S.{0,60}$/;

/** Headers that open a block of related-article teasers. */
export const RELATED_HEADER_RE = new RegExp(
  String.raw`^(?:related(?: articles?| stories| news| coverage| content| reading| posts)?|more (?:from|on|stories|` +
    String.raw`news|in)\b.{0,40}|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you|` +
    String.raw` stories| articles| reading)?|most (?:read|popular|viewed)|read (?:more|also|next)|trending(?: now|` +
    String.raw` stories)?|more stories|what to read next|further reading|see also|also read|latest news|` +
    String.raw`top stories)\s*:?$`,
  'i',
);

/** "Updated on: May 16, 2024 / 7:51 AM EDT / CBS/AP", "Published: 16 May 2024". */
export const UPDATED_RE =
  /^(?:Last )?(?:Updated|Published|Posted|Modified|Date|Обновлено|Опубликовано|Дата публикации)(?: on| at)?\s*:?\s+(?!by\s)(?=.*\d)(.{4,120})$/i;

/** Reuters-style dateline: "BEIJING/MOSCOW, May 16 (Reuters) –", "MOSCOW (AP) —", "LONDON, 3 June 2024 (AFP) -". */
export const DATELINE_RE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’ -]{1,40}(?:\/\p{Lu}[\p{L}.'’ -]{1,40})*)(?:,\s+(\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:,? \d{4})?|` +
    String.raw`\d{1,2} \p{L}{3,9}\.?(?: \d{4})?))?\s*\(([^()]{2,40})\)\s*[-–—]+\s*`,
  'u',
);

/** Tweet attribution: "— Michael Novakhov (@mikenov) May 16, 2024", also glued to the end of the tweet text. */
const TWEET_ATTRIBUTION_RE = /\(@\w{1,30}\)\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})/;

const DURATION_END_RE = /^[^a-z\s].{6,190}[^.,;:\s]\s+\d{1,2}:\d{2}(?::\d{2})?$/;
const SENTENCE_BREAK_RE = /[a-z]{2}[.!?]["”’]?\s+[A-Z]/;

/** "Breaking down the latest in Ukraine's war 02:44": one headline-shaped phrase plus a duration. */
function isVideoTeaser(t: string): boolean {
  return DURATION_END_RE.test(t) && !SENTENCE_BREAK_RE.test(t) && !/\b(?:at|since|until|from|by|before|after)\s+\d{1,2}:\d{2}$/i.test(t);
}

/** Both bio patterns need "As ..." or a verb between spaces; most lines have neither. One scan. */
const BIO_PRE_RE = /^As | (?:is|was|has been|joined) /;
const mayBeBio = (t: string): boolean => BIO_PRE_RE.test(t);

/** Prechecks that take one scan of the line instead of one per word. */
const CAPTION_VIA_PRE_RE = /REUTERS|Getty|Photo/;
const COPYRIGHT_PRE_RE = /©|\(c\)|opyright|ights reserved/;
/** The copyright pattern is anchored at one end or the other: "©…", "(c)…", "Copyright…" or "…reserved[.]". */
function mayBeCopyright(t: string): boolean {
  const first = t.charCodeAt(0) | 0x20;
  const last = t.charCodeAt(t.length - 1) | 0x20;
  return (first === 0xa9 || first === 0x28 || first === 0x63 || last === 0x64 || last === 0x2e) && COPYRIGHT_PRE_RE.test(t);
}

function isBio(t: string): boolean {
  // "Bernard Orr is a veteran journalist with over 30 years of experience."
  // "As Moscow bureau chief, Guy runs coverage of Russia..."
  if (/^As (?:[\w’'-]+ ){0,5}(?:bureau chief|correspondent|editor|reporter|chief|columnist|producer)\b/.test(t)) return true;
  if (
    new RegExp(
      String.raw`^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3} (?:is|was|has been|joined [A-Z][\w ]{0,30} as) (?:[Aa]|[Aa]n|` +
        String.raw`[Tt]he|[Oo]ur) [^.]{0,80}?\b(?:journalist|correspondent|reporter|editor|writer|columnist|producer|` +
        String.raw`bureau chief|analyst)s?\b`,
    ).test(t)
  ) {
    // Require a second biography signal so "Peskov is a former journalist who..." in a body is kept.
    return new RegExp(
      String.raw`\b(?:years? of experience|experience|covering|covers|covered|has written|written about|joined|` +
        String.raw`previously (?:worked|reported|covered)|graduated|grew up|is based in|based in|reports on|` +
        String.raw`reported from|before joining|award|holds a)\b`,
    ).test(t);
  }
  return false;
}

/** The rule table. Order matters only where two rules could match the same line. */
export const LINE_RULES: LineRule[] = [
  // ---- social posts (seed 001: a tweet timeline pasted above the articles) ----
  {
    id: 'tweet-link',
    pre: (t) => t.includes('.co') && (t.includes('t.co/') || t.includes('twitter.com/') || t.includes('x.com/')),
    kind: 'social-post',
    maxLen: 1500,
    re: /pic\.twitter\.com\/|https?:\/\/t\.co\/|\btwitter\.com\/\w+\/status\/|\bx\.com\/\w+\/status\//,
    attach: 'next',
    why: 'tweets carry t.co and pic.twitter.com links',
  },
  {
    id: 'tweet-attribution',
    pre: (t) => t.includes('(@'),
    kind: 'social-post',
    maxLen: 1500,
    re: TWEET_ATTRIBUTION_RE,
    attach: 'next',
    why: '"— Name (@handle) May 16, 2024" closes an embedded tweet',
  },
  {
    id: 'tweet-day',
    first: 'D',
    kind: 'social-post',
    maxLen: 60,
    re: /^Day: /,
    attach: 'next',
    why: 'timeline day headers in tweet archives',
  },
  {
    id: 'hashtag-run',
    pre: (t) => t.includes('#'),
    kind: 'social-post',
    maxLen: 1500,
    re: /(?:#[\p{L}\p{N}_]+[^#\n]{0,3}){3,}/u,
    attach: 'next',
    why: 'three or more hashtags in a row is a social post, not prose',
  },
  {
    id: 'lone-dash',
    first: '-–—',
    kind: 'social-post',
    maxLen: 3,
    re: /^[-–—]+$/,
    attach: 'next',
    why: 'a lone dash separates posts in tweet dumps',
  },

  // ---- captions (seeds 000/003 TT headline blocks, 001 Reuters carousel) ----
  {
    id: 'caption-carousel',
    first: 'I[',
    kind: 'caption',
    maxLen: 1500,
    re: /^(?:Item \d+ of \d+\s|\[\d+\/\d+\]\s*)/,
    why: 'Reuters photo carousel: "Item 1 of 7 ..." and "[1/7]..."',
  },
  {
    id: 'caption-licensing',
    pre: (t) => t.endsWith('tab') || t.endsWith('Rights'),
    kind: 'caption',
    maxLen: 1500,
    re: /Purchase Licensing Rights(?:, opens new tab)?$/,
    why: 'Reuters caption suffix',
  },
  {
    id: 'caption-file',
    first: 'FPI',
    kind: 'caption',
    maxLen: 800,
    re: /^(?:FILE(?: PHOTO)?\s*[-–—:]|File photo\s*[-–—:]|Photo\s*:|Image\s*:|Picture\s*:|Pictured\s*:)/,
    why: '"FILE - ..." photo captions',
  },
  {
    id: 'caption-credit',
    pre: (t) => t.endsWith(')') || t.endsWith(').'),
    kind: 'caption',
    maxLen: 800,
    re: /\((?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Getty|TASS|Xinhua|Sputnik|AP Photo[^()]{0,80}|Photo[^()]{0,80}|[A-Z][A-Za-z.-]+(?:\/[^()]{1,80})+)\)\.?$/,
    why: 'a line ending in a photo credit "(Reuters)" / "(AP Photo/Name, File)"',
  },
  {
    id: 'caption-label',
    first: 'IPCS',
    kind: 'caption',
    maxLen: 300,
    re: /^(?:Image (?:copyright|caption|source)|Picture (?:copyright|credit)|Photo(?:graph)? (?:copyright|credit)|Credit)\b\s*:?\s*\S/,
    why: 'caption and credit labels: "Image copyright Name", "Credit: Name"',
  },
  {
    id: 'caption-credit-tail',
    pre: (t) => t.includes('Credit:'),
    kind: 'caption',
    maxLen: 400,
    re: /\bCredit:\s*\p{Lu}[^.]{1,60}$/u,
    why: 'a caption ending in "Credit: Agency"',
  },
  {
    id: 'caption-via',
    pre: (t) => CAPTION_VIA_PRE_RE.test(t),
    kind: 'caption',
    maxLen: 800,
    re: /(?:\bvia REUTERS|\bREUTERS\/[A-Z][\w .'’-]{1,40}|Getty Images|\bPhotograph: .{1,80}|\(Photo by [^)]{1,80}\)|Photo: [A-Z][^.]{1,60})\.?$/,
    why: 'wire photo credits at the end of a caption line',
  },

  // ---- site chrome (seed 002: a news aggregator page) ----
  {
    id: 'chrome-logo',
    first: ci('lsmhoct'),
    kind: 'site-chrome',
    maxLen: 40,
    re: /^(?:logo|site logo|menu|main menu|search|home|skip to (?:main )?content|open menu|close menu|toggle navigation)$/i,
    attach: 'next',
    why: 'page header alt texts and navigation',
  },
  {
    id: 'chrome-comments',
    first: ci('cnblsvj') + DIGITS,
    kind: 'site-chrome',
    maxLen: 60,
    re: new RegExp(
      String.raw`^(?:comments?(?: \(\d+\))?|\d+ comments?|no comments yet\.*|be the first to comment\.*|` +
        String.raw`leave a (?:comment|reply)|show comments|view comments|join the conversation)$`,
      'i',
    ),
    attach: 'prev',
    why: 'comment widget',
  },
  {
    id: 'chrome-ai',
    first: ci('teas'),
    kind: 'site-chrome',
    maxLen: 80,
    re: /^(?:try our ai features|explore what .{1,40} can do for you:?|ask ai|summari[sz]e with ai)$/i,
    attach: 'prev',
    why: 'aggregator AI promo widget',
  },
  {
    id: 'chrome-app',
    first: ci('dgaoir'),
    kind: 'site-chrome',
    maxLen: 300,
    re: new RegExp(
      String.raw`^(?:download the app|get started now\b.*|app-?store\s*play-?store|get it on google play|` +
        String.raw`download on the app store|open in app|install the app|` +
        String.raw`ready to dive into .{0,200}download .{0,60}app.*)$`,
      'i',
    ),
    attach: 'prev',
    why: 'app download banners',
  },
  {
    id: 'chrome-alt',
    first: CAPITALS + 'ip',
    kind: 'site-chrome',
    maxLen: 30,
    re: /^(?:[A-Z][a-z]+ background|image|placeholder|icon)$/,
    attach: 'prev',
    why: 'image alt texts leaking into the text ("Orange background")',
  },
  {
    id: 'chrome-standards',
    first: 'O',
    kind: 'site-chrome',
    maxLen: 200,
    re: /^Our Standards:/,
    closes: true,
    attach: 'prev',
    why: 'Reuters trust-principles footer',
  },
  {
    id: 'chrome-copyright',
    pre: mayBeCopyright,
    kind: 'site-chrome',
    maxLen: 200,
    re: /^(?:©|\(c\)|copyright\b)\s*(?:\d{4}|[A-Z])|all rights reserved\.?$/i,
    closes: true,
    attach: 'prev',
    why: 'copyright footers',
  },
  {
    id: 'chrome-opens-tab',
    pre: (t) => t.endsWith('tab'),
    kind: 'site-chrome',
    maxLen: 120,
    re: /, opens new tab$/,
    attach: 'prev',
    why: 'link texts from a page footer ("..., opens new tab")',
  },
  {
    id: 'chrome-time-ago',
    first: ci('tao') + DIGITS,
    pre: endsWithAgo,
    kind: 'site-chrome',
    maxLen: 30,
    re: TIME_AGO_RE,
    attach: 'prev',
    why: '"time2 hours ago": clock alt text and relative time, never a date',
  },
  {
    id: 'chrome-signin',
    first: ci('slrmac'),
    kind: 'site-chrome',
    maxLen: 40,
    re: /^(?:sign in|log ?in|register|subscribe|my account|accept (?:all )?cookies|cookie settings)$/i,
    attach: 'prev',
    why: 'account and cookie widgets',
  },

  {
    id: 'source-label',
    first: 'SsVv',
    kind: 'agency-tag',
    maxLen: 80,
    re: /^(?:Source|Via|via)\s*:?\s+\S.{1,60}$/,
    attach: 'next',
    why: 'an aggregator\'s "Source: Outlet" / "via Outlet" line above a story',
  },
  {
    id: 'email-header',
    first: 'FSTCD',
    kind: 'site-chrome',
    maxLen: 200,
    re: /^(?:From|Sent|To|Cc|Date|Subject|Reply-To):\s+\S.{0,190}$/,
    attach: 'next',
    why: 'the From/Sent/To/Subject header of a newsletter saved from a mail client',
  },
  {
    id: 'email-chrome',
    first: ci('vum'),
    kind: 'site-chrome',
    maxLen: 120,
    re: new RegExp(
      String.raw`^(?:view (?:this|it|the) (?:e-?mail|message|newsletter)?\s*(?:in|on) (?:your|a|` +
        String.raw`the) (?:web )?browser\.?|unsubscribe\b.{0,100}|manage (?:your )?(?:subscriptions?|preferences|` +
        String.raw`e-?mail settings)\b.{0,80})$`,
      'i',
    ),
    closes: true,
    attach: 'prev',
    why: 'newsletter chrome: "View this email in your browser", unsubscribe and preference links',
  },
  {
    id: 'highlights',
    first: 'S',
    kind: 'site-chrome',
    maxLen: 20,
    re: /^Story highlights$/i,
    attach: 'next',
    why: 'a "Story highlights" block opens a story that has no headline line (CNN pages)',
  },

  // ---- share / newsletter ----
  {
    id: 'tags-line',
    first: ci('tfkc'),
    kind: 'site-chrome',
    maxLen: 300,
    re: /^(?:tags?|topics?|filed under|keywords|categories|category)\s*:\s*\S.{0,280}$/i,
    closes: true,
    attach: 'prev',
    why: 'tag and topic lines under an article: "Tags: patents", "Filed under: Asia-Pacific"',
  },
  {
    id: 'share-labels',
    first: ci('stecpfwlr'),
    kind: 'share',
    maxLen: 80,
    re: /^(?:(?:share|tweet|e-?mail|save|comments?|print|facebook|twitter|whatsapp|linkedin|reddit|pinterest)\b(?:\s*\(?\d+\)?)?[\s|·•]*){2,6}$/i,
    why: 'a row of share buttons: "Save  Share  Comment", "SHARE  TWEET  EMAIL"',
  },
  {
    id: 'share-list-intl',
    first: ci('ptcds'),
    kind: 'share',
    maxLen: 200,
    re: /^(?:partager|teilen|compartir|condividi|compartilhar|dela)\s*:\s*\S.{0,180}$/i,
    why: 'share bars in other languages: "Partager : Facebook | E-mail"',
  },
  {
    id: 'source-date',
    pre: (t) => t.includes(' | ') || t.includes(' · '),
    kind: 'agency-tag',
    maxLen: 80,
    test: isSourceDate,
    attach: 'next',
    why: 'an outlet and a date or read time on one line: "Midland Courier | March 22, 2017"',
  },
  {
    id: 'share-list',
    first: ci('spfп'),
    kind: 'share',
    maxLen: 200,
    re: /^(?:share|поделиться|share this(?: article| story)?|follow us)\s*:\s*\S.{0,180}$/i,
    why: '"Share: Telegram · X · Email" share bars',
  },
  {
    id: 'share-network',
    first: ci('fxtlwrepcvmbsво'),
    kind: 'share',
    maxLen: 30,
    re: new RegExp(
      String.raw`^(?:facebook|x|twitter|linkedin|whatsapp|telegram|reddit|e-?mail|print|copy link|copy url|vk|` +
        String.raw`вконтакте|одноклассники|messenger|pinterest|threads|bluesky|email this article|` +
        String.raw`share on \S+(?: \S+)?)$`,
      'i',
    ),
    why: 'one share button per line',
  },
  {
    id: 'chrome-subscribe-ru',
    first: ci('пч'),
    kind: 'site-chrome',
    maxLen: 160,
    re: /^(?:подписывайтесь|подпишитесь|читайте нас)(?=\s|$).{0,140}$/i,
    attach: 'next',
    why: 'Russian "subscribe to our Telegram channel" banners (like app banners: site chrome)',
  },
  {
    id: 'share',
    first: ci('stepclfgn'),
    kind: 'share',
    maxLen: 200,
    re: new RegExp(
      String.raw`^(?:sign up here\.?|sign up (?:for|to) .{1,180}|subscribe (?:to|for) .{1,120}|` +
        String.raw`share(?: this(?: article| story)?)?(?: on .{1,30})?:?|tweet|email|print|copy link|link copied!?|` +
        String.raw`follow us on .{1,60}|get (?:our|the) .{1,40} newsletter.*|newsletter sign-?up.*|` +
        String.raw`click here to subscribe.*)$`,
      'i',
    ),
    why: 'share buttons and newsletter prompts ("Sign up here.")',
  },

  {
    id: 'chrome-nav',
    pre: hasTwoSeparators,
    kind: 'site-chrome',
    maxLen: 200,
    re: /^[^|•·]{1,40}(?:\s+[|•·]\s+[^|•·]{1,40}){2,}$/,
    attach: 'next',
    why: 'navigation bars and breadcrumbs: "Home | Politics | Opinion", "Shipping • Insurance • Markets"',
  },

  // ---- reporter credits and bios (seed 001 Reuters footer) ----
  {
    id: 'credit',
    first: '(RAWEC',
    kind: 'reporter-bio',
    maxLen: 800,
    re: /^\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Reported|Written) by\b/,
    closes: true,
    attach: 'prev',
    why: '"Reporting by ...; Editing by ..." wire credit',
  },
  {
    id: 'byline-story',
    first: 'SWTP',
    kind: 'reporter-bio',
    maxLen: 120,
    re: /^(?:(?:Story|Text|Words|Photos?|Pictures?) by|Words:)\s+\p{Lu}[\p{L}’'.-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'.-]+){0,5}$/u,
    attach: 'next',
    why: 'bylines that do not start with "By": "Story by A and B", "Words: Name"',
  },
  {
    id: 'byline',
    first: 'B',
    kind: 'reporter-bio',
    maxLen: 120,
    re: /^By [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3}(?:(?:,| and) [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3}){0,3}(?:,? (?:in|for) [A-Z][\w ]{1,40})?$/,
    attach: 'next',
    why: 'bylines',
  },
  {
    id: 'bio',
    first: CAPITALS,
    pre: mayBeBio,
    kind: 'reporter-bio',
    maxLen: 1500,
    test: isBio,
    closes: true,
    attach: 'prev',
    why: 'reporter biography paragraphs under wire stories',
  },

  // ---- ads and promos ----
  {
    id: 'ad-choices',
    pre: (t) => t.includes('choices'),
    kind: 'ad',
    maxLen: 300,
    re: /learn more about your ad choices|podcastchoices\.com|megaphone\.fm\/adchoices/i,
    closes: true,
    attach: 'prev',
    why: 'podcast ad-choices footer (seed 001)',
  },
  {
    id: 'ad-label',
    first: ci('aspc') + '—–-',
    kind: 'ad',
    maxLen: 60,
    re: new RegExp(
      String.raw`^[—–-]*\s*(?:advertisement|advertising|ad|sponsored(?: content)?|skip advertisement|(?:story|` +
        String.raw`article) continues (?:below|after)(?: this)? (?:advertisement|ad)|continue reading below|` +
        String.raw`paid content|promoted(?: content)?)\s*[—–-]*$`,
      'i',
    ),
    attach: 'prev',
    why: 'ad slot labels ("— Advertisement —", "Article continues after this ad")',
  },
  {
    id: 'embed-label',
    first: ci('cw') + DIGITS,
    kind: 'site-chrome',
    maxLen: 40,
    re: /^(?:click to play(?: the)? video|watch the video(?: above| below)?|\d{1,2}:\d{2} \/ \d{1,2}:\d{2})$/i,
    why: 'video player leftovers: "Click to play video", "0:00 / 2:47"',
  },
  {
    id: 'read-time',
    first: ci('r') + DIGITS,
    kind: 'site-chrome',
    maxLen: 40,
    re: /^(?:reading time:?\s*\d{1,3}\s*min(?:ute)?s?|\d{1,3}\s*min(?:ute)?s?\s+read)$/i,
    why: '"9 min read", "Reading time: 11 minutes"',
  },
  {
    id: 'cookie-banner',
    pre: (t) => t.includes('cookie'),
    kind: 'site-chrome',
    maxLen: 400,
    re: /\b(?:we|this (?:site|website)) uses? cookies\b/i,
    why: 'cookie banners',
  },
  {
    id: 'email-footer',
    first: 'Yy',
    kind: 'site-chrome',
    maxLen: 300,
    re: /^you(?:'re| are)? receiv(?:ed|ing) this (?:e-?mail|message|newsletter)\b/i,
    closes: true,
    attach: 'prev',
    why: 'newsletter footers: "You are receiving this email because ..."',
  },
  {
    id: 'follow-handle',
    first: 'Ff',
    kind: 'share',
    maxLen: 120,
    re: /^follow @[\w.]{2,30}\b.{0,80}$/i,
    why: '"Follow @outlet for the latest updates"',
  },
  {
    id: 'ad-podcast',
    first: ci('lst'),
    kind: 'ad',
    maxLen: 200,
    re: new RegExp(
      String.raw`^(?:listen (?:to|on) (?:the|our|this) .{1,80}podcast.*|subscribe to (?:the|our) .{1,60}podcast.*|` +
        String.raw`this (?:episode|podcast) is (?:sponsored|brought to you) by.*)$`,
      'i',
    ),
    attach: 'prev',
    why: 'podcast promos',
  },

  // ---- related teasers ----
  {
    id: 'video-teaser',
    pre: (t) => {
      const c = t.charCodeAt(t.length - 1);
      return c >= 48 && c <= 57;
    },
    kind: 'related-teaser',
    maxLen: 200,
    test: isVideoTeaser,
    why: 'video teaser: a headline ending with a duration "02:44" (CBS)',
  },
  {
    id: 'read-more',
    first: ci('rasrwlm'),
    kind: 'related-teaser',
    maxLen: 300,
    re: /^(?:read more|read also|also read|see also|related|watch|listen|more)\s*:\s*\S/i,
    why: '"Read more: <headline>" link lines',
  },

  // ---- agency tags and metadata lines ----
  {
    id: 'agency-line',
    first: AGENCY_FIRST,
    kind: 'agency-tag',
    maxLen: 60,
    re: AGENCY_LINE_RE,
    closes: true,
    attach: 'prev',
    why: 'a bare agency name: "TT" in headline blocks, a trailing "Agencies"',
  },
  {
    id: 'source-time',
    pre: endsWithAgo,
    kind: 'agency-tag',
    maxLen: 80,
    re: SOURCE_TIME_RE,
    attach: 'next',
    why: '"Russia Today16 hours ago": source plus relative time under a headline',
  },
  {
    id: 'updated-on',
    first: ci('lupmdод'),
    kind: 'agency-tag',
    maxLen: 160,
    re: UPDATED_RE,
    attach: 'next',
    why: '"Updated on: May 16, 2024 / 7:51 AM EDT / CBS/AP" byline-timestamp line',
  },
];

export interface RuleMatch {
  rule: LineRule;
}

/** Rules that can match a line whatever its first character (table order). */
const ANY_START_RULES = LINE_RULES.filter((r) => r.first === undefined);

/** Per first character, the rules that can match a line starting with it (table order kept). */
const RULES_BY_FIRST: ReadonlyMap<number, LineRule[]> = (() => {
  const m = new Map<number, LineRule[]>();
  for (const r of LINE_RULES) {
    for (let i = 0; i < (r.first ?? '').length; i++) {
      const c = r.first!.charCodeAt(i);
      if (!m.has(c))
        m.set(
          c,
          LINE_RULES.filter((x) => x.first === undefined || x.first.includes(r.first![i])),
        );
    }
  }
  return m;
})();

/** First rule matching a trimmed, non-empty line, or null. */
export function matchLineRule(t: string): LineRule | null {
  const len = t.length;
  const rules = RULES_BY_FIRST.get(t.charCodeAt(0)) ?? ANY_START_RULES;
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (len > r.maxLen) continue;
    if (r.pre && !r.pre(t)) continue;
    if (r.re ? r.re.test(t) : r.test!(t)) return r;
  }
  return null;
}

export const RULES_BY_ID: ReadonlyMap<string, LineRule> = new Map(LINE_RULES.map((r) => [r.id, r]));
