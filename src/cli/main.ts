import { SpecError } from '../core/SpecError.ts';
import { RuleDomainError } from '../rulefile/RuleDomainError.ts';
import { CaseEvaluationError } from '../search/CaseEvaluationError.ts';
import { analyzeCommand } from './analyzeCommand.ts';
import { checkCommand } from './checkCommand.ts';
import { gameCommand } from './gameCommand.ts';
import { EXIT, type Io } from './Io.ts';
import { listCommand } from './listCommand.ts';
import { proveCommand } from './proveCommand.ts';
import { reportCommand } from './reportCommand.ts';
import { reproduceCommand } from './reproduceCommand.ts';
import { runCommand } from './runCommand.ts';
import { trainCommand } from './trainCommand.ts';
import { runIsolated } from './runIsolated.ts';
import { isMainThread } from 'node:worker_threads';
import { didYouMean } from '../run/didYouMean.ts';
import { VERSION } from './version.ts';

const COMMANDS = {
  run: runCommand,
  check: checkCommand,
  reproduce: reproduceCommand,
  list: listCommand,
  prove: proveCommand,
  report: reportCommand,
  game: gameCommand,
  analyze: analyzeCommand,
  train: trainCommand,
} satisfies Record<string, (argv: readonly string[], io: Io) => Promise<number>>;

/** The commands run in a worker thread; `run`, `check` and `report` use the worker pool themselves. */
const ISOLATED: ReadonlySet<string> = new Set(['reproduce', 'prove', 'analyze', 'game', 'train']);

/** One line per command: what it does and its flags (shown by `propercheck <command> --help`). */
const USAGE: Record<keyof typeof COMMANDS, string> = {
  run: 'run [--claim <id or glob>]... [--runs N] [--seed S] [--time-limit MS] [--save-dir DIR] [--workers K] [--shard I/N] [--no-screening] [--json] [--exact] [--reporter junit --out FILE] [--fail-on-budget-cut]\n    search every registered claim against its expectation',
  check: 'check <rule-file> [--claims a,b]... [--outcomes MIN..MAX] [--runs N] [--seed S] [--time-limit MS] [--eval-limit MS] [--save-dir DIR] [--workers K] [--memory-limit MB] [--shard I/N] [--no-proof] [--proof-timeout MS] [--json] [--exact] [--reporter junit --out FILE] [--fail-on-budget-cut]\n    check the claims made about a rule file (named or defined in it), plus the standard battery',
  reproduce: 'reproduce <counterexample.json | folder>... [--rule FILE] [--json] [--reporter junit --out FILE] [--memory-limit MB]\n    re-certify saved counterexamples exactly',
  list: 'list [--json] | list --catalog [--json] [--markdown] [--run [--claim <id or glob>]... [--runs N] [--seed S] [--time-limit MS] [--save-dir DIR] [--workers K]]\n    list the registered claims (with their catalogue ids) and the claim names a rule file may make; --catalog: every entry of docs/mathematics.md with its claims (and their verdicts with --run)',
  report: 'report [rule-file] [--out report.html] [run options]\n    run the registry (or check a rule file) and write an HTML report with counterexamples and plots',
  game: 'game <game.json> [--json] [--plot out.svg]\n    solve a predictor game exactly: value, certified equilibrium, honesty at every equilibrium',
  prove: 'prove <rule id | rule-file.ts> [--claims a,b] [--outcomes 2..4] [--timeout-ms T] [--save-dir DIR] [--json]\n    prove or refute laws of a rule with the SMT tier',
  analyze: 'analyze --rule <rule id | rule-file.ts> --map <map.json> [--json] [--plot out.svg]\n    fixed points, optimal and stable reports, dynamics of a performative map',
  train: 'train --game <game.json> --method zero-sum-gradient|stop-gradient|random-search|plain [--exploration EPS] [--importance-weighted] [--steps N] [--step-size ETA] [--seed S] [--init honest|pessimistic|random] [--json] [--plot out.svg]\n    train one shared model on a game',
};

const HELP = `usage: propercheck <command> [options]   (propercheck <command> --help for one command; propercheck --version)
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
  const command = (COMMANDS as Record<string, (argv: readonly string[], io: Io) => Promise<number>>)[name];
  if (command && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(`usage: propercheck ${USAGE[name as keyof typeof COMMANDS]}`);
    return EXIT.ok;
  }
  if (!command) {
    io.err(`propercheck: unknown command ${JSON.stringify(name)}${didYouMean(name, Object.keys(COMMANDS))} (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return EXIT.badInput;
  }
  try {
    // Commands that load user code (rule files, map code, files named by saved counterexamples) run it in a worker.
    if (ISOLATED.has(name) && isMainThread) return await runIsolated([name, ...rest], io);
    return await command(rest, io);
  } catch (error) {
    const bad = badInput(error);
    if (!bad) throw error;
    io.err(`propercheck ${name}: ${bad}`);
    return EXIT.badInput;
  }
}

/** The one-line message of a bad-input error (also when it surfaced inside a claim's check). */
function badInput(error: unknown): string | undefined {
  const cause = error instanceof CaseEvaluationError ? error.cause : error;
  if (cause instanceof SpecError || cause instanceof RuleDomainError) return cause.message;
  return undefined;
}
