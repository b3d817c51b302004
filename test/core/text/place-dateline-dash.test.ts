import { describe, expect, it } from 'vitest';
import { matchPlaceDateline } from '../../../electron/core/text/datelines';

/**
 * A place dateline ends in a dash: "DENVER - ", "MUMBAI — ", "NEW YORK—The". A hyphen glued to
 * the words on both sides joins a word ("PUND-It's King said ..."), so a paragraph that opens
 * with such a name in capitals is no dateline and starts no story.
 */
describe('the dash of a place dateline', () => {
  it.each([
    'DENVER - The harbour board of Velmora approved a new ferry route on Monday after two years.',
    'TOLM -- Ferry crews went back to work on Monday after a week on strike over night rotas.',
    'MUMBAI — Apple growers in the valley expect a record harvest this autumn after a mild spring.',
    'NEW YORK—The growers association said on Thursday that pickers were hard to find this year.',
  ])('is a dateline: %s', (line) => {
    expect(matchPlaceDateline(line)).not.toBeNull();
  });

  it.each([
    "ABCO-Tech's chief said the ferry contract would bring twenty jobs to the northern quay by June.",
    'VELMORA-TOLM ferry crossings will run four times a day in summer, the operators said on Monday.',
  ])('is no dateline when it is a hyphen inside a word: %s', (line) => {
    expect(matchPlaceDateline(line)).toBeNull();
  });
});
