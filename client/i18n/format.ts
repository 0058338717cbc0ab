import type { Language } from '../../shared/schemas/common.ts';

// Numbers and times go through Intl in the screen's first language (a comma in kk and ru).
export const LOCALE: Record<Language, string> = { zh: 'zh-CN', kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Language, digits: number): Intl.NumberFormat {
  const key = `n|${lang}|${digits}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f;
}

export const formatScore = (n: number, lang: Language): string => numberFormat(lang, 2).format(n);
/** The millimetre as each language writes it (Cyrillic «мм» in Kazakh and Russian). */
export const mmUnit = (lang: Language): string => (lang === 'kk' || lang === 'ru' ? 'мм' : 'mm');
export const formatMm = (n: number | null, lang: Language): string => (n === null ? '—' : `${numberFormat(lang, 1).format(n)} ${mmUnit(lang)}`);
export const formatInt = (n: number, lang: Language): string => numberFormat(lang, 0).format(n);

/** The two clocks of the border: China (UTC+8) and Kazakhstan (UTC+5, fixed since 2024). */
export const BORDER_TIME_ZONES = { china: 'Asia/Shanghai', kazakhstan: 'Etc/GMT-5' } as const;

/** mm:ss of a countdown; never negative. */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * A moment as people at the venue read it: in the screen's language and the venue's time zone
 * (the browser's own zone when the setup names none). `time` → 14:05:09, `dateTime` → date and time,
 * the month in digits: Chromium's ICU has no Kazakh month names and writes "2025 M07 20".
 */
export function formatAt(at: string | number, lang: Language, timeZone?: string, style: 'time' | 'dateTime' = 'time'): string {
  const key = `a|${lang}|${timeZone ?? ''}|${style}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const time = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } as const;
    f = new Intl.DateTimeFormat(LOCALE[lang], style === 'time' ? { timeZone, ...time } : { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', ...time });
    cache.set(key, f);
  }
  return f.format(typeof at === 'string' ? Date.parse(at) : at);
}
