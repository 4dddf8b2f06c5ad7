import type { Certificate } from '../core/CaseOutcome.ts';
import type { CheckContext } from '../core/Claim.ts';
import { ConditionalGame, type ConditionalStrategy } from '../games/ConditionalGame.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { decideAll } from '../games/claims/decideAll.ts';
import { reportGrid } from '../simplex/reportGrid.ts';
import type { ScoreTerms } from '../games/ScoreTerms.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { Reports } from './objectiveSlopes.ts';

export type SearchObjective = 'zero-sum' | 'plain';

/** One proposal: the current reports with action `action`'s report replaced by grid point `point`. */
export interface Proposal {
  readonly action: number;
  readonly point: number;
}

const DEFAULT_CTX: CheckContext = { screening: true, precisionCap: 200 };

/**
 * When random search accepts a proposal r' at the current reports r, decided with certified
 * comparisons (exact, or certified intervals for irrational rules; memoised per payoff difference):
 * - zero-sum (weight sharing): r' in seat 1 against the current copy r in seat 2 under the game's decision rule
 *   earns S(r'_a, y) - S(r_a, y) on the action taken: accept iff that expected payoff is > 0;
 * - plain: one predictor's own expected score (the game's single-seat scheme, 'single' by default) under the
 *   action its reports induce: accept iff it is larger at r' than at r.
 * The proposal grid: change ONE action's report to any other point of the game's report grid
 * (k (|grid| - 1) proposals, the truth among them: the truth is on the grid).
 */
export class ProposalJudge {
  readonly grid: readonly (readonly Rational[])[];
  private readonly game: ConditionalGame;
  private readonly memo = new Map<string, boolean | 'undecided'>();
  /** The weakest tier any decided comparison needed (rational, or intervals for irrational rules). */
  certificate: Certificate = { tier: 'rational' };

  constructor(
    readonly spec: ConditionalGameSpec,
    readonly objective: SearchObjective,
    private readonly ctx: CheckContext = DEFAULT_CTX,
  ) {
    const single = spec.scoring.kind === 'importance-weighted' ? spec.scoring : ({ kind: 'single' } as const);
    this.game = new ConditionalGame({ ...spec, scoring: objective === 'zero-sum' ? { kind: 'zero-sum' } : single });
    this.grid = reportGrid(spec.outcomes, spec.grid, spec.rule.domain === 'interior');
  }

  proposalCount(): number {
    return this.spec.truth.length * (this.grid.length - 1);
  }

  /** The i-th proposal in a fixed order (actions first, then grid points other than the current report). */
  proposal(r: Reports, i: number): { proposal: Proposal; reports: Reports } {
    const per = this.grid.length - 1;
    const action = Math.floor(i / per);
    const current = this.grid.findIndex((g) => g.every((c, y) => c.equals(r[action]![y]!)));
    let point = i % per;
    if (current >= 0 && point >= current) point += 1;
    return { proposal: { action, point }, reports: r.map((p, a) => (a === action ? this.grid[point]! : p)) };
  }

  /** Whether r' is accepted at r: true, false, or 'undecided' (a comparison not decided at the precision cap). */
  accepts(r: Reports, next: Reports): boolean | 'undecided' {
    const gain: ScoreTerms =
      this.objective === 'zero-sum'
        ? this.game.payoff([next as ConditionalStrategy, r as ConditionalStrategy], 0)
        : this.game.payoff([next as ConditionalStrategy]).sub(this.game.payoff([r as ConditionalStrategy]));
    const key = JSON.stringify(gain.toJSON());
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const outcome = decideAll(this.spec.rule, [{ diff: gain, relation: '>', label: 'gain', context: () => null }], this.ctx);
    const verdict = outcome.kind === 'holds' ? true : outcome.kind === 'refuted' ? false : 'undecided';
    if (outcome.kind !== 'undecided' && outcome.by.tier !== 'rational' && this.certificate.tier === 'rational') this.certificate = outcome.by;
    this.memo.set(key, verdict);
    return verdict;
  }

  /**
   * Every proposal at r, in order: the first accepted one, or 'none' when NO proposal of the grid is accepted
   * (a certified statement: all k (|grid| - 1) of them were decided), or 'undecided'.
   */
  firstAccepted(r: Reports): Reports | 'none' | 'undecided' {
    let undecided = false;
    for (let i = 0; i < this.proposalCount(); i++) {
      const { reports } = this.proposal(r, i);
      const verdict = this.accepts(r, reports);
      if (verdict === true) return reports;
      if (verdict === 'undecided') undecided = true;
    }
    return undecided ? 'undecided' : 'none';
  }
}
