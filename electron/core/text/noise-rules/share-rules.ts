import type { LineRule } from './line-rule';
import { ci, isSourceDate, hasTwoSeparators } from './patterns';

/** Share: part of the line-rule table (see ../noise-rules.ts), in table order. */
export const SHARE_RULES: LineRule[] = [
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
        String.raw`(?:print|e-?mail|save) this (?:article|story|page)|enter your e-?mail(?: address)?:?|` +
        String.raw`follow us on .{1,60}|get (?:our|the) .{1,40} newsletter.*|newsletter sign-?up.*|` +
        String.raw`click here to subscribe.*)$`,
      'i',
    ),
    why: 'share buttons and newsletter prompts ("Sign up here.", "Print this article", "Enter your email address")',
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
];
