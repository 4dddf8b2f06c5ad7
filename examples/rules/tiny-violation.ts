// Quadratic plus 1e-7 times the linear score: improper, but only just. With p = q + d the gain of
// misreporting is 1e-7 <d, q> - ||d||^2, so the largest violation is about 1e-15: far below what a float
// comparison can see, and found by propercheck's close pairs and exact re-decision.
export default {
  name: 'tiny-violation',
  claims: ['proper'],
  score(F: any, p: any[], y: number) {
    const quadratic = F.sub(F.mul(F.of(2), p[y]), F.sum(p.map((pi: any) => F.mul(pi, pi))));
    return F.add(quadratic, F.mul(F.of('1e-7'), p[y]));
  },
};
