import { readFile } from 'node:fs/promises';
import { SpecError } from '../claims/SpecError.ts';

/** Reads and parses a JSON file; SpecError naming the file when it is missing or not valid JSON. */
export async function loadJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new SpecError(file, 'no such file');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SpecError(file, `is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
}
