import { useEffect } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import { nameIn } from '../i18n/index.ts';
import { useLive } from '../live/liveStore.ts';
import { Bilingual } from './Bilingual.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { RankingTable } from './RankingTable.tsx';
import { TeamDuel } from './TeamDuel.tsx';
import { useStandings } from './useStandings.ts';

/** The big screen: live ranking and the team duel, in two languages side by side. */
export function BoardPage({ competitionId, languages }: { competitionId: string; languages: Language[] }) {
  const follow = useLive((s) => s.follow);
  const competition = useLive((s) => s.competition);
  const error = useLive((s) => s.error);
  const standings = useStandings();
  useEffect(() => follow(competitionId), [follow, competitionId]);

  if (!competition || !standings) {
    return <div className="board loading">{error ?? <Bilingual k="loading" languages={languages} />}</div>;
  }
  return (
    <div className="board" data-testid="board" data-seq={competition.lastSeq}>
      <header className="board-header">
        <div className="board-title">
          {languages.map((lang, i) => (
            <h1 key={lang} lang={lang} className={i === 0 ? 'primary' : 'secondary'}>
              {nameIn(competition.setup.name, lang)}
            </h1>
          ))}
        </div>
        <div className={`status-badge status-${competition.status}`} data-testid="status">
          <Bilingual k={`status.${competition.status}`} languages={languages} />
        </div>
        <ConnectionBadge languages={languages} />
      </header>
      <main className="board-main">
        <RankingTable competition={competition} operators={standings.operators} languages={languages} />
        <TeamDuel competition={competition} teams={standings.teams} languages={languages} />
      </main>
    </div>
  );
}
