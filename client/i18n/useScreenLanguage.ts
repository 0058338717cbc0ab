import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { initialLanguage } from './screenLanguage.ts';

/** Apps whose start language was set in this page load. */
const started = new Set<string>();

/**
 * The page's language for a screen with a language switch: set once per page load from `?lang`,
 * the choice remembered for `app`, or the browser's (DESIGN "Client routes"); the switch changes
 * it after, and a remount (the console after logging in) must not put `?lang` back.
 */
export function useScreenLanguage(app: string): Language {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (started.has(app)) return;
    started.add(app);
    void i18n.changeLanguage(initialLanguage(app, window.location.search));
  }, [i18n, app]);
  return i18n.language as Language;
}
