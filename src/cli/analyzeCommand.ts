import { match } from 'ts-pattern';
import { isJsonObject } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { Rational } from '../numbers/Rational.ts';
import { analyzeMap } from '../performative/analysis/analyzeMap.ts';
import type { BoundsJson, DynamicsRunJson, MapAnalysis } from '../performative/analysis/MapAnalysis.ts';
import type { ReportSetJson } from '../performative/map/ReportSet.ts';
import { decodeMapSpec } from '../performative/map/decodeMapSpec.ts';
import type { MapSpec } from '../performative/map/MapSpec.ts';
import { mapOutcomes } from '../performative/map/mapOutcomes.ts';
import { mapFigure } from '../report/svg/mapFigure.ts';
import { readableInterval, readableNumber } from '../report/readable.ts';
import { loadJsonFile } from '../store/loadJsonFile.ts';
import { loadMapFile, MODULE_EXTENSIONS } from '../store/loadMapFile.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { resolveRule } from './resolveRule.ts';

/**
 * `propercheck analyze --rule <id | rule file> --map <map.json | map.ts> [--json] [--exact] [--plot out.svg]`:
 * fixed points, optimal reports with scores, inaccuracy and distance, stable reports and a dynamics
 * summary, exact or certified (analyzeMap); --plot draws the binary picture (floats, display only).
 */
export async function analyzeCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', argv, {
    rule: { type: 'string' },
    map: { type: 'string' },
    json: { type: 'boolean' },
    exact: { type: 'boolean' },
    plot: { type: 'string' },
  });
  if (positionals.length) throw new SpecError('propercheck analyze', `unexpected argument ${JSON.stringify(positionals[0])}`);
  if (!values.rule) throw new SpecError('--rule', 'missing (a rule id such as quadratic, or a rule file)');
  if (!values.map) throw new SpecError('--map', 'missing (a map spec JSON file, or a module giving f as code)');
  const resolved = await resolveRule(values.rule);
  const spec = await loadMap(values.map);
  const n = mapOutcomes(spec);
  const { min, max } = resolved.rule.outcomes;
  if (n < min || n > max) {
    throw new SpecError(values.map, `the map has ${n} outcomes but rule ${resolved.subject} is defined for ${min}..${max}`);
  }
  if (values.plot !== undefined && n !== 2) throw new SpecError('--plot', `plots need a binary map (2 outcomes); ${values.map} has ${n}`);
  // A rule file's claim of strict properness is the author's assertion; a built-in rule's traits decide for it.
  const result = analyzeMap(resolved.rule, spec, resolved.asserted.includes('strictly-proper') ? { strictlyProper: true } : {});
  if (values.plot !== undefined) {
    const title = `${resolved.subject} rule, map ${values.map.split('/').pop() ?? values.map}`;
    await writeTextFileAtomic(values.plot, mapFigure(title, resolved.rule, spec, result));
    io.err(`propercheck analyze: plot written to ${values.plot}`);
  }
  if (values.json) io.out(JSON.stringify({ ...result, rule: resolved.subject, ...(values.plot ? { plot: values.plot } : {}) }, null, 2));
  else io.out(textReport(resolved.subject, values.map, result, { exact: values.exact ?? false }));
  return EXIT.ok;
}

/** A JSON map spec, or a map given as code (a module: .ts, .js, ...; README "Maps as code"). */
async function loadMap(file: string): Promise<MapSpec> {
  if (MODULE_EXTENSIONS.test(file)) return loadMapFile(file);
  const json = await loadJsonFile(file);
  try {
    return decodeMapSpec(json);
  } catch (error) {
    if (error instanceof SpecError) throw error.inFile(file);
    throw error;
  }
}

/** --exact: long exact numbers printed whole instead of as decimals. */
type Shown = { readonly exact?: boolean };

/**
 * The readable report: one section per result, exact values as fractions (long ones as decimals unless
 * --exact), certified ones as ranges with a decimal.
 */
