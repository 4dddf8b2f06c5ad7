import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { expectedUtility } from '../decisions/expectedUtility.ts';
import { decodeGameSpec } from '../games/gameSpecCodec.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { formatTable } from '../report/formatTable.ts';
import { loadJsonFile } from '../store/loadJsonFile.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { hasCertifiedTier, train } from '../training/train.ts';
import { decimalString } from '../numbers/decimalString.ts';
import { isatty } from 'node:tty';
import { isMainThread } from 'node:worker_threads';
import { trajectoryPlot } from '../report/svg/trajectoryPlot.ts';
import { type InitKind, TRAINING_METHODS, type TrainingMethod, type TrainingProgress, type TrainingRun } from '../training/TrainingRun.ts';
import { EXIT, type Io } from './Io.ts';
import { integerFlag, parseCommandArgs, seedFlag } from './parseCommandArgs.ts';

const USAGE = 'propercheck train --game <game.json> --method zero-sum-gradient|stop-gradient|random-search|plain [--exploration EPS] [--importance-weighted] [--steps N] [--step-size ETA] [--seed S] [--init honest|pessimistic|random] [--sample-every K] [--json] [--plot out.svg]';
/** The trajectory keeps about this many steps by default (every ceil(steps / 1000)-th): memory flat in the steps. */
const DEFAULT_SAMPLES = 1000;
/** Significant digits of the decimals in --json's trajectory and in the table. */
const DIGITS = 12;
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
    'sample-every': { type: 'string' },
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
  const sampleEvery = integerFlag(values['sample-every'], '--sample-every', Math.max(1, Math.ceil(steps / DEFAULT_SAMPLES)));
  const gradient = method === 'zero-sum-gradient' || method === 'stop-gradient';
  if (gradient && steps > SLOW_EXACT_STEPS && !hasCertifiedTier(spec)) {
    io.err(`propercheck train: rule ${spec.ruleName} has neither the quadratic nor the smooth trait, so no certified fixed-point tier: iterates stay exact rationals, whose size (and cost per step) grows with every step`);
  }
  const terminal = io.progress || (!isMainThread && isatty(2) && !process.env['CI']);
  const onProgress = terminal ? (p: TrainingProgress) => io.err(`\r\x1b[Ktrain: step ${p.step}/${p.steps} (${p.tier === 'exact' ? 'exact rationals' : `certified tier, radius <= ${p.radius.toExponential(1)}`})`) : undefined;
  const run = train(spec, { method, exploration, importanceWeighted, steps, stepSize, seed, init, sampleEvery, ...(onProgress ? { onProgress } : {}) });
  if (onProgress) io.err('\r\x1b[K');
  if (values.plot) {
    const best = expectedUtility(spec.truth[run.bestAction]!, spec.utility[run.bestAction]!);
    await writeTextFileAtomic(values.plot, trajectoryPlot(`${method} on ${values.game}`, run, spec.truth, best));
  }
  if (values.json) io.out(JSON.stringify({ game: values.game, seed, ...runJson(run) }, null, 2));
  else io.out(formatRun(values.game, seed, run));
  return EXIT.ok;
}

/** Above this many steps an exact-only run (no certified tier) is warned about. */
const SLOW_EXACT_STEPS = 200;

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

/** The JSON document (exact numbers as "n/d"; in the certified tier the centres, with their radii). */
export function runJson(run: TrainingRun): { [key: string]: Json } {
  const c = run.convergence;
  return {
    method: run.method,
    reports: run.final.map((p) => p.map(String)),
    ...(run.exact ? {} : { reportsDecimal: run.final.map((p) => p.map(decimal)), reportsRadius: run.finalRadius.map(radiusText) }),
    actionTaken: run.actionTaken,
    bestAction: run.bestAction,
    honest: run.honest,
    honestOnTaken: run.honestOnTaken,
    converged: c.kind !== 'none' && c.kind !== 'undecided',
    convergedAt: c.kind === 'none' || c.kind === 'undecided' ? null : c.step,
    convergence: convergenceJson(c),
    steps: run.steps,
    exact: run.exact,
    tier: { ...run.tier },
    sampleEvery: run.sampleEvery,
    principalUtility: run.trajectory.map((s) => s.principalUtility.toString()),
    trajectory: run.trajectory.map((s) => ({
      step: s.step,
      reports: s.reports.map((p) => p.map(decimal)),
      radius: s.radius.map(radiusText),
      actionTaken: s.actionTaken,
      principalUtility: s.principalUtility.toString(),
      ...(s.accepted === undefined ? {} : { accepted: s.accepted }),
    })),
  };
}

function convergenceJson(c: TrainingRun['convergence']): { [key: string]: Json } {
  if (c.kind !== 'certified-limit') return { ...c };
  const out: { [key: string]: Json } = { kind: c.kind, step: c.step, limit: c.limit.map((p) => p.map(String)), rate: c.rate.toString() };
  return c.limitRadius.some((r) => r.sign() > 0) ? { ...out, limitRadius: c.limitRadius.map(radiusText) } : out;
}

/** A decimal for reading (the exact value is in `reports`). */
function decimal(x: Rational): string {
  return decimalString(x, DIGITS).text;
}

/** An upper bound of a radius, as a short decimal rounded up ("0" when exact). */
function radiusText(r: Rational): string {
  if (r.isZero()) return '0';
  const text = decimalString(r, 3).text;
  return Rational.of(text).ge(r) ? text : decimalString(r.mul(Rational.of('1001/1000')), 3).text;
}

function formatRun(file: string, seed: number, run: TrainingRun): string {
  const c = run.convergence;
  const converged =
    c.kind === 'none' ? 'no (step budget reached)'
    : c.kind === 'stationary' ? `yes: stationary (reports unchanged) at step ${c.step}`
    : c.kind === 'no-accepted-proposal' ? `yes: no proposal of the grid accepted at step ${c.step} (certified)`
    : c.kind === 'undecided' ? `undecided at step ${c.step}: ${c.reason}`
    : `yes: certified at step ${c.step}, limit ${c.limit.map((p, a) => point(p, c.limitRadius[a]!)).join(' ')}, contraction ${c.rate}`;
  const rows = [
    ['method', `${run.method} (seed ${seed})`],
    ['steps', String(run.steps)],
    ['arithmetic', tierText(run)],
    ...run.final.map((p, a) => [`report for action ${a}`, point(p, run.finalRadius[a]!)]),
    ['action taken', String(run.actionTaken)],
    ['best action', String(run.bestAction)],
    ['honest on every action', String(run.honest)],
    ['honest on the action taken', String(run.honestOnTaken)],
    ['converged', converged],
  ];
  return [file, formatTable(['quantity', 'value'], rows)].join('\n');
}

/** An exact report as fractions; a certified one as decimals within an L2 radius. */
function point(p: readonly Rational[], radius: Rational): string {
  return radius.isZero() ? `(${p.join(', ')})` : `(${p.map(decimal).join(', ')}) within ${radiusText(radius)} (L2)`;
}

function tierText(run: TrainingRun): string {
  const t = run.tier;
  if (t.kind === 'exact') return 'exact rationals';
  if (t.kind === 'midpoint-gradients') return 'some gradients were midpoints of certified enclosures (irrational derivatives): the iterates are those of that perturbed run';
  return `exact rationals to step ${t.from}, then certified ${t.bits}-bit fixed-point balls (${t.model} step model)`;
}
