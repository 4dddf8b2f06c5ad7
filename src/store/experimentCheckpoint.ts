import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { writeTextFileAtomic } from './writeTextFileAtomic.ts';

/**
 * The checkpoint of an experiment run (finished instances, so that `--resume` does not compute them
 * again), as JSON; undefined when there is none yet. A file that is not JSON is bad input naming it.
 */
export async function readCheckpoint(file: string): Promise<Json | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SpecError(file, `cannot read the checkpoint: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw new SpecError(file, `the checkpoint is not valid JSON (${(error as Error).message.split('\n')[0]}); delete it or run without --resume`);
  }
}

/** Writes the checkpoint atomically (a reader or a crash never sees half a file), creating its folder. */
export async function writeCheckpoint(file: string, json: Json): Promise<void> {
  await mkdir(dirname(file), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new SpecError(file, `cannot create the checkpoint folder: ${error.code ?? String(error)}`);
  });
  await writeTextFileAtomic(file, JSON.stringify(json));
}
