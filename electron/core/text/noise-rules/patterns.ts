/** Patterns and cheap predicates the line rules share; exported for the context rules and datelines too. */
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

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Both cases of each letter: the start set of a case-insensitive (non-unicode /i) pattern. */
export const ci = (letters: string): string => letters.toLowerCase() + letters.toUpperCase();
export const DIGITS = '0123456789';
export const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Ends in "ago" in any case: every relative-time line does, so the regex runs on few lines. */
export function endsWithAgo(t: string): boolean {
  const n = t.length;
  return n >= 3 && (t.charCodeAt(n - 3) | 0x20) === 97 && (t.charCodeAt(n - 2) | 0x20) === 103 && (t.charCodeAt(n - 1) | 0x20) === 111;
}

/** "Outlet | March 22, 2017", "Outlet · 6 min read": two parts, one of them a date or a time. */
export function isSourceDate(t: string): boolean {
  const parts = t.split(/\s+[|·]\s+/);
  if (parts.length !== 2) return false;
  return parts.some((p) => /\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\bmin(?:ute)?s? read\b|\bago$/i.test(p));
}

/** At least two navigation separators (| • ·): a navigation bar has three items or more. */
export function hasTwoSeparators(t: string): boolean {
  let kinds = 0;
  for (const sep of NAV_SEPARATORS) {
    const at = t.indexOf(sep);
    if (at === -1) continue;
    if (++kinds === 2 || t.indexOf(sep, at + 1) !== -1) return true;
  }
  return false;
}
export const NAV_SEPARATORS = ['|', '•', '·'];
export const AGENCY_ALT = AGENCY_NAMES.slice()
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');

/** How an agency line can start: a bracket or dash, "With"/"Source:", or an agency's initial. */
export const AGENCY_FIRST = '([—–-WwSs' + AGENCY_NAMES.map((a) => a[0]).join('');

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
/**
 * The keyword starts with a capital (or is all caps): "date for the withdrawal of 160,000 troops"
 * is a hard-wrapped sentence going on, not a timestamp ("Date: ...", "UPDATED ...", "Last updated ...").
 */
const UPDATED_WORD =
  String.raw`(?:(?:Last|LAST) (?:[Uu]pdated|UPDATED|[Mm]odified|MODIFIED|[Pp]ublished|PUBLISHED)|` +
  String.raw`Updated|UPDATED|Published|PUBLISHED|Posted|POSTED|Modified|MODIFIED|Date|DATE|` +
  String.raw`Обновлено|ОБНОВЛЕНО|Опубликовано|ОПУБЛИКОВАНО|Дата публикации|ДАТА ПУБЛИКАЦИИ)`;
export const UPDATED_RE = new RegExp(String.raw`^${UPDATED_WORD}(?: on| at| On| At| ON| AT)?\s*:?\s+(?![Bb][Yy]\s)(?=.*\d)(.{4,120})$`);

/**
 * Reuters-style dateline: "BEIJING/MOSCOW, May 16 (Reuters) –", "MOSCOW (AP) —", "LONDON, 3 June 2024 (AFP) -",
 * and with the place's region or country: "CHENNAI, India (AFP) —", "BEIRUT, Lebanon (AP) --".
 */
export const DATELINE_RE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’ -]{1,40}(?:\/\p{Lu}[\p{L}.'’ -]{1,40})*)(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?` +
    String.raw`(?:,\s+(\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:,? \d{4})?|` +
    String.raw`\d{1,2} \p{L}{3,9}\.?(?: \d{4})?))?\s*\(([^()]{2,40})\)\s*[-–—]+\s*`,
  'u',
);

/**
 * A dateline without an agency: "DENVER - ", "SEOUL, South Korea - ", "OAKLAND, Calif., Dec. 29 - ",
 * "MUMBAI — ". The place is in capitals (matchDateline checks it), a region and a date may follow.
 * A hyphen glued to the words on both sides ("PUND-It's King said") joins a word, so a hyphen
 * needs a space on one side; an en or em dash may stand glued ("NEW YORK—The").
 */
export const PLACE_DATELINE_RE = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3})(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?` +
    String.raw`(?:,? (\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:,? \d{4})?))?(?:\s*[–—]|\s+-{1,2}|-{1,2}(?=\s))\s*(?=\p{Lu}|["“‘'\d])`,
  'u',
);

/** Tweet attribution: "— Michael Novakhov (@mikenov) May 16, 2024", also glued to the end of the tweet text. */
export const TWEET_ATTRIBUTION_RE = /\(@\w{1,30}\)\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})/;

export const DURATION_END_RE = /^[^a-z\s].{6,190}[^.,;:\s]\s+\d{1,2}:\d{2}(?::\d{2})?$/;
export const SENTENCE_BREAK_RE = /[a-z]{2}[.!?]["”’]?\s+[A-Z]/;

/** "Breaking down the latest in Ukraine's war 02:44": one headline-shaped phrase plus a duration. */
export function isVideoTeaser(t: string): boolean {
  return DURATION_END_RE.test(t) && !SENTENCE_BREAK_RE.test(t) && !/\b(?:at|since|until|from|by|before|after)\s+\d{1,2}:\d{2}$/i.test(t);
}

/** Both bio patterns need "As ..." or a verb between spaces; most lines have neither. One scan. */
export const BIO_PRE_RE = /^As | (?:is|was|has been|joined) /;
export const mayBeBio = (t: string): boolean => BIO_PRE_RE.test(t);

/** Prechecks that take one scan of the line instead of one per word. */
export const CAPTION_VIA_PRE_RE = /REUTERS|Getty|Photo/;
export const COPYRIGHT_PRE_RE = /©|\(c\)|opyright|ights reserved/;
/** The copyright pattern is anchored at one end or the other: "©…", "(c)…", "Copyright…" or "…reserved[.]". */
export function mayBeCopyright(t: string): boolean {
  const first = t.charCodeAt(0) | 0x20;
  const last = t.charCodeAt(t.length - 1) | 0x20;
  return (first === 0xa9 || first === 0x28 || first === 0x63 || last === 0x64 || last === 0x2e) && COPYRIGHT_PRE_RE.test(t);
}

/** "As Moscow bureau chief, Guy runs coverage of Russia..." */
const BIO_AS_RE = /^As (?:[\w’'-]+ ){0,5}(?:bureau chief|correspondent|editor|reporter|chief|columnist|producer)\b/;
/** "Bernard Orr is a veteran journalist with over 30 years of experience." */
const BIO_NAME_RE = new RegExp(
  String.raw`^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3} (?:is|was|has been|joined [A-Z][\w ]{0,30} as) (?:[Aa]|[Aa]n|` +
    String.raw`[Tt]he|[Oo]ur) [^.]{0,80}?\b(?:journalist|correspondent|reporter|editor|writer|columnist|producer|` +
    String.raw`bureau chief|analyst)s?\b`,
);
/** The second biography signal BIO_NAME_RE needs. */
const BIO_SIGNAL_RE = new RegExp(
  String.raw`\b(?:years? of experience|experience|covering|covers|covered|has written|written about|joined|` +
    String.raw`previously (?:worked|reported|covered)|graduated|grew up|is based in|based in|reports on|` +
    String.raw`reported from|before joining|award|holds a)\b`,
);

/** A reporter's biography paragraph (the patterns are built once: this runs on many body lines). */
export function isBio(t: string): boolean {
  if (BIO_AS_RE.test(t)) return true;
  // Require a second biography signal so "Peskov is a former journalist who..." in a body is kept.
  return BIO_NAME_RE.test(t) && BIO_SIGNAL_RE.test(t);
}
