import { describe, expect, it, vi } from 'vitest';
import { TimelineScope } from '../../renderer/src/lib/state/timeline-scope.svelte';
import { installFakeBridge } from './fake-bridge';

const story = (id: string) => ({ id, title: id, path: `${id}.txt`, date: '2025-11-03', source: null });

describe("the timeline's stories follow the search", () => {
  it('asks once typing settles, takes every match (dated or not), and goes back to the whole library on an empty query', async () => {
    const { calls } = installFakeBridge({
      'timeline.get': ({ query }) => ({
        by: 'month',
        groups: [
          {
            key: '2025-11',
            label: 'November 2025',
            from: '2025-11-01',
            to: '2025-11-30',
            stories: [story(`${query}-1`), story(`${query}-2`)],
          },
        ],
        undated: [story(`${query}-u`)],
        warnings: [],
      }),
    });
    const scope = new TimelineScope();
    scope.follow('K');
    scope.follow('Ko');
    scope.follow('Korsa');
    await vi.waitFor(() => expect(scope.query).toBe('Korsa'));
    expect(calls.filter(([m]) => m === 'timeline.get')).toEqual([['timeline.get', { query: 'Korsa', by: 'month' }]]);
    expect([...scope.ids!].sort()).toEqual(['Korsa-1', 'Korsa-2', 'Korsa-u']);
    scope.follow('');
    expect(scope.ids).toBeNull();
    expect(scope.query).toBe('');
  });

  it('a query the search rejects leaves the whole library on the chart', async () => {
    installFakeBridge({
      'timeline.get': () => {
        throw new Error('bad-query');
      },
    });
    const scope = new TimelineScope();
    scope.follow('"unclosed');
    await vi.waitFor(() => expect(scope.error).not.toBeNull());
    expect(scope.ids).toBeNull();
  });
});
