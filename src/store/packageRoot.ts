import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set (by the bundler) where this code does not run from inside the package: the package's folder. */
declare const PROPERCHECK_ROOT: string | undefined;

let root: string | undefined = typeof PROPERCHECK_ROOT === 'string' ? PROPERCHECK_ROOT : undefined;

/**
 * The folder of propercheck's own package.json, found by walking up from this module: the same answer
 * whether this runs from src/ (tests, development) or from a chunk of the compiled dist/.
 */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'propercheck') return (root = dir);
    if (dirname(dir) === dir) throw new Error('propercheck cannot find its own package.json');
  }
}

/** The compiled library entry that `import 'propercheck'` in a user's module is mapped to (one instance). */
export function ownApiEntry(): string {
  return join(packageRoot(), 'dist', 'index.js');
}
