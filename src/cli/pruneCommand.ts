import { SpecError } from '../core/SpecError.ts';
import { removeFile } from '../store/removeFile.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { replayFiles } from './replayFiles.ts';

/**
 * `propercheck prune <file | folder>... [--dry-run] [--rule FILE]`: removes the saved counterexamples
 * that are stale (no longer refute their claim, or their rule file is gone), saying which and why. Never
 * touches a file that reproduces or cannot be read. Exit 0, or 2 when some files are invalid.
 */
export async function pruneCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('prune', argv, { 'dry-run': { type: 'boolean' }, rule: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length === 0) throw new SpecError('propercheck prune', 'expects counterexample files or folders');
  const rows = await replayFiles(positionals, values.rule ? { rule: values.rule } : {});
  const stale = rows.filter((r) => r.status === 'stale');
  if (!values['dry-run']) for (const r of stale) await removeFile(r.file);
  const verb = values['dry-run'] ? 'would remove' : 'removed';
  if (values.json) io.out(JSON.stringify({ [values['dry-run'] ? 'wouldRemove' : 'removed']: stale.map((r) => ({ file: r.file, reason: r.detail })), kept: rows.length - stale.length }, null, 2));
  else {
    for (const r of stale) io.out(`${verb} ${r.file}: ${r.detail}`);
    io.out(`${stale.length} stale files ${verb}, ${rows.length - stale.length} kept`);
  }
  for (const r of rows.filter((x) => x.status === 'invalid')) io.err(`error: ${r.detail}`);
  return rows.some((r) => r.status === 'invalid') ? EXIT.badInput : EXIT.ok;
}
