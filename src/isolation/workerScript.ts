import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeBundle } from '../store/loadModule.ts';
import { packageRoot } from '../store/packageRoot.ts';

/** Defined (true) by the build in dist/: the worker script then ships compiled beside the CLI. */
declare const PROPERCHECK_DIST: boolean | undefined;

let script: Promise<string> | undefined;

/**
 * The file every worker runs: dist/worker.js in the compiled package; in development (tests run the
 * TypeScript sources), scripts/worker.ts bundled once per process into a temporary file that is
 * removed when the process exits.
 */
export function workerScript(): Promise<string> {
  if (typeof PROPERCHECK_DIST !== 'undefined') return Promise.resolve(join(packageRoot(), 'dist', 'worker.js'));
  // The bundle runs from a temporary folder: it is told where the package lives.
  script ??= writeBundle(join(packageRoot(), 'scripts', 'worker.ts'), { define: { PROPERCHECK_ROOT: JSON.stringify(packageRoot()) } }).then((file) => {
    process.once('exit', () => {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    });
    return file;
  });
  return script;
}
