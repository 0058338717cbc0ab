import type { Language, LocalizedName } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { formatAt } from '../i18n/format.ts';
import { nameIn } from '../i18n/index.ts';
import { Bilingual } from './Bilingual.tsx';
import { boardClocks, utcOffset } from './boardClocks.ts';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { resultBadge } from './resultStatus.ts';
import { useServerNow } from './useServerNow.ts';

/** Title in both languages, the venue's clocks (setup.clocks, else venue and border), the result badge and the connection. */
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
        {boardClocks(shown.setup).map((clock) => (
          <div className="clock" key={clock.timeZone} data-testid="clock" data-time-zone={clock.timeZone}>
            {'key' in clock.label ? <Bilingual k={clock.label.key} languages={languages} /> : <ClockName name={clock.label.name} languages={languages} />}
            <time>{formatAt(now, lang, clock.timeZone)}</time>
            <small>{utcOffset(now, clock.timeZone)}</small>
          </div>
        ))}
      </div>
      <div className={`status-badge status-${badge}`} data-testid="status" data-badge={badge}>
        <Bilingual k={`result.${badge}`} languages={languages} />
      </div>
      <ConnectionBadge languages={languages} />
    </header>
  );
}

/** A clock's name from the setup, in the board's languages like a Bilingual label. */
function ClockName({ name, languages }: { name: LocalizedName; languages: Language[] }) {
  return (
    <span className="bilingual">
      {languages.map((l, i) => (
        <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'}>
          {nameIn(name, l)}
        </span>
      ))}
    </span>
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
