import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Where `check` saves the counterexamples of a rule file when no --save-dir is given: the
 * `counterexamples/` folder of the rule's project (the nearest folder above the file that holds a
 * package.json), or beside the file when it belongs to no project. So the user's data stays the user's
 * wherever the command runs from, and saved files move with the rule they refer to.
 */
export function defaultSaveDir(ruleFile: string): string {
  const start = dirname(resolve(ruleFile));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return shown(join(dir, 'counterexamples'));
    if (dirname(dir) === dir) return shown(join(start, 'counterexamples'));
  }
}

/** A path as a person reads it: relative to the working folder when it lies inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
