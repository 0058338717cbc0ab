import type { Language } from '../../shared/schemas/common.ts';
import { LOCALE } from '../i18n/format.ts';

/** "42 s", "3 мин", "2小时": how long ago in the board's language, short enough for a cell. */
export function ageText(sinceMs: number, nowMs: number, lang: Language): string {
  const s = Math.max(0, Math.round((nowMs - sinceMs) / 1000));
  const [value, unit] = s < 90 ? [s, 'second'] : s < 90 * 60 ? [Math.round(s / 60), 'minute'] : [Math.round(s / 3600), 'hour'];
  return new Intl.NumberFormat(LOCALE[lang], { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}
