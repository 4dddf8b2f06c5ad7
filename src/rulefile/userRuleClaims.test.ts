import { describe, expect, it } from 'vitest';
import { loadRuleFile } from '../store/loadRuleFile.ts';
import { RULE_CLAIM_NAMES } from './ruleClaimNames.ts';
import { userRuleClaims } from './userRuleClaims.ts';

describe('userRuleClaims', () => {
  it('builds exactly the claim names a rule file may make, for a binary strictly proper rule', async () => {
    const user = await loadRuleFile('examples/rules/binary-only.ts');
    const { claims } = userRuleClaims(user, { min: 2, max: 2 });
    expect(claims.map((c) => c.name).sort()).toEqual([...RULE_CLAIM_NAMES].sort());
    expect(claims.every((c) => c.claim.id === `binary-only/${c.name}`)).toBe(true);
    // The author's claims come first.
    expect(claims.slice(0, 2).map((c) => c.name)).toEqual(['proper', 'strictly-proper']);
  });

  it('leaves out what does not apply, and says why', async () => {
    const user = await loadRuleFile('examples/rules/log-by-hand.ts');
    const { claims, notes } = userRuleClaims(user, { min: 2, max: 3 });
    expect(claims.some((c) => c.name === 'optimum-within-bound')).toBe(false);
    expect(notes.join('\n')).toMatch(/optimum-within-bound skipped/);
  });
});
