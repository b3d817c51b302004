import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';
import { allClean, expectInvariants } from './helpers';

/**
 * A news page in German (or Spanish, French, Italian, Portuguese): its paragraphs are prose by the same stopword density as
 * English ones, so the chrome of the page around them does not take them with it.
 */
const MENU = ['Inicio', 'Política', 'Economía', 'Deportes', 'Cultura', 'Opinión', 'Tecnología', 'Suscribite'].join('\n');

const DE = [
  'Der Hafen von Velmora hat am Montag eine neue Fährverbindung zur Insel Tolm eröffnet,' +
    ' nachdem der Streit zwischen dem Rat und den Betreibern zwei Jahre gedauert hatte.',
  'Nach Angaben des Rates werden die ersten Fahrten Passagiere und Fracht vom Nordkai aus befördern, mit vier Abfahrten pro Tag im Sommer.',
  'Die Bewohner der Insel hatten seit der Schließung des alten Anlegers eine direkte Verbindung gefordert,' +
    ' und der Rat will die Strecke nach einer Saison prüfen.',
];

function clean(text: string): string {
  return allClean(text, segmentDump(text));
}

describe('prose of other European languages', () => {
  it('German paragraphs between menus stay article text', () => {
    const items = MENU.split('\n');
    const body = DE.map((p, k) => `${p}\n\n${items[k]}\n${items[k + 3]}`).join('\n\n');
    const text = `${MENU}\n\nVelmora Ferry\n\n${body}\n\n${MENU}\n`;
    expectInvariants(text, segmentDump(text));
    const c = clean(text);
    for (const p of DE) expect(c).toContain(p.slice(0, 40));
  });
});
