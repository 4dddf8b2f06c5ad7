import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SpecError } from '../core/SpecError.ts';

/** Temporary files end so (`.gitignore` covers `*.propercheck-tmp`); the name carries the writer's process id. */
export const TEMPORARY_SUFFIX = '.propercheck-tmp';

/**
 * Writes text atomically: a temporary file in the same folder (`.<name>.<pid>.<random>.propercheck-tmp`),
 * then a rename, so a reader never sees a half-written file under the final name (docs/design.md §4). Every
 * failure (folder missing and not creatable, a file where a folder should be, read-only, disk full, a
 * name too long) is one SpecError naming the file, and the temporary file is removed on every error path.
 */
export async function writeTextFileAtomic(file: string, text: string, options: { makeFolder?: boolean } = {}): Promise<void> {
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMPORARY_SUFFIX}`);
  try {
    if (options.makeFolder) await mkdir(folder, { recursive: true });
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw new SpecError(file, `cannot write: ${explain(error as NodeJS.ErrnoException)}`);
  }
}

/**
 * Removes temporary files that a writer killed mid-write left in a folder (their process is gone), so
 * that an interrupted run leaves nothing behind after the next one. Best effort: never fails a run.
 */
export async function removeOrphanedTemporaries(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(/\.(\d+)\.[0-9a-f]+\.propercheck-tmp$/.exec(name)?.[1]);
    if (pid && !alive(pid)) await unlink(join(folder, name)).catch(() => {});
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function explain(error: NodeJS.ErrnoException): string {
  const reasons: Record<string, string> = {
    EACCES: 'permission denied (read-only folder?)',
    EPERM: 'permission denied (read-only folder?)',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'disk quota exceeded',
    ENOTDIR: 'a file stands where a folder should be',
    EISDIR: 'a folder stands where the file should be',
    ENOENT: 'the folder does not exist',
    ENAMETOOLONG: 'the name is too long for the file system',
  };
  return reasons[error.code ?? ''] ?? error.code ?? String(error);
}
