/**
 * Parses "n/d", an integer, or a decimal with optional exponent ("0.25", "-1.5e-6") into num/den
 * BigInts, handed to `make` for normalisation. Throws a SyntaxError naming the text otherwise.
 */
export function parseRational<R>(text: string, make: (n: bigint, d: bigint) => R): R {
  const s = text.trim();
  const frac = /^([+-]?\d+)\s*\/\s*([+-]?\d+)$/.exec(s);
  if (frac) return make(BigInt(frac[1]!), BigInt(frac[2]!));
  const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!dec || (dec[2] === '' && (dec[3] ?? '') === '')) {
    throw new SyntaxError(`not a rational number: ${JSON.stringify(text)}`);
  }
  const [, sign, int, fracDigits = '', expText = '0'] = dec;
  const exp = Number(expText) - fracDigits.length;
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 100_000) throw new SyntaxError(`exponent out of range: ${text}`);
  let n = BigInt((int ?? '') + fracDigits || '0');
  if (sign === '-') n = -n;
  return exp >= 0 ? make(n * 10n ** BigInt(exp), 1n) : make(n, 10n ** BigInt(-exp));
}
