import type { Claim } from '../core/Claim.ts';
import { registry } from '../registry/registry.ts';
import { SpecError } from '../core/SpecError.ts';
import { DEFAULT_PRECISION_CAP } from '../certify/precisionLevels.ts';
import { replaySaved } from '../search/replaySaved.ts';
import { classifyCounterexample } from '../search/classifyCounterexample.ts';
import type { Robustness } from '../core/Robustness.ts';
import { formatTable } from '../report/formatTable.ts';
import { loadCounterexamples } from '../store/counterexampleStore.ts';
import { claimForRecord } from './claimForRecord.ts';
import { EXIT, type Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

type Status = 'reproduced' | 'stale' | 'invalid';

/**
 * `propercheck reproduce <file | folder>...`: re-certifies every saved counterexample exactly.
 * Exit 0 when all reproduce, 1 when some no longer do, 2 when some cannot be read.
 */
export async function reproduceCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('reproduce', argv, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw new SpecError('propercheck reproduce', 'expects counterexample files or folders');
  const { entries, errors } = await loadCounterexamples(positionals);
  const registered = new Map(registry.map((c) => [c.id, c] as [string, Claim]));
  const rows: { file: string; claim: string; status: Status; detail: string; robustness?: Robustness }[] = errors.map((e) => ({
    file: e.file,
    claim: '',
    status: 'invalid',
    detail: e.line,
  }));
  const ruleClaims = new Map<string, readonly Claim[]>();
  for (const { file, record } of entries) {
    try {
      const claim = await claimForRecord(record, file, registered, ruleClaims);
      const ctx = { screening: false, precisionCap: DEFAULT_PRECISION_CAP };
      const replay = replaySaved(claim, [{ file, input: record.input }], ctx);
      const reproduced = replay.reproduced[0];
      const status: Status = replay.invalid.length ? 'invalid' : reproduced ? 'reproduced' : 'stale';
      const detail = replay.invalid[0] ?? (reproduced ? JSON.stringify(reproduced.outcome.witness) : 'no longer refutes the claim');
      const robustness = reproduced ? classifyCounterexample(claim, reproduced.input, reproduced.outcome, ctx) : undefined;
      rows.push({ file, claim: record.claim, status, detail, ...(robustness ? { robustness } : {}) });
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      rows.push({ file, claim: record.claim, status: 'invalid', detail: error.message });
    }
  }
  if (values.json) io.out(JSON.stringify({ results: rows }, null, 2));
  else {
    io.out(formatTable(['file', 'claim', 'status', 'robustness', 'witness / reason'], rows.map((r) => [r.file, r.claim, r.status, r.robustness?.kind ?? '', r.detail])));
    const count = (s: Status) => rows.filter((r) => r.status === s).length;
    io.out(`\n${rows.length} files: ${count('reproduced')} reproduced, ${count('stale')} stale, ${count('invalid')} invalid`);
  }
  if (rows.some((r) => r.status === 'invalid')) return EXIT.badInput;
  return rows.some((r) => r.status === 'stale') ? EXIT.expectationNotMet : EXIT.ok;
}
