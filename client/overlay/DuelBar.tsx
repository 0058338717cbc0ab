import type { Language } from '../../shared/schemas/common.ts';
import type { Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { Bilingual } from '../board/Bilingual.tsx';
import { Flag } from '../board/Flag.tsx';
import { formatScore } from '../i18n/format.ts';
import { Names } from './Names.tsx';

/** The team duel as a tug-of-war bar: teams in setup order (sides never swap), scores at the ends. */
export function DuelBar({ shown, standings, languages, frozen }: { shown: CompetitionState; standings: Standings; languages: Language[]; frozen: boolean }) {
  const lang = languages[0] ?? 'zh';
  const teams = shown.setup.teams.map((team) => ({ team, score: standings.teams.find((t) => t.teamId === team.id)?.score ?? 0 }));
  const total = teams.reduce((sum, t) => sum + t.score, 0);
  const [first, second] = [...teams].sort((a, b) => b.score - a.score);
  const margin = first && second ? first.score - second.score : 0;
  return (
    <div className="ov-duel" data-testid="overlay-duel">
      <div className="ov-tag">
        <Bilingual k="teamDuel" languages={languages} />
        {frozen && (
          <span className="ov-onhold" data-testid="overlay-frozen">
            <Bilingual k="overlay.onHold" languages={languages} />
          </span>
        )}
      </div>
      <div className="ov-duel-teams">
        {teams.map(({ team, score }) => (
          <div key={team.id} className="ov-duel-team" data-team={team.id} style={{ borderColor: team.color }}>
            <Flag country={team.country} color={team.color} />
            <Names name={team.name} languages={languages} />
            <b className="ov-duel-score" data-testid={`overlay-team-${team.id}`}>
              {formatScore(score, lang)}
            </b>
          </div>
        ))}
      </div>
      <div className="ov-duel-bar">
        {teams.map(({ team, score }) => (
          <div key={team.id} style={{ flexGrow: total > 0 ? score : 1, background: team.color }} />
        ))}
        {margin > 0 && first && (
          <span className="ov-duel-margin" style={{ borderColor: first.team.color }}>
            +{formatScore(margin, lang)}
          </span>
        )}
      </div>
    </div>
  );
}
