import type { Language } from '../../shared/schemas/common.ts';
import { Bilingual } from '../board/Bilingual.tsx';
import { nameIn, tIn } from '../i18n/index.ts';
import type { RoundView } from './seriesApi.ts';
import { venueName } from './VenueRanking.tsx';

/** Who goes on from each source; marked provisional until that source's results are official. */
export function AdvancingList({ round, languages }: { round: RoundView; languages: Language[] }) {
  const lang = languages[0] ?? 'zh';
  if (!round.advancing.length) return null;
  return (
    <section className="panel series-advancing">
      <h2>
        <Bilingual k="series.advancing" languages={languages} />
      </h2>
      <ul data-testid="advancing">
        {round.advancing.map((a) => {
          const row = round.operators.find((o) => o.competitionId === a.competitionId && o.operatorId === a.operatorId);
          const source = round.sources.find((s) => s.competitionId === a.competitionId);
          return (
            <li key={`${a.competitionId}/${a.operatorId}`} data-operator={a.operatorId} data-source={a.competitionId} data-provisional={a.provisional}>
              <span className="venue">{venueName(source, lang, a.competitionId)}</span>
              <span className="name">{languages.map((l) => nameIn(row?.name, l)).filter(Boolean).join(' · ')}</span>
              {a.provisional && <span className="provisional">{tIn(lang)('series.provisional')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
