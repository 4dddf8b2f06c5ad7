import { defineClaim, defineRule, inputs } from 'propercheck';

/** Honest reporting scores at least as well as reporting the uniform distribution (true for every proper rule). */
export const honestBeatsUniform = defineClaim({
  name: 'honest-beats-uniform',
  statement: 'S(q, q) >= S(u, q) for every belief q, u uniform',
  input: inputs.distribution(),
  holds: (F, q, S) => F.ge(S.expected(q, q), S.expected(q.map(() => F.div(F.of(1), F.of(q.length))), q)),
});

/** The Brier (quadratic) score in reward form, S(p, y) = 2 p_y - sum_j p_j^2. */
export default defineRule({
  name: 'brier',
  outcomes: { min: 2, max: 5 },
  claims: ['strictly-proper', 'symmetric', honestBeatsUniform],
  score(F, p, y) {
    return F.sub(F.mul(F.of(2), p[y]!), F.sum(p.map((pi) => F.mul(pi, pi))));
  },
});
