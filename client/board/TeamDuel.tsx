import type { Language } from '../../shared/schemas/common.ts';
import type { TeamStanding } from '../../shared/scoring/standings.ts';
import { teamAveragesSoFar } from '../../shared/scoring/teamSoFar.ts';
import { disciplinesOf } from '../../shared/disciplines/ofSetup.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { heatProgress } from '../disciplines/progress.ts';
import { formatScore } from '../i18n/format.ts';
import { nameIn, tIn } from '../i18n/index.ts';
import { Bilingual } from './Bilingual.tsx';
import { Flag } from './Flag.tsx';

interface Props {
  competition: CompetitionState;
  teams: TeamStanding[];
  languages: Language[];
}

const formatSoFar = (score: number | null, lang: Language): string => (score === null ? '—' : formatScore(score, lang));

/** Readings (lifts or answers) done and required by a team's operators, over all their heats. */
function progress(competition: CompetitionState, teamId: string): { done: number; required: number } {
  const operatorIds = new Set(competition.setup.operators.filter((o) => o.teamId === teamId).map((o) => o.id));
  const heats = Object.values(competition.heats).filter((h) => operatorIds.has(h.operatorId));
  return heats.reduce(
    (sum, h) => {
      const p = heatProgress(competition, h.id);
      return { done: sum.done + p.done, required: sum.required + p.required };
    },
    { done: 0, required: 0 },
  );
}

/** A label in the board's languages, on one line (the duel's cells are narrow). */
const labelIn = (k: string, languages: Language[]) => languages.map((l) => tIn(l)(k)).join(' · ');

/**
 * China against Kazakhstan: the team scores side by side, with a tug-of-war bar and each team's
 * progress. Beside the final-rule score (lifts not yet made count 0) the average over the lifts
 * made so far, which says who is ahead while the contest runs.
 */
export function TeamDuel({ competition, teams, languages }: Props) {
  const total = teams.reduce((sum, t) => sum + t.score, 0);
  const lang = languages[0] ?? 'zh';
  const hasLifts = disciplinesOf(competition.setup).some((d) => d.kind === 'placement');
  const soFar = hasLifts ? teamAveragesSoFar(competition) : [];
  return (
    <section className="panel duel" data-testid="team-duel">
      <h2>
        <Bilingual k="teamDuel" languages={languages} />
      </h2>
      <div className="duel-teams">
        {competition.setup.teams.map((team) => {
          const standing = teams.find((t) => t.teamId === team.id);
          const { done, required } = progress(competition, team.id);
          return (
            <div key={team.id} className="duel-team" style={{ borderColor: team.color }} data-team={team.id}>
              <Flag country={team.country} color={team.color} />
              <div className="duel-name">
                {languages.map((l) => (
                  <span key={l} lang={l}>
                    {nameIn(team.name, l)}
                  </span>
                ))}
              </div>
              <div className="duel-scores">
                <div className="duel-score" data-testid={`team-score-${team.id}`}>
                  {formatScore(standing?.score ?? 0, lang)}
                </div>
                {hasLifts && <span className="duel-score-label">{labelIn('scale.finalRule', languages)}</span>}
              </div>
              {hasLifts && (
                <div className="duel-so-far">
                  <span className="duel-score-label">{labelIn('scale.soFar', languages)}</span>
                  <span className="duel-so-far-score" data-testid={`team-so-far-${team.id}`}>
                    {formatSoFar(soFar.find((t) => t.teamId === team.id)?.score ?? null, lang)}
                  </span>
                </div>
              )}
              <div className="duel-progress" title={`${done}/${required}`}>
                <div style={{ width: `${required ? (100 * done) / required : 0}%`, background: team.color }} />
                <span>
                  {done}/{required}
                </span>
              </div>
            </div>
          );
        })}
      </div>
      {/* Teams in setup order, like the cards above, so a change of lead never swaps the bar's sides. */}
      <div className="duel-bar">
        {competition.setup.teams.map((team) => (
          <div key={team.id} style={{ flexGrow: total > 0 ? (teams.find((t) => t.teamId === team.id)?.score ?? 0) : 1, background: team.color }} />
        ))}
      </div>
    </section>
  );
}
