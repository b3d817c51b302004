import { describe, expect, it } from 'vitest';
import { paintHits } from '../../renderer/src/lib/reader/paint-hits';
import { hitTermsOf } from '../../renderer/src/lib/search/hit-terms';

function article(lines: string[]): HTMLElement {
  const root = document.createElement('article');
  let at = 0;
  root.innerHTML = lines
    .map((l, i) => {
      const html = i === 0 ? `<h1 class="title">${l}</h1>` : `<p data-start="${at}" data-end="${at + l.length}">${l}</p>`;
      if (i > 0) at += l.length + 1;
      return html;
    })
    .join('');
  return root;
}
const hitsFor = (query: string, lines: string[]) => paintHits(article(lines), hitTermsOf(query)).map((m) => m.textContent);

describe('search hits in the reader follow the search syntax', () => {
  it('marks words the way search reads them, punctuation and case aside', () => {
    expect(hitsFor('harbour, KORSA', ['Storm at Korsa', 'The harbour of Korsa was closed.'])).toEqual(['Korsa', 'harbour', 'Korsa']);
  });

  it('marks a phrase as one run and never a filter, an exclusion or a one-letter word', () => {
    const lines = ['Storm at Korsa', 'The harbour of Korsa was closed after a storm.'];
    expect(hitsFor('"harbour of korsa" tag:storm -closed source:"Nordwire" a', lines)).toEqual(['harbour of Korsa']);
  });

  it('marks words whose folded form differs from the text (й, ё, ß, accents)', () => {
    const lines = ['Заявление министерства', 'Сергей Ёлкин встретился в Straße с Zoë.'];
    expect(hitsFor('сергей Ёлкин strasse zoe', lines)).toEqual(['Сергей', 'Ёлкин', 'Straße', 'Zoë']);
  });

  it('marks nothing for a query search itself rejects', () => {
    expect(hitsFor('Korsa "unclosed', ['Storm at Korsa'])).toEqual([]);
  });
});
