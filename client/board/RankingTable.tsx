import type { Language } from '../../shared/schemas/common.ts';
import type { OperatorStanding } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { disciplineView } from '../disciplines/registry.ts';
import { nameIn } from '../i18n/index.ts';
import { RecordBadge } from '../series/RecordBadge.tsx';
import { Bilingual } from './Bilingual.tsx';
import { Flag } from './Flag.tsx';
import { useRankMoves } from './useRankMoves.ts';

interface Props {
  competition: CompetitionState;
  operators: OperatorStanding[];
  languages: Language[];
}

/** Every ranking starts with these; the discipline's columns follow. */
const COLUMNS = ['rank', 'bib', 'operator'] as const;

function Arrow({ move }: { move: number }) {
  if (move === 0) return <span className="move move-none" />;
  return (
    <span className={`move ${move > 0 ? 'move-up' : 'move-down'}`} data-move={move}>
      {move > 0 ? '▲' : '▼'}
      {Math.abs(move)}
    </span>
  );
}

export function RankingTable({ competition, operators, languages }: Props) {
  const operatorById = new Map(competition.setup.operators.map((o) => [o.id, o]));
  const teamById = new Map(competition.setup.teams.map((t) => [t.id, t]));
  const { move, rowRef, bodyRef } = useRankMoves(operators);
  const lang = languages[0] ?? 'zh';
  const columns = disciplineView(competition.setup.rule).rankingColumns;
  return (
    <section className="panel ranking">
      <h2>
        <Bilingual k="ranking" languages={languages} />
      </h2>
      <table data-testid="ranking">
        <thead>
          <tr>
            {[...COLUMNS, ...columns.map((c) => c.key)].map((c) => (
              <th key={c} className={`col-${c}`}>
                <Bilingual k={c} languages={languages} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {operators.map((row) => {
            const operator = operatorById.get(row.operatorId);
            const team = teamById.get(row.teamId);
            return (
              <tr
                key={row.operatorId}
                ref={rowRef(row.operatorId)}
                data-operator={row.operatorId}
                data-rank={row.rank}
                style={{ '--team': team?.color ?? '#888' } as React.CSSProperties}
              >
                <td className="col-rank">
                  <span className="rank-number">{row.rank}</span>
                  <Arrow move={move(row.operatorId)} />
                </td>
                <td className="col-bib">
                  <span className="team-chip">
                    {team && <Flag country={team.country} color={team.color} />}
                    {operator?.bib}
                  </span>
                </td>
                <td className="col-operator">
                  {languages.map((l, i) => (
                    <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'}>
                      {nameIn(operator?.name, l)}
                    </span>
                  ))}
                  <RecordBadge competition={competition} operatorId={row.operatorId} language={lang} />
                </td>
                {columns.map((c) => (
                  <td key={c.key} className={`col-${c.key}`} data-testid={c.testId?.(row)}>
                    {c.cell(row, lang)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
