import { describe, expect, it } from 'vitest';
import { call } from '../../renderer/src/lib/api';
import { installFakeBridge } from './fake-bridge';

/**
 * `call` requires arguments exactly when the method's schema does: forgetting them is a
 * compile error (the `@ts-expect-error` lines fail the typecheck if it is not), not a
 * validation error at run time.
 */
describe('call arguments', () => {
  it('passes the arguments through, and needs none for a method that takes none', async () => {
    const { calls } = installFakeBridge({ 'stories.getTags': () => ['a'], 'tags.list': () => [] });
    expect(await call('stories.getTags', { storyId: 's1' })).toEqual({ ok: true, value: ['a'] });
    expect(await call('tags.list')).toEqual({ ok: true, value: [] });
    expect(calls).toEqual([
      ['stories.getTags', { storyId: 's1' }],
      ['tags.list', undefined],
    ]);
  });

  it('does not compile a call that leaves out required arguments', () => {
    const typeOnly = () => {
      // @ts-expect-error stories.getTags needs { storyId }
      void call('stories.getTags');
      // @ts-expect-error highlights.delete needs { id }
      void call('highlights.delete');
    };
    expect(typeof typeOnly).toBe('function');
  });
});
