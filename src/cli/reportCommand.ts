import { SpecError } from '../core/SpecError.ts';
import { htmlReport } from '../report/htmlReport.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { REGISTRY_SEARCH_OPTIONS, searchRegistry } from './searchRegistry.ts';
import { VERSION } from './version.ts';

/**
 * `propercheck report [--out report.html]`: the same search as `run`, written as an HTML page with the
 * certified counterexamples and plots. Exit codes as for `run`.
 */
export async function reportCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', argv, { ...REGISTRY_SEARCH_OPTIONS, out: { type: 'string' } });
  if (positionals.length > 0) throw new SpecError('propercheck report', `unexpected argument ${positionals[0]}`);
  const out = values.out ?? 'report.html';
  const { seed, searched, problems } = await searchRegistry(values, io);
  await writeTextFileAtomic(out, htmlReport(searched, { seed, date: new Date().toISOString(), version: VERSION }));
  for (const p of problems) io.err(`error: ${p}`);
  const unmet = searched.filter((s) => !s.result.met).length;
  io.out(`report written to ${out}: ${searched.length} claims, ${searched.length - unmet} met, ${unmet} not met (seed ${seed})`);
  if (problems.length > 0) return EXIT.badInput;
  return unmet === 0 ? EXIT.ok : EXIT.expectationNotMet;
}
