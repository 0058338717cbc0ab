import type { Language, LocalizedName } from '../../shared/schemas/common.ts';
import { nameIn } from '../i18n/index.ts';

/** A name in the overlay's languages, primary first; a language that falls back to the same text is not repeated. */
export function Names({ name, languages, className }: { name: LocalizedName | undefined; languages: Language[]; className?: string }) {
  const shown = languages.map((l) => ({ lang: l, text: nameIn(name, l) })).filter((n, i, all) => all.findIndex((m) => m.text === n.text) === i);
  return (
    <span className={className ?? 'ov-names'}>
      {shown.map((n, i) => (
        <span key={n.lang} lang={n.lang} className={i === 0 ? 'primary' : 'secondary'}>
          {n.text}
        </span>
      ))}
    </span>
  );
}
