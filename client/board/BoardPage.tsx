import { useEffect, useMemo, useState } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import type { BoardView } from '../../shared/schemas/display.ts';
import { useLive } from '../live/liveStore.ts';
import { useCommitTiming } from '../live/perf.ts';
import { Bilingual } from './Bilingual.tsx';
import { BoardHeader, FrozenBanner } from './BoardHeader.tsx';
import { LazyChartsView } from './charts/LazyCharts.tsx';
import { useDisplay } from './displayStore.ts';
import { PairingCode } from './PairingCode.tsx';
import { QrCode } from './QrCode.tsx';
import { rankingPages } from './rankingPages.ts';
import { rankingParts } from './rankingParts.ts';
import { RankingTable } from './RankingTable.tsx';
import { LiftTicker, RunningHeats } from './RunningHeats.tsx';
import { TeamDuel } from './TeamDuel.tsx';
import { useBoardData, type Audience } from './useBoardData.ts';
import { useFrameThenFollow } from './useFrameThenFollow.ts';

interface Props {
  competitionId: string;
  languages: Language[];
  view?: BoardView;
  rotateS?: number;
  audience?: Audience;
}

/** The big screen: views that rotate by themselves (or as the organizer pins them), in two languages. */
export function BoardPage({ competitionId, languages: initialLanguages, view: initialView, rotateS, audience = 'public' }: Props) {
  const error = useLive((s) => s.error);
  const { init, link, next } = useDisplay.getState();
  const view = useDisplay((s) => s.view);
  const languages = useDisplay((s) => s.languages);
  const interval = useDisplay((s) => s.rotateS);
  const pinned = useDisplay((s) => s.pinned);
  const rankingPage = useDisplay((s) => s.rankingPage);
  const setRankingPages = useDisplay((s) => s.setRankingPages);
  const data = useBoardData(audience);
  const { frame, frameStandings } = useFrameThenFollow(competitionId);
  // Until the snapshot arrives: the frame from the setup, nothing recorded yet.
  const loading = !data.shown || !data.standings;
  const { live, shown, standings, frozen } = loading ? { live: frame, shown: frame, standings: frameStandings, frozen: false } : data;
  // Rows that fit the ranking panel, once measured (rows past it are shown on a further part).
  const [rowsPerPage, setRowsPerPage] = useState(Infinity);
  const pages = useMemo(() => (shown && standings ? rankingParts(rankingPages(shown, standings), rowsPerPage) : []), [shown, standings, rowsPerPage]);
  useEffect(() => setRankingPages(pages.length), [setRankingPages, pages.length]);
  useEffect(() => {
    // A new size or language measures again from one long page.
    setRowsPerPage(Infinity);
    const again = () => setRowsPerPage(Infinity);
    window.addEventListener('resize', again);
    return () => window.removeEventListener('resize', again);
  }, [languages]);

  useEffect(() => init({ languages: initialLanguages, view: initialView, rotateS }), [init, initialLanguages, initialView, rotateS]);
  useCommitTiming(shown);
  useEffect(() => link(competitionId), [link, competitionId]);
  useEffect(() => {
    if (pinned) return;
    const timer = setInterval(next, interval * 1000);
    return () => clearInterval(timer);
  }, [next, interval, pinned, view, rankingPage]);

  if (!live || !shown || !standings) {
    return <div className="board loading">{error ?? <Bilingual k="loading" languages={languages} />}</div>;
  }
  // Several disciplines: the ranking view turns through the overall ranking and each discipline's.
  const page = pages[Math.min(rankingPage, pages.length - 1)];
  const phoneUrl = `${window.location.origin}/m/${encodeURIComponent(competitionId)}?lang=${languages.join(',')}`;
  return (
    <div className="board" data-testid="board" data-seq={shown.lastSeq} data-view={view} data-frozen={frozen} data-loading={loading || undefined}>
      <BoardHeader shown={shown} languages={languages} />
      {frozen && <FrozenBanner languages={languages} />}
      <PairingCode />
      <main className={`board-main view-${view}`} data-testid={`view-${view}`}>
        {view === 'ranking' && (
          <>
            {page && (
              <RankingTable
                // A new table when the snapshot replaces the frame: the frame's places are no moves to show.
                key={`${page.key}-${page.part?.index ?? 0}-${loading ? 'frame' : 'live'}`}
                competition={shown}
                page={page}
                languages={languages}
                onRowsThatFit={(rows) => setRowsPerPage((before) => Math.min(before, rows))}
              />
            )}
            <div className="side">
              <TeamDuel competition={shown} teams={standings.teams} languages={languages} />
              <div className="panel qr-panel">
                <QrCode url={phoneUrl} />
                <Bilingual k="scanToFollow" languages={languages} />
              </div>
            </div>
          </>
        )}
        {view === 'heats' && (
          <>
            <RunningHeats live={live} shown={shown} languages={languages} />
            <TeamDuel competition={shown} teams={standings.teams} languages={languages} />
          </>
        )}
        {view === 'charts' && (
          <LazyChartsView shown={shown} languages={languages} />
        )}
      </main>
      <LiftTicker shown={shown} languages={languages} />
    </div>
  );
}
