// The quadratic score computed in a roundabout way: exactly proper, but in floating point
// 0.1 + 0.2 - 0.3 is 5.55e-17 and adding then removing 1000 rounds away the last digits, so float gaps
// like -1e-16 appear.
// propercheck must not refute it: near-ties are re-decided exactly.
export default {
  name: 'rounding-noise',
  claims: ['proper', 'strictly-proper'],
  score(F: any, p: any[], y: number) {
    const big = F.of(1000);
    const quadratic = F.sub(F.mul(F.of(2), p[y]), F.sum(p.map((pi: any) => F.mul(pi, pi))));
    const noise = F.sub(F.add(F.of(0.1), F.of(0.2)), F.of(0.3));
    return F.add(F.sub(F.add(quadratic, big), big), noise);
  },
};
