// Spherical score written against the rule-file contract only (no import from propercheck):
// S(p, y) = p_y / ||p||_2. Strictly proper (Gneiting & Raftery 2007); needs F.sqrt, so propercheck
// certifies it with intervals.
export default {
  name: 'spherical-by-hand',
  claims: ['strictly-proper', 'proper', 'symmetric'],
  score(F: any, p: any[], y: number) {
    const norm = F.sqrt(F.sum(p.map((pi: any) => F.mul(pi, pi))));
    return F.div(p[y], norm);
  },
};
