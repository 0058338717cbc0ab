import type { Language } from '../../shared/schemas/common.ts';
import { tIn } from '../i18n/index.ts';

/** A label in the board's two languages, one above the other. */
export function Bilingual({ k, languages }: { k: string; languages: Language[] }) {
  return (
    <span className="bilingual">
      {languages.map((lang, i) => (
        <span key={lang} lang={lang} className={i === 0 ? 'primary' : 'secondary'}>
          {tIn(lang)(k)}
        </span>
      ))}
    </span>
  );
}
