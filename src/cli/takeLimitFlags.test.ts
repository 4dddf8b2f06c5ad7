import { describe, expect, it } from 'vitest';
import { takeLimitFlags } from './takeLimitFlags.ts';

describe('takeLimitFlags', () => {
  it('takes --memory-limit and --load-limit (both spellings) off the arguments', () => {
    expect(takeLimitFlags(['r.ts', '--memory-limit', '512', '--load-limit=2000', '--json'])).toEqual({ rest: ['r.ts', '--json'], limits: { memoryMb: 512, loadMs: 2000 } });
  });

  it('refuses a value that is not a sensible number, naming the flag', () => {
    expect(() => takeLimitFlags(['--memory-limit', '12'])).toThrow(/--memory-limit: expected a number of MB >= 64, got "12"/);
    expect(() => takeLimitFlags(['--load-limit'])).toThrow(/--load-limit: expected a number of ms >= 100, got undefined/);
  });
});
