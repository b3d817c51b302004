import type { LineRule } from './line-rule';
import { ci, isVideoTeaser } from './patterns';

/** Related teasers: part of the line-rule table (see ../noise-rules.ts), in table order. */
export const RELATED_RULES: LineRule[] = [
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
    re: /^(?:(?:read more|read also|also read|see also|related|watch|listen|more)\s*:|(?:read more|read also|also read|see also|related)\s+[-–—|»›])\s*\S/i,
    why: '"Read more: <headline>", "Also read – <headline>" link lines',
  },
  {
    id: 'read-on',
    first: ci('rc'),
    kind: 'related-teaser',
    maxLen: 100,
    re: new RegExp(
      String.raw`^(?:read|continue reading) (?:the )?(?:full|whole|entire|rest of the) (?:story|article|report)(?: (?:at|on) .{1,60})?\.?$|` +
        String.raw`^read more (?:at|on) .{1,60}$`,
      'i',
    ),
    attach: 'prev',
    closes: true,
    why: 'a link to the rest of a story: "Read the full story", "Read more at <site>" (aggregators, teaser cards)',
  },
];
