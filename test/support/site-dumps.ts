/**
 * Dumps of a made-up news site for the site-template tests: every page carries the same menu
 * and footer around an article of its own, written from a few sentence frames so that no two
 * articles share a line.
 */
const TOWNS = ['Brenna', 'Valso', 'Kirrin', 'Tolmark', 'Aldby', 'Sorrel', 'Hestia', 'Marrow', 'Quillon', 'Dunmere', 'Oskar', 'Pellam'];
const TOPICS = [
  'harbour dredging',
  'school roof repairs',
  'the night bus route',
  'a new ferry pier',
  'flood barriers',
  'the library budget',
];

export const MENU = ['Home', 'World', 'Business', 'Sport', 'Opinion', 'Weather'];
/** A prompt the site prints between the second and third paragraph of every article. */
export const PROMPT = 'Get the Courier morning briefing';
/** A sentence the site prints under every article. */
export const SIGN_OFF = 'Our reporting on local councils is paid for by readers like you, and it stays free for everyone to read.';
export const FOOTER = ['About Us', 'Contact the newsroom', 'Privacy policy', 'Terms of use', '© Korsa Courier Media Group'];

/** The article of page `i`: a headline and four paragraphs that name its own town and topic. */
export function article(i: number): { headline: string; body: string[] } {
  const town = TOWNS[i % TOWNS.length] + (i >= TOWNS.length ? ` ${Math.floor(i / TOWNS.length) + 1}` : '');
  const topic = TOPICS[i % TOPICS.length];
  return {
    headline: `${town} council backs plan for ${topic}`,
    body: [
      `Councillors in ${town} voted on Tuesday to spend more on ${topic}, after a debate that ran late into the evening at the town hall.`,
      `The mayor of ${town} said the decision was the right one for the families who had waited years for ${topic} to be dealt with.`,
      `Opponents in ${town} argued that the money would be better kept in reserve, and they asked for a fresh survey of ${topic} first.`,
      `Work on ${topic} in ${town} is due to start in the spring, and the council will publish its first report on the costs in June.`,
    ],
  };
}

/** A page: the menu, one article (or `own` text) with the site's prompt inside and its sign-off under it, the footer. */
export function sitePage(i: number, own?: { headline: string; body: string[] }): string {
  const a = own ?? article(i);
  const body = [...a.body.slice(0, 2), PROMPT, ...a.body.slice(2), SIGN_OFF];
  return [...MENU, '', a.headline, '', ...body.flatMap((p) => [p, '']), ...FOOTER, ''].join('\n');
}
