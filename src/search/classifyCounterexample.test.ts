import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { chooseBest, withTieBreak } from '../decisions/tieBreak.ts';
import { singleAgentArgmaxHonestClaim } from '../games/claims/deviationClaims.ts';
import { lawClaim } from '../laws/lawClaim.ts';
import { strictlyProperLaw } from '../laws/properLaw.ts';
import { linear } from '../scoring/rules/linear.ts';
import { quadratic } from '../scoring/rules/quadratic.ts';
import { zeroOne } from '../scoring/rules/zeroOne.ts';
import { classifyCounterexample } from './classifyCounterexample.ts';
import { runClaim } from './runClaim.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (xs: string[]) => xs.map((x) => Rational.of(x));

/** Decodes, checks and classifies one stored input of a claim. */
function classify<I>(claim: Parameters<typeof classifyCounterexample<I>>[0], json: unknown) {
  const input = claim.codec.decode(json as never, 'input');
  const outcome = claim.check(input, ctx);
  if (outcome.kind !== 'refuted') throw new Error('expected a refutation');
  return classifyCounterexample(claim, input, outcome, ctx);
}

describe('tie-breaks are counted and can be reversed', () => {
  it('chooses the lowest index among equal values by default, the highest on request, and counts the tie', () => {
    expect(withTieBreak('lowest', () => chooseBest(r(['1', '2', '2'])))).toEqual({ result: 1, tieBreaks: 1 });
    expect(withTieBreak('highest', () => chooseBest(r(['1', '2', '2'])))).toEqual({ result: 2, tieBreaks: 1 });
    expect(withTieBreak('lowest', () => chooseBest(r(['1', '3', '2'])))).toEqual({ result: 1, tieBreaks: 0 });
  });
});

describe('classifyCounterexample', () => {
  const steering = singleAgentArgmaxHonestClaim(quadratic.rule);
  const game = (utility: string[][], truth: string[][]) => ({ kind: 'conditional-prediction', outcomes: 2, utility, truth, decision: { kind: 'argmax' }, scoring: { kind: 'single' }, rule: 'quadratic', grid: 4 });

  it('calls a steering counterexample tie-dependent when the lie only ties the actions (EU 0 = 0, lowest index wins)', () => {
    const input = { game: game([['0', '0'], ['0', '1']], [['0', '1'], ['1/4', '3/4']]), deviation: [['0', '1'], ['0', '1']] };
    expect(classify(steering, input)).toMatchObject({ kind: 'tie-dependent', reason: expect.stringMatching(/only when equally good actions go to the lowest index/) });
  });

  it('calls DEC-01 steering strict: reporting 1/5 for action 0 makes action 1 strictly best (1/5 < 1/4)', () => {
    // U = y (outcome index 1 is y = 1), q0 = 1/2, q1 = 1/4 (docs/mathematics.md DEC-01), on the grid of 20ths.
    const dec01 = { ...game([['0', '1'], ['0', '1']], [['1/2', '1/2'], ['3/4', '1/4']]), grid: 20 };
    expect(classify(steering, { game: dec01, deviation: [['4/5', '1/5'], ['3/4', '1/4']] })).toEqual({ kind: 'strict' });
  });

  it('calls an exact equality where strictness was claimed degenerate (zero-one is not strictly proper)', () => {
    const claim = lawClaim(zeroOne.rule, strictlyProperLaw, 'refuted', { min: 2, max: 2 });
    expect(classify(claim, { p: ['3/5', '2/5'], q: ['9/10', '1/10'] })).toMatchObject({ kind: 'degenerate' });
    const linearClaim = lawClaim(linear.rule, strictlyProperLaw, 'refuted', { min: 2, max: 2 });
    expect(classify(linearClaim, { p: ['1', '0'], q: ['3/5', '2/5'] })).toEqual({ kind: 'strict' });
  });
});

describe('the search prefers a strict counterexample', () => {
  it('replays a tie-dependent saved file, then finds and reports a strict one', () => {
    const claim = singleAgentArgmaxHonestClaim(quadratic.rule);
    const tieDependent = { game: { kind: 'conditional-prediction', outcomes: 2, utility: [['0', '0'], ['0', '1']], truth: [['0', '1'], ['1/4', '3/4']], decision: { kind: 'argmax' }, scoring: { kind: 'single' }, rule: 'quadratic', grid: 4 }, deviation: [['0', '1'], ['0', '1']] };
    const result = runClaim(claim, { runs: 300, seed: 1, saved: [{ file: 'tie.json', input: tieDependent }] });
    expect(result.verdict).toBe('refuted');
    expect(result.counterexample).toMatchObject({ robustness: { kind: 'strict' } });
    expect(result.counterexample!.replayedFrom).toBeUndefined();
    expect(result.stale).toEqual([]);
  });
});
