import type { Rational } from './Rational.ts';

/**
 * r in decimal with at most `significant` significant digits, rounded to nearest (half away from zero),
 * computed in BigInt (no float on the way), and whether that is r exactly. Plain notation from 1e-6 up
 * to 1e15, scientific outside: "0.12345679", "-3.5e-40". For display only: exact values stay "n/d".
 */
export function decimalString(r: Rational, significant: number): { readonly text: string; readonly exact: boolean } {
  if (r.num === 0n) return { text: '0', exact: true };
  const negative = r.num < 0n;
  const n = negative ? -r.num : r.num;
  const d = r.den;
  let e = n.toString().length - d.toString().length; // floor(log10(n/d)) or one more
  if (n * pow10(Math.max(0, -e)) < d * pow10(Math.max(0, e))) e -= 1;
  let k = significant - 1 - e;
  let [m, exact] = roundedRatio(k >= 0 ? n * pow10(k) : n, k >= 0 ? d : d * pow10(-k));
  if (m >= pow10(significant)) {
    // Rounding carried into a new digit (9.99 -> 10.0): one significant digit fewer after the point.
    e += 1;
    k -= 1;
    [m, exact] = roundedRatio(k >= 0 ? n * pow10(k) : n, k >= 0 ? d : d * pow10(-k));
  }
  return { text: `${negative ? '-' : ''}${layout(m, e, significant)}`, exact };
}

function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

function roundedRatio(a: bigint, b: bigint): [bigint, boolean] {
  const q = a / b;
  const rest = a - q * b;
  return [2n * rest >= b ? q + 1n : q, rest === 0n];
}

/** m (with `significant` digits, trailing zeros allowed) times 10^(e - significant + 1), written out. */
function layout(m: bigint, e: number, significant: number): string {
  const digits = m.toString().padStart(significant, '0').replace(/0+$/, '') || '0';
  if (e >= 15 || e < -6) return `${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}e${e}`;
  if (e < 0) return `0.${'0'.repeat(-e - 1)}${digits}`;
  const whole = digits.slice(0, e + 1).padEnd(e + 1, '0');
  const fraction = digits.slice(e + 1);
  return fraction ? `${whole}.${fraction}` : whole;
}
