// Logarithmic score S(p, y) = ln p_y: strictly proper and local; defined on the interior only.
export default {
  name: 'log-by-hand',
  domain: 'interior',
  claims: ['strictly-proper', 'local'],
  score(F: any, p: any[], y: number) {
    return F.ln(p[y]);
  },
};
