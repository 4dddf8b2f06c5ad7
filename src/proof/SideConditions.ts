import type { Bool, Expr } from 'z3-solver';

/** A well-definedness obligation of the formula, e.g. a denominator that must not vanish. */
export interface Obligation {
  readonly operation: string;
  readonly holds: Bool<'main'>;
}

/** z3 prints a fresh constant made by `Real.fresh(prefix)` as `prefix!k`. */
const AUXILIARY = /\b[a-z]+![0-9]+\b/g;

/**
 * What the symbolic field records while a rule builds its formula (append-only, owned by one query).
 *
 * - definitions: constraints that pin an auxiliary variable (s >= 0, s*s = x for sqrt x). Each is
 *   guarded by its own domain condition (x >= 0 => ...), so the definitions are satisfiable at every
 *   point and can never make a query vacuously unsat.
 * - obligations: conditions under which the formula means the real rule (denominator != 0, x >= 0
 *   under a root). z3 treats x/0 as an unspecified total function, so a proof is only accepted after
 *   the obligations are proved on the whole domain (see proveLaw), never assumed.
 *
 * A query is given only the definitions its terms reach (definitionsFor): an unused nonlinear
 * definition (an inverse d*b = 1) turns a linear question into a nonlinear one for z3 (the zero-one
 * rule's obligation ties != 0 took over 10 s at n = 4 with every definition, milliseconds without).
 */
export class SideConditions {
  private readonly defs = new Map<string, Bool<'main'>>();
  private readonly obls: Obligation[] = [];
  private readonly uninterpreted = new Set<string>();

  define(auxiliary: string, constraint: Bool<'main'>): void {
    this.defs.set(auxiliary, constraint);
  }
  oblige(operation: string, holds: Bool<'main'>): void {
    this.obls.push({ operation, holds });
  }
  /** ln or exp occurred: they are uninterpreted functions in the formula (sound for unsat only). */
  useTranscendental(name: string): void {
    this.uninterpreted.add(name);
  }
  get transcendentals(): readonly string[] {
    return [...this.uninterpreted];
  }
  get definitions(): readonly Bool<'main'>[] {
    return [...this.defs.values()];
  }
  get obligations(): readonly Obligation[] {
    return [...this.obls];
  }
  /** The definitions of every auxiliary the terms mention, and of those their definitions mention. */
  definitionsFor(terms: readonly Expr<'main'>[]): Bool<'main'>[] {
    const seen = new Set<string>();
    const pending = terms.flatMap((t) => t.sexpr().match(AUXILIARY) ?? []);
    while (pending.length > 0) {
      const name = pending.pop()!;
      const def = this.defs.get(name);
      if (seen.has(name) || !def) continue;
      seen.add(name);
      pending.push(...(def.sexpr().match(AUXILIARY) ?? []));
    }
    return [...seen].map((name) => this.defs.get(name)!);
  }
}
