import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { Json } from '../core/Json.ts';
import { decimalString } from '../numbers/decimalString.ts';
import { Rational } from '../numbers/Rational.ts';
import { SpecError } from '../core/SpecError.ts';
import { BUILTIN_NAMES, builtinExperiment } from '../experiments/builtinExperiments.ts';
import { experimentCsv } from '../experiments/experimentCsv.ts';
import { experimentDocument } from '../experiments/experimentDocument.ts';
import type { ExperimentSpec } from '../experiments/ExperimentSpec.ts';
import { decodeExperimentSpec } from '../experiments/experimentSpecCodec.ts';
import type { InstanceResult } from '../experiments/QuantityValue.ts';
import { experimentFigures } from '../report/experimentFigures.ts';
import { experimentHtml } from '../report/experimentHtml.ts';
import { experimentText } from '../report/experimentText.ts';
import { figureGrid } from '../report/svg/figureGrid.ts';
import { DEFAULT_EVALUATION_LIMIT_MS } from '../rulefile/timeLimitedClaim.ts';
import { didYouMean } from '../run/didYouMean.ts';
import { type ExperimentProgress, runExperiment } from '../run/runExperiment.ts';
import { loadJsonFile } from '../store/loadJsonFile.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { EXIT, type Io } from './Io.ts';
import { integerFlag, parseCommandArgs } from './parseCommandArgs.ts';
import { VERSION } from './version.ts';

/** Where checkpoints go unless --checkpoint-dir says otherwise (relative to the current directory). */
export const DEFAULT_CHECKPOINT_DIR = join('.propercheck', 'experiments');
/** The seed when --seed is not given: experiments are reproducible (and resumable) by default. */
const DEFAULT_SEED = 1;

/**
 * `propercheck experiment <spec.json | built-in name>`: a Monte Carlo study over random instances
 * (src/experiments), every instance certified, none dropped; statistics, counts and subgroups as text or
 * --json, --csv of every instance, --plot histograms (one SVG), --html results page, --instance K alone.
 * Instances run on --workers threads; finished ones are checkpointed, --resume skips them.
 */
export async function experimentCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('experiment', argv, {
    samples: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'string' },
    plot: { type: 'string' },
    html: { type: 'string' },
    instance: { type: 'string' },
    resume: { type: 'boolean' },
    'checkpoint-dir': { type: 'string' },
    'eval-limit': { type: 'string' },
  });
  if (positionals.length !== 1) throw new SpecError('propercheck experiment', `expected one spec file or built-in experiment (${BUILTIN_NAMES.join(', ')}), got ${positionals.length}`);
  const spec = await loadSpec(positionals[0]!);
  const seed = values.seed === undefined ? DEFAULT_SEED : integerFlag(values.seed, '--seed', 0, -(2 ** 31));
  const workers = integerFlag(values.workers, '--workers', availableParallelism());
  const evalLimitMs = integerFlag(values['eval-limit'], '--eval-limit', DEFAULT_EVALUATION_LIMIT_MS * 6);
  const common = { spec, seed, workers, evalLimitMs, version: VERSION };
  if (values.instance !== undefined) return oneInstance(common, integerFlag(values.instance, '--instance', 1), values.json ?? false, io);
  const samples = integerFlag(values.samples, '--samples', spec.samples);
  const checkpoint = join(values['checkpoint-dir'] ?? DEFAULT_CHECKPOINT_DIR, `${spec.name.replace(/[^A-Za-z0-9._-]/g, '_')}-seed${seed}.json`);
  let flush: (() => Promise<void>) | undefined;
  const onInterrupt = () => {
    void (flush ?? (() => Promise.resolve()))().finally(() => {
      io.err(`\npropercheck experiment: interrupted; finished instances are in ${checkpoint} (run again with --resume)`);
      process.exit(130);
    });
  };
  process.once('SIGINT', onInterrupt);
  try {
    const run = await runExperiment({
      ...common,
      instances: Array.from({ length: samples }, (_, i) => i + 1),
      checkpoint: { file: checkpoint, resume: values.resume ?? false },
      onFlushReady: (f) => (flush = f),
      ...(io.progress ? { onProgress: (p: ExperimentProgress) => io.err(`\r\x1b[K${progressLine(spec.name, p)}`) } : {}),
    });
    if (io.progress) io.err('\r\x1b[K');
    const doc = experimentDocument(spec, seed, run.results);
    const files = await writeOutputs(values, spec, doc, run.results, io);
    const timing = timingOf(run.results, run.ms, run.resumed, workers);
    if (values.json) io.out(JSON.stringify({ ...doc, timing, checkpoint, ...(files.length ? { files } : {}) }, null, 2));
    else io.out(experimentText(doc, { ms: run.ms, resumed: run.resumed }));
    return doc.failed > 0 ? EXIT.expectationNotMet : EXIT.ok;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}

