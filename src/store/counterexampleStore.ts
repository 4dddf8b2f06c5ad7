import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SpecError } from '../core/SpecError.ts';
import { type CounterexampleFile, parseCounterexampleFile } from './CounterexampleFile.ts';
import { shortHash } from './canonicalJson.ts';
import { loadJsonFile } from './loadJsonFile.ts';
import { removeOrphanedTemporaries, writeTextFileAtomic } from './writeTextFileAtomic.ts';

/** Where a counterexample is stored: <root>/<claim id>/<hash of claim and input>.json. */
export function counterexamplePath(root: string, record: Pick<CounterexampleFile, 'claim' | 'input'>): string {
  return join(root, ...record.claim.split('/'), `${shortHash({ claim: record.claim, input: record.input })}.json`);
}

/**
 * Writes a counterexample atomically (temporary file in the same folder, then rename), so a crash
 * never leaves a half-written file. An existing file for the same input is kept as it is.
 */
export async function saveCounterexample(root: string, record: CounterexampleFile): Promise<string> {
  const path = counterexamplePath(root, record);
  if (await exists(path)) return path;
  await writeTextFileAtomic(path, `${JSON.stringify(record, null, 2)}\n`, { makeFolder: true });
  await removeOrphanedTemporaries(dirname(path));
  return path;
}

/** A saved file that could not be read: which, and the one line that says why. */
export interface UnreadableFile {
  readonly file: string;
  readonly line: string;
}

export interface LoadedCounterexample {
  readonly file: string;
  readonly record: CounterexampleFile;
}

/**
 * Reads every .json file under the given files or folders; one error line per unreadable file. A
 * missing target is an error, unless `missingIsEmpty` (a save folder that nothing was saved to yet).
 */
export async function loadCounterexamples(
  targets: readonly string[],
  options: { missingIsEmpty?: boolean } = {},
): Promise<{ entries: LoadedCounterexample[]; errors: UnreadableFile[] }> {
  const entries: LoadedCounterexample[] = [];
  const errors: UnreadableFile[] = [];
  for (const target of targets) {
    if (options.missingIsEmpty && !(await exists(target))) continue;
    for (const file of await listJsonFiles(target, errors)) {
      try {
        entries.push({ file, record: parseCounterexampleFile(await loadJsonFile(file), file) });
      } catch (error) {
        errors.push({ file, line: error instanceof SpecError ? error.message : `${file}: ${(error as Error).message}` });
      }
    }
  }
  return { entries, errors };
}

async function listJsonFiles(target: string, errors: UnreadableFile[]): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  if (!info) {
    errors.push({ file: target, line: `${target}: no such file or folder` });
    return [];
  }
  if (info.isFile()) return [target];
  const names = await readdir(target, { recursive: true });
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(target, name));
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
