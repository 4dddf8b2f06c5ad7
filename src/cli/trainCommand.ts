import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { expectedUtility } from '../decisions/expectedUtility.ts';
import { decodeGameSpec } from '../games/gameSpecCodec.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { formatTable } from '../report/formatTable.ts';
import { loadJsonFile } from '../store/loadJsonFile.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { train } from '../training/train.ts';
import { trajectoryPlot } from '../report/svg/trajectoryPlot.ts';
import { type InitKind, TRAINING_METHODS, type TrainingMethod, type TrainingRun } from '../training/TrainingRun.ts';
import { EXIT, type Io } from './Io.ts';
import { integerFlag, parseCommandArgs, seedFlag } from './parseCommandArgs.ts';

const USAGE = 'propercheck train --game <game.json> --method zero-sum-gradient|stop-gradient|random-search|plain [--exploration EPS] [--importance-weighted] [--steps N] [--step-size ETA] [--seed S] [--init honest|pessimistic|random] [--json] [--plot out.svg]';
const INITS: readonly InitKind[] = ['honest', 'pessimistic', 'random'];

/**
 * `propercheck train`: trains one shared report vector on a conditional-prediction game (src/training)
 * and reports the final reports (exact), the action the principal takes, its best action, honesty and whether
 * and when the run converged (certified). Exit 0; bad input 2 with one line naming the flag or field.
 */
export async function trainCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('train', argv, {
    game: { type: 'string' },
    method: { type: 'string' },
    exploration: { type: 'string' },
    'importance-weighted': { type: 'boolean' },
    steps: { type: 'string' },
    'step-size': { type: 'string' },
    seed: { type: 'string' },
    init: { type: 'string' },
    json: { type: 'boolean' },
    plot: { type: 'string' },
  });
  if (positionals.length) throw new SpecError('propercheck train', `unexpected argument ${JSON.stringify(positionals[0])}; usage: ${USAGE}`);
  if (!values.game) throw new SpecError('--game', `a game file is required; usage: ${USAGE}`);
  const method = values.method as TrainingMethod;
  if (!TRAINING_METHODS.includes(method)) throw new SpecError('--method', `expected one of ${TRAINING_METHODS.join(', ')}, got ${JSON.stringify(values.method ?? null)}`);
  const init = (values.init ?? 'pessimistic') as InitKind;
  if (!INITS.includes(init)) throw new SpecError('--init', `expected one of ${INITS.join(', ')}, got ${JSON.stringify(values.init)}`);
  const spec = await loadGame(values.game);
  const k = spec.truth.length;
  const exploration = rationalFlag(values.exploration, '--exploration', '0');
  if (exploration.sign() < 0 || exploration.mul(Rational.of(k)).gt(Rational.ONE)) throw new SpecError('--exploration', `must lie in [0, 1/${k}] (every one of the ${k} actions at least eps), got ${exploration}`);
  const stepSize = rationalFlag(values['step-size'], '--step-size', '1/4');
  if (stepSize.sign() <= 0) throw new SpecError('--step-size', `must be positive, got ${stepSize}`);
  const importanceWeighted = values['importance-weighted'] === true;
  if (importanceWeighted && exploration.isZero()) throw new SpecError('--importance-weighted', 'needs --exploration > 0 (it divides by the probability of each action)');
  const seed = seedFlag(values.seed);
  const steps = integerFlag(values.steps, '--steps', 50, 0);
  const run = train(spec, { method, exploration, importanceWeighted, steps, stepSize, seed, init });
  if (values.plot) {
    const best = expectedUtility(spec.truth[run.bestAction]!, spec.utility[run.bestAction]!);
    await writeTextFileAtomic(values.plot, trajectoryPlot(`${method} on ${values.game}`, run, spec.truth, best));
  }
  if (values.json) io.out(JSON.stringify({ game: values.game, seed, ...runJson(run) }, null, 2));
  else io.out(formatRun(values.game, seed, run));
  return EXIT.ok;
}

async function loadGame(file: string): Promise<ConditionalGameSpec> {
  const json = await loadJsonFile(file);
  try {
    const spec = decodeGameSpec(json, 'spec');
    if (spec.kind !== 'conditional-prediction') throw new SpecError('spec.kind', 'train needs a "conditional-prediction" game');
    return spec;
  } catch (error) {
    if (error instanceof SpecError) throw error.inFile(file);
    throw error;
  }
}

function rationalFlag(value: string | undefined, flag: string, fallback: string): Rational {
  try {
    return Rational.of(value ?? fallback);
  } catch {
    throw new SpecError(flag, `expected a rational number such as 1/10, got ${JSON.stringify(value)}`);
  }
}

/** The JSON document (exact numbers as "n/d"). */
export function runJson(run: TrainingRun): { [key: string]: Json } {
  const c = run.convergence;
  return {
    method: run.method,
    reports: run.final.map((p) => p.map(String)),
    actionTaken: run.actionTaken,
    bestAction: run.bestAction,
    honest: run.honest,
    honestOnTaken: run.honestOnTaken,
    converged: c.kind !== 'none',
    convergedAt: c.kind === 'none' ? null : c.step,
    convergence: c.kind === 'certified-limit' ? { kind: c.kind, step: c.step, limit: c.limit.map((p) => p.map(String)), rate: c.rate.toString() } : { ...c },
    steps: run.steps,
    exact: run.exact,
    principalUtility: run.trajectory.map((s) => s.principalUtility.toString()),
  };
}

function formatRun(file: string, seed: number, run: TrainingRun): string {
  const c = run.convergence;
  const converged =
    c.kind === 'none' ? 'no (step budget reached)'
    : c.kind === 'stationary' ? `yes: stationary (reports unchanged) at step ${c.step}`
    : c.kind === 'no-accepted-proposal' ? `yes: no proposal of the grid accepted at step ${c.step} (certified)`
    : `yes: certified at step ${c.step}, limit ${c.limit.map((p) => `(${p.join(', ')})`).join(' ')}, contraction ${c.rate}`;
  const rows = [
    ['method', `${run.method} (seed ${seed})`],
    ['steps', String(run.steps)],
    ...run.final.map((p, a) => [`report for action ${a}`, `(${p.join(', ')})`]),
    ['action taken', String(run.actionTaken)],
    ['best action', String(run.bestAction)],
    ['honest on every action', String(run.honest)],
    ['honest on the action taken', String(run.honestOnTaken)],
    ['converged', converged],
    ...(run.exact ? [] : [['arithmetic', 'some gradients were midpoints of certified enclosures (irrational derivatives)']]),
  ];
  return [file, formatTable(['quantity', 'value'], rows)].join('\n');
}
