import fc from 'fast-check';
import { match } from 'ts-pattern';
import type { Claim } from '../../core/Claim.ts';
import type { Codec } from '../../core/Codec.ts';
import type { Json } from '../../core/Json.ts';
import { SpecError } from '../../core/SpecError.ts';
import { checkKeys, readArray, readObject, readRational } from '../../core/readJson.ts';
import { chooseBest, countTieBreaks, rankBest } from '../../decisions/tieBreak.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { reportGrid } from '../../simplex/reportGrid.ts';
import { ScoreTerms } from '../ScoreTerms.ts';
import { decideAll, type TermsComparison } from './decideAll.ts';

type Vec = readonly Rational[];

/**
 * The principal's preferences over predicted outcome distributions (docs/mathematics.md ZS-08; this project's
 * definitions, the comment the entry records gives none):
 * - expected-utility: V(r) = sum_y r_y u_y, choice argmax V (transitive);
 * - mean-variance: V(r) = E_r u - c Var_r u, c >= 0, choice argmax V (transitive, not linear);
 * - skew-symmetric: r is preferred to s iff r^T M s > 0 for a skew-symmetric M (Fishburn's SSB preferences:
 *   intransitive, e.g. rock-paper-scissors on three outcomes); choice: the action whose distribution beats
 *   the most others (Copeland);
 * - median-choice: values V = EU, but the action of median value is taken (a compromise effect: adding an
 *   option changes the choice between two others, violating IIA).
 * Optimistic selection: each action is represented by whichever of the two predictors' reports the
 * preference ranks higher (the first on a tie).
 */
export type Preference =
  | { readonly kind: 'expected-utility'; readonly utility: Vec }
  | { readonly kind: 'mean-variance'; readonly utility: Vec; readonly c: Rational }
  | { readonly kind: 'skew-symmetric'; readonly m: readonly Vec[] }
  | { readonly kind: 'median-choice'; readonly utility: Vec };

const dot = (a: Vec, b: Vec) => Rational.sum(a.map((x, i) => x.mul(b[i]!)));

/** V(r) for the real-valued preferences. */
function value(pref: Exclude<Preference, { kind: 'skew-symmetric' }>, r: Vec): Rational {
  const mean = dot(r, pref.utility);
  if (pref.kind !== 'mean-variance') return mean;
  const second = dot(r, pref.utility.map((u) => u.mul(u)));
  return mean.sub(pref.c.mul(second.sub(mean.mul(mean))));
}

/** r^T M s. */
const beats = (m: readonly Vec[], r: Vec, s: Vec) => Rational.sum(r.map((ri, i) => ri.mul(dot(m[i]!, s))));

/** The action the principal takes given both predictors' reports (optimistic representative per action, then the choice rule). */
export function preferenceChoice(pref: Preference, first: readonly Vec[], second: readonly Vec[]): number {
  return match(pref)
    .with({ kind: 'skew-symmetric' }, ({ m }) => {
      // the preferred report per action; indifference between distinct reports is a tie (counted), broken to the first
      const best = first.map((p, a) => (chooseBest([beats(m, p, second[a]!), beats(m, second[a]!, p)]) === 0 ? p : second[a]!));
      return chooseBest(best.map((r, a) => Rational.of(best.filter((s, b) => b !== a && beats(m, r, s).sign() > 0).length)));
    })
    .with({ kind: 'median-choice' }, (p) => {
      const values = first.map((r, a) => Rational.max(value(p, r), value(p, second[a]!)));
      const order = rankBest(values);
      return order[Math.floor((order.length - 1) / 2)]!;
    })
    .otherwise((p) => chooseBest(first.map((r, a) => Rational.max(value(p, r), value(p, second[a]!)))));
}

type PreferenceInput = { readonly truth: readonly Vec[]; readonly grid: number; readonly preference: Preference; readonly deviation?: readonly Vec[] };

/** The deviations compared with honesty: every grid strategy when there are at most 400, else every single-action change, plus the input's own. */
function deviations(input: PreferenceInput): Vec[][] {
  const points = reportGrid(input.truth[0]!.length, input.grid, false);
  const all = points.length ** input.truth.length <= 400;
  let out: Vec[][] = [];
  if (all) {
    out = [[]];
    for (let a = 0; a < input.truth.length; a++) out = out.flatMap((s) => points.map((p) => [...s, p]));
  } else {
    input.truth.forEach((_, a) => points.forEach((p) => out.push(input.truth.map((q, b) => (b === a ? p : q)))));
  }
  return input.deviation ? [...out, [...input.deviation]] : out;
}

interface PreferenceLaw {
  readonly property: string;
  readonly statement: string;
  readonly source: string;
  readonly kinds: readonly Preference['kind'][];
  /** 'equilibrium': no deviation earns more than honesty; 'steering': every deviation that changes the action earns strictly less. */
  readonly test: 'equilibrium' | 'steering';
}

