import { parseArgs } from 'node:util';
import { SpecError } from '../core/SpecError.ts';
import { DEFAULT_CLAIM_TIME_LIMIT_MS, DEFAULT_RUNS } from '../search/budget.ts';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** node:util parseArgs in strict mode, with every usage error as a SpecError naming the flag. */
export function parseCommandArgs<O extends OptionSpec>(command: string, argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'bad arguments';
    throw new SpecError(`propercheck ${command}`, message);
  }
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

/** The search-budget flags shared by `run` and `check`. */
export const BUDGET_OPTIONS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  'time-limit': { type: 'string' },
  'save-dir': { type: 'string' },
} as const;

/** Reads the budget flags (defaults: DESIGN's CI budget per claim unless given, a fresh printed seed). */
export function searchBudget(values: { runs?: string; seed?: string; 'time-limit'?: string; 'save-dir'?: string }, defaultRuns = DEFAULT_RUNS) {
  return {
    runs: integerFlag(values.runs, '--runs', defaultRuns),
    seed: seedFlag(values.seed),
    timeLimitMs: integerFlag(values['time-limit'], '--time-limit', DEFAULT_CLAIM_TIME_LIMIT_MS),
    saveDir: values['save-dir'] ?? 'counterexamples',
  };
}

/** A comma-separated list of names from `known` (e.g. --claims proper,local); unknown names are bad input. */
export function namesFlag<N extends string>(text: string, flag: string, known: readonly N[]): N[] {
  return text.split(',').map((part, i) => {
    const name = part.trim();
    if (!(known as readonly string[]).includes(name)) {
      throw new SpecError(`${flag}[${i}]`, `unknown claim ${JSON.stringify(name)}; known: ${known.join(', ')}`);
    }
    return name as N;
  });
}
