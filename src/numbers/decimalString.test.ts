import { describe, expect, it } from 'vitest';
import { decimalString } from './decimalString.ts';
import { Rational } from './Rational.ts';

const dec = (x: string, s = 6) => decimalString(Rational.of(x), s);

describe('decimalString', () => {
  it('writes exact short values exactly', () => {
    expect(dec('1/4')).toEqual({ text: '0.25', exact: true });
    expect(dec('-3')).toEqual({ text: '-3', exact: true });
    expect(dec('1250')).toEqual({ text: '1250', exact: true });
    expect(dec('0')).toEqual({ text: '0', exact: true });
  });

  it('rounds to the significant digits asked, and says it did', () => {
    expect(dec('1/3')).toEqual({ text: '0.333333', exact: false });
    expect(dec('2/3', 3)).toEqual({ text: '0.667', exact: false });
    expect(dec('479/1760', 4)).toEqual({ text: '0.2722', exact: false });
  });

  it('carries a rounding into a new digit (0.99996 to 4 digits is 1)', () => {
    expect(dec('99996/100000', 4)).toEqual({ text: '1', exact: false });
    expect(dec('9999.6', 4)).toEqual({ text: '10000', exact: false });
  });

  it('uses scientific notation far from 1, and handles huge numerators and denominators without floats', () => {
    expect(dec('1/1000000000000000000000000000000000000000', 3)).toEqual({ text: '1e-39', exact: true });
    expect(dec(`${10n ** 400n + 1n}/${3n * 10n ** 380n}`, 5)).toEqual({ text: '3.3333e19', exact: false });
    expect(dec('-7/2000000000', 2)).toEqual({ text: '-3.5e-9', exact: true });
    expect(dec('123456789/1000', 4)).toEqual({ text: '123500', exact: false });
  });
});
