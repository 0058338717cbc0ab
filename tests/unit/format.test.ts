import { describe, expect, it } from 'vitest';
import { formatAt, formatMm } from '../../client/i18n/format.ts';

// Alashankou's first heat: 10:00 in Shanghai is 02:00 UTC and 22:00 the evening before in New York.
const FIRST_HEAT = '2025-07-20T10:00:00+08:00';

describe('times in the venue’s zone and the screen’s language', () => {
  it.each([
    ['zh', 'Asia/Shanghai', 'time', '10:00:00'],
    ['en', 'America/New_York', 'time', '22:00:00'],
    ['ru', 'Asia/Almaty', 'time', '07:00:00'],
    ['zh', 'Asia/Shanghai', 'dateTime', '2025/07/20 10:00:00'],
    ['en', 'America/New_York', 'dateTime', '19/07/2025, 22:00:00'],
    ['ru', 'Asia/Shanghai', 'dateTime', '20.07.2025, 10:00:00'],
  ] as const)('%s in %s (%s) → %s', (lang, zone, style, expected) => {
    expect(formatAt(FIRST_HEAT, lang, zone, style)).toBe(expected);
  });

  it('a moment as milliseconds reads the same as its ISO time', () => {
    expect(formatAt(Date.parse(FIRST_HEAT), 'kk', 'Asia/Shanghai')).toBe(formatAt(FIRST_HEAT, 'kk', 'Asia/Shanghai'));
  });

  it.each([
    ['en', 5.8, '5.8 mm'],
    ['ru', 5.8, '5,8 мм'],
    ['kk', 5.8, '5,8 мм'],
    ['zh', null, '—'],
  ] as const)('deviation in %s: %s → %s', (lang, mm, expected) => {
    expect(formatMm(mm, lang)).toBe(expected);
  });
});
