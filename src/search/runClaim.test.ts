import { describe, expect, it } from 'vitest';
import { lawClaim } from '../laws/lawClaim.ts';
import { properLaw, strictlyProperLaw } from '../laws/properLaw.ts';
import { linear } from '../scoring/rules/linear.ts';
import { quadratic } from '../scoring/rules/quadratic.ts';
import { CaseEvaluationError } from './CaseEvaluationError.ts';
import { runClaim } from './runClaim.ts';

const range = { min: 2, max: 6 };
const linearProper = lawClaim(linear.rule, properLaw, 'refuted', range);

describe('runClaim', () => {
  it('refutes "linear is proper" with a shrunk, certified counterexample on two outcomes', () => {
    const result = runClaim(linearProper, { runs: 200, seed: 42 });
    expect(result.verdict).toBe('refuted');
    expect(result.met).toBe(true);
    const input = result.counterexample!.input as { p: string[]; q: string[] };
    expect(input.q).toHaveLength(2); // shrinking reaches the fewest outcomes
    // ... and small denominators: SR-04's shape, e.g. p = (1, 0) against q = (2/3, 1/3).
    const denominators = [...input.p, ...input.q].map((s) => BigInt(s.split('/')[1] ?? '1'));
    expect(denominators.every((d) => d <= 3n)).toBe(true);
    expect(result.counterexample!.seed).toBe(42);
  });

  it('is deterministic for a seed', () => {
    const a = runClaim(linearProper, { runs: 200, seed: 9 });
    const b = runClaim(linearProper, { runs: 200, seed: 9 });
    expect(a.counterexample!.input).toEqual(b.counterexample!.input);
  });

  it('leaves quadratic strictly proper unrefuted', () => {
    const claim = lawClaim(quadratic.rule, strictlyProperLaw, 'holds', range);
    const result = runClaim(claim, { runs: 300, seed: 1 });
    expect(result).toMatchObject({ verdict: 'unrefuted', met: true, undecided: [], cases: 300 });
  });

  it('replays a saved counterexample first and reports a stale one', () => {
    const saved = [
      { file: 'sr04.json', input: { p: ['1', '0'], q: ['3/5', '2/5'] } }, // SR-04: 13/25 < 3/5
      { file: 'honest.json', input: { p: ['3/5', '2/5'], q: ['3/5', '2/5'] } },
    ];
    const result = runClaim(linearProper, { runs: 10, seed: 1, saved });
    expect(result.counterexample).toMatchObject({ replayedFrom: 'sr04.json', witness: { lhs: '13/25', rhs: '3/5' } });
    expect(result.stale).toEqual(['honest.json']);
    expect(result.met).toBe(false);
  });

  it('reports a saved input that does not decode, naming file and field', () => {
    const result = runClaim(linearProper, { runs: 10, seed: 1, saved: [{ file: 'bad.json', input: { p: ['1', '1'], q: ['1/2', '1/2'] } }] });
    expect(result.invalid).toEqual(['bad.json: input.p: coordinates sum to 2, not 1']);
  });

  it('stops with CaseEvaluationError when a check throws', () => {
    const broken = { ...linearProper, check: () => { throw new Error('rule exploded'); } };
    expect(() => runClaim(broken, { runs: 10, seed: 1 })).toThrow(CaseEvaluationError);
  });
});
