/**
 * The catalogue of docs/mathematics.md as data: every entry's id, title and status label, in the order of
 * the document, and for entries (or parts of entries) that no registered claim checks, why not. This is
 * the one place the CLI (`propercheck list --catalog`) and the report read the catalogue from;
 * properties/catalog.test.ts checks it against the anchors, headings, status lines and Appendix B of
 * docs/mathematics.md, so the two cannot drift. Which claims test an entry is not kept here: it is
 * derived from the claims' `source` citations (catalogIds.ts).
 */
export type StatusLabel = 'THEOREM' | 'DERIVED' | 'FALSE' | 'CONJECTURE' | 'DEFINITION' | 'REMARK';

export interface CatalogEntry {
  readonly id: string;
  /** The heading after the dash, exactly as docs/mathematics.md writes it. */
  readonly title: string;
  /** The first label of the entry's **Status:** line. */
  readonly status: StatusLabel;
  /** The status as Appendix B writes it (the label, or the label with its qualification). */
  readonly statusText: string;
  /**
   * Why the entry, or the part of it named here, is outside the tool: no claim can check it as recorded
   * (a definition, a remark without arithmetic, a statement whose exact quantifiers are not recorded).
   */
  readonly outside?: string;
}

const DEFINITION = 'a definition, not a claim: implemented by the code the entry names and used by the claims of its section';

const e = (id: string, title: string, status: StatusLabel, statusText: string = status, outside?: string): CatalogEntry =>
  Object.freeze({ id, title, status, statusText, ...(outside ? { outside } : {}) });

