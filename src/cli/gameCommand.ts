import { dirname, resolve } from 'node:path';
import { SpecError } from '../core/SpecError.ts';
import { analyseGame, type GameAnalysis } from '../games/analyseGame.ts';
import { analysePlainGame } from '../games/analysePlainGame.ts';
import { builtinRuleResolver, decodeGameSpec, encodeGameSpec, type RuleResolver } from '../games/gameSpecCodec.ts';
import { decodePlainGameSpec, encodePlainGameSpec, type PlainGameSpec } from '../games/matrixSpecCodec.ts';
import { gameAnalysisJson } from '../report/gameJson.ts';
import { gameText } from '../report/gameText.ts';
import { plainGameJson } from '../report/plainGameJson.ts';
import { plainGameText } from '../report/plainGameText.ts';
import { readableNumber } from '../report/readable.ts';
import { payoffHeatmap } from '../report/svg/payoffHeatmap.ts';
import { strategyLabels } from '../games/strategyLabels.ts';
import { discretiseGame, MAX_STRATEGIES, strategyCount } from '../games/discretiseGame.ts';
import type { GameSpec } from '../games/GameSpec.ts';
import { DEFAULT_MAX_RESTRICTED, type DoubleOracleOptions } from '../solvers/doubleOracle.ts';
import { essentialColumns, essentialRows } from '../solvers/essentialRows.ts';
import { solveZeroSum } from '../solvers/solveZeroSum.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { loadJsonFile } from '../store/loadJsonFile.ts';
import { loadRuleFile } from '../store/loadRuleFile.ts';
import { EXIT, type Io } from './Io.ts';
import { integerFlag, parseCommandArgs } from './parseCommandArgs.ts';

const RULE_FILE = /\.(ts|mts|js|mjs)$/;
const PLAIN_KINDS = new Set(['matrix', 'bimatrix']);

/**
 * `propercheck game <game.json> [--json] [--exact]`: solves a predictor game exactly without listing its
 * pure strategies (docs/design.md §9: double oracle with exact best responses over the full grid) and
 * reports the value, a certified equilibrium (regret exactly 0 against every pure strategy of the full
 * game), the action the principal takes, its best action, and honesty / best action at EVERY
 * equilibrium (LPs over the optimal faces by constraint generation); each absent part says why
 * (GameAnalysis). Text shows long exact numbers as decimals (--exact: whole); --json keeps them exact
 * with decimals beside. Also reads a plain zero-sum "matrix" or a "bimatrix" game, for comparison with
 * Gambit and lrsnash. Exit 0; bad spec or a limit reached 2. The spec's "rule" is a rule id or a rule
 * file (resolved relative to the game file).
 */
export async function gameCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('game', argv, {
    json: { type: 'boolean' },
    exact: { type: 'boolean' },
    plot: { type: 'string' },
    'max-restricted': { type: 'string' },
    'time-limit': { type: 'string' },
  });
  if (positionals.length !== 1) throw new SpecError('propercheck game', 'expects exactly one game file: propercheck game <game.json> [--json] [--exact]');
  const options: DoubleOracleOptions = {
    maxStrategies: integerFlag(values['max-restricted'], '--max-restricted', DEFAULT_MAX_RESTRICTED),
    ...(values['time-limit'] !== undefined ? { timeLimitMs: integerFlag(values['time-limit'], '--time-limit', 1) } : {}),
  };
  const file = positionals[0]!;
  const json = await loadJsonFile(file);
  const kind = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).kind : undefined;
  return inFile(file, async () => (typeof kind === 'string' && PLAIN_KINDS.has(kind) ? plainGame(file, decodePlainGameSpec(json), values, io) : predictorGame(file, json, values, options, io)));
}

async function inFile<T>(file: string, job: () => Promise<T>): Promise<T> {
  try {
    return await job();
  } catch (error) {
    if (error instanceof SpecError && !error.at.startsWith(file)) throw error.inFile(file);
    throw error;
  }
}

interface GameFlags {
  readonly json?: boolean;
  readonly exact?: boolean;
  readonly plot?: string;
}

