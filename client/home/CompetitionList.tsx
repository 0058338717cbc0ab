import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import { formatAt } from '../i18n/format.ts';
import { nameIn } from '../i18n/index.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { rememberLanguage } from '../i18n/screenLanguage.ts';
import { useScreenLanguage } from '../i18n/useScreenLanguage.ts';

interface Summary {
  id: string;
  name: LocalizedName;
  venue?: LocalizedName;
  status: 'setup' | 'running' | 'provisional' | 'official';
  timeZone?: string;
  startsAt?: string;
}

/** `/`: every competition on this server, with links to its screens, in the visitor's language. */
export function CompetitionList() {
  const { t } = useTranslation();
  const language = useScreenLanguage('home');
  const [competitions, setCompetitions] = useState<Summary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch('/api/competitions')
      .then((r) => r.json() as Promise<{ competitions: Summary[] }>)
      .then((body) => setCompetitions(body.competitions))
      .catch((e: unknown) => setError(String(e)));
  }, []);
  return (
    <div className="home" data-testid="home">
      <header className="home-header">
        <h1>{t('appName')} · {t('competitions')}</h1>
        <LanguageSwitch className="screen-lang" remember={(lang) => rememberLanguage('home', lang)} label={t('lang2.language')} />
      </header>
      <p>
        <a href="/admin">{t('lang2.console')}</a>
      </p>
      {error && <p className="error">{error}</p>}
      {competitions === null && !error && <p>{t('loading')}</p>}
      {competitions?.length === 0 && <p>{t('noCompetitions')}</p>}
      <ul>
        {competitions?.map((c) => (
          <li key={c.id} data-competition={c.id}>
            <div className="home-name">
              <strong>{nameIn(c.name, language)}</strong>
              <small>
                {[c.venue && nameIn(c.venue, language), c.startsAt && t('lang2.firstHeat', { at: formatAt(c.startsAt, language, c.timeZone, 'dateTime') })].filter(Boolean).join(' · ')}
              </small>
            </div>
            <span className={`home-status status-${c.status}`} data-testid={`status-${c.id}`} data-status={c.status}>
              {t(`status.${c.status}`)}
            </span>
            <nav>
              <a href={`/board/${c.id}`}>{t('lang2.board')}</a>
              <a href={`/m/${c.id}`}>{t('lang2.phone')}</a>
              <a href={`/referee/${c.id}`}>{t('lang2.referee')}</a>
              <a href={`/announcer/${c.id}`}>{t('lang2.announcer')}</a>
              <a href={`/control/${c.id}`}>{t('lang2.control')}</a>
            </nav>
          </li>
        ))}
      </ul>
    </div>
  );
}
