/** Which reports a rule is defined on: the closed simplex, or its interior (e.g. log: ln 0 = -inf). */
export type RuleDomain = 'closed' | 'interior';
