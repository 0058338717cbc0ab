import i18next, { type BackendModule, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language, type LocalizedName } from '../../shared/schemas/common.ts';
import type { Labels } from './locales/en.ts';

const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

// Each language is its own chunk, loaded when a screen shows it: a board in Chinese and Kazakh
// does not download Russian and English (nor the console's labels, see addLabels).
const LOADERS: Record<Language, () => Promise<Labels>> = {
  zh: () => import('./locales/zh.ts').then((m) => m.zh),
  kk: () => import('./locales/kk.ts').then((m) => m.kk),
  ru: () => import('./locales/ru.ts').then((m) => m.ru),
  en: () => import('./locales/en.ts').then((m) => m.en),
};

/** Label blocks an app's chunk brings along (`admin.*`), merged into each language as it loads. */
const extras = new Map<string, Record<Language, object>>();

const lazyLabels: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    LOADERS[language]().then(
      (labels) => callback(null, { ...labels, ...Object.fromEntries([...extras].map(([key, byLanguage]) => [key, byLanguage[language]])) }),
      (error: Error) => callback(error, null),
    );
  },
};

/** Resolves once the screen's first languages (`?lang=`, else Chinese and Kazakh) are loaded: main renders after it. */
export const i18nReady = i18next
  .use(lazyLabels)
  .use(initReactI18next)
  .init({
    lng: 'zh',
    preload: typeof window === 'undefined' ? [] : languagesFromQuery(window.location.search),
    // Every language has every key (tests/unit/locales.test.ts): no fallback to fetch.
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes already
  });

/** Adds an app's own labels under `key` in every language, loaded or not yet. */
export function addLabels(key: string, byLanguage: Record<Language, object>): void {
  extras.set(key, byLanguage);
  for (const language of LANGUAGES) {
    if (i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', { [key]: byLanguage[language] }, true, true);
  }
}

export const i18n = i18next;
export const tIn = (language: Language): TFunction => i18next.getFixedT(language);

/** `?lang=zh,kk` → the board's two languages (default Chinese and Kazakh). */
export function languagesFromQuery(search: string, fallback: Language[] = ['zh', 'kk']): Language[] {
  const picked = (new URLSearchParams(search).get('lang') ?? '').split(',').map((s) => s.trim()).filter(isLanguage);
  return picked.length ? picked.slice(0, 2) : fallback;
}

/** A name in the wanted language, else the first one given (any may be missing). */
export function nameIn(name: LocalizedName | undefined, language: Language): string {
  if (!name) return '';
  return name[language] ?? name.en ?? name.zh ?? name.ru ?? name.kk ?? '';
}
