import { SpecError } from '../core/SpecError.ts';
import { RuleDomainError } from '../rulefile/RuleDomainError.ts';
import { CaseEvaluationError } from '../search/CaseEvaluationError.ts';
import { EXIT, type Io } from './Io.ts';
import { takeLimitFlags } from './takeLimitFlags.ts';
import { configureLimits } from '../isolation/WorkerLimits.ts';
import { isMainThread } from 'node:worker_threads';
import { didYouMean } from '../run/didYouMean.ts';
import { VERSION } from './version.ts';

type Command = (argv: readonly string[], io: Io) => Promise<number>;

/** Each command's module is loaded only when that command runs: start-up (and --version, --help) loads none of them. */
const COMMANDS = {
  run: async () => (await import('./runCommand.ts')).runCommand,
  check: async () => (await import('./checkCommand.ts')).checkCommand,
  reproduce: async () => (await import('./reproduceCommand.ts')).reproduceCommand,
  list: async () => (await import('./listCommand.ts')).listCommand,
  prove: async () => (await import('./proveCommand.ts')).proveCommand,
  report: async () => (await import('./reportCommand.ts')).reportCommand,
  game: async () => (await import('./gameCommand.ts')).gameCommand,
  analyze: async () => (await import('./analyzeCommand.ts')).analyzeCommand,
  train: async () => (await import('./trainCommand.ts')).trainCommand,
  prune: async () => (await import('./pruneCommand.ts')).pruneCommand,
  merge: async () => (await import('./mergeCommand.ts')).mergeCommand,
  experiment: async () => (await import('./experimentCommand.ts')).experimentCommand,
} satisfies Record<string, () => Promise<Command>>;

/** The commands run in a worker thread; `run`, `check` and `report` use the worker pool themselves. */
const ISOLATED: ReadonlySet<string> = new Set(['reproduce', 'prune', 'prove', 'analyze', 'game', 'train']);

/** One line per command: what it does and its flags (shown by `propercheck <command> --help`). */
const USAGE: Record<keyof typeof COMMANDS, string> = {
  run: 'run [--claim <id or glob>]... [--runs N] [--seed S] [--time-limit MS] [--save-dir DIR] [--workers K] [--shard I/N] [--no-screening] [--json] [--exact] [--reporter junit --out FILE] [--fail-on-budget-cut]\n    search every registered claim against its expectation',
  check: 'check <rule-file> [--claims a,b]... [--outcomes MIN..MAX] [--runs N] [--seed S] [--time-limit MS] [--eval-limit MS] [--save-dir DIR] [--workers K] [--shard I/N] [--no-proof] [--proof-timeout MS] [--json] [--exact] [--reporter junit --out FILE] [--fail-on-budget-cut]\n    check the claims made about a rule file (named or defined in it), plus the standard battery',
  reproduce: 'reproduce <counterexample.json | folder>... [--rule FILE] [--json] [--reporter junit --out FILE]\n    re-certify saved counterexamples exactly',
  list: 'list [--json] | list --catalog [--json] [--markdown] [--run [--claim <id or glob>]... [--runs N] [--seed S] [--time-limit MS] [--save-dir DIR] [--workers K]]\n    list the registered claims (with their catalogue ids) and the claim names a rule file may make; --catalog: every entry of docs/mathematics.md with its claims (and their verdicts with --run)',
  report: 'report [rule-file] [--out report.html] [run options]\n    run the registry (or check a rule file) and write an HTML report with counterexamples and plots',
  game: 'game <game.json> [--json] [--exact] [--plot out.svg] [--max-restricted N] [--time-limit MS]\n    solve a predictor game (or a plain matrix / bimatrix game) exactly: value, certified equilibrium, honesty at every equilibrium',
  prove: 'prove <rule id | rule-file.ts> [--claims a,b] [--outcomes 2..4] [--timeout-ms T] [--save-dir DIR] [--json]\n    prove or refute laws of a rule with the SMT tier',
  analyze: 'analyze --rule <rule id | rule-file.ts> --map <map.json | map.ts> [--json] [--exact] [--plot out.svg]\n    fixed points, optimal and stable reports, dynamics of a performative map',
  prune: 'prune <counterexample.json | folder>... [--dry-run] [--rule FILE] [--json]\n    remove saved counterexamples that are stale (no longer refute their claim, or their rule file is gone)',
  merge: 'merge <shard.json>... [--json] [--reporter junit --out FILE]\n    merge the --json documents of run --shard i/n (or check --shard i/n) into one report',
  train: 'train --game <game.json> --method zero-sum-gradient|stop-gradient|random-search|plain [--exploration EPS] [--importance-weighted] [--steps N] [--step-size ETA] [--seed S] [--init honest|pessimistic|random] [--json] [--plot out.svg]\n    train one shared model on a game',
  experiment: 'experiment <spec.json | built-in name> [--samples N] [--seed S] [--workers K] [--json] [--csv FILE] [--plot FILE.svg] [--html FILE] [--instance K] [--resume] [--checkpoint-dir DIR] [--eval-limit MS]\n    Monte Carlo study over random instances (e.g. many-outcome-brier): certified per-instance values, statistics, none dropped',
};

const HELP = `usage: propercheck <command> [options]   (propercheck <command> --help for one command; propercheck --version)
Every command that runs user code takes --memory-limit MB (heap cap per worker, default 2048), --load-limit MS (a module's top level, default 10000) and --call-limit MS (any one call into user code, default 60000).
${Object.values(USAGE).map((u) => `  ${u}`).join('\n')}
Exit codes: 0 every expectation met, 1 some expectation not met, 2 bad input or usage.
--json prints exactly one JSON document on stdout; progress goes to stderr.`;

/** Dispatches a command; bad input of any kind becomes one line on stderr and exit code 2. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = (COMMANDS as Record<string, () => Promise<Command>>)[name];
  if (command && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(`usage: propercheck ${USAGE[name as keyof typeof COMMANDS]}`);
    return EXIT.ok;
  }
  if (!command) {
    io.err(`propercheck: unknown command ${JSON.stringify(name)}${didYouMean(name, Object.keys(COMMANDS))} (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return EXIT.badInput;
  }
  try {
    const { rest: args, limits } = takeLimitFlags(rest);
    configureLimits(limits);
    // Commands that load user code (rule files, map code, files named by saved counterexamples) run it in a worker.
    if (ISOLATED.has(name) && isMainThread) return await (await import('./runIsolated.ts')).runIsolated([name, ...args], io);
    return await (await command())(args, io);
  } catch (error) {
    const bad = badInput(error);
    if (!bad) throw error;
    // Usage errors already name the command ("propercheck check: expects ..."): never twice.
    io.err(bad.startsWith(`propercheck ${name}`) ? bad : `propercheck ${name}: ${bad}`);
    return EXIT.badInput;
  }
}

/** The one-line message of a bad-input error (also when it surfaced inside a claim's check). */
function badInput(error: unknown): string | undefined {
  const cause = error instanceof CaseEvaluationError ? error.cause : error;
  if (cause instanceof SpecError || cause instanceof RuleDomainError) return cause.message;
  return undefined;
}
