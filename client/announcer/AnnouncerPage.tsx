import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { FrozenBanner } from '../board/BoardHeader.tsx';
import { ConnectionBadge } from '../board/ConnectionBadge.tsx';
import { useBoardData } from '../board/useBoardData.ts';
import { useServerNow } from '../board/useServerNow.ts';
import { nameIn } from '../i18n/index.ts';
import { useLive } from '../live/liveStore.ts';
import { rememberLanguage } from '../i18n/screenLanguage.ts';
import { useScreenLanguage } from '../i18n/useScreenLanguage.ts';
import { movesWindowFromQuery } from './announcerQuery.ts';
import { announcerView } from './announcerView.ts';
import { BiggestMoves } from './BiggestMoves.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { OperatorOnAir } from './OperatorOnAir.tsx';
import { RecordsPanel } from './RecordsPanel.tsx';
import { TeamScores } from './TeamScores.tsx';
import './announcer.css';

const movesWindow = movesWindowFromQuery(window.location.search);

/**
 * For the commentator (laptop or tablet): the running heats, what each running operator needs
 * on their remaining lifts, the biggest rank moves and the records in reach. It reads what the
 * public may see, so nothing said on air gives away results the organizer is holding back.
 */
export function AnnouncerPage({ competitionId }: { competitionId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const follow = useLive((s) => s.follow);
  const error = useLive((s) => s.error);
  const { live, shown, standings, frozen } = useBoardData('public');
  const now = useServerNow();

  useScreenLanguage('announcer');
  useEffect(() => follow(competitionId), [follow, competitionId]);
  const view = useMemo(() => (live && shown && standings ? announcerView(live, shown, standings, movesWindow) : null), [live, shown, standings]);

  if (!live || !shown || !standings || !view) {
    return <div className="announcer an-loading">{error ?? t('loading')}</div>;
  }
  return (
    <div className="announcer" data-testid="announcer" data-seq={shown.lastSeq} data-frozen={frozen}>
      <header className="an-header">
        <h1>
          <small>{t('announcer.title')}</small>
          {nameIn(shown.setup.name, language)}
        </h1>
        <TeamScores shown={shown} standings={standings} language={language} />
        <ConnectionBadge languages={[language]} />
        <LanguageSwitch className="an-lang" remember={(language) => rememberLanguage('announcer', language)} label={t('announcer.language')} />
      </header>
      {frozen && <FrozenBanner languages={[language]} />}
      <main className="an-main">
        <section className="an-heats" data-testid="announcer-heats">
          <h2>{t('runningHeats')}</h2>
          {view.running.length === 0 && <p className="an-empty">{t('noRunningHeats')}</p>}
          <div className="an-cards">
            {view.running.map((entry) => (
              <OperatorOnAir key={entry.heat.id} entry={entry} shown={shown} records={view.records} language={language} now={now} />
            ))}
          </div>
        </section>
        <aside className="an-side">
          <BiggestMoves moves={view.moves} shown={shown} windowLifts={movesWindow} language={language} />
          <RecordsPanel records={view.records} shown={shown} language={language} />
        </aside>
      </main>
    </div>
  );
}
