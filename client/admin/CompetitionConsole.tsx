import { useEffect, useState } from 'react';
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

  if (!state) return <p>{liveError ?? 'Loading…'}</p>;
  const cid = encodeURIComponent(competitionId);
  return (
    <div className="console">
      <header className="console-header">
        <div>
          <h2>
            <span lang="zh">{nameIn(state.setup.name, 'zh')}</span> · <span lang="kk">{nameIn(state.setup.name, 'kk')}</span>
          </h2>
          <span className="muted">
            {competitionId} · seq {state.lastSeq}
          </span>
        </div>
        <span className={`status-badge status-${state.status}`} data-testid="competition-status">
          {state.status}
        </span>
        <nav>
          <a href={`/board/${cid}`}>Board</a>
          <a href={`/control/${cid}`}>Display control</a>
          <a href={`/referee/${cid}`}>Referee app</a>
        </nav>
      </header>
      <PinAlert />
      <nav className="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'active' : ''} onClick={() => setTab(t)}>
            {t}
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
