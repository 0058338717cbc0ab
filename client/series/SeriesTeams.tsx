import type { Language } from '../../shared/schemas/common.ts';
import { Bilingual } from '../board/Bilingual.tsx';
import { Flag } from '../board/Flag.tsx';
import type { RoundView } from './seriesApi.ts';

/** Countries compared across every source of the round: the mean of their operators. */
export function SeriesTeams({ round, languages }: { round: RoundView; languages: Language[] }) {
  if (!round.teams.length) return null;
  return (
    <section className="panel series-teams">
      <h2>
        <Bilingual k="series.teams" languages={languages} />
      </h2>
      <ol data-testid="series-teams">
        {round.teams.map((t) => (
          <li key={t.teamId} data-team={t.teamId}>
            <span className="col-rank">{t.rank}</span>
            <Flag country={t.teamId} />
            <span className="team">{t.teamId}</span>
            <span className="col-score">{t.score.toFixed(2)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
