import type { Rational } from '../../numbers/Rational.ts';

/** How an exact iteration ended (docs/mathematics.md SG-03, SG-04, PERF-03/04). */
export type DynamicsOutcome =
  | { readonly kind: 'fixed-point'; readonly step: number; readonly point: readonly Rational[] }
  | { readonly kind: 'cycle'; readonly start: number; readonly period: number; readonly orbit: readonly (readonly Rational[])[] }
  /** Certified convergence: the update is a contraction with this factor (Banach), the limit not reached exactly. */
  | { readonly kind: 'contraction'; readonly factor: Rational }
  /** Certified divergence: |x_t| = factor^t |x_0| with factor > 1. */
  | { readonly kind: 'diverges'; readonly factor: Rational }
  | { readonly kind: 'undetermined'; readonly steps: number };

export interface DynamicsRun {
  readonly iterates: readonly (readonly Rational[])[];
  readonly outcome: DynamicsOutcome;
}

/**
 * Runs x_{t+1} = step(x_t) exactly from `start` for at most `maxSteps` steps, stopping at an exact
 * fixed point or the first exact repetition (a cycle; rational iterates make this decidable). If
 * neither occurs, a contraction certificate (if any) proves convergence; else the run is undetermined.
 */
export function runIteration(
  step: (x: readonly Rational[]) => Rational[],
  start: readonly Rational[],
  maxSteps: number,
  contraction?: () => Rational | undefined,
): DynamicsRun {
  const iterates: Rational[][] = [[...start]];
  const seen = new Map<string, number>([[key(start), 0]]);
  for (let t = 1; t <= maxSteps; t++) {
    const next = step(iterates[t - 1]!);
    const k = key(next);
    const earlier = seen.get(k);
    if (earlier !== undefined) {
      const period = t - earlier;
      return period === 1
        ? { iterates, outcome: { kind: 'fixed-point', step: earlier, point: next } }
        : { iterates, outcome: { kind: 'cycle', start: earlier, period, orbit: iterates.slice(earlier) } };
    }
    iterates.push(next);
    seen.set(k, t);
  }
  const factor = contraction?.();
  return { iterates, outcome: factor ? { kind: 'contraction', factor } : { kind: 'undetermined', steps: maxSteps } };
}

function key(x: readonly Rational[]): string {
  return x.join(',');
}