export function textReport(rule: string, mapFile: string, r: MapAnalysis, shown: Shown = {}): string {
  const vec = (v: readonly string[]) => `(${v.map((x) => readableNumber(x, shown)).join(', ')})`;
  const describeSet = (s: ReportSetJson) => describeSetWith(s, vec, shown);
  const approx = (v: BoundsJson) => approxWith(v, shown);
  const lines: string[] = [];
  const kind = isJsonObject(r.map) ? String(r.map['kind']) : 'map';
  lines.push(`rule ${rule}, map ${mapFile} (${kind}, ${r.outcomes} outcomes, ${r.continuous === 'unknown' ? 'continuity unknown' : r.continuous ? 'continuous' : 'discontinuous'})`);
  lines.push('', `fixed points (${r.fixedPointMethod}):`);
  if (r.noFixedPointCertificate !== undefined) lines.push(`  none; certificate: ${JSON.stringify(r.noFixedPointCertificate)}`);
  for (const s of r.fixedPoints) lines.push(`  ${describeSet(s)}`);
  if (r.optimalValue === null) lines.push('', `optimal reports: ${r.optimalMethod}`);
  else {
    const valueText = approx('exact' in r.optimalValue ? r.optimalValue.exact : [r.optimalValue.lower, r.optimalValue.upper]);
    const faces = r.optimalKkt?.facesExamined;
    const how = r.optimalKkt ? `${r.optimalMethod}: ${r.optimalKkt.method}, ${faces} face${faces === 1 ? '' : 's'} examined` : r.optimalMethod;
    lines.push('', `optimal reports (${how}), max Phi = ${valueText}${r.optimumAttained === false ? ' (a supremum, not attained)' : ''}:`);
  }
  for (const s of r.optimalReports) {
    const extras = [
      s.inaccuracy !== undefined ? `inaccuracy |f(p) - p| = ${approx(s.inaccuracy)}` : undefined,
      s.distanceToFixedPoints !== undefined ? `distance to fixed points = ${approx(s.distanceToFixedPoints)}` : undefined,
      s.inaccuracyL2Squared !== undefined ? `inaccuracy ||f(p) - p||^2 = ${approx(s.inaccuracyL2Squared)}` : undefined,
      s.distanceToFixedPointsL2Squared !== undefined ? `squared distance to fixed points = ${approx(s.distanceToFixedPointsL2Squared)}` : undefined,
    ].filter((x) => x !== undefined);
    lines.push(`  ${describeSet(s)}`, `    score ${approx(s.score)}${extras.length ? `; ${extras.join('; ')}` : ''}`);
  }
  lines.push('', `stable reports (${r.stableMethod}):`);
  if (r.stableReports === null) lines.push('  not computed');
  else if (!r.stableReports.length) lines.push('  none');
  else for (const s of r.stableReports) lines.push(`  ${describeSet(s)}`);
  lines.push('', 'dynamics:');
  if ('note' in r.dynamics) lines.push(`  note: ${r.dynamics.note}`);
  else for (const [name, run] of Object.entries(r.dynamics)) if (run) lines.push(`  ${name}: ${describeRun(run, vec)}`);
  return lines.join('\n');
}

type Vec = (v: readonly string[]) => string;

function describeSetWith(s: ReportSetJson, vec: Vec, shown: Shown): string {
  if ('point' in s) return `p = ${vec(s.point)}`;
  if ('segment' in s) {
    const [a, b] = s.segment;
    const [ca, cb] = s.closed;
    return `segment ${ca ? '[' : '('}${vec(a)}, ${vec(b)}${cb ? ']' : ')'} (a continuum)`;
  }
  if ('polytope' in s) return `polytope with vertices ${s.polytope.map(vec).join(', ')}`;
  const box = s.enclosure;
  return `p in ${box.map(([lo, hi]) => readableInterval(lo, hi, shown)).join(' x ')} (certified enclosure, ${s.contains}; p1 ~ ${mid(box[0]!)})`;
}

/** An exact value as it is; certified bounds as "~decimal in [lo, hi]". */
function approxWith(v: BoundsJson, shown: Shown): string {
  if (typeof v === 'string') return readableNumber(v, shown);
  const [lo, hi] = v;
  return `~${mid([lo, hi])} (certified in ${readableInterval(short(lo, shown), short(hi, shown), shown)})`;
}

function mid([lo, hi]: readonly [string, string]): string {
  return ((Rational.of(lo).toNumber() + Rational.of(hi).toNumber()) / 2).toPrecision(8);
}

function short(x: string, shown: Shown): string {
  return shown.exact || x.length <= 24 ? x : Rational.of(x).toNumber().toPrecision(17);
}

function describeRun(run: DynamicsRunJson, vec: Vec): string {
  // Maps with irrational values (or rules) have no exact dynamics: analyzeMap says so in a note.
  if ('note' in run) return run.note;
  const o = run.outcome;
  const eta = run.eta !== undefined ? ` (eta ${run.eta})` : '';
  const first = run.firstIterates.slice(0, 4).map(vec).join(', ');
  const what = match(o)
    .with({ kind: 'fixed-point' }, (f) => `reaches the fixed point ${vec(f.point)} at step ${f.step}`)
    .with({ kind: 'cycle' }, (c) => `cycles with period ${c.period} from step ${c.start}: ${c.orbit.map(vec).join(' -> ')}`)
    .with({ kind: 'contraction' }, (c) => `converges (certified contraction, factor ${c.factor})`)
    .with({ kind: 'diverges' }, (d) => `diverges (expansion factor ${d.factor})`)
    .with({ kind: 'undetermined' }, (u) => `undecided after ${u.steps} steps`)
    .exhaustive();
  return `${what}${eta}; iterates ${first}, ...`;
}
