import type { UserRule } from '../rulefile/UserRule.ts';
import { validateRuleObject } from '../rulefile/validateRuleObject.ts';
import { loadModule, type LoadOptions } from './loadModule.ts';
import { ownApiEntry } from './packageRoot.ts';

/**
 * Loads a user's rule file from anywhere (loadModule) and validates its default export. Every failure
 * is a RuleFileError naming the file: missing, does not parse (file:line:column), throws while loading,
 * no default export, or a malformed field.
 */
export async function loadRuleFile(file: string, options: LoadOptions = { aliases: { propercheck: ownApiEntry() } }): Promise<UserRule> {
  const module = await loadModule(file, options);
  return validateRuleObject(module.default, file);
}
