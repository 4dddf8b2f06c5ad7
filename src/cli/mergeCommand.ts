import { isJsonObject, type Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { checkText } from '../report/checkText.ts';
import type { CheckDocument } from '../report/CheckDocument.ts';
import { checkJunit, runJunit } from '../report/junit.ts';
import type { RunDocument } from '../report/RunDocument.ts';
import { runText } from '../report/runText.ts';
import { mergeDocuments, type ShardDocument } from '../run/mergeDocuments.ts';
import { loadJsonFile } from '../store/loadJsonFile.ts';
import { emitDocument } from './emitDocument.ts';
import { checkAnnotations, runAnnotations } from '../report/annotations.ts';
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
  const { values, positionals } = parseCommandArgs('merge', argv, { ...REPORTER_OPTIONS, json: { type: 'boolean' }, exact: { type: 'boolean' } });
  const reporter = reporterOf(values);
  const shards: ShardDocument[] = [];
  for (const file of positionals) shards.push(asShard(file, (await loadJsonFile(file)) as Json));
  const merged = mergeDocuments(shards);
  const failOnCut = values['fail-on-budget-cut'] ?? false;
  if (merged.kind === 'run') {
    const doc = merged.doc;
    await emitDocument(io, doc, { text: (exact) => runText(doc, { exact }), junit: () => runJunit([doc]), annotations: () => runAnnotations(doc), errors: doc.errors }, { ...values, ...reporter });
    return runExitCode(doc, failOnCut);
  }
  const doc = merged.doc;
  await emitDocument(io, doc, { text: (exact) => checkText(doc, { exact }), junit: () => checkJunit([doc]), annotations: () => checkAnnotations(doc), errors: doc.errors }, { ...values, ...reporter });
  return checkExitCode(doc, failOnCut);
}

function asShard(file: string, json: Json): ShardDocument {
  if (!isJsonObject(json) || !Array.isArray(json['results']) || typeof json['seed'] !== 'number') {
    throw new SpecError(file, 'is not the JSON document of propercheck run --json or check --json');
  }
  return typeof json['rule'] === 'string' ? { file, kind: 'check', doc: json as unknown as CheckDocument } : { file, kind: 'run', doc: json as unknown as RunDocument };
}
