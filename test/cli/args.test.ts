import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../electron/cli/args';

describe('parseArgs', () => {
  it('takes any number of paths after --', () => {
    const paths = Array.from({ length: 200_000 }, (_, i) => `dump-${i}.txt`);
    const out = parseArgs(['--json', '--', ...paths], { switches: ['json'] });
    expect(out.switches.has('json')).toBe(true);
    expect(out.positionals.length).toBe(200_000);
    expect(out.positionals[199_999]).toBe('dump-199999.txt');
  });
});
