import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../core/SpecError.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { conditionalGameArbitrary } from './conditionalGameArbitrary.ts';
import { decodeGameSpec, encodeGameSpec } from './gameSpecCodec.ts';

const issueExample = {
  kind: 'conditional-prediction',
  outcomes: 2,
  utility: [['0', '1'], ['0', '1']],
  truth: [['1/2', '1/2'], ['3/4', '1/4']],
  rule: 'quadratic',
  decision: { kind: 'epsilon-greedy', epsilon: '1/10' },
  scoring: { kind: 'weighted', c: '9/10' },
  grid: 4,
};

function reason(json: unknown): string {
  try {
    decodeGameSpec(json);
  } catch (error) {
    if (error instanceof SpecError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('game spec codec', () => {
  it("accepts the issue's example and round-trips it", () => {
    const spec = decodeGameSpec(issueExample);
    expect(encodeGameSpec(spec)).toEqual(issueExample);
  });

  it('round-trips generated games', () => {
    const q = ruleById('quadratic').rule;
    fc.assert(
      fc.property(conditionalGameArbitrary(q, { actions: [1, 3], outcomes: [2, 3], decisions: ['argmax', 'softmax', 'epsilon-greedy'], scheme: fc.constant({ kind: 'zero-sum' as const }) }), (spec) => {
        expect(encodeGameSpec(decodeGameSpec(encodeGameSpec(spec)))).toEqual(encodeGameSpec(spec));
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it('names the bad field', () => {
    const bad = (patch: object) => reason({ ...issueExample, ...patch });
    expect(bad({ truth: [['1/2', '1/2'], ['3/5', '2/5']] })).toBe('spec.truth[1]: is not on the report grid of denominator 4');
    expect(bad({ truth: [['1/2', '1/2'], ['3/4', '1/2']] })).toBe('spec.truth[1]: sums to 5/4, not 1');
    expect(bad({ utility: [['0', '1'], ['0', 'x']] })).toMatch(/^spec\.utility\[1\]\[1\]: not a rational number/);
    expect(bad({ rule: 'nope' })).toMatch(/^spec\.rule: unknown rule id "nope"/);
    expect(bad({ decision: { kind: 'max' } })).toMatch(/^spec\.decision\.kind: expected one of argmax/);
    expect(bad({ decision: { kind: 'epsilon-greedy', epsilon: '3/2' } })).toMatch(/^spec\.decision\.epsilon: must lie in \[0, 1\]/);
    expect(bad({ scoring: { kind: 'weighted' } })).toBe('spec.scoring.c: missing field');
    expect(bad({ scoring: { kind: 'importance-weighted' }, decision: { kind: 'argmax' } })).toMatch(/^spec\.scoring: importance weighting divides by pi\(a\)/);
    expect(bad({ grid: 0 })).toMatch(/^spec\.grid: expected an integer/);
    expect(bad({ gird: 4 })).toMatch(/^spec\.gird: unknown field/);
    expect(bad({ rule: 'logarithmic', truth: [['1/2', '1/2'], ['1', '0']] })).toMatch(/^spec\.truth\[1\]: is not on the report grid of denominator 4 \(interior points only/);
    expect(reason({ kind: 'performative', rule: 'quadratic', map: { kind: 'logistic', a: '0', b: '1' }, grid: 4 })).toMatch(/^spec\.map: needs a rational map/);
  });
});
