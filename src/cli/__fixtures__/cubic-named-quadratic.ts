// A user's rule that reuses a built-in name: it is called 'quadratic' but it is power(3) written by
// hand, S(p, y) = 3 p_y^2 - 2 sum_j p_j^3, cubic in p for three or more outcomes. The audit's defect 1:
// `analyze` trusted the name and printed the quadratic rule's exact KKT optimum 479/1760 for it.
export default {
  name: 'quadratic',
  score(F: any, p: any[], y: number) {
    const cubes = F.sum(p.map((pi: any) => F.mul(pi, F.mul(pi, pi))));
    return F.sub(F.mul(F.of(3), F.mul(p[y], p[y])), F.mul(F.of(2), cubes));
  },
};
