import { describe, expect, it } from 'vitest';
import { intervalField } from '../../../numbers/IntervalField.ts';
import { Rational } from '../../../numbers/Rational.ts';
import { ruleById } from '../../../scoring/rules/builtinRules.ts';
import { exponentialNaiveDistanceClaim, exponentialPushClaim, optimumWithinBoundClaim } from '../../claims/optimalityClaims.ts';
import { decodeMapSpec } from '../../map/decodeMapSpec.ts';
import type { MapSpec } from '../../map/MapSpec.ts';
import { binaryCandidates } from './binaryCandidates.ts';
import { binaryPieces } from '../../map/binaryPieces.ts';
import { convexityRatio, derivedRatio } from '../convexityRatio.ts';
import { exampleMaps, linearMap } from '../../map/exampleMaps.ts';
import { InexactError } from '../../../numbers/Field.ts';
import { RationalField } from '../../../numbers/RationalField.ts';
import { withoutTraits } from '../../../scoring/rules/ruleTestKit.ts';

const R = (s: string) => Rational.of(s);
const ctx = { screening: true, precisionCap: 96 };
const rule = (id: string) => ruleById(id).rule;
const pwl = (points: [string, string][]): MapSpec => decodeMapSpec({ kind: 'binary-piecewise-linear', points });

function candidatesOf(id: string, spec: MapSpec) {
  return binaryCandidates(binaryPieces(spec)!, {
    ratio: convexityRatio(rule(id)),
    digits: 24,
    accept: () => false,
    minWidth: Rational.of(1n, 1n << 20n),
    maxEvaluations: 2000,
    exactRoots: true,
  }).candidates.map((c) => (c.kind === 'point' ? String(c.x) : 'box'));
}

describe('convexityRatio: closed forms of docs/mathematics.md PP-05 agree with G\'/G\'\' derived from the score', () => {
  it.each(['logarithmic', 'quadratic', 'spherical', 'power(3)', 'binary-exponential(10)'])('%s', (id) => {
    const F = intervalField(30);
    for (const x of ['1/7', '1/3', '1/2', '4/5', '0.8239591145148014']) {
      const closed = convexityRatio(rule(id))(F, F.fromRational(R(x)));
      const derived = derivedRatio(rule(id))(F, F.fromRational(R(x)));
      expect(closed.lo.lte(derived.hi) && derived.lo.lte(closed.hi), `${id} at ${x}: ${closed} vs ${derived}`).toBe(true);
    }
  });

  it('the closed form is a trait of the rule object: without it the ratio is derived (binary exponential: no exact ratio)', () => {
    expect(convexityRatio(rule('binary-exponential(10)'))(RationalField, R('1/3'))).toEqual(R('1/10'));
    expect(() => convexityRatio(withoutTraits(rule('binary-exponential(10)')))(RationalField, R('1/3'))).toThrow(InexactError);
  });

  it('log: |r| peaks near 0.22387 at x = 0.82396 (c_S of PP-05), below the registered 22388/100000', () => {
    const r = convexityRatio(rule('logarithmic'))(intervalField(30), intervalField(30).fromRational(R('0.8239591145148014')));
    expect(r.lo.toNumber()).toBeCloseTo(0.2238716023471514, 12);
    expect(r.hi.lt(0.22388)).toBe(true);
  });
});

describe('binaryCandidates: where a maximiser of Phi may lie', () => {
  it('log, f = 1/2: the exact optimum 1/2 (beta = 0: Phi\' = G\'\'(x)(1/2 - x)); both ends excluded', () => {
    expect(candidatesOf('logarithmic', pwl([['0', '1/2'], ['1', '1/2']]))).toEqual(['1/2']);
  });

  it('log, f = 0: the boundary optimum 0 (PP-05: a boundary optimum of log is a fixed point)', () => {
    expect(candidatesOf('logarithmic', pwl([['0', '0'], ['1', '0']]))).toEqual(['0']);
  });

  it('binary exponential K = 10, p* = 1/2, alpha = 1/2: exactly p_hat = 3/5 (PP-11 example)', () => {
    expect(candidatesOf('binary-exponential(10)', linearMap('1/2', '1/2'))).toEqual(['3/5']);
  });

  it('quadratic, PP-02: exactly 1/8 (Phi = -p^2 + p/4 + 5/8)', () => {
    expect(candidatesOf('quadratic', exampleMaps.pp02)).toEqual(['1/8']);
  });

  it('quadratic, PP-14: the kink 2/5 is the only candidate left', () => {
    expect(candidatesOf('quadratic', exampleMaps.pp14)).toEqual(['2/5']);
  });
});

describe('optimum-within-bound beyond the quadratic rule', () => {
  it.each([
    ['logarithmic', '22388/100000'],
    ['spherical', '1'],
    ['power(3)', '1/2'],
    ['binary-exponential(10)', '1/10'],
  ])('%s: holds on PP-14, PP-13, constant and identity maps; a too-small c_S is refuted on PP-14', (id, cS) => {
    const claim = optimumWithinBoundClaim(rule(id), R(cS));
    for (const map of [exampleMaps.pp14, exampleMaps.pp13, exampleMaps.identity, pwl([['0', '1/2'], ['1', '1/2']]), pwl([['0', '1'], ['1', '1']])]) {
      expect(claim.check({ map }, ctx).kind).toBe('holds');
    }
    // PP-14: the steep map drives the optimum to a kink far from its fixed point; L c = 10/1000 is far too small.
    expect(optimumWithinBoundClaim(rule(id), R('1/1000')).check({ map: exampleMaps.pp14 }, ctx).kind).toBe('refuted');
  });

  it('PP-11: S_10 meets alpha/K and alpha/(K(1 - alpha)) with equality; the naive distance alpha/K is refuted', () => {
    const k = Rational.of(10);
    const input = { pStar: R('1/2'), alpha: R('1/2') };
    expect(exponentialPushClaim(rule('binary-exponential(10)'), k).check(input, ctx).kind).toBe('holds');
    const naive = exponentialNaiveDistanceClaim(rule('binary-exponential(10)'), k).check(input, ctx);
    expect(naive.kind).toBe('refuted');
    expect(naive.kind === 'refuted' && naive.witness).toMatchObject({ report: '3/5', inaccuracy: '1/20', distance: '1/10', distanceBound: '1/20' });
  });
});
