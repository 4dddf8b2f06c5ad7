import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckDocument } from '../report/CheckDocument.ts';
import { describeRuleFile } from '../run/describeRuleFile.ts';
import type { ClaimDefinition } from '../userclaims/ClaimDefinition.ts';
import { type CheckOptions, checkRule } from './checkRule.ts';
import type { RuleDefinition } from './defineRule.ts';
import { formatCounterexample } from './formatCounterexample.ts';

/** Options of the vitest helpers: checkRule's, and how long the whole check may take (vitest's hook timeout). */
export interface RuleTestOptions extends CheckOptions {
  /** Also one test per battery claim the author did not claim (they fail only if undecided). Default false. */
  readonly battery?: boolean;
  /** Timeout of the check (ms), default 120000. */
  readonly timeoutMs?: number;
}

/**
 * One vitest test per claim of a rule, inside your own test suite: the rule's claims (named and defined
 * in it) are checked as `propercheck check` checks them (saved counterexamples replayed first, search,
 * certification, shrinking, saving under your project's counterexamples/), and a claim the search refutes
 * fails its test with the certified counterexample (exact values and decimals) and the file it is saved in.
 * A claim left undecided on some case is skipped with the reason, never passed silently.
 *
 * For a rule file the claim names come from the file, so await it at the top level of a test file:
 * `await ruleTests('rules/my-rule.ts')`. For a rule object: `ruleTests(myRule)` (no await needed).
 */
export function ruleTests(rule: string | RuleDefinition, options: RuleTestOptions = {}): Promise<void> | void {
  if (typeof rule !== 'string') return register(rule.name, claimNames(rule, options), rule, options);
  return describeRuleFile(rule).then((d) => register(d.name, d.claims.filter((c) => options.battery || c.claimedByAuthor).map((c) => c.name), rule, options));
}

/**
 * One vitest test for one user-defined claim about a rule object (the claim is added to the rule's
 * claims for this test); `examples` pins inputs that are decided first (stored JSON form).
 */
export function claimTest<I>(rule: RuleDefinition, claim: ClaimDefinition<I>, options: CheckOptions & { examples?: readonly unknown[]; timeoutMs?: number } = {}): void {
  const pinned = { ...claim, examples: [...(claim.examples ?? []), ...((options.examples ?? []) as never[])] };
  const others = (rule.claims ?? []).filter((c) => typeof c === 'string' || c.name !== claim.name);
  const withClaim: RuleDefinition = { ...rule, claims: [...others, pinned] };
  it(`${rule.name}/${claim.name}`, async () => {
    const doc = await checkRule(withClaim, { proof: false, ...options, claims: [claim.name] });
    assertClaim(doc, claim.name);
  }, options.timeoutMs ?? 120_000);
}

function register(name: string, claims: readonly string[], rule: string | RuleDefinition, options: RuleTestOptions): void {
  describe(`propercheck: ${name}`, () => {
    let doc: CheckDocument;
    beforeAll(async () => {
      doc = await checkRule(rule, { ...options, claims });
    }, options.timeoutMs ?? 120_000);
    for (const claim of claims) it(claim, (ctx) => assertClaim(doc, claim, ctx.skip));
  });
}

function claimNames(rule: RuleDefinition, options: RuleTestOptions): string[] {
  const named = (rule.claims ?? []).map((c) => (typeof c === 'string' ? c : c.name));
  if (!options.battery) return named;
  return [...new Set([...named, 'proper', 'strictly-proper', 'symmetric', 'local'])];
}

function assertClaim(doc: CheckDocument, claim: string, skip?: (note: string) => void): void {
  const r = doc.results.find((x) => x.claim === claim);
  expect(r, `propercheck checked no claim ${claim} of ${doc.rule}`).toBeDefined();
  if (r!.verdict === 'refuted' && r!.claimedByAuthor) expect.fail(formatCounterexample(r!));
  if (r!.verdict === 'undecided') {
    const why = `${r!.id}: ${r!.undecided.length} case(s) undecided at the precision cap, e.g. ${r!.undecided[0]?.reason ?? ''}`;
    if (skip) skip(why);
    else expect.fail(why);
  }
}
