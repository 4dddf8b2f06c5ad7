import { readFile } from 'node:fs/promises';
import { SpecError } from '../core/SpecError.ts';

/** Reads and parses a JSON file; a missing, unreadable or malformed file is a SpecError naming it. */
export async function loadJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SpecError(file, code === 'ENOENT' ? 'no such file' : `cannot read: ${code ?? String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SpecError(file, `not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
}
