import { decodeGameSpec } from '../../src/games/gameSpecCodec.ts';
import type { ConditionalGameSpec } from '../../src/games/GameSpec.ts';
import { Rational } from '../../src/numbers/Rational.ts';
import { train } from '../../src/training/train.ts';
import type { TrainingMethod } from '../../src/training/TrainingRun.ts';

const REPETITIONS = 5;

/** 3 actions, 3 outcomes, quadratic, optimistic max, zero-sum self-play; U = 1{y = 2} plus a bonus row. */
const GAME = decodeGameSpec({
  kind: 'conditional-prediction',
  outcomes: 3,
  utility: [['0', '0', '1'], ['0', '1', '1'], ['1', '0', '2']],
  truth: [['1/3', '1/3', '1/3'], ['1/2', '1/6', '1/3'], ['1/6', '2/3', '1/6']],
  rule: 'quadratic',
  decision: { kind: 'optimistic-max' },
  scoring: { kind: 'zero-sum' },
  grid: 6,
  seats: 'shared',
}) as ConditionalGameSpec;

/**
 * Figures: training steps per second on a 3-action, 3-outcome quadratic game (exact rational iterates,
 * so the cost grows with the denominators: figures for short and longer runs), for the zero-sum gradient trainer
 * (exploration 1/6, eta 1/4, from the pessimistic start) and the random-search trainer (proposal grid of
 * denominator 6: 3 x 27 proposals). Median over repetitions; fixed seeds.
 */
export function benchTraining(): object {
  const rate = (method: TrainingMethod, steps: number) =>
    median(
      Array.from({ length: REPETITIONS }, (_, i) => {
        const t = performance.now();
        const run = train(GAME, { method, exploration: Rational.of('1/6'), importanceWeighted: false, steps, stepSize: Rational.of('1/4'), seed: 11 + i, init: 'pessimistic' });
        return run.steps / ((performance.now() - t) / 1000);
      }),
    );
  train(GAME, { method: 'zero-sum-gradient', exploration: Rational.of('1/6'), importanceWeighted: false, steps: 5, stepSize: Rational.of('1/4'), seed: 1, init: 'pessimistic' }); // warm-up
  return {
    zeroSumGradientStepsPerSecond20: Math.round(rate('zero-sum-gradient', 20)),
    zeroSumGradientStepsPerSecond100: Math.round(rate('zero-sum-gradient', 100)),
    randomSearchStepsPerSecond200: Math.round(rate('random-search', 200)),
    game: '3 actions, 3 outcomes, quadratic, grid 6',
    repetitions: REPETITIONS,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
