import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language, type LocalizedName } from '../../shared/schemas/common.ts';
import { en } from './locales/en.ts';
import { kk } from './locales/kk.ts';
import { ru } from './locales/ru.ts';
import { zh } from './locales/zh.ts';

void i18next.use(initReactI18next).init({
  resources: { zh: { translation: zh }, kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
  lng: 'zh',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
});

export const i18n = i18next;
export const tIn = (language: Language): TFunction => i18next.getFixedT(language);

const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

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
