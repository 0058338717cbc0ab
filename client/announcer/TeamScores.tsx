import type { Language } from '../../shared/schemas/common.ts';
import type { Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { Flag } from '../board/Flag.tsx';
import { formatScore } from '../i18n/format.ts';
import { nameIn } from '../i18n/index.ts';

/** The team duel in one line: each team's flag, name and score, in setup order. */
export function TeamScores({ shown, standings, language }: { shown: CompetitionState; standings: Standings; language: Language }) {
  return (
    <div className="an-teams" data-testid="announcer-teams">
      {shown.setup.teams.map((team) => (
        <span key={team.id} className="an-team" style={{ borderColor: team.color }}>
          <Flag country={team.country} color={team.color} />
          {nameIn(team.name, language)}
          <b>{formatScore(standings.teams.find((t) => t.teamId === team.id)?.score ?? 0, language)}</b>
        </span>
      ))}
    </div>
  );
}
