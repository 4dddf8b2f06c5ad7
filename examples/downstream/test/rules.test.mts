import { describe, expect, it } from 'vitest';
import { checkRule } from 'propercheck';
import { claimTest, ruleTests } from 'propercheck/vitest';
import brier, { honestBeatsUniform } from '../rules/brier.mts';

// One vitest test per claim of the rule file (strictly-proper, symmetric, honest-beats-uniform); a
// refuted claim would fail its test with the certified counterexample, saved under counterexamples/.
await ruleTests('rules/brier.mts', { outcomes: { min: 2, max: 4 }, runs: 200 });

// The same user-defined claim against the rule object, with a pinned example decided first.
claimTest(brier, honestBeatsUniform, { outcomes: { min: 2, max: 3 }, runs: 100, examples: [['1/2', '1/2']] });

describe('the library API on a CommonJS rule file', () => {
  it('refutes a false user-defined claim with a certified, saved counterexample', async () => {
    const doc = await checkRule('rules/linear-score.cjs', { claims: ['truth-nearly-best', 'proper'], runs: 300, proof: false });
    const claim = doc.results.find((r) => r.claim === 'truth-nearly-best')!;
    expect(claim).toMatchObject({ verdict: 'refuted', claimedByAuthor: true });
    expect(claim.counterexample!.file).toMatch(/counterexamples[/\\]linear-score[/\\]truth-nearly-best[/\\][0-9a-f]{12}\.json$/);
    expect(doc.results.find((r) => r.claim === 'proper')!.verdict).toBe('refuted');
  });
});
