import { useMemo, useRef, type ReactNode } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { nameIn, tIn } from '../i18n/index.ts';
import { RecordBadge } from '../series/RecordBadge.tsx';
import { Bilingual } from './Bilingual.tsx';
import { Flag } from './Flag.tsx';
import type { RankingPage } from './rankingPages.ts';
import { operatorsWithResults, rankText } from './rankShown.ts';
import { useRankMoves } from './useRankMoves.ts';
import './scale.css';
import { useRowsThatFit } from './useRowsThatFit.ts';

interface Props {
  competition: CompetitionState;
  /** Which ranking: the overall one (the only one with one discipline) or a discipline's. */
  page: RankingPage;
  languages: Language[];
  /** Above the table, beside the title (the phone's discipline switch). */
  extra?: ReactNode;
  /** The board: told how many rows fit when they run past the panel (the ranking is then shown in parts). */
  onRowsThatFit?: (rows: number) => void;
}

/** Every ranking starts with these; the page's columns follow. */
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

function Title({ page, languages }: { page: RankingPage; languages: Language[] }) {
  const { title } = page;
  if ('k' in title) return <Bilingual k={title.k} languages={languages} />;
  return (
    <span className="bilingual">
      {languages.map((l, i) => (
        <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'}>
          {title.name(l)}
        </span>
      ))}
    </span>
  );
}

/** "Page 2/5" in the board's languages, when the ranking is shown in parts. */
function PartNumber({ part, languages }: { part: NonNullable<RankingPage['part']>; languages: Language[] }) {
  return (
    <span className="ranking-part bilingual" data-testid="ranking-part" data-part={part.index + 1} data-parts={part.count}>
      {languages.map((l, i) => (
        <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'}>
          {tIn(l)('scale.page', { page: part.index + 1, count: part.count })}
        </span>
      ))}
    </span>
  );
}

export function RankingTable({ competition, page, languages, extra, onRowsThatFit }: Props) {
  const operatorById = new Map(competition.setup.operators.map((o) => [o.id, o]));
  const teamById = new Map(competition.setup.teams.map((t) => [t.id, t]));
  const { operators, columns, sealed } = page;
  const { move, rowRef, bodyRef } = useRankMoves(operators);
  const panelRef = useRef<HTMLElement>(null);
  useRowsThatFit(panelRef, bodyRef, onRowsThatFit);
  const ranked = useMemo(() => operatorsWithResults(competition, page.key === 'overall' ? undefined : page.key), [competition, page.key]);
  const lang = languages[0] ?? 'zh';
  return (
    <section ref={panelRef} className={`panel ranking${page.part ? ' in-parts' : ''}`} data-ranking={page.key} data-sealed={sealed}>
      <h2>
        <Title page={page} languages={languages} />
        {page.part && <PartNumber part={page.part} languages={languages} />}
        {sealed && (
          <span className="sealed-note" data-testid="sealed-note">
            <Bilingual k="sealed" languages={languages} />
          </span>
        )}
      </h2>
      {extra}
      <table data-testid="ranking">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} className={`col-${c}`}>
                <Bilingual k={c} languages={languages} />
              </th>
            ))}
            {columns.map((c) => (
              <th key={c.key} className={`col-${c.key}`}>
                {c.header ? (
                  <span className="bilingual">
                    {languages.map((l, i) => (
                      <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'}>
                        {c.header?.(l)}
                      </span>
                    ))}
                  </span>
                ) : (
                  <Bilingual k={c.key} languages={languages} />
                )}
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
                <td className="col-rank" title={ranked.has(row.operatorId) ? undefined : tIn(lang)('scale.notRanked')}>
                  <span className="rank-number">{rankText(row.rank, ranked.has(row.operatorId))}</span>
                  {/* An operator shown as "—" has no place to move from or to. */}
                  <Arrow move={ranked.has(row.operatorId) ? move(row.operatorId) : 0} />
                </td>
                <td className="col-bib">
                  <span className="team-chip">
                    {team && <Flag country={team.country} color={team.color} />}
                    {operator?.bib}
                  </span>
                </td>
                <td className="col-operator">
                  {languages.map((l, i) => (
                    <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'} title={nameIn(operator?.name, l)}>
                      {nameIn(operator?.name, l)}
                    </span>
                  ))}
                  <RecordBadge competition={competition} operatorId={row.operatorId} language={lang} />
                </td>
                {columns.map((c) => (
                  <td key={c.key} className={`col-${c.key}`} data-testid={c.testId?.(row)}>
                    {c.cell(row, lang, sealed)}
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
