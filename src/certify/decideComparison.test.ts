import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../core/Claim.ts';
import { emptyStats } from './DecisionStats.ts';
import { decideComparison } from './decideComparison.ts';

const ctx = (screening = true): CheckContext => ({ screening, precisionCap: 96, stats: emptyStats() });

describe('decideComparison: floats screen, only exact tiers decide', () => {
  it('accepts a wide float margin by screening, and counts it', () => {
    const c = ctx();
    expect(decideComparison((F) => ({ lhs: F.of(1), rhs: F.of('1/2'), relation: '>' }), c)).toEqual({
      kind: 'holds',
      by: { tier: 'float-screen' },
    });
    expect(c.stats!.screened).toBe(1);
  });

  it('re-decides a float near-tie exactly: 0.1 + 0.2 vs 0.3 is an exact tie', () => {
    // In floats 0.1 + 0.2 - 0.3 = 5.55e-17 > 0: screening must not accept '>' from that.
    const outcome = decideComparison((F) => ({ lhs: F.add(F.of(0.1), F.of(0.2)), rhs: F.of(0.3), relation: '>' }), ctx());
    expect(outcome.kind).toBe('refuted');
    expect(outcome.kind === 'refuted' && outcome.witness).toEqual({ lhs: '3/10', rhs: '3/10', margin: '0', relation: '>', asserted: 'lhs > rhs' });
    const weak = decideComparison((F) => ({ lhs: F.add(F.of(0.1), F.of(0.2)), rhs: F.of(0.3), relation: '>=' }), ctx());
    expect(weak).toEqual({ kind: 'holds', by: { tier: 'rational' } });
  });

  it('certifies a violation of 1e-30, which floats cannot see', () => {
    const outcome = decideComparison(
      (F) => ({ lhs: F.add(F.of(1), F.of('1e-30')), rhs: F.add(F.of(1), F.of('2e-30')), relation: '>=' }),
      ctx(),
    );
    expect(outcome.kind).toBe('refuted');
    expect(outcome.kind === 'refuted' && (outcome.witness as { margin: string }).margin).toBe('-1/1000000000000000000000000000000');
  });

  it('escalates to intervals for irrational values: ln 2 + ln 3 >= ln 6 - 1e-40 holds, > ln 6 + 1e-40 fails', () => {
    const lower = decideComparison(
      (F) => ({ lhs: F.add(F.ln(F.of(2)), F.ln(F.of(3))), rhs: F.sub(F.ln(F.of(6)), F.of('1e-40')), relation: '>' }),
      ctx(false),
    );
    expect(lower).toMatchObject({ kind: 'holds', by: { tier: 'interval' } });
    const upper = decideComparison(
      (F) => ({ lhs: F.add(F.ln(F.of(2)), F.ln(F.of(3))), rhs: F.add(F.ln(F.of(6)), F.of('1e-40')), relation: '>=' }),
      ctx(false),
    );
    expect(upper).toMatchObject({ kind: 'refuted', by: { tier: 'interval' } });
  });

  it('says undecided, never a verdict, when intervals cannot separate a strict inequality', () => {
    const outcome = decideComparison((F) => ({ lhs: F.add(F.ln(F.of(2)), F.ln(F.of(3))), rhs: F.ln(F.of(6)), relation: '>' }), ctx());
    expect(outcome.kind).toBe('undecided');
  });

  it('accepts irrational equalities that agree to the precision cap, and counts them', () => {
    const c = ctx();
    const outcome = decideComparison((F) => ({ lhs: F.add(F.ln(F.of(2)), F.ln(F.of(3))), rhs: F.ln(F.of(6)), relation: '=' }), c);
    expect(outcome.kind).toBe('holds');
    expect(c.stats!.equalWithinPrecision).toBe(1);
  });
});

describe('decideComparison: equalities need a narrow enclosure, not just one containing 0', () => {
  it('does not accept an equality whose enclosure is wide (an undecided branch), even at 48+ digits', () => {
    // ifNonNegative on a test the intervals cannot sign returns the hull of both branches: [0, 1] - 1/2.
    const outcome = decideComparison((F) => {
      const tie = F.sub(F.add(F.ln(F.of(2)), F.ln(F.of(3))), F.ln(F.of(6)));
      return { lhs: F.ifNonNegative(tie, F.of(1), F.of(0)), rhs: F.of('1/2'), relation: '=' };
    }, ctx());
    expect(outcome.kind).toBe('undecided');
  });
});
