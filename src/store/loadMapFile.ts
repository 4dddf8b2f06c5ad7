import type { CodeMapSpec } from '../performative/map/MapSpec.ts';
import { validateMapObject } from '../rulefile/validateMapObject.ts';
import { loadModule } from './loadModule.ts';
import { ownApiEntry } from './packageRoot.ts';

/** File names that are modules (a map given as code) rather than JSON specs. */
export const MODULE_EXTENSIONS = /\.(ts|mts|cts|js|mjs|cjs)$/i;

/**
 * Loads a map given as code from anywhere (loadModule, as rule files load) and validates its default
 * export; every failure is one line naming the file.
 */
export async function loadMapFile(file: string): Promise<CodeMapSpec> {
  const module = await loadModule(file, { aliases: { propercheck: ownApiEntry() } });
  return validateMapObject(module.default, file);
}
