import { describe, expect, it } from 'vitest';
import { quadraticRule } from '../scoring/rules/quadratic.ts';
import { linearRule } from '../scoring/rules/linear.ts';
import { runClaim } from '../search/runClaim.ts';
import type { ClaimDefinition } from './ClaimDefinition.ts';
import { definedClaim } from './definedClaim.ts';
import { inputs } from './inputs.ts';

const range = { min: 2, max: 4 };

/** docs/mathematics.md SR-01: for a proper rule the truth scores at least as well as any fixed report, e.g. uniform. */
const honestBeatsUniform: ClaimDefinition<import('../simplex/Distribution.ts').Distribution> = {
  name: 'honest-beats-uniform',
  statement: 'S(q, q) >= S(u, q)',
  input: inputs.distribution(),
  holds: (F, q, S) => F.ge(S.expected(q, q), S.expected(q.map(() => F.div(F.of(1), F.of(q.length))), q)),
};

describe('user-defined claims are claims like any other', () => {
  it('holds for the quadratic rule: searched, decided, never refuted', () => {
    const claim = definedClaim(quadraticRule, honestBeatsUniform, range, { subject: 'brier', where: 'test' });
    const result = runClaim(claim, { runs: 300, seed: 1 });
    expect(result).toMatchObject({ id: 'brier/honest-beats-uniform', verdict: 'unrefuted', cases: 300 });
  });

  it('is refuted for the linear rule, with a certified, shrunk, strict counterexample (SR-04: (1, 0) beats q = (2/3, 1/3))', () => {
    const claim = definedClaim(linearRule, { ...honestBeatsUniform, name: 'truth-beats-vertex', holds: (F, q, S) => F.ge(S.expected(q, q), S.expected(q.map((_, i) => F.of(i === 0 ? 1 : 0)), q)) }, range, { subject: 'linear', where: 'test' });
    const result = runClaim(claim, { runs: 300, seed: 1 });
    expect(result.verdict).toBe('refuted');
    expect(result.counterexample!.robustness).toEqual({ kind: 'strict' });
    expect((result.counterexample!.input as string[]).length).toBe(2);
    expect(result.counterexample!.witness).toMatchObject({ comparison: 0, relation: '>=' });
  });

  it('decides irrational values with certified intervals (log), and a conjunction comparison by comparison', () => {
    const claim = definedClaim(quadraticRule, {
      name: 'two-facts',
      statement: 'ln 2 < 1 and S(q, q) >= 0',
      input: inputs.distribution({ outcomes: 3 }),
      holds: (F, q, S) => [F.lt(F.ln(F.of(2)), F.of(1)), F.ge(S.expected(q, q), F.of(0))],
    }, range, { subject: 'brier', where: 'test' });
    expect(runClaim(claim, { runs: 50, seed: 2 }).verdict).toBe('unrefuted');
  });

  it('says in one line what to return when holds returns a boolean, naming the definition', () => {
    const claim = definedClaim(quadraticRule, { ...honestBeatsUniform, holds: () => true as never }, range, { subject: 'brier', where: 'rules/x.ts: claims[1] honest-beats-uniform' });
    expect(() => runClaim(claim, { runs: 5, seed: 1 })).toThrow(/rules\/x\.ts: claims\[1\] honest-beats-uniform: holds: must return what has to hold as comparisons built with F/);
  });

  it('replays pinned examples through the codec, and reads inputs of the checked range only', () => {
    const claim = definedClaim(quadraticRule, honestBeatsUniform, { min: 2, max: 2 }, { subject: 'brier', where: 'test' });
    expect(() => claim.codec.decode(['1/3', '1/3', '1/3'], 'input')).toThrow(/input: has 3 outcomes; allowed 2\.\.2/);
    expect(claim.check(claim.codec.decode(['1/2', '1/2'], 'input'), { screening: false, precisionCap: 96 }).kind).toBe('holds');
  });
});
