import { SpecError } from '../core/SpecError.ts';
import { formatTable } from '../report/formatTable.ts';
import { junitXml } from '../report/junit.ts';
import { annotation } from '../report/annotations.ts';
import { readableNumber } from '../report/readable.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { EXIT, type Io } from './Io.ts';
import { integerFlag, parseCommandArgs } from './parseCommandArgs.ts';
import { replayFiles, type ReplayRow } from './replayFiles.ts';
import { REPORTER_OPTIONS, reporterOf } from './reporters.ts';

/**
 * `propercheck reproduce <file | folder>... [--rule FILE]`: re-certifies every saved counterexample
 * exactly. Exit 0 when all reproduce, 1 when some are stale, 2 when some cannot be read or are refused.
 */
export async function reproduceCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('reproduce', argv, { ...REPORTER_OPTIONS, json: { type: 'boolean' }, rule: { type: 'string' }, 'eval-limit': { type: 'string' } });
  if (positionals.length === 0) throw new SpecError('propercheck reproduce', 'expects counterexample files or folders');
  const reporter = reporterOf(values);
  const rows = await replayFiles(positionals, { ...(values.rule ? { rule: values.rule } : {}), evalLimitMs: integerFlag(values['eval-limit'], '--eval-limit', 10_000) });
  if (values.json) io.out(JSON.stringify({ results: rows }, null, 2));
  else {
    const shown = (detail: string) => detail.replace(/"(-?\d+\/\d+|-?\d{41,})"/g, (_, n: string) => `"${readableNumber(n)}"`);
    io.out(formatTable(['file', 'claim', 'status', 'robustness', 'witness / reason'], rows.map((r) => [r.file, r.claim, r.status, r.robustness?.kind ?? '', shown(r.detail)])));
    const count = (s: ReplayRow['status']) => rows.filter((r) => r.status === s).length;
    io.out(`\n${rows.length} files: ${count('reproduced')} reproduced, ${count('stale')} stale, ${count('invalid')} invalid${count('stale') ? ' (propercheck prune removes stale files)' : ''}`);
  }
  if (reporter.junit) await writeTextFileAtomic(reporter.junit, reproduceJunit(rows));
  if (reporter.annotations) for (const r of rows) if (r.status !== 'reproduced') io.err(annotation(r.status === 'stale' ? 'warning' : 'error', `${r.claim}: ${r.status}: ${r.detail}`, { file: r.file }));
  if (rows.some((r) => r.status === 'invalid')) return EXIT.badInput;
  return rows.some((r) => r.status === 'stale') ? EXIT.expectationNotMet : EXIT.ok;
}

function reproduceJunit(rows: readonly ReplayRow[]): string {
  return junitXml([
    {
      name: 'reproduce',
      cases: rows.map((r) => ({
        classname: r.claim || 'unreadable',
        name: r.file,
        ms: 0,
        ...(r.status === 'stale' ? { failure: { message: `stale: ${r.detail}`, text: r.detail } } : r.status === 'invalid' ? { error: { message: r.detail } } : { output: r.detail }),
      })),
    },
  ]);
}
