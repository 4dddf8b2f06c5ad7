import { describe, expect, it } from 'vitest';
import { registry } from '../src/registry/registry.ts';
import { loadCounterexamples } from '../src/store/counterexampleStore.ts';
import { savedCasesByClaim } from '../src/cli/savedCases.ts';
import { runClaim } from '../src/search/runClaim.ts';

// The claim suites at the CI budget: every registered claim must meet its expectation, and a
// refuted expectation only by a certified counterexample. Search alone (no saved files): the
// suite proves its own search power; replay is covered by replay.test.ts.
const RUNS = Number(process.env.PROPERCHECK_CI_RUNS ?? 300);
const SEED = Number(process.env.PROPERCHECK_CI_SEED ?? 20261127);

describe('registered claims meet their expectations (search only)', () => {
  for (const claim of registry) {
    it(`${claim.id} is ${claim.expect}`, () => {
      const result = runClaim(claim, { runs: RUNS, seed: SEED, timeLimitMs: 20_000 });
      expect(result.undecided, 'undecided cases are listed, never hidden').toEqual([]);
      if (claim.expect === 'refuted') {
        expect(result.verdict).toBe('refuted');
        expect(result.counterexample?.witness).toBeDefined();
      } else {
        expect(result.verdict).toBe('unrefuted');
        expect(result.cases).toBeGreaterThan(0);
      }
    });
  }
});

describe('saved counterexamples are replayed by the runner', () => {
  it('every refuted claim with a saved file reproduces it before searching', async () => {
    const { entries } = await loadCounterexamples(['counterexamples']);
    const saved = savedCasesByClaim(entries.filter((e) => !e.record.ruleFile));
    for (const claim of registry.filter((c) => saved.has(c.id))) {
      const result = runClaim(claim, { runs: 1, seed: SEED, saved: saved.get(claim.id)! });
      expect(result.counterexample?.replayedFrom, claim.id).toBeDefined();
      expect(result.stale, claim.id).toEqual([]);
    }
  });
});
