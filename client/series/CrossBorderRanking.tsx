import type { Language } from '../../shared/schemas/common.ts';
import { Bilingual } from '../board/Bilingual.tsx';
import { Flag } from '../board/Flag.tsx';
import { nameIn } from '../i18n/index.ts';
import type { RoundView } from './seriesApi.ts';
import { venueName } from './VenueRanking.tsx';

const COUNTRY_COLORS: Record<string, string> = { CN: '#d52b1e', KZ: '#00afca' };

/** Operators of every source of the round, ranked together by their score in their own competition. */
export function CrossBorderRanking({ round, languages, limit }: { round: RoundView; languages: Language[]; limit: number }) {
  const lang = languages[0] ?? 'zh';
  const advancing = new Set(round.advancing.map((a) => `${a.competitionId}/${a.operatorId}`));
  return (
    <section className="panel series-ranking">
      <h2>
        <Bilingual k="series.crossBorder" languages={languages} />
      </h2>
      {round.operators.length === 0 ? (
        <p className="muted">
          <Bilingual k="series.noData" languages={languages} />
        </p>
      ) : (
        <table data-testid="series-ranking">
          <tbody>
            {round.operators.slice(0, limit).map((o) => {
              const source = round.sources.find((s) => s.competitionId === o.competitionId);
              return (
                <tr key={`${o.competitionId}/${o.operatorId}`} data-operator={o.operatorId} data-source={o.competitionId} data-rank={o.rank} className={advancing.has(`${o.competitionId}/${o.operatorId}`) ? 'advancing' : ''}>
                  <td className="col-rank">{o.rank}</td>
                  <td className="col-bib">
                    <Flag country={o.country} color={COUNTRY_COLORS[o.country] ?? '#888'} />
                  </td>
                  <td className="col-operator">
                    {languages.map((l, i) => (
                      <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'}>
                        {nameIn(o.name, l)}
                      </span>
                    ))}
                  </td>
                  <td className="col-venue">{venueName(source, lang, o.competitionId)}</td>
                  <td className="col-score">{o.score.toFixed(2)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
