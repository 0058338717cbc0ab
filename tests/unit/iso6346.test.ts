import { describe, expect, it } from 'vitest';
import { checkContainerNo, iso6346CheckDigit } from '../../shared/iso6346.ts';
import { LiftSubmission } from '../../shared/schemas/commands.ts';

// Letter values: A=10, then skip multiples of 11 → B=12 … K=21, L=23 … U=32, V=34 … Z=38.
// Character i (0..9) is weighted 2^i; check digit = (Σ mod 11) mod 10.

describe('iso6346CheckDigit', () => {
  it.each([
    // C13×1 + S30×2 + Q28×4 + U32×8 = 441; + 3×16 + 0×32 + 5×64 + 4×128 + 3×256 + 8×512 = 6185; 6185 = 562×11 + 3
    ['CSQU305438', 3],
    // M24×1 + S30×2 + K21×4 + U32×8 = 424; + 9×16 + 0 + 7×64 + 0 + 3×256 + 2×512 = 2808; 2808 = 255×11 + 3
    ['MSKU907032', 3],
    // 441 + 1×64 = 505 = 45×11 + 10 → 10 mod 10 = 0
    ['CSQU001000', 0],
    // A10×1 + B12×2 + C13×4 + J20×8 = 246 = 22×11 + 4   (category J: detachable equipment)
    ['ABCJ000000', 4],
    // 10 + 24 + 52 + Z38×8 = 390 = 35×11 + 5            (category Z: trailers and chassis)
    ['ABCZ000000', 5],
    ['csqu305438', 3], // lower case is upper-cased first
  ])('%s → %i', (firstTen, digit) => {
    expect(iso6346CheckDigit(firstTen)).toBe(digit);
  });

  it.each(['CSQU30543', 'CSQU3054383', 'CSQA305438', 'CS1U305438', 'CSQU30543X', ''])('%j is not well-formed → null', (firstTen) => {
    expect(iso6346CheckDigit(firstTen)).toBeNull();
  });
});

describe('checkContainerNo', () => {
  it.each([
    ['the example on the design card', 'CSQU3054383', 'CSQU3054383'],
    ['a Maersk box', 'MSKU9070323', 'MSKU9070323'],
    ['remainder 10 → check digit 0', 'CSQU0010000', 'CSQU0010000'],
    ['category J', 'ABCJ0000004', 'ABCJ0000004'],
    ['category Z', 'ABCZ0000005', 'ABCZ0000005'],
    ['typed in lower case', 'csqu3054383', 'CSQU3054383'],
    ['as painted on the door, with spaces', 'CSQU 305438 3', 'CSQU3054383'],
    ['with dashes', 'MSKU-907032-3', 'MSKU9070323'],
    ['with a tab and surrounding spaces', ' msku\t9070323 ', 'MSKU9070323'],
  ])('%s: %j → %s', (_situation, input, normalized) => {
    expect(checkContainerNo(input)).toEqual({ ok: true, normalized });
  });

  it.each([
    ['last digit mistyped', 'CSQU3054384', 3],
    ['two serial digits swapped: 305438 → 305348, sum 6185 − 4×128 + 3×128 − 3×256 + 4×256 = 6313 = 573×11 + 10 → 0', 'CSQU3053483', 0],
    ['check digit for a remainder of 10 must be 0', 'CSQU0010001', 0],
    ['owner code mistyped: MSKU → MSCU, sum 2808 − K21×4 + C13×4 = 2776 = 252×11 + 4', 'MSCU9070323', 4],
  ])('%s: %s → check_digit, expected %i', (_situation, input, expectedDigit) => {
    expect(checkContainerNo(input)).toEqual({ ok: false, reason: 'check_digit', expectedDigit });
  });

  it.each([
    ['empty', ''],
    ['one digit short', 'CSQU305438'],
    ['one digit too many', 'CSQU30543833'],
    ['category letter not U, J or Z', 'CSQX3054383'],
    ['a digit in the owner code', 'C5QU3054383'],
    ['a letter in the serial', 'CSQU3O54383'],
    ['punctuation other than spaces and dashes', 'CSQU.305438.3'],
  ])('%s: %j → format', (_situation, input) => {
    expect(checkContainerNo(input)).toEqual({ ok: false, reason: 'format' });
  });

  it('the lift schema stores the normalized number and explains a wrong check digit', () => {
    const base = { id: 'r1', heatId: 'h1', index: 1, dxMm: 0, dyMm: 0 };
    expect(LiftSubmission.parse({ ...base, containerNo: 'csqu 305438 3' }).containerNo).toBe('CSQU3054383');
    const wrong = LiftSubmission.safeParse({ ...base, containerNo: 'CSQU3054384' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['containerNo'], message: 'wrong ISO 6346 check digit (expected 3)' });
  });
});
