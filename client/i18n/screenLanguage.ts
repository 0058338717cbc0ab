import { LANGUAGES, type Language } from '../../shared/schemas/common.ts';

const isLanguage = (code: string | null | undefined): code is Language => (LANGUAGES as readonly string[]).includes(code ?? '');
const key = (app: string): string => `gauge.${app}.lang`;

/**
 * A screen's language (DESIGN "Client routes"): `?lang=` when given, else the one chosen on this
 * device for this app, else the browser's when it is one of the four, else Chinese.
 */
export function initialLanguage(app: string, search = ''): Language {
  const asked = new URLSearchParams(search).get('lang')?.split(',')[0]?.trim();
  if (isLanguage(asked)) return asked;
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(key(app));
  if (isLanguage(saved)) return saved;
  const browser = typeof navigator === 'undefined' ? undefined : navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage);
  return browser ?? 'zh';
}

/** Keeps a choice made with the language switch, per app (each screen remembers its own). */
export const rememberLanguage = (app: string, language: Language): void => localStorage.setItem(key(app), language);