async function predictorGame(file: string, json: unknown, values: GameFlags, options: DoubleOracleOptions, io: Io): Promise<number> {
  const spec = decodeGameSpec(json, 'spec', await resolverFor(json, file));
  if (values.plot !== undefined) checkPlotSize(spec);
  const analysis = await analyseGame(spec, options);
  if (values.plot !== undefined) {
    await writeTextFileAtomic(values.plot, await gameFigure(file, spec, analysis));
    io.err(`propercheck game: plot written to ${values.plot}`);
  }
  if (values.json) io.out(JSON.stringify({ game: file, spec: encodeGameSpec(spec), ...gameAnalysisJson(analysis), ...(values.plot ? { plot: values.plot } : {}) }, null, 2));
  else io.out(gameText(file, analysis, { exact: values.exact === true }));
  return EXIT.ok;
}

async function plainGame(file: string, spec: PlainGameSpec, values: GameFlags, io: Io): Promise<number> {
  if (values.plot !== undefined && spec.kind !== 'matrix') throw new SpecError('--plot', 'draws zero-sum games (kind "matrix" or a predictor game), not a bimatrix game');
  if (values.plot !== undefined && spec.kind === 'matrix' && Math.max(spec.payoff.rows, spec.payoff.cols) > MAX_STRATEGIES) {
    throw new SpecError('--plot', `draws the full payoff matrix: at most ${MAX_STRATEGIES} strategies per player`);
  }
  const doc = await analysePlainGame(spec);
  if (values.plot !== undefined && doc.kind === 'matrix' && spec.kind === 'matrix') {
    const payoff = spec.payoff.payoff.map((row) => row.map((v) => v.toNumber()));
    const title = `${file.split('/').pop() ?? file}: payoff of the row player, value ${readableNumber(String(doc.value))}`;
    await writeTextFileAtomic(values.plot, payoffHeatmap({ title, payoff, rowEssential: doc.essentialRows, colEssential: doc.essentialColumns }));
    io.err(`propercheck game: plot written to ${values.plot}`);
  }
  if (values.json) io.out(JSON.stringify({ game: file, spec: encodePlainGameSpec(spec), ...plainGameJson(doc), ...(values.plot ? { plot: values.plot } : {}) }, null, 2));
  else io.out(plainGameText(file, doc, { exact: values.exact === true }));
  return EXIT.ok;
}

/** --plot draws the full matrix: refused in one line, before any work, for a game too large to list. */
function checkPlotSize(spec: GameSpec): void {
  const n = strategyCount(spec);
  if (n > BigInt(MAX_STRATEGIES)) throw new SpecError('--plot', `draws the full payoff matrix: at most ${MAX_STRATEGIES} pure strategies per player, this game has ${n}`);
}

/**
 * Seat 1's payoff matrix as a heat map, rows and columns labelled by their reports with the honest
 * strategy outlined, and the strategies some equilibrium plays (all of them, by enumeration) marked.
 */
async function gameFigure(file: string, spec: GameSpec, analysis: GameAnalysis): Promise<string> {
  const d = discretiseGame(spec);
  const payoff = Array.from({ length: d.row.rows }, (_, i) => Array.from({ length: d.row.cols }, (_, j) => d.row.at(i, j).toNumber()));
  const [rows, cols] = d.zeroSum ? await essentialSets(d.row) : [analysis.essentialStrategies[0] ?? [], analysis.essentialStrategies[1] ?? []].map((s) => s.map(Number));
  const value = analysis.solution.kind === 'zero-sum' ? `, value ${readableNumber(String(analysis.solution.value))}` : '';
  const axis = strategyLabels(d);
  return payoffHeatmap({ title: `${file.split('/').pop() ?? file}: payoff of seat 1${value}`, payoff, rowEssential: rows!, colEssential: d.row.cols === 1 ? [] : cols!, rows: axis, ...(d.row.cols > 1 ? { cols: axis } : {}) });
}

async function essentialSets(game: ReturnType<typeof discretiseGame>['row']): Promise<[number[], number[]]> {
  const sol = await solveZeroSum(game);
  return [(await essentialRows(game, sol)).rows, (await essentialColumns(game, sol)).rows];
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
