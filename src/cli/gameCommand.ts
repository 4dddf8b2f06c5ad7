import { dirname, resolve } from 'node:path';
import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { analyseGame, type GameAnalysis } from '../games/analyseGame.ts';
import { builtinRuleResolver, decodeGameSpec, encodeGameSpec, type RuleResolver } from '../games/gameSpecCodec.ts';
import { formatTable } from '../report/formatTable.ts';
import { payoffHeatmap } from '../report/svg/payoffHeatmap.ts';
import { discretiseGame } from '../games/discretiseGame.ts';
import type { GameSpec } from '../games/GameSpec.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { loadJsonFile } from '../store/loadJsonFile.ts';
import { loadRuleFile } from '../store/loadRuleFile.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

const RULE_FILE = /\.(ts|mts|js|mjs)$/;

/**
 * `propercheck game <game.json> [--json]`: discretises the game, solves it with a certified exact
 * equilibrium (regret exactly 0) and reports the value, the equilibrium, the action the principal takes,
 * its best action, and honesty / best action at EVERY equilibrium (optimal-face LPs). Exit 0; bad spec 2.
 * The spec's "rule" is a rule id or a rule file (resolved relative to the game file).
 */
export async function gameCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('game', argv, { json: { type: 'boolean' }, plot: { type: 'string' } });
  if (positionals.length !== 1) throw new SpecError('propercheck game', 'expects exactly one game file: propercheck game <game.json> [--json]');
  const file = positionals[0]!;
  const json = await loadJsonFile(file);
  const { spec, analysis } = await (async () => {
    try {
      const decoded = decodeGameSpec(json, 'spec', await resolverFor(json, file));
      return { spec: decoded, analysis: await analyseGame(decoded) };
    } catch (error) {
      if (error instanceof SpecError && !error.at.startsWith(file)) throw error.inFile(file);
      throw error;
    }
  })();
  if (values.plot !== undefined) {
    await writeTextFileAtomic(values.plot, gameFigure(file, spec, analysis));
    io.err(`propercheck game: plot written to ${values.plot}`);
  }
  if (values.json) io.out(JSON.stringify({ game: file, spec: encodeGameSpec(spec), ...analysisJson(analysis), ...(values.plot ? { plot: values.plot } : {}) }, null, 2));
  else io.out(formatAnalysis(file, analysis));
  return EXIT.ok;
}

/** Seat 1's payoff matrix as a heat map, with the strategies some equilibrium plays marked. */
function gameFigure(file: string, spec: GameSpec, analysis: GameAnalysis): string {
  const d = discretiseGame(spec);
  const payoff = Array.from({ length: d.row.rows }, (_, i) => Array.from({ length: d.row.cols }, (_, j) => d.row.at(i, j).toNumber()));
  // Symmetric and shared-seat games list one seat's strategies: they are both seats' strategies.
  const [rows = [], second] = analysis.essentialStrategies;
  const cols = d.row.cols === 1 ? [] : (second ?? rows);
  const value = analysis.value ? `, value ${analysis.value}` : '';
  return payoffHeatmap({ title: `${file.split('/').pop() ?? file}: payoff of seat 1${value}`, payoff, rowEssential: rows, colEssential: cols });
}

async function resolverFor(json: unknown, file: string): Promise<RuleResolver> {
  const name = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).rule : undefined;
  if (typeof name !== 'string' || !RULE_FILE.test(name)) return builtinRuleResolver;
  const user = await loadRuleFile(resolve(dirname(file), name));
  return (n, at) => {
    if (n !== name) throw new SpecError(at, `unexpected rule ${JSON.stringify(n)}`);
    return user.rule;
  };
}

/** The JSON document: exact numbers as "n/d" strings. */
export function analysisJson(a: GameAnalysis): { [key: string]: Json } {
  return {
    kind: a.kind,
    scheme: a.scheme,
    strategies: a.strategies,
    zeroSum: a.zeroSum,
    symmetric: a.symmetric,
    value: a.value?.toString() ?? null,
    equilibrium: a.equilibrium,
    maxRegret: a.maxRegret?.toString() ?? null,
    certifiedBy: a.certifiedBy,
    actionDistribution: a.actionDistribution?.map(String) ?? null,
    actionTaken: a.actionTaken,
    bestAction: a.bestAction,
    honest: a.honest,
    honestAtEveryEquilibrium: a.honestAtEveryEquilibrium,
    bestActionAtEveryEquilibrium: a.bestActionAtEveryEquilibrium,
    essentialStrategies: a.essentialStrategies,
    honestProfile: a.honestProfile ? { isEquilibrium: a.honestProfile.isEquilibrium, regret: a.honestProfile.regret.toString() } : null,
    ...(a.note ? { note: a.note } : {}),
  };
}

function formatAnalysis(file: string, a: GameAnalysis): string {
  const show = (v: unknown) => (v === null || v === undefined ? '-' : String(v));
  const rows: string[][] = [
    ['game', `${a.kind} (${a.scheme}), ${a.strategies} pure strategies per player${a.symmetric ? ', symmetric' : ''}`],
    ['value', show(a.value)],
    ['max regret', `${show(a.maxRegret)} (${a.certifiedBy})`],
    ['action taken', a.actionDistribution ? `${show(a.actionTaken)} (distribution ${a.actionDistribution.join(', ')})` : '-'],
    ['best action', show(a.bestAction)],
    ['honest at this equilibrium', show(a.honest)],
    ['honest at every equilibrium', show(a.honestAtEveryEquilibrium)],
    ['best action at every equilibrium', show(a.bestActionAtEveryEquilibrium)],
    ['honest profile is an equilibrium', a.honestProfile ? `${a.honestProfile.isEquilibrium} (regret ${a.honestProfile.regret})` : '-'],
  ];
  const eq = (a.equilibrium ?? []).map((s, seat) => `seat ${seat + 1}: ${s.map((e) => `${e.probability} x ${JSON.stringify(e.reports)}`).join(' + ')}`);
  return [file, formatTable(['quantity', 'value'], rows), 'equilibrium:', ...eq.map((l) => `  ${l}`), ...(a.note ? [`note: ${a.note}`] : [])].join('\n');
}
