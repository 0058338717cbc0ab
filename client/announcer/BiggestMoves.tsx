import { useTranslation } from 'react-i18next';
import type { RankMove } from '../../shared/announcer/rankMoves.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { Flag } from '../board/Flag.tsx';
import { formatScore } from '../i18n/format.ts';
import { nameIn } from '../i18n/index.ts';

const SHOWN = 6;

/** Who climbed or fell: rank now against rank before the last N lifts (see rankMoves). */
export function BiggestMoves({ moves, shown, windowLifts, language }: { moves: RankMove[]; shown: CompetitionState; windowLifts: number; language: Language }) {
  const { t } = useTranslation();
  const { setup } = shown;
  return (
    <section className="an-panel" data-testid="announcer-moves">
      <h2>{t('announcer.moves')}</h2>
      <p className="an-explain">{t('announcer.movesWindow', { count: windowLifts })}</p>
      {moves.length === 0 && <p className="an-empty">{t('announcer.noMoves', { count: windowLifts })}</p>}
      <ol className="an-moves">
        {moves.slice(0, SHOWN).map((m) => {
          const operator = setup.operators.find((o) => o.id === m.operatorId);
          const team = setup.teams.find((tm) => tm.id === operator?.teamId);
          return (
            <li key={m.operatorId} data-operator={m.operatorId} data-places={m.places}>
              <span className={m.places > 0 ? 'an-up' : 'an-down'}>
                {m.places > 0 ? '▲' : '▼'}
                {Math.abs(m.places)}
              </span>
              {team && <Flag country={team.country} color={team.color} />}
              <span className="an-move-name">{nameIn(operator?.name, language)}</span>
              <span className="an-move-ranks">
                {m.rankBefore} → <b>{m.rankNow}</b>
              </span>
              <span className="an-move-score">
                {formatScore(m.scoreBefore, language)} → {formatScore(m.scoreNow, language)}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
