import { SpecError } from '../core/SpecError.ts';
import type { WorkerLimits } from '../isolation/WorkerLimits.ts';

const FLAGS = {
  '--memory-limit': { key: 'memoryMb', min: 64, what: 'a number of MB' },
  '--load-limit': { key: 'loadMs', min: 100, what: 'a number of ms' },
  '--call-limit': { key: 'callMs', min: 100, what: 'a number of ms' },
} as const;

/**
 * The limits of the workers that run user code, given to any command (`--memory-limit MB`,
 * `--load-limit MS`, `--call-limit MS`), taken off the arguments before the command reads the rest.
 */
export function takeLimitFlags(argv: readonly string[]): { rest: string[]; limits: Partial<WorkerLimits> } {
  const rest: string[] = [];
  const limits: { -readonly [K in keyof WorkerLimits]?: number } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = FLAGS[flag as keyof typeof FLAGS];
    if (!spec) {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < spec.min) throw new SpecError(flag, `expected ${spec.what} >= ${spec.min}, got ${JSON.stringify(value)}`);
    limits[spec.key] = n;
  }
  return { rest, limits };
}
