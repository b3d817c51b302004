import { describe, expect, it } from 'vitest';
import { segmentDump } from '../../../electron/core/text/segment';

const BODY = [
  'The harbour board of Velmora approved a new ferry route to the island of Tolm, ending a dispute that had lasted for two years.',
  'Ferry operators said the first crossings would carry passengers and freight from the northern quay, with four sailings a day in summer.',
].join('\n\n');

// The timeline says which dates the text states and which Dossier inferred, so the analyst
// knows when a story's place on the axis rests on a caption or on the dump's other dates.
describe('how a story got its date', () => {
  it('a wire dateline with its year states the date', () => {
    const [s] = segmentDump(`Velmora approves ferry route\n\nVELMORA, March 3, 2024 (Reuters) - ${BODY}\n`);
    expect(s.date).toBe('2024-03-03');
    expect(s.dateGuessed).toBeFalsy();
  });

  it('a dateline without a year takes the year from elsewhere in the dump, and says it is guessed', () => {
    const text = [
      'Earlier notice',
      '',
      `VELMORA, January 9, 2024 (Reuters) - ${BODY}`,
      '',
      '',
      'VELMORA APPROVES FERRY ROUTE TO TOLM',
      '',
      `VELMORA, March 3 (Reuters) - ${BODY}`,
      '',
    ].join('\n');
    const stories = segmentDump(text);
    const last = stories[stories.length - 1];
    expect(last.date).toBe('2024-03-03');
    expect(last.dateGuessed).toBe(true);
  });

  it('a dateline without a year is stated when the story itself gives that day with its year', () => {
    const text = [
      'Velmora approves ferry route',
      '',
      'A ferry leaves the quay in Velmora on March 3, 2024. (AP Photo/Anna Berg)',
      '',
      `VELMORA, March 3 (Reuters) - ${BODY}`,
      '',
    ].join('\n');
    const [s] = segmentDump(text);
    expect(s.date).toBe('2024-03-03');
    expect(s.dateGuessed).toBeFalsy();
  });

  it('a date taken only from a photo caption is guessed', () => {
    const text = [
      'Velmora approves ferry route',
      '',
      'A ferry leaves the quay in Velmora on March 2, 2024. (AP Photo/Anna Berg)',
      '',
      BODY,
      '',
    ].join('\n');
    const [s] = segmentDump(text);
    if (s.date === null) return expect.unreachable('the caption should date the story');
    expect(s.dateGuessed).toBe(true);
  });
});