export const CATALOG: readonly CatalogEntry[] = Object.freeze([
  e('SR-01', 'Savage / Gneiting–Raftery characterisation', 'THEOREM'),
  e('SR-02', 'Binary form of a proper rule', 'THEOREM'),
  e('SR-03', 'Standard rules and their properties', 'THEOREM'),
  e('SR-04', '"The linear score p_i is proper"', 'FALSE'),
  e('SR-05', 'The zero-one rule is proper but not strictly proper', 'THEOREM'),
  e('SR-06', 'Locality characterises the logarithmic score', 'THEOREM'),
  e('SR-07', 'Outcome-dependent shifts: harmless classically, not performatively', 'DERIVED'),
  e('PP-00', 'The performative prediction model', 'DEFINITION', 'DEFINITION', DEFINITION),
  e('PP-01', 'Fixed points exist for continuous f', 'THEOREM'),
  e('PP-02', '"Under a strictly proper rule the optimal report is a fixed point"', 'FALSE'),
  e('PP-03', 'First-order test at a fixed point', 'DERIVED'),
  e('PP-04', 'Strictly proper rules prefer extreme fixed points', 'THEOREM'),
  e('PP-05', 'Inaccuracy bound, binary outcomes', 'DERIVED'),
  e('PP-06', 'Distance-to-fixed-point bound, binary outcomes', 'DERIVED'),
  e('PP-07', 'Brier with a binary linear map: closed form', 'DERIVED'),
  e('PP-08', 'The binary bounds are tight for linear maps', 'DERIVED', 'DERIVED (Brier) / numerical evidence (log)'),
  e('PP-09', 'Brier with n outcomes and a linear map f = A p', 'DERIVED'),
  e('PP-10', 'Inaccuracy bound for n outcomes at interior optima', 'DERIVED'),
  e('PP-11', 'Binary positive result: optimal reports arbitrarily close to fixed points', 'DERIVED'),
  e(
    'PP-12',
    'No analogue of PP-11 for more than two outcomes',
    'CONJECTURE',
    'CONJECTURE',
    'the quantified statement ("no strictly proper rule closes the gap") ranges over every rule; the tool searches a finite set of rules on two map families, which is evidence, not a proof',
  ),
  e('PP-13', 'Small inaccuracy, large distance, when L is close to 1', 'DERIVED'),
  e('PP-14', 'A steep map: the optimal report makes the event impossible', 'DERIVED'),
  e('PP-15', 'Performative stability is equivalent to being a fixed point', 'THEOREM'),
  e('SG-01', 'Stop-gradient equilibria are exactly the fixed points', 'THEOREM'),
  e('SG-02', 'The stochastic stop-gradient gradient is the repeated gradient', 'THEOREM'),
  e('SG-03', 'Repeated best response: converges for contractions, can cycle otherwise', 'THEOREM'),
  e('SG-04', 'Small-step stop-gradient ascent stabilises more fixed points than best response', 'DERIVED'),
  e('SG-05', 'Zero-sum competition between two predictors, non-conditional case', 'DERIVED'),
  e('SG-06', 'Stop-gradients can be circumvented', 'REMARK', 'REMARK', 'a remark about selection among learners, with no arithmetic statement to check'),
  e('PERF-01', 'Performative risk, stability and optimality', 'DEFINITION', 'DEFINITION', DEFINITION),
  e('PERF-02', 'Regularity assumptions', 'DEFINITION', 'DEFINITION', DEFINITION),
  e('PERF-03', 'Repeated risk minimisation converges when ε < γ/β', 'THEOREM'),
  e('PERF-04', 'The condition ε < γ/β is tight', 'THEOREM'),
  e('PERF-05', '"Performatively stable means performatively optimal"', 'FALSE'),
  e('PERF-06', 'Stable points are close to optimal points', 'DERIVED'),
  e(
    'PERF-07',
    'Repeated gradient descent',
    'CONJECTURE',
    'CONJECTURE',
    'the statement is reconstructed; the tool searches it on a family of quadratic losses, where it holds, so the theorem as printed in [PZMH20] is not checked',
  ),
  e(
    'PERF-08',
    'When is the performative risk convex?',
    'CONJECTURE',
    'CONJECTURE',
    "the paper's class of models is not recorded; the tool checks the reconstruction under the PERF-02 hypotheses (refuted) and with the loss convex in z (holds)",
  ),
  e('DEC-00', 'Conditional predictions and decision rules', 'DEFINITION', 'DEFINITION', DEFINITION),
  e('DEC-01', '"A strictly proper rule on the chosen action\'s conditional is incentive-compatible under argmax"', 'FALSE'),
  e(
    'DEC-02',
    'A single expert under the max rule',
    'THEOREM',
    'THEOREM (example DERIVED)',
    "the characterisation of [OS10] (which differentiable rules succeed) and the decision-market statement are not recorded exactly; the tool checks the example rule and the failure of a symmetric one",
  ),
  e('DEC-03', 'Strict properness needs a decision rule with full support', 'THEOREM'),
  e('DEC-04', 'Three or more outcomes: no chosen-action payment is both strictly proper and steering-proof', 'DERIVED'),
  e(
    'DEC-05',
    'Decision scoring rules',
    'THEOREM',
    'THEOREM (example family DERIVED)',
    'the characterisation of [OC20] ("the only thing a proper decision scoring rule can extract") quantifies over all rules; the tool checks the example family',
  ),
  e(
    'DEC-06',
    'Boeken, Zoeter, Mooij: impossibility and positive results',
    'THEOREM',
    'THEOREM (Thm 2 paraphrased)',
    "Thm 1 needs causal graphs and d-separation, Thm 2's exact quantifiers are not recorded, Thm 5 and 6 need the paper's divergence estimator; the tool checks Thm 3, Thm 4 and Example 3 on finite models",
  ),
  e('ZS-00', 'Several predictors, scored jointly', 'DEFINITION', 'DEFINITION', DEFINITION),
  e('ZS-01', 'Single-agent impossibility', 'CONJECTURE', 'CONJECTURE', "the exact hypotheses of [H25] are not recorded; the tool checks instances (DEC-01, DEC-04)"),
  e('ZS-02', 'Zero-sum scoring with the optimistic-max rule', 'DERIVED', 'DERIVED (mechanism defined there)'),
  e('ZS-03', 'Under zero-sum scoring, honesty is an equilibrium for any decision rule', 'DERIVED'),
  e('ZS-04', 'Why the optimistic max matters', 'DERIVED'),
  e('ZS-05', 'Uniqueness of the zero-sum structure', 'CONJECTURE', 'CONJECTURE / DERIVED (c < 1)', 'the general uniqueness statement of [H25] is not recorded; the tool checks the derived family c < 1'),
  e('ZS-06', 'Efficient action search', 'CONJECTURE', 'CONJECTURE', "[H25]'s procedure is not recorded; the tool checks a binary search of its own definition (docs/mathematics.md ZS-06)"),
  e('ZS-07', 'Stochastic choice: "mean-max" and "random-max"', 'CONJECTURE', 'CONJECTURE', "[H25]'s definitions are not recorded; the tool checks the definitions of docs/mathematics.md ZS-07"),
  e('ZS-08', 'Arbitrary preference functionals V', 'CONJECTURE', 'CONJECTURE', 'a forum comment without a written proof; the tool checks the selection rules defined in docs/mathematics.md ZS-08'),
  e('ZS-09', 'Experiments', 'REMARK', 'REMARK', 'a remark on experiments whose numbers the abstract does not give'),
  e('OTH-01', 'Performative binary prediction (Chan)', 'THEOREM', 'THEOREM (headline)', 'the class of rules of [C22] is not recorded; the tool checks the worked example (a Brier-type scoring function manipulates like Brier)'),
  e('OTH-02', 'Counterfactual oracles', 'THEOREM'),
  e('OTH-03', 'Self-confirming predictions can be arbitrarily bad', 'DERIVED'),
  e('OTH-04', 'Predictive models seek stable and likely fixed points', 'REMARK', 'REMARK', 'a remark; its arithmetic counterparts are PP-04, PP-14 and SG-01'),
  e('OTH-05', 'Performative prediction: past and future', 'REMARK', 'REMARK', 'a survey remark; its arithmetic counterpart is PP-01'),
]);

/** The entry with this id, or undefined. */
export function catalogEntry(id: string): CatalogEntry | undefined {
  return CATALOG.find((entry) => entry.id === id);
}
