import { isJsonObject, type Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { checkText } from '../report/checkText.ts';
import type { CheckDocument } from '../report/CheckDocument.ts';
import { checkJunit, runJunit } from '../report/junit.ts';
import type { RunDocument } from '../report/RunDocument.ts';
import { runText } from '../report/runText.ts';
import { mergeDocuments, type ShardDocument } from '../run/mergeDocuments.ts';
import { loadJsonFile } from '../store/loadJsonFile.ts';
import { writeTextFileAtomic } from '../store/writeTextFileAtomic.ts';
import { checkExitCode } from './checkCommand.ts';
import type { Io } from './Io.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { REPORTER_OPTIONS, reporterOf } from './reporters.ts';
import { runExitCode } from './runCommand.ts';

/**
 * `propercheck merge <shard.json>...`: the `--json` documents of `run --shard i/n` (or `check --shard i/n`)
 * from n machines as one document, printed and exited on as the unsharded command would.
 */
export async function mergeCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', argv, { ...REPORTER_OPTIONS, json: { type: 'boolean' } });
  const reporter = reporterOf(values);
  const shards: ShardDocument[] = [];
  for (const file of positionals) shards.push(asShard(file, (await loadJsonFile(file)) as Json));
  const merged = mergeDocuments(shards);
  if (merged.kind === 'run') {
    io.out(values.json ? JSON.stringify(merged.doc, null, 2) : runText(merged.doc));
    if (reporter.junit) await writeTextFileAtomic(reporter.junit, runJunit([merged.doc]));
    return runExitCode(merged.doc, values['fail-on-budget-cut'] ?? false);
  }
  io.out(values.json ? JSON.stringify(merged.doc, null, 2) : checkText(merged.doc));
  if (reporter.junit) await writeTextFileAtomic(reporter.junit, checkJunit([merged.doc]));
  return checkExitCode(merged.doc, values['fail-on-budget-cut'] ?? false);
}

function asShard(file: string, json: Json): ShardDocument {
  if (!isJsonObject(json) || !Array.isArray(json['results']) || typeof json['seed'] !== 'number') {
    throw new SpecError(file, 'is not the JSON document of propercheck run --json or check --json');
  }
  return typeof json['rule'] === 'string' ? { file, kind: 'check', doc: json as unknown as CheckDocument } : { file, kind: 'run', doc: json as unknown as RunDocument };
}
