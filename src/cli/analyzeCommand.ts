import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { Rational } from '../numbers/Rational.ts';
import { readableInterval, readableNumber } from '../report/readable.ts';
import { analyzeMap } from '../performative/analysis/analyzeMap.ts';
import { decodeMapSpec } from '../performative/map/decodeMapSpec.ts';
import type { MapSpec } from '../performative/map/MapSpec.ts';
import { mapOutcomes } from '../performative/map/mapOutcomes.ts';
import { mapFigure } from '../report/svg/mapFigure.ts';
import { loadJsonFile } from '../store/loadJsonFile.ts';
import { loadMapFile, MODULE_EXTENSIONS } from '../store/loadMapFile.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { resolveRule } from './resolveRule.ts';

type Obj = { [key: string]: Json };
/** --exact: long exact numbers printed whole instead of as decimals. */
type Shown = { readonly exact?: boolean };

/**
 * `propercheck analyze --rule <id | rule file> --map <map.json | map.ts> [--json] [--plot out.svg]`:
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

/** The readable report: one section per result, exact values as fractions, certified ones as ranges with a decimal. */
export function textReport(rule: string, mapFile: string, r: Obj, shown: Shown = {}): string {
  const lines: string[] = [];
  const map = r['map'] as Obj;
  lines.push(`rule ${rule}, map ${mapFile} (${String(map['kind'])}, ${String(r['outcomes'])} outcomes, ${r['continuous'] === 'unknown' ? 'continuity unknown' : r['continuous'] ? 'continuous' : 'discontinuous'})`);
  lines.push('', `fixed points (${String(r['fixedPointMethod'])}):`);
  const fixed = r['fixedPoints'] as Obj[];
  if (r['noFixedPointCertificate'] !== undefined) lines.push(`  none; certificate: ${JSON.stringify(r['noFixedPointCertificate'])}`);
  for (const s of fixed) lines.push(`  ${describeSet(s, shown)}`);
  const value = r['optimalValue'] as Obj | null;
  if (value === null) lines.push('', `optimal reports: ${String(r['optimalMethod'])}`);
  else {
    const valueText = 'exact' in value ? approx(value['exact'], shown) : `${approx([value['lower'] as string, value['upper'] as string], shown)}`;
    const kkt = r['optimalKkt'] as Obj | undefined;
    const faces = Number(kkt?.['facesExamined']);
    const how = kkt ? `${String(r['optimalMethod'])}: ${String(kkt['method'])}, ${faces} face${faces === 1 ? '' : 's'} examined` : String(r['optimalMethod']);
    lines.push('', `optimal reports (${how}), max Phi = ${valueText}${r['optimumAttained'] === false ? ' (a supremum, not attained)' : ''}:`);
  }
  for (const s of r['optimalReports'] as Obj[]) {
    const extras = [
      s['inaccuracy'] !== undefined ? `inaccuracy |f(p) - p| = ${approx(s['inaccuracy'], shown)}` : undefined,
      s['distanceToFixedPoints'] !== undefined ? `distance to fixed points = ${approx(s['distanceToFixedPoints'], shown)}` : undefined,
      s['inaccuracyL2Squared'] !== undefined ? `inaccuracy ||f(p) - p||^2 = ${approx(s['inaccuracyL2Squared'], shown)}` : undefined,
      s['distanceToFixedPointsL2Squared'] !== undefined ? `squared distance to fixed points = ${approx(s['distanceToFixedPointsL2Squared'], shown)}` : undefined,
    ].filter((x) => x !== undefined);
    lines.push(`  ${describeSet(s, shown)}`, `    score ${approx(s['score'], shown)}${extras.length ? `; ${extras.join('; ')}` : ''}`);
  }
  lines.push('', `stable reports (${String(r['stableMethod'])}):`);
  const stable = r['stableReports'] as Obj[] | null;
  if (stable === null) lines.push('  not computed');
  else if (!stable.length) lines.push('  none');
  else for (const s of stable) lines.push(`  ${describeSet(s, shown)}`);
  lines.push('', 'dynamics:');
  const dyn = r['dynamics'] as Obj;
  for (const [name, run] of Object.entries(dyn)) lines.push(`  ${name}: ${describeRun(run, shown)}`);
  return lines.join('\n');
}

function vec(v: Json, shown: Shown): string {
  return `(${(v as string[]).map((x) => readableNumber(x, shown)).join(', ')})`;
}

function describeSet(s: Obj, shown: Shown): string {
  if ('point' in s) return `p = ${vec(s['point']!, shown)}`;
  if ('segment' in s) {
    const [a, b] = s['segment'] as Json[];
    const [ca, cb] = (s['closed'] as boolean[] | undefined) ?? [true, true];
    return `segment ${ca ? '[' : '('}${vec(a!, shown)}, ${vec(b!, shown)}${cb ? ']' : ')'} (a continuum)`;
  }
  if ('polytope' in s) return `polytope with vertices ${(s['polytope'] as Json[]).map((v) => vec(v, shown)).join(', ')}`;
  const box = s['enclosure'] as [string, string][];
  return `p in ${box.map(([lo, hi]) => readableInterval(lo, hi, shown)).join(' x ')} (certified enclosure, ${String(s['contains'])}; p1 ~ ${mid(box[0]!)})`;
}

/** An exact value as it is; certified bounds as "~decimal in [lo, hi]". */
function approx(v: Json | undefined, shown: Shown): string {
  if (typeof v === 'string') return readableNumber(v, shown);
  const [lo, hi] = v as [string, string];
  return `~${mid([lo, hi])} (certified in [${short(lo, shown)}, ${short(hi, shown)}])`;
}

function mid([lo, hi]: readonly [string, string]): string {
  return ((Rational.of(lo).toNumber() + Rational.of(hi).toNumber()) / 2).toPrecision(8);
}

function short(x: string, shown: Shown): string {
  return shown.exact ? x : x.length > 24 ? Rational.of(x).toNumber().toPrecision(17) : x;
}

function describeRun(entry: Json, shown: Shown): string {
  // Maps with irrational values have no exact dynamics: analyzeMap says so in a sentence.
  if (typeof entry === 'string') return entry;
  const run = entry as Obj;
  if ('note' in run) return String(run['note']);
  const o = run['outcome'] as Obj;
  const eta = run['eta'] !== undefined ? ` (eta ${String(run['eta'])})` : '';
  const first = (run['firstIterates'] as Json[]).slice(0, 4).map((v) => vec(v, shown)).join(', ');
  const what =
    o['kind'] === 'fixed-point' ? `reaches the fixed point ${vec(o['point']!, shown)} at step ${String(o['step'])}`
    : o['kind'] === 'cycle' ? `cycles with period ${String(o['period'])} from step ${String(o['start'])}: ${(o['orbit'] as Json[]).map((v) => vec(v, shown)).join(' -> ')}`
    : o['kind'] === 'contraction' ? `converges (certified contraction, factor ${String(o['factor'])})`
    : o['kind'] === 'diverges' ? `diverges (expansion factor ${String(o['factor'])})`
    : `undecided after ${String(o['steps'])} steps`;
  return `${what}${eta}; iterates ${first}, ...`;
}

