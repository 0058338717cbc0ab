import type { Language } from '../../shared/schemas/common.ts';
import type { OperatorStanding } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { nameIn } from '../i18n/index.ts';
import { Bilingual } from './Bilingual.tsx';

interface Props {
  competition: CompetitionState;
  operators: OperatorStanding[];
  languages: Language[];
}

const COLUMNS = ['rank', 'bib', 'operator', 'lifts', 'score', 'meanDeviation', 'penalties'] as const;

export function RankingTable({ competition, operators, languages }: Props) {
  const operatorById = new Map(competition.setup.operators.map((o) => [o.id, o]));
  const teamById = new Map(competition.setup.teams.map((t) => [t.id, t]));
  return (
    <section className="panel ranking">
      <h2>
        <Bilingual k="ranking" languages={languages} />
      </h2>
      <table data-testid="ranking">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} className={`col-${c}`}>
                <Bilingual k={c} languages={languages} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {operators.map((row) => {
            const operator = operatorById.get(row.operatorId);
            const team = teamById.get(row.teamId);
            return (
              <tr key={row.operatorId} data-operator={row.operatorId} data-rank={row.rank}>
                <td className="col-rank">{row.rank}</td>
                <td className="col-bib">
                  <span className="team-chip" style={{ background: team?.color }}>
                    {operator?.bib}
                  </span>
                </td>
                <td className="col-operator">
                  {languages.map((lang, i) => (
                    <span key={lang} lang={lang} className={i === 0 ? 'primary' : 'secondary'}>
                      {nameIn(operator?.name, lang)}
                    </span>
                  ))}
                </td>
                <td className="col-lifts">
                  {row.liftsCounted}/{row.liftsRequired}
                </td>
                <td className="col-score" data-testid={`score-${row.operatorId}`}>
                  {row.score.toFixed(2)}
                </td>
                <td className="col-meanDeviation">{row.meanDeviationMm === null ? '—' : `${row.meanDeviationMm.toFixed(1)} mm`}</td>
                <td className="col-penalties">{row.penaltyPoints || ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
