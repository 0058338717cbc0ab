import { useEffect } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import { useLive } from '../live/liveStore.ts';
import { useCommitTiming } from '../live/perf.ts';
import { Bilingual } from './Bilingual.tsx';
import { BoardHeader, FrozenBanner } from './BoardHeader.tsx';
import { LazyPhoneCharts } from './charts/LazyCharts.tsx';
import { RankingTable } from './RankingTable.tsx';
import { LiftTicker, RunningHeats } from './RunningHeats.tsx';
import { TeamDuel } from './TeamDuel.tsx';
import { useBoardData } from './useBoardData.ts';

/** `/m/:cid`: the public board for a phone, every part stacked in one scrolling column. */
export function PhonePage({ competitionId, languages }: { competitionId: string; languages: Language[] }) {
  const follow = useLive((s) => s.follow);
  const error = useLive((s) => s.error);
  const { live, shown, standings, frozen } = useBoardData('public');
  useEffect(() => follow(competitionId), [follow, competitionId]);
  useCommitTiming(shown);

  if (!live || !shown || !standings) {
    return <div className="board loading">{error ?? <Bilingual k="loading" languages={languages} />}</div>;
  }
  return (
    <div className="board phone" data-testid="board" data-seq={shown.lastSeq} data-frozen={frozen}>
      <BoardHeader shown={shown} languages={languages} />
      {frozen && <FrozenBanner languages={languages} />}
      <TeamDuel competition={shown} teams={standings.teams} languages={languages} />
      <RankingTable competition={shown} operators={standings.operators} languages={languages} />
      <RunningHeats live={live} shown={shown} languages={languages} />
      <LiftTicker shown={shown} languages={languages} />
      <LazyPhoneCharts shown={shown} languages={languages} />
    </div>
  );
}
