import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/schemas/common.ts';

/** Each language by its own name, as the switch and the control page's language lists show it. */
export const LANGUAGE_LABEL = { zh: '中文', kk: 'Қаз', ru: 'Рус', en: 'EN' } as const;

interface Props {
  /** Keeps the choice on this device (each app remembers its own). */
  remember(language: Language): void;
  className: string;
  label?: string;
}

/** The four languages as buttons; the pressed one is the page's language. */
export function LanguageSwitch({ remember, className, label }: Props) {
  const { i18n } = useTranslation();
  return (
    <div className={className} role="group" aria-label={label}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          aria-pressed={i18n.language === lang}
          onClick={() => {
            remember(lang);
            void i18n.changeLanguage(lang);
          }}
        >
          {LANGUAGE_LABEL[lang]}
        </button>
      ))}
    </div>
  );
}
