import type { LineRule } from './line-rule';
import { ci, DIGITS, CAPITALS, endsWithAgo, TIME_AGO_RE, mayBeCopyright } from './patterns';

/** Site chrome: part of the line-rule table (see ../noise-rules.ts), in table order. */
export const CHROME_RULES: LineRule[] = [
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
];