function preferenceClaim(rule: ScoringRule, law: PreferenceLaw, expect: 'holds' | 'refuted'): Claim<PreferenceInput> {
  return {
    id: `${rule.id}/${law.property}`,
    statement: law.statement.replace('$rule', rule.id),
    source: law.source,
    expect,
    arbitrary: preferenceInputs(law.kinds),
    codec: preferenceCodec(law.kinds),
    *simplify(input) {
      if (input.deviation) yield { truth: input.truth, grid: input.grid, preference: input.preference };
    },
    check(input, ctx) {
      const honest = input.truth;
      const choice = (s: readonly Vec[]) => preferenceChoice(input.preference, s, honest);
      const payoff = (s: readonly Vec[]) => {
        const a = choice(s);
        return ScoreTerms.of([{ coef: Rational.ONE, report: s[a]!, world: honest[a]! }, { coef: Rational.ONE.neg(), report: honest[a]!, world: honest[a]! }]);
      };
      const { result: honestAction, tieBreaks } = countTieBreaks(() => choice(honest));
      const items = function* (): Generator<TermsComparison> {
        for (const s of deviations(input)) {
          if (s.every((p, a) => p.every((c, y) => c.equals(honest[a]![y]!)))) continue;
          const action = choice(s);
          if (law.test === 'steering' && action === honestAction) continue;
          yield {
            diff: payoff(s).scale(Rational.ONE.neg()),
            relation: law.test === 'steering' ? '>' : '>=',
            label: 'payoff(honest) - payoff(deviation)',
            context: () => ({ deviation: s.map((p) => p.map(String)), actionIfDeviating: action, actionIfHonest: honestAction }),
          };
        }
      };
      return decideAll(rule, items(), ctx, tieBreaks);
    },
  };
}

/** Three outcomes, 2 to 4 actions, truths on the grid of halves or thirds, a preference of the given kinds. */
function preferenceInputs(kinds: readonly Preference['kind'][]): fc.Arbitrary<PreferenceInput> {
  const n = 3;
  return fc.record({ k: fc.integer({ min: 2, max: 4 }), grid: fc.integer({ min: 2, max: 3 }), kind: fc.constantFrom(...kinds) }).chain(({ k, grid, kind }) => {
    const points = reportGrid(n, grid, false);
    const utility = fc.array(fc.integer({ min: 0, max: 3 }).map((u) => Rational.of(u)), { minLength: n, maxLength: n });
    const preference: fc.Arbitrary<Preference> = match(kind)
      .with('expected-utility', () => utility.map((u): Preference => ({ kind: 'expected-utility', utility: u })))
      .with('median-choice', () => utility.map((u): Preference => ({ kind: 'median-choice', utility: u })))
      .with('mean-variance', () => fc.record({ u: utility, c: fc.integer({ min: 0, max: 4 }).map((c) => Rational.of(BigInt(c), 2n)) }).map(({ u, c }): Preference => ({ kind: 'mean-variance', utility: u, c })))
      .with('skew-symmetric', () =>
        fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 3, maxLength: 3 }).map(([x, y, z]): Preference => {
          const [a, b, c] = [x, y, z].map((v) => Rational.of(v!));
          return { kind: 'skew-symmetric', m: [[Rational.ZERO, a!, b!.neg()], [a!.neg(), Rational.ZERO, c!], [b!, c!.neg(), Rational.ZERO]] };
        }),
      )
      .exhaustive();
    return fc.record({
      truth: fc.array(fc.integer({ min: 0, max: points.length - 1 }).map((i) => points[i]!), { minLength: k, maxLength: k }),
      grid: fc.constant(grid),
      preference,
    });
  });
}

