import { describe, expect, it } from 'vitest';
import type { Field } from '../numbers/Field.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { proveRule } from './proveRule.ts';

describe('proveRule', () => {
  it('one row per law and n, with "n/d" counterexamples; a law outside the tier at one n is outside at every n', async () => {
    const linear = await proveRule(ruleById('linear').rule, { laws: ['proper'], outcomes: [2, 2], timeoutMs: 5000 });
    expect(linear.rule).toBe('linear');
    expect(linear.results).toHaveLength(1);
    expect(linear.results[0]).toMatchObject({ claim: 'proper', outcomes: 2, verdict: 'refuted' });
    expect(JSON.stringify(linear.results[0]!.counterexample!.input)).toMatch(/"\d+(\/\d+)?"/);

    const coupled = { ...ruleById('logarithmic').rule, id: 'coupled-log', score: <T>(F: Field<T>, p: readonly T[], y: number) => F.add(F.ln(p[y]!), F.ln(F.sum(p))) }; // log, with a coupling ln 1
    const log = await proveRule(coupled, { laws: ['strictly-proper'], outcomes: [2, 4] });
    expect(log.results.map((r) => r.verdict)).toEqual(['outside', 'outside', 'outside']);
    expect(log.results.map((r) => r.ms)).toEqual([expect.any(Number), 0, 0]); // not re-asked
  });
});
