import type { Json } from '../core/Json.ts';
import { counterexampleFigure } from '../report/counterexampleFigure.ts';
import { rulePlot } from '../report/svg/rulePlot.ts';
import { loadUserRule } from './ruleSession.ts';

/**
 * The pictures of a user's rule report, drawn where its code may run: the rule itself, then one per
 * counterexample (undefined where a picture says nothing the data does not).
 */
export async function ruleFigures(file: string, items: readonly { readonly claimId: string; readonly input: Json }[]): Promise<{ rule: string; counterexamples: (string | undefined)[] }> {
  const user = await loadUserRule(file);
  return { rule: rulePlot(user.name, user.rule), counterexamples: items.map((item) => counterexampleFigure(user.rule, item.input, user.name)) };
}
