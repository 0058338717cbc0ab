// ISO 6346 container numbers: owner code (3 letters), category (U, J or Z),
// 6-digit serial, check digit. The check digit catches most typing mistakes.

const LETTER_VALUES: Record<string, number> = (() => {
  // Letter values start at A=10 and skip multiples of 11 (11, 22, 33).
  const values: Record<string, number> = {};
  let value = 10;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (value % 11 === 0) value++;
    values[letter] = value++;
  }
  return values;
})();

const SHAPE = /^[A-Z]{3}[UJZ]\d{6}\d$/;

/** The check digit for the first ten characters, or null when they are not well-formed. */
export function iso6346CheckDigit(firstTen: string): number | null {
  const text = firstTen.toUpperCase();
  if (!/^[A-Z]{3}[UJZ]\d{6}$/.test(text)) return null;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = text[i] as string;
    const value = /\d/.test(ch) ? Number(ch) : (LETTER_VALUES[ch] as number);
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10;
}

export type ContainerNoCheck =
  | { ok: true; normalized: string }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'check_digit'; expectedDigit: number };

/** Accepts spaces and lower case as typed on a tablet; returns the canonical form. */
export function checkContainerNo(input: string): ContainerNoCheck {
  const normalized = input.replace(/[\s-]/g, '').toUpperCase();
  if (!SHAPE.test(normalized)) return { ok: false, reason: 'format' };
  const expectedDigit = iso6346CheckDigit(normalized.slice(0, 10)) as number;
  if (Number(normalized[10]) !== expectedDigit) return { ok: false, reason: 'check_digit', expectedDigit };
  return { ok: true, normalized };
}
