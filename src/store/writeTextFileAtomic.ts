import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SpecError } from '../core/SpecError.ts';

/**
 * Writes text atomically: a temporary file in the same folder, then rename, so a reader never sees a
 * half-written file (docs/design.md §4). A folder that does not exist or is not writable is a SpecError naming the file.
 */
export async function writeTextFileAtomic(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw new SpecError(file, `cannot write: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
