import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { SpecError } from '../core/SpecError.ts';

/** The answer for a saved file's `ruleFile`: the file to load, gone, or refused (it points outside the project). */
export type RuleFileLocation = { readonly kind: 'found'; readonly path: string } | { readonly kind: 'gone'; readonly path: string };

/**
 * The trust model of saved files (docs/design.md §4): a counterexample file is data, and may name a rule
 * file to load only inside the project that holds it: the nearest folder above the saved file with a
 * package.json, else the folder holding its `counterexamples` folder. A relative path that leaves the
 * project (`..`), an absolute path, or a symbolic link out of it is refused with one line (the user can
 * pass --rule FILE to trust a file explicitly). A rule file that is not there is `gone` (the saved file
 * is then stale, not an error).
 */
export function trustedRuleFile(savedFile: string, ruleFile: string): RuleFileLocation {
  const refuse = (reason: string): never => {
    throw new SpecError(`${savedFile}: ruleFile`, `${JSON.stringify(ruleFile)} ${reason}; saved files may name rule files only inside their project (pass --rule FILE to use a rule file explicitly)`);
  };
  if (isAbsolute(ruleFile)) refuse('is an absolute path');
  const root = projectOf(savedFile);
  if (!root) refuse('cannot be trusted: the saved file is in no project (no package.json above it, no counterexamples folder)');
  const path = resolve(dirname(savedFile), ruleFile);
  if (!inside(path, root!)) refuse(`points outside the project ${root}`);
  if (!existsSync(path)) return { kind: 'gone', path };
  if (!inside(realpathSync(path), realpathSync(root!))) refuse(`is a link to a file outside the project ${root}`);
  return { kind: 'found', path };
}

function projectOf(savedFile: string): string | undefined {
  let counterexamplesParent: string | undefined;
  for (let dir = dirname(resolve(savedFile)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (!counterexamplesParent && basename(dir) === 'counterexamples') counterexamplesParent = dirname(dir);
    if (dirname(dir) === dir) return counterexamplesParent;
  }
}

function inside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
