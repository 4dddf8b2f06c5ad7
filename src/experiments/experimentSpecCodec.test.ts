import { describe, expect, it } from 'vitest';
import { SpecError } from '../core/SpecError.ts';
import { BUILTIN_EXPERIMENTS, BUILTIN_NAMES, builtinExperiment } from './builtinExperiments.ts';
import { decodeExperimentSpec, encodeExperimentSpec } from './experimentSpecCodec.ts';

const base = { name: 'x', family: { kind: 'random-stochastic-matrix', outcomes: 3, grid: 10 }, rule: 'quadratic' };
const errorOf = (json: unknown) => {
  try {
    decodeExperimentSpec(json);
  } catch (error) {
    if (error instanceof SpecError) return error.message;
    throw error;
  }
  return 'no error';
};

describe('experiment spec codec', () => {
  it('decodes every built-in experiment and round-trips it', () => {
    for (const json of BUILTIN_EXPERIMENTS) {
      const spec = decodeExperimentSpec(json);
      expect(decodeExperimentSpec(encodeExperimentSpec(spec))).toEqual(spec);
    }
    expect(BUILTIN_NAMES).toContain('many-outcome-brier');
    expect(builtinExperiment('many-outcome-brier')).toMatchObject({ family: { outcomes: 5, grid: 1000 }, samples: 1000, rule: { kind: 'builtin', id: 'quadratic' } });
    expect(builtinExperiment('nope')).toBeUndefined();
  });

  it('defaults: every quantity of the family, 1000 samples, resolution 1e-6', () => {
    const spec = decodeExperimentSpec(base);
    expect(spec.quantities).toContain('tangentNorm');
    expect(spec.samples).toBe(1000);
    expect(String(spec.resolution)).toBe('1/1000000');
  });

  it('bad input: one line naming the field', () => {
    expect(errorOf({ ...base, family: { ...base.family, outcomes: 11 } })).toBe('spec.family.outcomes: expected an integer in 2..10, got 11');
    expect(errorOf({ ...base, family: { kind: 'random-matrix' } })).toMatch(/^spec\.family\.kind: expected one of random-stochastic-matrix, /);
    expect(errorOf({ ...base, rule: 'quadratik' })).toMatch(/^spec\.rule: unknown rule id "quadratik"/);
    expect(errorOf({ ...base, quantities: ['lipschitz'] })).toMatch(/^spec\.quantities\[0\]: lipschitz is not a quantity of random-stochastic-matrix/);
    expect(errorOf({ ...base, quantities: ['inaccuracy', 'inaccuracy'] })).toBe('spec.quantities[1]: inaccuracy is listed twice');
    expect(errorOf({ ...base, samples: 0 })).toMatch(/^spec\.samples: expected an integer/);
    expect(errorOf({ ...base, colour: 'red' })).toMatch(/^spec\.colour: unknown field/);
    expect(errorOf({ family: base.family, rule: 'quadratic' })).toBe('spec.name: missing field');
    expect(errorOf({ ...base, resolution: '-1' })).toBe('spec.resolution: must be positive, got -1');
    const game = { name: 'g', rule: 'logarithmic', family: { kind: 'random-conditional-game', actions: 2, outcomes: 2, grid: 4, maxUtility: 3, decision: { kind: 'argmax' }, scoring: { kind: 'single' } } };
    expect(errorOf(game)).toMatch(/^spec\.rule: logarithmic is not rational-valued/);
    expect(errorOf({ ...game, rule: 'quadratic', family: { ...game.family, grid: 24, actions: 4 } })).toMatch(/^spec\.family\.grid: the games would have \d+ pure strategies/);
  });

  it('a rule file is kept as a path (resolved by the caller) and never loaded here', () => {
    expect(decodeExperimentSpec({ ...base, rule: './my-rule.ts' }, 'spec', (p) => `/abs/${p}`).rule).toEqual({ kind: 'file', path: '/abs/./my-rule.ts' });
  });
});
