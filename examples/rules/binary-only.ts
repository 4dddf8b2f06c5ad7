// S(p, y) = 2 p_y - p_y^2 - (1 - p_y)^2. For two outcomes 1 - p_y is the other probability, so this
// is the quadratic score and strictly proper; for three or more it is not proper: with
// q = (1/2, 1/4, 1/4) the best report is (3/5, 1/5, 1/5).
export default {
  name: 'binary-only',
  claims: ['proper', 'strictly-proper'],
  score(F: any, p: any[], y: number) {
    const rest = F.sub(F.of(1), p[y]);
    return F.sub(F.sub(F.mul(F.of(2), p[y]), F.mul(p[y], p[y])), F.mul(rest, rest));
  },
};
