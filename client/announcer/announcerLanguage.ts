import { LANGUAGES, type Language } from '../../shared/schemas/common.ts';

const KEY = 'gauge.announcer.lang';

const isLanguage = (code: string | null): code is Language => (LANGUAGES as readonly string[]).includes(code ?? '');

/**
 * The commentator's language: `?lang=` when given, else the one chosen here before, else the
 * browser's when it is one of the four, else Chinese (DESIGN "Client routes").
 */
export function initialAnnouncerLanguage(search: string): Language {
  const asked = new URLSearchParams(search).get('lang')?.split(',')[0]?.trim() ?? null;
  if (isLanguage(asked)) return asked;
  const saved = localStorage.getItem(KEY);
  if (isLanguage(saved)) return saved;
  const browser = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage);
  return browser ?? 'zh';
}

export const rememberAnnouncerLanguage = (language: Language): void => localStorage.setItem(KEY, language);

/** `?moves=N`: how many of the latest lifts the biggest moves look back over (default 10). */
export function movesWindowFromQuery(search: string): number {
  const n = Number(new URLSearchParams(search).get('moves'));
  return Number.isInteger(n) && n > 0 ? n : 10;
}
