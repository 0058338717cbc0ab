import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/schemas/common.ts';
import { rememberAnnouncerLanguage } from './announcerLanguage.ts';

const LABEL = { zh: '中文', kk: 'Қаз', ru: 'Рус', en: 'EN' } as const;

/** The commentator's language switch; the choice is remembered on this device. */
export function LanguagePicker() {
  const { i18n, t } = useTranslation();
  return (
    <div className="an-lang" role="group" aria-label={t('announcer.language')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          aria-pressed={i18n.language === lang}
          onClick={() => {
            rememberAnnouncerLanguage(lang);
            void i18n.changeLanguage(lang);
          }}
        >
          {LABEL[lang]}
        </button>
      ))}
    </div>
  );
}
