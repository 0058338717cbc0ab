import type { CSSProperties } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import type { Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { Bilingual } from '../board/Bilingual.tsx';
import { Flag } from '../board/Flag.tsx';
import { formatScore } from '../i18n/format.ts';
import { Names } from './Names.tsx';

const PLACES = 5;

/** The first five of the ranking, compact: rank, flag, bib, name, score. */
export function TopFive({ shown, standings, languages, frozen }: { shown: CompetitionState; standings: Standings; languages: Language[]; frozen: boolean }) {
  const lang = languages[0] ?? 'zh';
  const operatorById = new Map(shown.setup.operators.map((o) => [o.id, o]));
  const teamById = new Map(shown.setup.teams.map((t) => [t.id, t]));
  return (
    <div className="ov-top" data-testid="overlay-ranking">
      <div className="ov-tag">
        <Bilingual k="overlay.top" languages={languages} />
        {frozen && (
          <span className="ov-onhold" data-testid="overlay-frozen">
            <Bilingual k="overlay.onHold" languages={languages} />
          </span>
        )}
      </div>
      <ol className="ov-top-rows">
        {standings.operators.slice(0, PLACES).map((row) => {
          const operator = operatorById.get(row.operatorId);
          const team = teamById.get(row.teamId);
          return (
            <li key={row.operatorId} data-operator={row.operatorId} style={{ '--team': team?.color ?? '#888' } as CSSProperties}>
              <span className="ov-top-rank">{row.rank}</span>
              {team && <Flag country={team.country} color={team.color} />}
              <span className="ov-bib">{operator?.bib}</span>
              <Names name={operator?.name} languages={languages} className="ov-top-names" />
              <b className="ov-top-score">{formatScore(row.score, lang)}</b>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
