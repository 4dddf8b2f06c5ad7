import { SpecError } from '../claims/SpecError.ts';
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

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => Promise<number>> = {
  run: runCommand,
  check: checkCommand,
  reproduce: reproduceCommand,
  list: listCommand,
  prove: proveCommand,
  report: reportCommand,
  game: gameCommand,
  analyze: analyzeCommand,
  train: trainCommand,
};

const HELP = `usage: propercheck <command> [options]
  run        search every registered claim (or --claim <id or glob>) against its expectation
  check      check the claims made about a rule file: propercheck check my-rule.ts [--outcomes 2..5]
  reproduce  re-certify saved counterexamples: propercheck reproduce counterexamples/
  list       list the registered claims
  report     run the claims and write an HTML report with counterexamples and plots: --out report.html
  game       solve a predictor game exactly: propercheck game examples/games/dec-01.json [--json]
  prove      prove laws of a rule with the SMT tier: propercheck prove quadratic --outcomes 2..4
  analyze    a performative map under a rule: propercheck analyze --rule quadratic --map map.json [--plot out.svg]
  train      train one shared model on a game: propercheck train --game g.json --method zero-sum-gradient [--exploration 1/10] [--plot out.svg]
Common options: --json (one JSON document on stdout), --runs N, --seed S. Exit codes: 0 expectations met,
1 some expectation not met, 2 bad input or usage.`;

/** Dispatches a command; bad input of any kind becomes one line on stderr and exit code 2. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`propercheck: unknown command ${JSON.stringify(name)} (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return EXIT.badInput;
  }
  try {
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
  if (error instanceof SpecError) return error.message;
  if (error instanceof CaseEvaluationError && error.cause instanceof SpecError) return error.cause.message;
  return undefined;
}
