import type { Law } from './Law.ts';
import type { LawName } from '../core/LawName.ts';
import { localLaw } from './localLaw.ts';
import { properLaw, strictlyProperLaw } from './properLaw.ts';
import { symmetricLaw } from './symmetricLaw.ts';

/** Every shared law by name. */
export const laws: Readonly<Record<LawName, Law<any>>> = {
  proper: properLaw,
  'strictly-proper': strictlyProperLaw,
  symmetric: symmetricLaw,
  local: localLaw,
};
