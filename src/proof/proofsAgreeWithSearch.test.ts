import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAW_NAMES } from '../core/LawName.ts';
import { lawClaim } from '../laws/lawClaim.ts';
import { laws } from '../laws/laws.ts';
import { builtinRules } from '../scoring/rules/builtinRules.ts';
import { runClaim } from '../search/runClaim.ts';
import { ProofFacts } from './ProofFacts.ts';
import { proofCounterexample } from './proofCounterexample.ts';
import { proveLaw } from './proveLaw.ts';
import { openZ3Session, type Z3Session } from './z3Session.ts';

let z3: Z3Session;
beforeAll(async () => {
  z3 = await openZ3Session();
});
afterAll(async () => {
  await z3.close();
});

/**
 * Two independent tiers on every built-in rule and law at one n (3, or 2 for binary rules): a law the
 * proof tier proves is never refuted by the search, and a law it refutes has a counterexample the
 * search tier's claim re-certifies exactly (proofCounterexample throws otherwise).
 */
describe('proofs agree with the search', () => {
  for (const { rule } of builtinRules) {
    const n = Math.min(3, rule.outcomes.max);
    it(`${rule.id} at n = ${n}`, async () => {
      const facts = new ProofFacts();
      for (const law of ['symmetric', ...LAW_NAMES.filter((l) => l !== 'symmetric')] as const) {
        const proof = await proveLaw(rule, law, n, { timeoutMs: 10_000, facts }, z3);
        expect(['proved', 'refuted'], `${rule.id}/${law}: ${proof.verdict} ${proof.note ?? ''}`).toContain(proof.verdict);
        if (proof.verdict === 'refuted') expect(proofCounterexample(rule, law, rule.id, proof.counterexample!).found.path).toBe('smt');
        if (proof.verdict !== 'proved') continue;
        const search = runClaim(lawClaim(rule, laws[law], 'holds', { min: n, max: n }), { runs: 40, seed: 1, timeLimitMs: 1000 });
        expect(search.verdict, `${rule.id}/${law} proved at n = ${n}, yet the search says`).not.toBe('refuted');
      }
    }, 60_000);
  }
});
