import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RuleFileError } from '../rulefile/RuleFileError.ts';
import type { UserRule } from '../rulefile/UserRule.ts';
import { validateRuleObject } from '../rulefile/validateRuleObject.ts';

/**
 * Imports a user's rule file (TypeScript or JavaScript; the CLI runs under tsx) and validates its
 * default export. Every failure is a RuleFileError naming the file: missing, does not parse, throws
 * while loading, no default export, or a malformed field.
 */
export async function loadRuleFile(file: string): Promise<UserRule> {
  const path = resolve(file);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new RuleFileError(file, 'file', 'no such file');
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    const message = ((error as Error)?.message ?? String(error)).split('\n')[0];
    const parse = error instanceof SyntaxError || /Transform failed|Expected|Unexpected/.test(message ?? '');
    throw new RuleFileError(file, 'file', `${parse ? 'does not parse' : 'threw while loading'}: ${message}`);
  }
  return validateRuleObject(module.default, file);
}
