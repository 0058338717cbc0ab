import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { initialLanguage } from './screenLanguage.ts';

/**
 * The page's language for a screen with a language switch: set once from `?lang`, the choice
 * remembered for `app`, or the browser's (DESIGN "Client routes"); the switch changes it after.
 */
export function useScreenLanguage(app: string): Language {
  const { i18n } = useTranslation();
  useEffect(() => void i18n.changeLanguage(initialLanguage(app, window.location.search)), [i18n, app]);
  return i18n.language as Language;
}
