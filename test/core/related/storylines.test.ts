import { describe, expect, it } from 'vitest';
import { buildStorylines, type StorylineStory } from '../../../electron/core/related/storylines';
import { topTerms, unpackTerms } from '../../../electron/core/related/story-terms';
import { STORYLINE_SETTINGS, type StorylineSettings } from '../../../electron/core/related/storyline-settings';

const NAMES: Record<string, string> = { lavrov: 'Sergei Lavrov', wang: 'Wang Yi', beijing: 'Beijing', spears: 'Britney Spears' };
const ctx = (dups: Record<string, string> = {}) => ({
  entityName: (id: string) => NAMES[id] ?? id,
  duplicateGroup: (id: string) => dups[id] ?? null,
});

function story(id: string, date: string | null, source: string, entities: string[], text: string): StorylineStory {
  return { id, date, source, entities, terms: unpackTerms(topTerms('', text)) };
}

/** Background: stories on other matters, so names and words have document frequencies to weigh against. */
const filler = Array.from({ length: 30 }, (_, i) =>
  story(
    `f${i}`,
    `2025-0${1 + (i % 9)}-1${i % 10}`,
    'Other Desk',
    [`e${i}`, `e${i + 1}`],
    `local council budget item ${i} roads schools parks water`,
  ),
);

const lavrov = [
  story(
    'a1',
    '2025-03-03',
    'Reuters',
    ['lavrov', 'wang', 'beijing'],
    'Lavrov arrives in Beijing for talks with Wang Yi on energy corridors and the summit',
  ),
  story(
    'a2',
    '2025-03-04',
    'TASS',
    ['lavrov', 'wang', 'beijing'],
    'Lavrov and Wang Yi agree joint statement in Beijing talks on energy corridors',
  ),
  story(
    'a3',
    '2025-03-06',
    'AP',
    ['lavrov', 'beijing'],
    'Western capitals react to the Beijing statement Lavrov signed on energy corridors',
  ),
];

