import type { NoiseSpan, SegmentedStory } from '../types';
import { applyFixes, segmentDump, type ProcessedDump, type SegmentFix } from '../text/index';
import { bodyStats } from '../text/story';
import { htmlToText } from './html-text';
import { captionLines, linkLines } from './html-furniture-lines';

/**
 * An article shorter than this counts as none found: Readability returns its best attempt even
 * when it is below its own 500-character threshold, and a page that short is read whole.
 */
const MIN_ARTICLE_CHARS = 500;

/** The main article of a page as a DOM reader (Readability) found it: its headline and its content as HTML. */
export interface HtmlArticle {
  title: string;
  contentHtml: string;
  /** The author line the reader found in the page's markup (rel=author, class "byline"), if any. */
  byline?: string | null;
}

/**
 * The document text Dossier derives from an HTML page, and its stories. With an article it is
 * headline, blank line, the article's paragraphs, blank line, then the whole page's text marked
 * as site chrome: nothing of the page is lost, offsets stay stable for the same bytes, and the
 * one story is the article. Without one (or an empty one) the page's text is segmented like a
 * `.txt` dump. Never throws.
 */
export function analyseHtmlDump(html: string, article: HtmlArticle | null, fixes: readonly SegmentFix[] = []): ProcessedDump {
  try {
    const page = htmlToText(html);
    const found = article ? htmlToText(article.contentHtml).trim() : '';
    const body = found.length >= MIN_ARTICLE_CHARS ? found : '';
    const built = body
      ? articleDocument(oneLine(article!.title), body, page, pageByline(article!.byline), {
          captions: captionLines(html),
          links: linkLines(article!.contentHtml),
        })
      : { text: page, stories: segmentDump(page) };
    const stories = fixes.length > 0 ? applyFixes(built.text, built.stories, [...fixes]) : built.stories;
    return { status: 'ok', text: built.text, encoding: 'utf-8', lossy: false, stories };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { status: 'error', problem: { code: 'internal', message: `Dossier could not read this page (${why.slice(0, 200)}).` } };
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Headline + article + the page as trailing chrome, as one story; dates, sources and inner noise come from segmenting the article alone. */
/** A page's own byline, one line and of a byline's length; anything else is not trusted as one. */
function pageByline(raw: string | null | undefined): string | null {
  const b = oneLine(raw ?? '').replace(/^By\s+/i, '');
  return b.length >= 2 && b.length <= 120 ? b : null;
}

function articleDocument(
  title: string,
  body: string,
  page: string,
  byline: string | null,
  furniture: Furniture,
): { text: string; stories: SegmentedStory[] } {
  const head = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  const chromeStart = head.length + 2;
  const text = `${head}\n\n${page}`;
  const parts = segmentDump(`${head}\n`);
  const noise: NoiseSpan[] = withPageNoise(
    head,
    parts.flatMap((p) => p.noise),
    furniture,
  );
  if (chromeStart < text.length) noise.push({ start: chromeStart, end: text.length, kind: 'site-chrome' });
  const { words, language } = bodyStats(text, 0, text.length, noise);
  const dated = parts.find((p) => p.date);
  const story: SegmentedStory = {
    title: title || parts[0]?.title || head.split('\n', 1)[0].slice(0, 200),
    start: 0,
    end: text.length,
    date: dated?.date ?? null,
    ...(dated?.dateGuessed ? { dateGuessed: true } : {}),
    source: parts.find((p) => p.source)?.source ?? null,
    byline: parts.find((p) => p.byline)?.byline ?? byline,
    language,
    words,
    noise,
  };
  return { text, stories: [story] };
}

/** Lines the page's markup says are captions, and the texts of the article's links. */
interface Furniture {
  captions: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

/** A paragraph this long that comes again is a second copy (a print version, a teaser of itself), not the story going on. */
const MIN_REPEAT_CHARS = 60;

/**
 * Marks what the text pipeline left as article text but the page's markup says is not: a line
 * the page printed as a photo caption or credit (often a full sentence, "Singer X arrives at the
 * awards, in this file photo.", which reads like prose); a line that is one link and nothing else
 * (a list of other stories: a sentence holds its links, it is not one); and a paragraph the
 * article already holds word for word (a page printing its story twice).
 */
function withPageNoise(head: string, noise: NoiseSpan[], furniture: Furniture): NoiseSpan[] {
  const touched = (start: number, end: number) => noise.some((n) => n.start < end && n.end > start);
  const out = [...noise];
  const seen = new Set<string>();
  for (let at = 0; at < head.length;) {
    const nl = head.indexOf('\n', at);
    const end = nl === -1 ? head.length : nl;
    const line = head.slice(at, end).trim();
    if (line && !touched(at, end)) {
      if (furniture.captions.has(line)) out.push({ start: at, end, kind: 'caption' });
      else if (at > 0 && furniture.links.has(line)) out.push({ start: at, end, kind: 'related-teaser' });
      else if (line.length >= MIN_REPEAT_CHARS && seen.has(line)) out.push({ start: at, end, kind: 'repeated-text' });
    }
    if (line.length >= MIN_REPEAT_CHARS) seen.add(line);
    at = end + 1;
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
