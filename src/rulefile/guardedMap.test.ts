import { describe, expect, it } from 'vitest';
import type { Field } from '../numbers/Field.ts';
import { intervalField } from '../numbers/IntervalField.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { guardedMap } from './guardedMap.ts';
import { RuleFileError } from './RuleFileError.ts';

const r = (x: string) => Rational.of(x);
const half = [r('1/2'), r('1/2')];
/** A map body under test, typed loosely: the guard exists for code that breaks the contract. */
const wrap = (f: (F: Field<any>, p: readonly any[]) => unknown) => guardedMap('map.ts', 2, f as never);
const message = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleFileError);
    return (error as Error).message;
  }
  throw new Error('expected the guard to refuse');
};

describe('guardedMap: a map given as code must return a distribution, in one line when it does not', () => {
  it('passes a distribution through, exactly (f(x) = 3/16 + x/4 at x = 1/2 is 5/16)', () => {
    const f = wrap((F, p) => {
      const y = F.add(F.of('3/16'), F.mul(F.of('1/4'), p[0]));
      return [y, F.sub(F.of(1), y)];
    });
    expect(f(RationalField, half).map(String)).toEqual(['5/16', '11/16']);
  });

  it('refuses coordinates that do not sum to 1, a negative coordinate, the wrong length, a promise, a plain number', () => {
    expect(message(() => wrap((F) => [F.of('1/2'), F.of('1/4')])(RationalField, half))).toMatch(/map.ts: f: returned coordinates summing to 3\/4, not 1 at p = \(1\/2, 1\/2\)/);
    expect(message(() => wrap((F) => [F.of(2), F.of(-1)])(RationalField, half))).toMatch(/a negative coordinate 1 \(-1\)/);
    expect(message(() => wrap((F) => [F.of(1)])(RationalField, half))).toMatch(/returned 1 values .* expected an array of 2 values of F/);
    expect(message(() => wrap(async (F) => [F.of(1), F.of(0)])(RationalField, half))).toMatch(/a promise/);
    expect(message(() => wrap(() => [0.5, 0.5])(RationalField, half))).toMatch(/a plain number 0.5 instead of a value of F/);
  });

  it('on intervals refuses only what is certainly wrong: a coordinate entirely below 0, a sum that cannot be 1', () => {
    const I = intervalField(20);
    const x = I.fromRational(r('1/3'));
    expect(() => wrap((F, p) => [p[0], F.sub(F.of(1), p[0])])(I, [x, I.sub(I.of(1), x)])).not.toThrow();
    expect(message(() => wrap((F) => [F.of(-1), F.of(2)])(I, [x, x]))).toMatch(/coordinate 0 outside \[0, 1\]/);
    expect(message(() => wrap((F) => [F.of('1/3'), F.of('1/3')])(I, [x, x]))).toMatch(/sum certainly differs from 1/);
  });

  it('freezes its input (a write is reported with a hint) and catches non-determinism', () => {
    expect(message(() => wrap((F, p) => {
      (p as unknown[])[0] = F.of(0);
      return [F.of(1), F.of(0)];
    })(RationalField, half))).toMatch(/f may not modify its input p/);
    let calls = 0;
    const drifting = wrap((F) => (++calls % 2 ? [F.of(1), F.of(0)] : [F.of(0), F.of(1)]));
    expect(message(() => {
      for (let i = 0; i < 64; i++) drifting(RationalField, half);
    })).toMatch(/is not deterministic/);
  });
});