describe('storylines', () => {
  it('groups the first report, the follow-up and the reaction from three outlets, and says why', () => {
    const lines = buildStorylines([...filler, ...lavrov], ctx());
    const line = lines.find((l) => l.members.some((m) => m.storyId === 'a1'))!;
    expect(line.members.map((m) => m.storyId)).toEqual(['a1', 'a2', 'a3']);
    expect(line).toMatchObject({ id: 'sl-a1', first: '2025-03-03', last: '2025-03-06' });
    expect(line.sources.sort()).toEqual(['AP', 'Reuters', 'TASS']);
    expect(line.members[0].reason).toBe('first report');
    expect(line.members[1].reason).toMatch(/^shares (?=.*Sergei Lavrov)(?=.*Wang Yi)(?=.*Beijing).*; 1 day apart$/);
    expect(line.members[2].reason).toMatch(/days apart$/);
    expect(line.label).toContain('Sergei Lavrov');
    const all = lines.flatMap((l) => l.members.map((m) => m.storyId));
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps two similar events years apart as two storylines', () => {
    const rehab = (id: string, date: string) =>
      story(id, date, 'People', ['spears'], 'Britney Spears checks into rehab clinic, her representative says, after a difficult year');
    const lines = buildStorylines(
      [...filler, rehab('r1', '2007-02-17'), rehab('r2', '2007-02-18'), rehab('r3', '2012-05-01'), rehab('r4', '2012-05-02')],
      ctx(),
    );
    const groups = lines.filter((l) => l.members.some((m) => m.storyId.startsWith('r'))).map((l) => l.members.map((m) => m.storyId));
    expect(groups).toEqual([
      ['r1', 'r2'],
      ['r3', 'r4'],
    ]);
  });

  /**
   * One flood, two phases a few days apart: the rescue (evacuated, stranded, boats) and the
   * inquiry (negligence, engineers, prosecutor). Every story also carries its own detail, so
   * no rescue story is close enough to any inquiry story, yet the two halves share the dam,
   * the burst and Ostrava as wholes.
   */
  const flood = (phase: 'rescue' | 'inquiry', year: number, firstDay: number) => {
    const words = phase === 'rescue' ? ['evacuated', 'stranded', 'boats'] : ['negligence', 'engineers', 'prosecutor'];
    return [0, 1, 2, 3].map((j): StorylineStory => {
      const id = `${phase}${year}-${j}`;
      const own = Array.from({ length: 10 }, (_, q) => [`${phase}${j}detail${q}${year}`, 1] as [string, number]);
      return {
        id,
        date: `${year}-03-${String(firstDay + j).padStart(2, '0')}`,
        source: `Outlet ${j}`,
        entities: ['ostrava', `witness-${id}`],
        mentions: [3, 1],
        terms: [['dam', 2], ['burst', 2], ['flood', 2], ...words.map((w) => [w, 1] as [string, number]), ...own],
      };
    });
  };

  it('keeps the follow-ups of one event together when their wording changes, and says why', () => {
    const lines = buildStorylines([...filler, ...flood('rescue', 2025, 3), ...flood('inquiry', 2025, 9)], ctx());
    const line = lines.find((l) => l.members.some((m) => m.storyId === 'rescue2025-0'))!;
    expect(line.members.map((m) => m.storyId)).toEqual(
      [0, 1, 2, 3].map((j) => `rescue2025-${j}`).concat([0, 1, 2, 3].map((j) => `inquiry2025-${j}`)),
    );
    expect(line.id).toBe('sl-rescue2025-0');
    const joined = line.members.find((m) => m.storyId === 'inquiry2025-0')!;
    expect(joined.reason).toMatch(/^shares ostrava with this storyline; \d+ days apart$/);
    expect(joined.via).toMatch(/^rescue2025-/);
  });

  it('keeps two such events years apart as two storylines', () => {
    const lines = buildStorylines([...filler, ...flood('rescue', 2025, 3), ...flood('inquiry', 2027, 9)], ctx());
    const groups = lines.filter((l) => l.members.some((m) => /^(rescue|inquiry)/.test(m.storyId))).map((l) => l.members.length);
    expect(groups).toEqual([4, 4]);
  });

  it('takes broken mention counts as one mention', () => {
    const odd = lavrov.map((s, i) => ({ ...s, mentions: [[Number.NaN, -2, 1e9], [0], []][i] }));
    const line = buildStorylines([...filler, ...odd], ctx()).find((l) => l.id === 'sl-a1')!;
    expect(line.members.map((m) => m.storyId)).toEqual(['a1', 'a2', 'a3']);
  });

  it('takes broken word counts from the cache as one, so such a story still joins its storyline', () => {
    // "energy:0.01": a count below one once gave the words negative weights, and the story stood alone.
    const odd = lavrov.map((s) =>
      s.id === 'a3' ? { ...s, terms: (s.terms as [string, number][]).map(([t]) => [t, 0.01] as [string, number]) } : s,
    );
    const line = buildStorylines([...filler, ...odd], ctx()).find((l) => l.id === 'sl-a1')!;
    expect(line.members.map((m) => m.storyId)).toEqual(['a1', 'a2', 'a3']);
  });

  it('reads words as the discovery cache keeps them (packed), with the same storylines and reasons', () => {
    const packed = (s: StorylineStory): StorylineStory => ({
      ...s,
      terms: (s.terms as [string, number][]).map(([t, c]) => `${t}:${c}`).join(' '),
    });
    const stories = [...filler, ...lavrov, ...flood('rescue', 2025, 3), ...flood('inquiry', 2025, 9)];
    const lines = buildStorylines(stories.map(packed), ctx());
    expect(lines).toEqual(buildStorylines(stories, ctx()));
    expect(lines.find((l) => l.id === 'sl-a1')!.members.map((m) => m.storyId)).toEqual(['a1', 'a2', 'a3']);
  });

  it('never splits near-copies, even when their wording score alone would', () => {
    const copy = story('c1', '2025-03-20', 'Mirror site', [], 'zzz');
    const lines = buildStorylines([...filler, ...lavrov, copy], ctx({ a1: 'd1', c1: 'd1' }));
    const line = lines.find((l) => l.id === 'sl-a1')!;
    expect(line.members.map((m) => m.storyId)).toContain('c1');
    expect(line.members.find((m) => m.storyId === 'c1')!.reason).toBe('near-copy of a1');
  });

  it('keeps its id when a later story joins, and takes the next story as anchor when the first leaves', () => {
    const before = buildStorylines([...filler, ...lavrov.slice(0, 2)], ctx()).map((l) => l.id);
    const after = buildStorylines([...filler, ...lavrov], ctx()).map((l) => l.id);
    expect(before).toContain('sl-a1');
    expect(after).toContain('sl-a1');
    const moved = buildStorylines([...filler, ...lavrov], ctx(), [{ storyId: 'a1', into: null }]);
    expect(moved.find((l) => l.members.some((m) => m.storyId === 'a2'))!.id).toBe('sl-a2');
    expect(moved.some((l) => l.members.some((m) => m.storyId === 'a1'))).toBe(false);
  });

  it("re-applies the analyst's moves after re-clustering, into a storyline named by its id", () => {
    const moves = [
      { storyId: 'a3', into: null },
      { storyId: 'f3', into: 'sl-a1' },
      { storyId: 'gone', into: 'sl-a1' },
    ];
    const lines = buildStorylines([...filler, ...lavrov], ctx(), moves);
    const line = lines.find((l) => l.id === 'sl-a1')!;
    expect(line.members.map((m) => m.storyId).sort()).toEqual(['a1', 'a2', 'f3']);
    expect(line.members.find((m) => m.storyId === 'f3')!.reason).toBe('moved here by you');
    const ids = lines.flatMap((l) => l.members.map((m) => m.storyId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps its id when the analyst moves an older story into it', () => {
    const lines = buildStorylines([...filler, ...lavrov], ctx(), [{ storyId: 'f0', into: 'sl-a1' }]);
    const line = lines.find((l) => l.members.some((m) => m.storyId === 'f0'))!;
    expect(line.members[0].storyId).toBe('f0');
    expect(line.id).toBe('sl-a1');
  });

  it('takes stories without dates, with broken dates or with no words and names without failing', () => {
    const odd = [
      story(
        'u1',
        null,
        'Wire',
        ['lavrov', 'wang', 'beijing'],
        'Lavrov and Wang Yi agree joint statement in Beijing talks on energy corridors',
      ),
      story('u2', 'not a date', '', [], ''),
      story('u3', '2025-13-45', 'X', [], '!!!'),
    ];
    const lines = buildStorylines([...filler, ...lavrov, ...odd], ctx());
    const line = lines.find((l) => l.id === 'sl-a1')!;
    expect(line.members.at(-1)).toMatchObject({ storyId: 'u1', date: null });
    expect(line.members.at(-1)!.reason).toMatch(/date unknown$/);
    expect(lines.flatMap((l) => l.members.map((m) => m.storyId))).not.toContain('u2');
  });

  it('joins an undated story only when it shares more than one name: time cannot vouch for it', () => {
    const spears = [
      story(
        's1',
        '2025-05-02',
        'AP',
        ['spears', 'lavrov'],
        'Spears custody hearing postponed as lawyers argue over the singer conservatorship papers',
      ),
      story('s2', null, 'Gossip', ['spears'], 'Spears fans gather outside the court as lawyers argue over the conservatorship papers'),
      story('s3', null, 'Wire', ['spears', 'lavrov'], 'Spears custody hearing resumes as lawyers argue over the conservatorship papers'),
    ];
    const lines = buildStorylines([...filler, ...spears], ctx());
    const line = lines.find((l) => l.members.some((m) => m.storyId === 's1'))!;
    expect(line.members.map((m) => m.storyId).sort()).toEqual(['s1', 's3']);
  });

  it('keeps out a story alike only the first report of a storyline, not its other stories', () => {
    // A running row (the umpire's ruling, then the board's appeal), and an old forfeit that
    // names the same umpire and his ruling, but nothing the row's later stories say.
    const row = [
      story('row1', '2025-06-01', 'AP', ['umpire', 'batsman'], 'umpire ruling abuse charge batsman suspended hearing'),
      story('row2', '2025-06-02', 'PTI', ['batsman', 'board'], 'batsman suspended board appeal tour threat hearing'),
      story('row3', '2025-06-03', 'AAP', ['batsman', 'board'], 'board appeal tour threat batsman withdrawn'),
    ];
    const forfeit = story('old', '2025-06-03', 'Wire', ['umpire', 'team'], 'umpire ruling forfeit reversed council oval result');
    const lines = buildStorylines([...filler, ...row, forfeit], ctx());
    const line = lines.find((l) => l.members.some((m) => m.storyId === 'row1'))!;
    expect(line.members.map((m) => m.storyId)).toEqual(['row1', 'row2', 'row3']);
  });

  /** An obituary and the tributes: the same climber, mountain, base and leader, few shared words. */
  const obituaryAndTributes = () => {
    const names = ['climber', 'mountain', 'base', 'leader'];
    const obit = story('obit', '2025-01-10', 'Herald', names, 'climber died hospital aged beekeeper first ascent summit 1953 knighted');
    const tribute = story(
      'tribute',
      '2025-01-12',
      'Post',
      names,
      'flags lowered nation mourns summit hero prime minister tribute humble legacy',
    );
    return { names, obit, tribute };
  };

  it('joins two stories whose wording differs when their rare names alone are as alike as one event', () => {
    const { obit, tribute } = obituaryAndTributes();
    const lines = buildStorylines([...filler, obit, tribute], ctx());
    expect(lines.find((l) => l.members.some((m) => m.storyId === 'obit'))?.members.map((m) => m.storyId)).toEqual(['obit', 'tribute']);
  });

  it('lets names alone vouch for two stories only when both are dated: an undated one must share wording too', () => {
    // The obituary and the tributes join on names alone; a profile of another man on the same
    // mountain names them all in other words. Dated within days it is let in; undated, time
    // cannot vouch for it, and it stays out.
    const { names, obit, tribute } = obituaryAndTributes();
    const profile = (date: string | null) =>
      story('profile', date, 'Weekly', names, 'young guide porter family village school fees trekking season carries loads');
    const members = (date: string | null) =>
      buildStorylines([...filler, obit, tribute, profile(date)], ctx())
        .find((l) => l.members.some((m) => m.storyId === 'obit'))
        ?.members.map((m) => m.storyId);
    expect(members('2025-01-11')).toEqual(['obit', 'profile', 'tribute']);
    expect(members(null)).toEqual(['obit', 'tribute']);
  });

  it('asks two undated stories to be more alike than a dated pair: neither date can vouch for them', () => {
    // A dated court report and an undated follow-up that also names the singer; an undated
    // story on the singer's other row shares names and a little wording with the follow-up,
    // as much as a dated pair needs (0.30), and nothing with the report.
    const row = [
      story(
        'r1',
        '2025-04-02',
        'AP',
        ['label', 'band', 'court', 'judge'],
        'label band contract court ruling royalties appeal lawyers damages',
      ),
      story(
        'r2',
        null,
        'Wire',
        ['label', 'band', 'court', 'judge', 'singer'],
        'band court ruling appeal lawyers damages judge verdict singer rival',
      ),
    ];
    const other = story('z1', null, 'Music', ['label', 'court', 'singer', 'manager'], 'singer leaves deal rival tour album manager fans');
    const members = (settings: StorylineSettings = STORYLINE_SETTINGS) =>
      buildStorylines([...filler, ...row, other], ctx(), [], settings)
        .find((l) => l.members.some((m) => m.storyId === 'r1'))
        ?.members.map((m) => m.storyId);
    expect(members()).toEqual(['r1', 'r2']);
    // The same stories with the bar of a dated pair: the second row joins.
    expect(members({ ...STORYLINE_SETTINGS, undatedBothScore: STORYLINE_SETTINGS.threshold })).toEqual(['r1', 'r2', 'z1']);
  });
});

describe('story terms', () => {
  it('keeps content words with counts and reads back only well-formed pairs', () => {
    const packed = topTerms('Talks in Beijing', 'The talks in Beijing were long. Talks resume on 12 May.');
    expect(unpackTerms(packed).slice(0, 2)).toEqual([
      ['talks', 4],
      ['beijing', 3],
    ]);
    expect(unpackTerms('a:1 broken :2 b:x c:-1 d:2')).toEqual([
      ['a', 1],
      ['d', 2],
    ]);
    expect(unpackTerms(42)).toEqual([]);
  });
});
