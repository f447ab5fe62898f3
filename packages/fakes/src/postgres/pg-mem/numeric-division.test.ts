import { describe, expect, it } from 'vitest';
import { decimalOf, divisionScale } from './pg-mem-functions.js';

/** The scale PostgreSQL 15 prints a quotient with (select_div_scale), checked against a server. */
const scaleOf = (a: number, b: number, scaleA: number, scaleB: number): number =>
  divisionScale(decimalOf(a), decimalOf(b), scaleA, scaleB);

describe('numeric division scale', () => {
  it.each([
    [5, 2, 1, 0, 16], // 5.0 / 2 = 2.5000000000000000
    [1, 3, 0, 1, 20], // 1 / 3.0 = 0.33333333333333333333
    [10000, 2.5, 0, 1, 16], // 4000.0000000000000000
    [0.001, 1000000, 3, 0, 28], // 0.0000000010000000000000000000
    [1000000, 0.001, 0, 3, 8], // 1000000000.00000000
    [12345.678, 0.002, 3, 3, 12], // 6172839.000000000000
    [1.5, 3, 2, 0, 20], // 1.50 / 3 = 0.50000000000000000000
  ])('%d / %d (scales %d, %d) has scale %d', (a, b, scaleA, scaleB, expected) => {
    expect(scaleOf(a, b, scaleA, scaleB)).toBe(expected);
  });

  it('reads doubles printed with an exponent as decimals', () => {
    expect(decimalOf(1e-7)).toEqual({ digits: 1n, scale: 7 });
    expect(decimalOf(1.5e21)).toEqual({ digits: 1500000000000000000000n, scale: 0 });
  });
});
