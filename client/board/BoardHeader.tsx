import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { BORDER_TIME_ZONES, formatClock } from '../i18n/format.ts';
import { nameIn } from '../i18n/index.ts';
import { Bilingual } from './Bilingual.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { resultBadge } from './resultStatus.ts';
import { useServerNow } from './useServerNow.ts';

/** Title in both languages, the border's two clocks, the result badge and the connection. */
export function BoardHeader({ shown, languages }: { shown: CompetitionState; languages: Language[] }) {
  const now = useServerNow();
  const lang = languages[0] ?? 'zh';
  const badge = resultBadge(shown, now);
  return (
    <header className="board-header">
      <div className="board-title">
        {languages.map((l, i) => (
          <h1 key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'}>
            {nameIn(shown.setup.name, l)}
          </h1>
        ))}
      </div>
      <div className="clocks" data-testid="clocks">
        <div className="clock">
          <Bilingual k="clockChina" languages={languages} />
          <time>{formatClock(now, BORDER_TIME_ZONES.china, lang)}</time>
          <small>UTC+8</small>
        </div>
        <div className="clock">
          <Bilingual k="clockKazakhstan" languages={languages} />
          <time>{formatClock(now, BORDER_TIME_ZONES.kazakhstan, lang)}</time>
          <small>UTC+5</small>
        </div>
      </div>
      <div className={`status-badge status-${badge}`} data-testid="status" data-badge={badge}>
        <Bilingual k={`result.${badge}`} languages={languages} />
      </div>
      <ConnectionBadge languages={languages} />
    </header>
  );
}

/** Public screens while the organizer holds results back. */
export function FrozenBanner({ languages }: { languages: Language[] }) {
  return (
    <div className="frozen-banner" data-testid="frozen-banner" role="status">
      <span className="frozen-icon" aria-hidden />
      {languages.map((l) => (
        <span key={l} lang={l}>
          <Bilingual k="frozen" languages={[l]} />
        </span>
      ))}
    </div>
  );
}
