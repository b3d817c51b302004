import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import type { StorylineSummary } from '@core/ports/discovery-port';
import { Storylines } from '../../renderer/src/lib/state/storylines.svelte';
import { StoryDiscovery } from '../../renderer/src/lib/state/story-discovery.svelte';
import StorylinePicker from '../../renderer/src/components/StorylinePicker.svelte';
import { installFakeBridge } from './fake-bridge';

afterEach(() => cleanup());

const line = (id: string, label: string, stories: string[]): StorylineSummary => ({
  id,
  label,
  first: '2025-11-03',
  last: '2025-11-05',
  sources: ['Reuters'],
  stories,
});

/** The fake bridge with events the test can send, as main would. */
function bridge(lists: StorylineSummary[][]) {
  let n = 0;
  const { calls } = installFakeBridge({
    'storylines.list': () => lists[Math.min(n++, lists.length - 1)],
    'storylines.forStory': () => null,
    'related.forStory': () => [],
    'entities.forStory': () => [],
  });
  const listeners = new Map<string, ((p: unknown) => void)[]>();
  window.dossier!.on = ((event: string, cb: (p: unknown) => void) => {
    listeners.set(event, [...(listeners.get(event) ?? []), cb]);
    return () => undefined;
  }) as NonNullable<typeof window.dossier>['on'];
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((cb) => cb(payload));
  return { calls, emit, listed: () => calls.filter(([m]) => m === 'storylines.list').length };
}

describe('the storylines the views share', () => {
  it('loads once when first wanted, then follows moves, their undo and finished analysis', async () => {
    const b = bridge([[line('sl-a', 'Korsa grounding', ['a', 'b'])], [line('sl-a', 'Korsa grounding', ['a', 'b', 'c'])]]);
    const s = new Storylines();
    s.listen();
    b.emit('annotations.changed', { tables: ['storylineMoves'] });
    expect(b.listed()).toBe(0);
    s.want();
    s.want();
    await vi.waitFor(() => expect(s.of.get('b')?.line.label).toBe('Korsa grounding'));
    expect(b.listed()).toBe(1);
    b.emit('annotations.changed', { tables: ['highlights'] });
    expect(b.listed()).toBe(1);
    b.emit('annotations.changed', { tables: ['storylineMoves'] });
    await vi.waitFor(() => expect(s.of.get('c')?.line.id).toBe('sl-a'));
    b.emit('discovery.progress', { phase: 'ready' });
    await vi.waitFor(() => expect(b.listed()).toBe(3));
    b.emit('workspace.opened', {});
    expect(s.of.size).toBe(0);
    await vi.waitFor(() => expect(b.listed()).toBe(4));
  });

  it("the open story's storyline is reloaded when a storyline move is undone", async () => {
    const b = bridge([[]]);
    const d = new StoryDiscovery();
    d.listen();
    await d.load('a');
    const before = b.calls.filter(([m]) => m === 'storylines.forStory').length;
    b.emit('annotations.changed', { tables: ['storylineMoves'] });
    await vi.waitFor(() => expect(b.calls.filter(([m]) => m === 'storylines.forStory').length).toBe(before + 1));
  });
});

describe('the storyline picker', () => {
  it("lists storylines by label except the story's own, narrows as the analyst types, and Enter picks", async () => {
    const picked: string[] = [];
    render(StorylinePicker, {
      storylines: [line('sl-a', 'Korsa grounding', ['a']), line('sl-b', 'Hotline talks', ['b']), line('sl-c', 'Korsa fishing ban', ['c'])],
      currentId: 'sl-a',
      loaded: true,
      onpick: (l: StorylineSummary) => picked.push(l.id),
      onclose: () => undefined,
    });
    const options = () => screen.getAllByRole('option').map((o) => o.getAttribute('data-storyline-id'));
    expect(options()).toEqual(['sl-b', 'sl-c']);
    const box = screen.getByRole('searchbox', { name: 'Find a storyline' });
    await fireEvent.input(box, { target: { value: 'korsa' } });
    expect(options()).toEqual(['sl-c']);
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(picked).toEqual(['sl-c']);
    await fireEvent.input(box, { target: { value: 'nothing like it' } });
    expect(screen.getByText('No storyline matches.')).toBeTruthy();
  });
});