function preferenceCodec(kinds: readonly Preference['kind'][]): Codec<PreferenceInput> {
  const vec = (json: unknown, at: string) => readArray(json, at, 2).map((v, i) => readRational(v, `${at}[${i}]`));
  return {
    encode: ({ truth, grid, preference, deviation }) =>
      ({
        truth: truth.map((p) => p.map(String)),
        grid,
        preference: preferenceJson(preference),
        ...(deviation ? { deviation: deviation.map((p) => p.map(String)) } : {}),
      }) as Json,
    decode(json, at) {
      const obj = readObject(json, at);
      for (const key of Object.keys(obj)) if (!['truth', 'grid', 'preference', 'deviation'].includes(key)) throw new SpecError(`${at}.${key}`, 'unknown field');
      const grid = obj.grid;
      if (typeof grid !== 'number' || !Number.isInteger(grid) || grid < 1 || grid > 6) throw new SpecError(`${at}.grid`, 'expected an integer 1..6');
      const truth = readArray(obj.truth, `${at}.truth`, 2).map((p, a) => Distribution.of(readArray(p, `${at}.truth[${a}]`) as string[], `${at}.truth[${a}]`).coords);
      const n = truth[0]!.length;
      truth.forEach((q, a) => {
        if (q.length !== n) throw new SpecError(`${at}.truth[${a}]`, `needs ${n} outcomes`);
        if (q.some((x) => !x.mul(Rational.of(grid)).isInteger())) throw new SpecError(`${at}.truth[${a}]`, `must lie on the grid of denominator ${grid}`);
      });
      const preference = decodePreference(obj.preference, `${at}.preference`, n);
      if (!kinds.includes(preference.kind)) throw new SpecError(`${at}.preference.kind`, `this claim is about ${kinds.join(' / ')}`);
      if (obj.deviation === undefined) return { truth, grid, preference };
      const deviation = readArray(obj.deviation, `${at}.deviation`).map((p, a) => Distribution.of(readArray(p, `${at}.deviation[${a}]`) as string[], `${at}.deviation[${a}]`).coords);
      if (deviation.length !== truth.length || deviation.some((p) => p.length !== n)) throw new SpecError(`${at}.deviation`, `needs ${truth.length} reports over ${n} outcomes`);
      return { truth, grid, preference, deviation };
    },
  };
  function decodePreference(json: unknown, at: string, n: number): Preference {
    const obj = readObject(json, at);
    const size = (v: Vec, where: string) => {
      if (v.length !== n) throw new SpecError(where, `needs ${n} entries`);
      return v;
    };
    return match(obj.kind)
      .with('expected-utility', 'median-choice', (kind): Preference => {
        checkKeys(obj, ['kind', 'utility'], at);
        return { kind, utility: size(vec(obj.utility, `${at}.utility`), `${at}.utility`) };
      })
      .with('mean-variance', (): Preference => {
        checkKeys(obj, ['kind', 'utility', 'c'], at);
        const c = readRational(obj.c, `${at}.c`);
        if (c.sign() < 0) throw new SpecError(`${at}.c`, 'needs c >= 0');
        return { kind: 'mean-variance', utility: size(vec(obj.utility, `${at}.utility`), `${at}.utility`), c };
      })
      .with('skew-symmetric', (): Preference => {
        checkKeys(obj, ['kind', 'm'], at);
        const m = readArray(obj.m, `${at}.m`).map((row, i) => size(vec(row, `${at}.m[${i}]`), `${at}.m[${i}]`));
        if (m.length !== n || m.some((row, i) => row.some((x, j) => !x.equals(m[j]![i]!.neg())))) throw new SpecError(`${at}.m`, `must be a skew-symmetric ${n} x ${n} matrix`);
        return { kind: 'skew-symmetric', m };
      })
      .otherwise(() => {
        throw new SpecError(`${at}.kind`, 'expected expected-utility, mean-variance, skew-symmetric or median-choice');
      });
  }
}

function preferenceJson(p: Preference): Json {
  return match(p)
    .with({ kind: 'skew-symmetric' }, ({ kind, m }) => ({ kind, m: m.map((row) => row.map(String)) }))
    .with({ kind: 'mean-variance' }, ({ kind, utility, c }) => ({ kind, utility: utility.map(String), c: String(c) }))
    .otherwise(({ kind, utility }) => ({ kind, utility: utility.map(String) }));
}

const SOURCE = "docs/mathematics.md ZS-08 (CONJECTURE: C. Oesterheld's comment on Hudson & Treutlein 2023; the preference models are this project's definitions), ZS-03";
const ALL: readonly Preference['kind'][] = ['expected-utility', 'mean-variance', 'skew-symmetric', 'median-choice'];

/** ZS-08 for one rule: honesty an equilibrium for every preference; steering costly only for transitive ones. */
export function preferenceClaims(rule: ScoringRule): Claim<PreferenceInput>[] {
  const steering = (kinds: readonly Preference['kind'][], what: string) =>
    `Two predictors paid S(p_i(.|a), y) - S(p_j(.|a), y) with S = $rule; the principal's preference over predicted distributions is ${what}, each action represented by the report it prefers (optimistic selection): against an honest opponent every report that changes the action taken earns strictly less than honesty. Preferences: ${kinds.join(', ')}.`;
  return [
    preferenceClaim(rule, {
      property: 'preference-optimistic-honest-equilibrium',
      statement: `Two predictors paid S(p_i(.|a), y) - S(p_j(.|a), y) with S = $rule; the principal chooses by a preference over predicted outcome distributions (${ALL.join(', ')}) with optimistic selection: against an honest opponent no report earns more than honesty.`,
      source: SOURCE,
      kinds: ALL,
      test: 'equilibrium',
    }, 'holds'),
    preferenceClaim(rule, { property: 'transitive-preference-costless-misreport-keeps-action', statement: steering(['expected-utility', 'mean-variance'], 'a real-valued functional V maximised'), source: SOURCE, kinds: ['expected-utility', 'mean-variance'], test: 'steering' }, 'holds'),
    preferenceClaim(rule, { property: 'intransitive-preference-costless-misreport-keeps-action', statement: steering(['skew-symmetric'], 'intransitive (skew-symmetric bilinear, Copeland choice)'), source: SOURCE, kinds: ['skew-symmetric'], test: 'steering' }, 'refuted'),
    preferenceClaim(rule, { property: 'iia-violating-preference-costless-misreport-keeps-action', statement: steering(['median-choice'], 'the median action by expected utility (violating independence of irrelevant alternatives)'), source: SOURCE, kinds: ['median-choice'], test: 'steering' }, 'refuted'),
  ];
}
