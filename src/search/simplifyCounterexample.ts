import type { Claim } from '../core/Claim.ts';

/**
 * Complexity of an input: the length of its stored JSON (fewer outcomes, shorter numbers), then the
 * sum of the denominators of its "n/d" strings (so 2/3 beats 4/5 although both are three characters).
 */
function size<I>(claim: Claim<I>, input: I): [number, bigint] {
  const text = JSON.stringify(claim.codec.encode(input));
  const denominators = [...text.matchAll(/"-?\d+\/(\d+)"/g)].reduce((s, m) => s + BigInt(m[1]!), 0n);
  return [text.length, denominators];
}

function smaller(a: [number, bigint], b: [number, bigint]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/**
 * Greedy minimisation after fast-check's shrinking: take the first candidate of `claim.simplify` that
 * is strictly smaller, valid (its stored form decodes) and again a counterexample of the kind sought
 * (`refutes`: a certified violation, or a strict one); repeat until none is, or the deadline passes.
 * Every accepted step is re-certified, so the result is too.
 */
export function simplifyCounterexample<I>(claim: Claim<I>, input: I, refutes: (input: I) => boolean, deadline: number): I {
  let current = input;
  let currentSize = size(claim, current);
  let improved = true;
  while (improved && claim.simplify && performance.now() < deadline) {
    improved = false;
    for (const candidate of claim.simplify(current)) {
      if (performance.now() >= deadline) break;
      const valid = decodedOrUndefined(claim, candidate);
      if (valid === undefined || !smaller(size(claim, valid), currentSize)) continue;
      if (!refutes(valid)) continue;
      current = valid;
      currentSize = size(claim, valid);
      improved = true;
      break;
    }
  }
  return current;
}

function decodedOrUndefined<I>(claim: Claim<I>, candidate: I): I | undefined {
  try {
    return claim.codec.decode(claim.codec.encode(candidate), 'input');
  } catch {
    return undefined;
  }
}
