import type { LineRule } from './line-rule';
import { ci, DIGITS } from './patterns';

/** Ads and promos: part of the line-rule table (see ../noise-rules.ts), in table order. */
export const AD_RULES: LineRule[] = [
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
        String.raw`article) continues (?:below|after)(?: this)? (?:advertisement|ad)|continue reading below|continue reading the main story|` +
        String.raw`paid content|promoted(?: content)?)\s*[—–-]*$`,
      'i',
    ),
    attach: 'prev',
    why: 'ad slot labels ("— Advertisement —", "Article continues after this ad", "Continue reading the main story" around an in-article ad)',
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
];
