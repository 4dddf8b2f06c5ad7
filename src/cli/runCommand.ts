import { SpecError } from '../core/SpecError.ts';
import { claimResultNotes } from '../report/claimResultNotes.ts';
import { formatTable } from '../report/formatTable.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { REGISTRY_SEARCH_OPTIONS, searchRegistry } from './searchRegistry.ts';

/** `propercheck run`: every registered claim (or the selected ones) against its expectation. */
export async function runCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', argv, {
    ...REGISTRY_SEARCH_OPTIONS,
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new SpecError('propercheck run', `unexpected argument ${positionals[0]} (see propercheck run --help)`);
  const { seed, searched, problems } = await searchRegistry(values, io);
  if (values.json) {
    const results = searched.map(({ result: r, file }) => ({
      id: r.id,
      expect: r.expect,
      verdict: r.verdict,
      met: r.met,
      cases: r.cases,
      ms: r.ms,
      ...(file ? { counterexample: file, robustness: r.counterexample!.robustness } : {}),
      ...(r.undecided.length ? { undecided: r.undecided } : {}),
      ...(r.stale.length ? { stale: r.stale } : {}),
      stats: r.stats,
    }));
    io.out(JSON.stringify({ seed, results, errors: problems }, null, 2));
  } else {
    const rows = searched.map(({ result: r, file }) => [
      r.id,
      r.expect,
      r.verdict,
      r.met ? 'yes' : 'NO',
      String(r.cases),
      String(r.ms),
      file ?? '',
    ]);
    io.out(formatTable(['claim', 'expect', 'verdict', 'met', 'cases', 'ms', 'counterexample'], rows));
    for (const { result } of searched) for (const line of claimResultNotes(result)) io.out(line);
    for (const p of problems) io.err(`error: ${p}`);
    const unmet = searched.filter((s) => !s.result.met).length;
    io.out(`\n${searched.length} claims, ${searched.length - unmet} met, ${unmet} not met (seed ${seed})`);
  }
  if (problems.length > 0) return EXIT.badInput;
  return searched.every((s) => s.result.met) ? EXIT.ok : EXIT.expectationNotMet;
}
