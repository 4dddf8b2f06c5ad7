import { readFile, stat } from 'node:fs/promises';
import { SpecError } from '../core/SpecError.ts';

/** The largest data file propercheck reads (bytes): checked before reading it. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

/** Reads and parses a JSON file; a missing, unreadable, oversized or malformed file is a SpecError naming it. */
export async function loadJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    const { size } = await stat(file);
    if (size > MAX_JSON_BYTES) throw new SpecError(file, `is ${(size / 1024 / 1024).toFixed(1)} MB; data files are limited to ${MAX_JSON_BYTES / 1024 / 1024} MB`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof SpecError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SpecError(file, code === 'ENOENT' ? 'no such file' : `cannot read: ${code ?? String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SpecError(file, `not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
}
