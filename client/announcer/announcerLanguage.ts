import type { Language } from '../../shared/schemas/common.ts';
import { initialLanguage, rememberLanguage } from '../i18n/screenLanguage.ts';

export const initialAnnouncerLanguage = (search: string): Language => initialLanguage('announcer', search);
export const rememberAnnouncerLanguage = (language: Language): void => rememberLanguage('announcer', language);

/** `?moves=N`: how many of the latest lifts the biggest moves look back over (default 10). */
export function movesWindowFromQuery(search: string): number {
  const n = Number(new URLSearchParams(search).get('moves'));
  return Number.isInteger(n) && n > 0 ? n : 10;
}
