import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/schemas/common.ts';

const LABEL = { zh: '中文', kk: 'Қаз', ru: 'Рус', en: 'EN' } as const;

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group">
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          aria-pressed={i18n.language === lang}
          onClick={() => {
            localStorage.setItem('gauge.referee.lang', lang);
            void i18n.changeLanguage(lang);
          }}
        >
          {LABEL[lang]}
        </button>
      ))}
    </div>
  );
}
