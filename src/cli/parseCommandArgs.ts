import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { SpecError } from '../core/SpecError.ts';
import { didYouMean } from '../run/didYouMean.ts';
import { parseShard } from '../run/shard.ts';
import { DEFAULT_CLAIM_TIME_LIMIT_MS, DEFAULT_RUNS } from '../search/budget.ts';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/**
 * node:util parseArgs in strict mode, with every usage error as one SpecError naming the flag: an
 * unknown option says which known one it probably meant; a flag given twice where one value makes sense
 * is refused (lists accumulate: their flags are `multiple`).
 */
export function parseCommandArgs<O extends OptionSpec>(command: string, argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageError(command, error as Error & { code?: string }, Object.keys(options));
  }
}

function usageError(command: string, error: Error & { code?: string }, known: readonly string[]): SpecError {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const flags = known.map((k) => `--${k}`);
    return new SpecError(option, `unknown option${didYouMean(option, flags)} (see propercheck ${command} --help)`);
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return new SpecError(option, 'expects a value');
  return new SpecError(`propercheck ${command}`, (error.message.split('\n')[0] ?? 'bad arguments').replace(/\. To specify .*$/, ''));
}

/** A positive integer flag value, or the default. */
export function integerFlag(value: string | undefined, flag: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new SpecError(flag, `expected an integer >= ${min}, got ${JSON.stringify(value)}`);
  return n;
}

/** A seed flag (any 32-bit integer), or a fresh random seed that is printed with the results. */
export function seedFlag(value: string | undefined): number {
  if (value === undefined) return (Math.random() * 2 ** 31) | 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || Math.abs(n) >= 2 ** 31) throw new SpecError('--seed', `expected a 32-bit integer, got ${JSON.stringify(value)}`);
  return n;
}

/** "MIN..MAX" (or a single N) for --outcomes. */
export function rangeFlag(value: string, flag: string): { min: number; max: number } {
  const m = /^(\d+)(?:\.\.(\d+))?$/.exec(value.trim());
  if (!m) throw new SpecError(flag, `expected MIN..MAX (e.g. 2..5), got ${JSON.stringify(value)}`);
  const min = Number(m[1]);
  const max = Number(m[2] ?? m[1]);
  if (min > max) throw new SpecError(flag, `empty range ${value}: ${min} > ${max}`);
  return { min, max };
}

/** Every value of a repeatable list flag (--claims a,b --claims c), split on commas, in order. */
export function listFlag(values: readonly string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The flags of a search budget and of the worker pool, shared by `run`, `check` and `report`. */
export const BUDGET_OPTIONS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  'time-limit': { type: 'string' },
  'save-dir': { type: 'string' },
  workers: { type: 'string' },
  shard: { type: 'string' },
} as const;

type BudgetValues = { runs?: string; seed?: string; 'time-limit'?: string; 'save-dir'?: string; workers?: string; shard?: string };

/**
 * Reads the budget flags. The time limit per claim defaults to 4 s, except when --runs is given without
 * --time-limit: then exactly that many cases run, however long they take.
 */
export function searchBudget(values: BudgetValues, defaultRuns = DEFAULT_RUNS) {
  const timeLimitMs = values['time-limit'] !== undefined ? integerFlag(values['time-limit'], '--time-limit', 0) : values.runs !== undefined ? undefined : DEFAULT_CLAIM_TIME_LIMIT_MS;
  return {
    runs: integerFlag(values.runs, '--runs', defaultRuns),
    seed: seedFlag(values.seed),
    ...(timeLimitMs ? { timeLimitMs } : {}),
    ...(values['save-dir'] !== undefined ? { saveDir: values['save-dir'] } : {}),
    workers: integerFlag(values.workers, '--workers', availableParallelism()),
    ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
  };
}
