import { describe, expect, it } from 'vitest';
import type { CertifyOptions } from './CertifyOptions.ts';
import { decide } from './decide.ts';
import { type DecisionStats, emptyStats } from './DecisionStats.ts';
import type { ComparisonFormula } from './Formula.ts';
import { recordDecisions } from './recordDecisions.ts';

/** Decides with the statistics of this one question. */
function decideCounted(formula: ComparisonFormula, options: CertifyOptions = { screening: true, precisionCap: 96 }) {
  const stats: DecisionStats = emptyStats();
  const decision = recordDecisions(stats, () => decide(formula, options));
  return { decision, stats };
}

describe('decide: floats screen, only exact tiers decide', () => {
  it('accepts a wide float margin by screening, and counts it', () => {
    const { decision, stats } = decideCounted((F) => ({ lhs: F.of(1), rhs: F.of('1/2'), relation: '>' }));
    expect(decision).toEqual({ kind: 'holds', by: { tier: 'float-screen' } });
    expect(stats.screened).toBe(1);
  });

  it('re-decides a float near-tie exactly: 0.1 + 0.2 vs 0.3 is an exact tie', () => {
    // In floats 0.1 + 0.2 - 0.3 = 5.55e-17 > 0: screening must not accept '>' from that.
    const { decision } = decideCounted((F) => ({ lhs: F.add(F.of(0.1), F.of(0.2)), rhs: F.of(0.3), relation: '>' }));
    expect(decision).toEqual({ kind: 'refuted', by: { tier: 'rational' }, exactTie: true, witness: { lhs: '3/10', rhs: '3/10', margin: '0', relation: '>', asserted: 'lhs > rhs' } });
    const weak = decideCounted((F) => ({ lhs: F.add(F.of(0.1), F.of(0.2)), rhs: F.of(0.3), relation: '>=' }));
    expect(weak.decision).toEqual({ kind: 'holds', by: { tier: 'rational' } });
    expect(weak.stats.rational).toBe(1);
  });

  it('certifies a violation of 1e-30, which floats cannot see', () => {
    const { decision } = decideCounted((F) => ({ lhs: F.add(F.of(1), F.of('1e-30')), rhs: F.add(F.of(1), F.of('2e-30')), relation: '>=' }));
    expect(decision.kind === 'refuted' && decision.witness.margin).toBe('-1/1000000000000000000000000000000');
  });

  it('escalates to intervals for irrational values: ln 2 + ln 3 > ln 6 - 1e-40 holds, >= ln 6 + 1e-40 fails', () => {
    const exactOnly = { screening: false };
    const lower = decideCounted((F) => ({ lhs: F.add(F.ln(F.of(2)), F.ln(F.of(3))), rhs: F.sub(F.ln(F.of(6)), F.of('1e-40')), relation: '>' }), exactOnly);
    expect(lower.decision).toMatchObject({ kind: 'holds', by: { tier: 'interval' } });
    expect(lower.stats.escalations).toBeGreaterThan(0);
    const upper = decideCounted((F) => ({ lhs: F.add(F.ln(F.of(2)), F.ln(F.of(3))), rhs: F.add(F.ln(F.of(6)), F.of('1e-40')), relation: '>=' }), exactOnly);
    expect(upper.decision).toMatchObject({ kind: 'refuted', by: { tier: 'interval' } });
  });

  it('says undecided, never a verdict, when intervals cannot separate a strict inequality', () => {
    const { decision } = decideCounted((F) => ({ lhs: F.add(F.ln(F.of(2)), F.ln(F.of(3))), rhs: F.ln(F.of(6)), relation: '>' }));
    expect(decision.kind).toBe('undecided');
    expect(decision.kind === 'undecided' && decision.reason).toMatch(/not decided at 96 digits/);
  });
});

describe('decide: the equality policy (certify/equalityPolicy.ts)', () => {
  it('accepts an irrational equality whose certified difference lies within 1e-40 at 48+ digits, and counts it', () => {
    const { decision, stats } = decideCounted((F) => ({ lhs: F.add(F.ln(F.of(2)), F.ln(F.of(3))), rhs: F.ln(F.of(6)), relation: '=' }));
    expect(decision).toMatchObject({ kind: 'holds', by: { tier: 'interval', digits: 48 } });
    expect(stats.equalWithinTolerance).toBe(1);
  });

  it('accepts >= on the same tolerance, never >', () => {
    const ge = decideCounted((F) => ({ lhs: F.add(F.ln(F.of(2)), F.ln(F.of(3))), rhs: F.ln(F.of(6)), relation: '>=' }));
    expect(ge.decision.kind).toBe('holds');
    expect(ge.stats.equalWithinTolerance).toBe(1);
  });

  it('does not accept a true difference of 1e-30 as equal, at any precision', () => {
    const { decision } = decideCounted((F) => ({ lhs: F.add(F.ln(F.of(2)), F.of('1e-30')), rhs: F.ln(F.of(2)), relation: '=' }));
    expect(decision.kind).toBe('refuted');
  });

  it('does not accept an equality whose enclosure is wide (an undecided branch), even at 48+ digits', () => {
    // ifNonNegative on a test the intervals cannot sign returns the hull of both branches: [0, 1] - 1/2.
    const { decision } = decideCounted((F) => {
      const tie = F.sub(F.add(F.ln(F.of(2)), F.ln(F.of(3))), F.ln(F.of(6)));
      return { lhs: F.ifNonNegative(tie, F.of(1), F.of(0)), rhs: F.of('1/2'), relation: '=' };
    });
    expect(decision.kind).toBe('undecided');
  });
});

describe('decide: the exact tier with formal atoms', () => {
  it('cancels equal irrational terms exactly where the rational tier cannot evaluate them', () => {
    const formula: ComparisonFormula = (F) => ({ lhs: F.add(F.ln(F.of('2/3')), F.of(1)), rhs: F.add(F.of(1), F.ln(F.of('2/3'))), relation: '=' });
    expect(decideCounted(formula, { exact: 'atoms' }).decision).toEqual({ kind: 'holds', by: { tier: 'rational' } });
    // Without atoms the same question is only accepted under the tolerance, by intervals.
    expect(decideCounted(formula).decision).toMatchObject({ kind: 'holds', by: { tier: 'interval' } });
  });
});
