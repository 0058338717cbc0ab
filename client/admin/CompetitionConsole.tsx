import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { nameIn } from '../i18n/index.ts';
import { useLive } from '../live/liveStore.ts';
import { AuditPanel } from './AuditPanel.tsx';
import { useConsole } from './consoleStore.ts';
import { MonitorPanel } from './MonitorPanel.tsx';
import { PinAlert } from './PinAlert.tsx';
import { ResultsPanel } from './ResultsPanel.tsx';
import { SetupTab } from './SetupTab.tsx';

const TABS = ['monitor', 'results', 'audit', 'setup'] as const;
type Tab = (typeof TABS)[number];

/** `/admin/:cid`: one competition, live (the same folded state as the board). */
export function CompetitionConsole({ competitionId }: { competitionId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const state = useLive((s) => s.competition);
  const liveError = useLive((s) => s.error);
  const follow = useLive((s) => s.follow);
  const open = useConsole((s) => s.open);
  const refresh = useConsole((s) => s.refresh);
  const [tab, setTab] = useState<Tab>(() => (new URLSearchParams(window.location.search).get('tab') as Tab | null) ?? 'monitor');
  useEffect(() => follow(competitionId), [follow, competitionId]);
  useEffect(() => open(competitionId), [open, competitionId]);
  // Every new event may change results, protests and the audit trail.
  const lastSeq = state?.lastSeq;
  useEffect(() => {
    if (lastSeq !== undefined) void refresh();
  }, [lastSeq, refresh]);

  if (!state) return <p>{liveError ?? t('admin.loading')}</p>;
  const cid = encodeURIComponent(competitionId);
  return (
    <div className="console">
      <header className="console-header">
        <div>
          <h2>{nameIn(state.setup.name, language)}</h2>
          <span className="muted">
            {competitionId} · {t('admin.header.events', { count: state.lastSeq })}
          </span>
        </div>
        <span className={`status-badge status-${state.status}`} data-testid="competition-status">
          {t(`admin.competitionStatus.${state.status}`)}
        </span>
        <nav>
          <a href={`/board/${cid}`}>{t('admin.header.board')}</a>
          <a href={`/control/${cid}`}>{t('admin.header.control')}</a>
          <a href={`/referee/${cid}`}>{t('admin.header.referee')}</a>
        </nav>
      </header>
      <PinAlert />
      <nav className="tabs" role="tablist">
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" data-tab={name} aria-selected={tab === name} className={tab === name ? 'active' : ''} onClick={() => setTab(name)}>
            {t(`admin.tabs.${name}`)}
          </button>
        ))}
      </nav>
      {tab === 'monitor' && <MonitorPanel state={state} />}
      {tab === 'results' && <ResultsPanel state={state} />}
      {tab === 'audit' && <AuditPanel state={state} />}
      {tab === 'setup' && <SetupTab state={state} />}
    </div>
  );
}