/** A spec file (a path to an existing file or ending in .json; a rule file in it is relative to it) or a built-in name. */
async function loadSpec(arg: string): Promise<ExperimentSpec> {
  if (arg.endsWith('.json') || existsSync(arg)) {
    const json = await loadJsonFile(arg);
    try {
      return decodeExperimentSpec(json, 'spec', (path) => resolve(dirname(arg), path));
    } catch (error) {
      if (error instanceof SpecError) throw error.inFile(arg);
      throw error;
    }
  }
  const builtin = builtinExperiment(arg);
  if (!builtin) throw new SpecError('propercheck experiment', `no spec file or built-in experiment ${JSON.stringify(arg)}${didYouMean(arg, BUILTIN_NAMES)} (built-in: ${BUILTIN_NAMES.join(', ')})`);
  return builtin;
}

type Common = Omit<Parameters<typeof runExperiment>[0], 'instances'>;

/** `--instance K`: that instance alone (generated from (seed, K), as in any full run), printed in full. */
async function oneInstance(common: Common, instance: number, json: boolean, io: Io): Promise<number> {
  const run = await runExperiment({ ...common, instances: [instance] });
  const result = run.results[0]!;
  if (json) io.out(JSON.stringify({ experiment: common.spec.name, seed: common.seed, instance: result }, null, 2));
  else io.out(instanceText(common.spec, common.seed, result));
  return result.ok ? EXIT.ok : EXIT.expectationNotMet;
}

function instanceText(spec: ExperimentSpec, seed: number, r: InstanceResult): string {
  const lines = [`experiment ${spec.name}, seed ${seed}, instance ${r.instance}${r.ok ? '' : ' (FAILED)'}`, `input: ${JSON.stringify(r.input)}`];
  if (!r.ok) return [...lines, `error: ${r.error}`].join('\n');
  for (const [q, v] of Object.entries(r.values)) {
    if (v.kind === 'number') {
      const mid = decimalString(Rational.of(v.lo).add(Rational.of(v.hi)).div(Rational.of(2)), 12);
      const exact = v.exact ?? (v.square ? `sqrt(${v.square})` : undefined);
      const approx = v.exact !== undefined && mid.exact ? mid.text : `~${mid.text}`;
      lines.push(`${q}: ${approx}${exact && exact !== mid.text ? ` = ${exact}` : ''}${v.exact === undefined ? ` (certified in [${v.lo}, ${v.hi}])` : ''}`);
    } else if (v.kind === 'boolean' || v.kind === 'category') lines.push(`${q}: ${String(v.value)}`);
    else lines.push(`${q}: ${v.kind} (${v.reason})`);
  }
  for (const [k, v] of Object.entries(r.details)) lines.push(`${k}: ${JSON.stringify(v)}`);
  return lines.join('\n');
}

/** --csv, --plot, --html (each written atomically); the files written. */
async function writeOutputs(values: { csv?: string; plot?: string; html?: string }, spec: ExperimentSpec, doc: ReturnType<typeof experimentDocument>, results: readonly InstanceResult[], io: Io): Promise<string[]> {
  const files: string[] = [];
  const figures = values.plot !== undefined || values.html !== undefined ? experimentFigures(doc, results) : [];
  const write = async (file: string, text: string, what: string) => {
    await writeTextFileAtomic(file, text);
    io.err(`propercheck experiment: ${what} written to ${file}`);
    files.push(file);
  };
  if (values.csv !== undefined) await write(values.csv, experimentCsv(spec.quantities, results), 'CSV of every instance');
  if (values.plot !== undefined) await write(values.plot, figureGrid(figures.map((f) => f.svg)), `histograms (${figures.map((f) => f.quantity).join(', ')})`);
  if (values.html !== undefined) await write(values.html, experimentHtml(doc, figures), `results page (${basename(values.html)})`);
  return files;
}

/** Wall time and per-instance times (median, max); they vary from run to run, unlike the results. */
function timingOf(results: readonly InstanceResult[], ms: number, resumed: number, workers: number): Json {
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    ms: Math.round(ms),
    workers,
    resumed,
    perInstanceMedianMs: round(times[Math.floor((times.length - 1) / 2)] ?? 0),
    perInstanceMaxMs: round(times[times.length - 1] ?? 0),
  };
}

function progressLine(name: string, p: ExperimentProgress): string {
  const computed = p.done - p.resumed;
  const rate = computed / Math.max(p.elapsedMs / 1000, 1e-3);
  const left = rate > 0 ? (p.total - p.done) / rate : Number.NaN;
  const eta = Number.isFinite(left) ? `, about ${left < 90 ? `${Math.ceil(left)} s` : `${Math.ceil(left / 60)} min`} left` : '';
  return `experiment ${name}: ${p.done}/${p.total} instances${p.resumed ? ` (${p.resumed} from the checkpoint)` : ''}, ${rate.toFixed(1)}/s${eta}`;
}
