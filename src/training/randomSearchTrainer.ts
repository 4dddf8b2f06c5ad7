import { expectedUtility } from '../decisions/expectedUtility.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import type { Reports } from './objectiveSlopes.ts';
import { actionTaken, principalPolicy } from './principalPolicy.ts';
import { ProposalJudge, type SearchObjective } from './proposalJudge.ts';
import { progressReporter } from './_internals/progressReporter.ts';
import { TrajectorySampler } from './_internals/trajectorySampler.ts';
import type { Convergence, TrainingProgress, TrainingStep } from './TrainingRun.ts';
import { seededRandom } from './seededRandom.ts';

export interface SearchRun {
  readonly trajectory: TrainingStep[];
  readonly final: Reports;
  readonly convergence: Convergence;
}

export interface SearchOptions {
  readonly sampleEvery?: number;
  readonly onProgress?: (progress: TrainingProgress) => void;
}

/**
 * Random search with weight sharing: at each step draw a proposal uniformly from the proposal grid
 * (ProposalJudge: one action's report moved to another grid point; the seed drives the draws) and move there
 * when it is accepted. After a run of rejections as long as the proposal grid, every proposal is decided; when
 * none is accepted the point is CERTIFIED to accept no proposal ever again and the run stops (a statement about
 * all proposals, not a sample). Exact: reports stay on the rational grid, so their size never grows; the
 * trajectory keeps every k-th step (and the last).
 */
export function runRandomSearch(spec: ConditionalGameSpec, start: Reports, objective: SearchObjective, steps: number, seed: number, opts: SearchOptions = {}): SearchRun {
  const judge = new ProposalJudge(spec, objective);
  const rng = seededRandom(seed);
  const sampler = new TrajectorySampler(opts.sampleEvery ?? 1);
  const progress = progressReporter(steps, opts.onProgress);
  const zero = start.map(() => Rational.ZERO);
  let r: Reports = start.map((p) => [...p]);
  let rejections = 0;
  const record = (t: number, accepted?: boolean) => {
    const here = r;
    sampler.offer(t, () => {
      const action = actionTaken(principalPolicy(spec, here));
      return { step: t, reports: here, radius: zero, actionTaken: action, principalUtility: expectedUtility(spec.truth[action]!, spec.utility[action]!), ...(accepted === undefined ? {} : { accepted }) };
    });
  };
  for (let t = 0; t < steps; t++) {
    const { reports } = judge.proposal(r, rng.int(judge.proposalCount()));
    const accepted = judge.accepts(r, reports) === true;
    record(t, accepted);
    progress(t + 1, 'exact', 0);
    if (accepted) {
      r = reports;
      rejections = 0;
      continue;
    }
    rejections += 1;
    if (rejections >= judge.proposalCount()) {
      if (judge.firstAccepted(r) === 'none') return { trajectory: sampler.trajectory(), final: r, convergence: { kind: 'no-accepted-proposal', step: t + 1 } };
      rejections = 0;
    }
  }
  record(steps);
  const done = judge.firstAccepted(r) === 'none';
  return { trajectory: sampler.trajectory(), final: r, convergence: done ? { kind: 'no-accepted-proposal', step: steps } : { kind: 'none' } };
}
