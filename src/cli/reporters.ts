import { SpecError } from '../core/SpecError.ts';

/** The CI flags shared by `run`, `check` and `reproduce`. */
export const REPORTER_OPTIONS = {
  reporter: { type: 'string' },
  out: { type: 'string' },
  'fail-on-budget-cut': { type: 'boolean' },
} as const;

/**
 * Where CI output goes: `--reporter junit --out FILE` writes JUnit XML; annotations in the GitHub Actions
 * format go to stderr whenever GITHUB_ACTIONS is set (so stdout stays one JSON document with --json).
 */
export function reporterOf(values: { reporter?: string; out?: string }): { junit?: string; annotations: boolean } {
  if (values.reporter !== undefined && values.reporter !== 'junit') throw new SpecError('--reporter', `unknown reporter ${JSON.stringify(values.reporter)} (known: junit)`);
  if (values.reporter === 'junit' && !values.out) throw new SpecError('--out', 'the junit reporter needs --out FILE');
  if (values.out !== undefined && values.reporter === undefined) throw new SpecError('--out', 'goes with --reporter junit');
  return { ...(values.reporter === 'junit' ? { junit: values.out! } : {}), annotations: process.env.GITHUB_ACTIONS === 'true' };
}
