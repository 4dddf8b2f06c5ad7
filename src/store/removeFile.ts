import { unlink } from 'node:fs/promises';
import { SpecError } from '../core/SpecError.ts';

/** Removes a file; a failure (read-only folder, already gone) is one line naming it. */
export async function removeFile(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    throw new SpecError(file, `cannot remove: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
