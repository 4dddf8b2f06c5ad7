// A nonlinear map on three outcomes: each outcome's probability moves towards the next one's, more so
// the more confident the report, f(p)_i = (p_i + p_{i+1} + p_i^2) / (2 + |p|^2). It is not a stochastic
// matrix, so propercheck certifies its optimal reports by branch and bound over boxes of reports.
import { defineMap } from 'propercheck';

export default defineMap({
  name: 'cyclic-shift-3',
  outcomes: 3,
  f(F, p) {
    const norm = F.sum(p.map((x) => F.mul(x, x)));
    const scale = F.add(F.of(2), norm);
    return p.map((x, i) => F.div(F.add(F.add(x, p[(i + 1) % 3]!), F.mul(x, x)), scale));
  },
});
