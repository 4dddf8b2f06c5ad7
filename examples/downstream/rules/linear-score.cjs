// A CommonJS rule file (require, module.exports) with a user-defined claim that is FALSE.
const { defineClaim, inputs } = require('propercheck');

// "No report beats telling the truth by more than 1/10" fails for the linear score, which rewards reporting
// the most likely outcome with certainty: with q = (3/5, 2/5) the truth scores 13/25, the report (1, 0) 3/5,
// and with q = (1/2, 1/2) ... the search finds a certified gap above 1/10 (e.g. q = (1/3, 2/3): 5/9 vs 2/3).
const truthNearlyBest = defineClaim({
  name: 'truth-nearly-best',
  statement: 'S(p, q) <= S(q, q) + 1/10 for every report p and belief q',
  input: inputs.reportAndBelief(),
  holds: (F, { p, q }, S) => F.le(S.expected(p, q), F.add(S.expected(q, q), F.of('1/10'))),
});

// The linear score S(p, y) = p_y: not proper.
module.exports = {
  name: 'linear-score',
  outcomes: { min: 2, max: 4 },
  claims: [truthNearlyBest],
  score: (F, p, y) => p[y],
};
