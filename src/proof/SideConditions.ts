import type { Bool } from 'z3-solver';

/** A well-definedness obligation of the formula, e.g. a denominator that must not vanish. */
export interface Obligation {
  readonly operation: string;
  readonly holds: Bool<'main'>;
}

/**
 * What the symbolic field records while a rule builds its formula (append-only, owned by one query).
 *
 * - definitions: constraints that pin an auxiliary variable (s >= 0, s*s = x for sqrt x). Each is
 *   guarded by its own domain condition (x >= 0 => ...), so the definitions are satisfiable at every
 *   point and can never make a query vacuously unsat.
 * - obligations: conditions under which the formula means the real rule (denominator != 0, x >= 0
 *   under a root). z3 treats x/0 as an unspecified total function, so a proof is only accepted after
 *   the obligations are proved on the whole domain (see proveLaw), never assumed.
 */
export class SideConditions {
  private readonly defs: Bool<'main'>[] = [];
  private readonly obls: Obligation[] = [];

  define(constraint: Bool<'main'>): void {
    this.defs.push(constraint);
  }
  oblige(operation: string, holds: Bool<'main'>): void {
    this.obls.push({ operation, holds });
  }
  get definitions(): readonly Bool<'main'>[] {
    return [...this.defs];
  }
  get obligations(): readonly Obligation[] {
    return [...this.obls];
  }
}
