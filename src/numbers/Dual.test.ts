import { describe, expect, it } from 'vitest';
import { AtomField } from './AtomField.ts';
import { dualField } from './Dual.ts';
import { InexactError } from './Field.ts';
import { Rational } from './Rational.ts';
import { RationalField } from './RationalField.ts';

const x0 = Rational.of('1/3');

describe('dualField: one derivative mechanism over any field', () => {
  it('differentiates a polynomial exactly: d/dx (x^3 - 2x) at 1/3 = 3/9 - 2 = -5/3', () => {
    const D = dualField(RationalField);
    const x = D.variable(x0, Rational.ONE);
    expect(D.sub(D.pow(x, 3), D.mul(D.of(2), x)).d.toString()).toBe('-5/3');
  });

  it('nests for second derivatives: d2/dx2 x^3 at 1/3 = 6 x = 2', () => {
    const D = dualField(RationalField);
    const DD = dualField(D);
    const x = { v: D.variable(x0, Rational.ONE), d: D.of(1) };
    expect(DD.pow(x, 3).d.d.toString()).toBe('2');
  });

  it('over formal atoms, the derivative of ln is exact though ln is not: d/dx x ln x at 1/3 = ln(1/3) + 1', () => {
    const D = dualField(AtomField);
    const x = D.variable(x0, Rational.ONE);
    const y = D.mul(x, D.ln(x));
    expect(y.d.toString()).toBe('1 + 1*ln(1/3)');
    expect(D.ln(x).d.exact('test').toString()).toBe('3');
    // The rational tier cannot even evaluate the value.
    expect(() => dualField(RationalField).ln(dualField(RationalField).variable(x0, Rational.ONE))).toThrow(InexactError);
  });

  it('keeps the derivative of sqrt exact over atoms: d/dx sqrt(x) at 1/2 = sqrt(1/2) / (2 * 1/2)', () => {
    const D = dualField(AtomField);
    const r = D.sqrt(D.variable(Rational.of('1/2'), Rational.ONE));
    expect(r.d.toString()).toBe('1*sqrt(1/2)');
  });

  it('stops gradients: sg(x) keeps the value and has derivative 0', () => {
    const D = dualField(RationalField);
    const x = D.variable(x0, Rational.ONE);
    const y = D.sub(D.mul(x, x), D.stop(D.mul(x, x)));
    expect([y.v.toString(), y.d.toString()]).toEqual(['0', '2/3']);
  });
});
