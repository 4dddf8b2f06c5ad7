import { describe, expect, it } from 'vitest';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { proveRule } from './proveRule.ts';

describe('proveRule', () => {
  it('one row per law and n, with "n/d" counterexamples; ln rules are outside at every n', async () => {
    const linear = await proveRule(ruleById('linear').rule, { laws: ['proper'], outcomes: [2, 2], timeoutMs: 5000 });
    expect(linear.rule).toBe('linear');
    expect(linear.results).toHaveLength(1);
    expect(linear.results[0]).toMatchObject({ claim: 'proper', outcomes: 2, verdict: 'refuted' });
    expect(JSON.stringify(linear.results[0]!.counterexample!.input)).toMatch(/"\d+(\/\d+)?"/);

    const log = await proveRule(ruleById('logarithmic').rule, { laws: ['strictly-proper'], outcomes: [2, 4] });
    expect(log.results.map((r) => r.verdict)).toEqual(['outside', 'outside', 'outside']);
  });
});
