import type { LineRule } from './line-rule';
import { TWEET_ATTRIBUTION_RE } from './patterns';

/** Social posts: part of the line-rule table (see ../noise-rules.ts), in table order. */
export const SOCIAL_RULES: LineRule[] = [
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
    id: 'engagement-counts',
    first: '0123456789',
    kind: 'social-post',
    maxLen: 100,
    re: /^(?:[\d.,]+[KkMm]?\s+(?:replies|reposts|retweets|likes|shares|views|followers|reactions)[\s|·•]*){1,5}$/i,
    attach: 'prev',
    why: 'a post\'s counters under it ("54 replies  470 reposts  2411 likes", "867K followers"): numbers, never prose ("12 comments" is chrome-comments)',
  },
  {
    id: 'like-us-on',
    first: 'Ll',
    kind: 'share',
    maxLen: 80,
    re: /^like (?:us|.{1,50}?) on (?:facebook|instagram|x|twitter|threads)\.?$/i,
    attach: 'prev',
    why: 'follow prompts ("Like The Daily Example on Facebook", "Like us on Facebook")',
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
];
