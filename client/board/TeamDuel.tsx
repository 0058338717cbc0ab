import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import type { TeamStanding } from '../../shared/scoring/standings.ts';
import { nameIn } from '../i18n/index.ts';
import { Bilingual } from './Bilingual.tsx';

interface Props {
  competition: CompetitionState;
  teams: TeamStanding[];
  languages: Language[];
}

const format = (n: number) => n.toFixed(2);

/** China against Kazakhstan: the team scores side by side, with a tug-of-war bar. */
export function TeamDuel({ competition, teams, languages }: Props) {
  const byId = new Map(competition.setup.teams.map((t) => [t.id, t]));
  const total = teams.reduce((sum, t) => sum + t.score, 0);
  return (
    <section className="panel duel" data-testid="team-duel">
      <h2>
        <Bilingual k="teamDuel" languages={languages} />
      </h2>
      <div className="duel-teams">
        {competition.setup.teams.map((team) => {
          const standing = teams.find((t) => t.teamId === team.id);
          return (
            <div key={team.id} className="duel-team" style={{ borderColor: team.color }} data-team={team.id}>
              <div className="duel-country" style={{ background: team.color }}>
                {team.country}
              </div>
              <div className="duel-name">
                {languages.map((lang) => (
                  <span key={lang} lang={lang}>
                    {nameIn(team.name, lang)}
                  </span>
                ))}
              </div>
              <div className="duel-score" data-testid={`team-score-${team.id}`}>
                {format(standing?.score ?? 0)}
              </div>
            </div>
          );
        })}
      </div>
      <div className="duel-bar">
        {teams.map((t) => (
          <div
            key={t.teamId}
            style={{ flexGrow: total > 0 ? t.score : 1, background: byId.get(t.teamId)?.color ?? '#888' }}
          />
        ))}
      </div>
    </section>
  );
}
