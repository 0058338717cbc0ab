import type { Language } from '../../shared/schemas/common.ts';
import { Bilingual } from '../board/Bilingual.tsx';
import { nameIn, tIn } from '../i18n/index.ts';
import { ageText } from './age.ts';
import type { RoundView, SourceStanding } from './seriesApi.ts';

/** A source's name: the venue given in the series, else its competition's name, else its id. */
export const venueName = (source: SourceStanding | undefined, lang: Language, fallback: string): string =>
  nameIn(source?.venue, lang) || nameIn(source?.name ?? undefined, lang) || fallback;

function SourceState({ source, languages, now }: { source: SourceStanding; languages: Language[]; now: number }) {
  const lang = languages[0] ?? 'zh';
  const t = tIn(lang);
  const stale = source.status === 'offline' && source.lastHeardAt ? ` · ${t('series.stale', { age: ageText(Date.parse(source.lastHeardAt), now, lang) })}` : '';
  const label = t(`series.state.${source.status}`, { seq: source.divergedAt?.seq ?? '' });
  return (
    <span className={`source-state state-${source.status}`} data-testid={`state-${source.competitionId}`} title={source.divergedAt?.reason ?? source.url ?? ''}>
      {label}
      {stale}
    </span>
  );
}

/** Every source of the round: its rank by the mean of its operators, its state and how stale it is. */
export function VenueRanking({ round, languages, now, sourceHref }: { round: RoundView; languages: Language[]; now: number; sourceHref: (cid: string) => string }) {
  const byId = new Map(round.venues.map((v) => [v.competitionId, v]));
  // Ranked venues first, then sources with no results yet (still shown, with their state).
  const order = [...round.venues.map((v) => v.competitionId), ...round.sources.map((s) => s.competitionId).filter((id) => !byId.has(id))];
  return (
    <section className="panel series-venues">
      <h2>
        <Bilingual k="series.venues" languages={languages} />
      </h2>
      <table data-testid="venues">
        <tbody>
          {order.map((cid) => {
            const source = round.sources.find((s) => s.competitionId === cid);
            const venue = byId.get(cid);
            return (
              <tr key={cid} data-venue={cid} data-state={source?.status}>
                <td className="col-rank">{venue?.rank ?? '–'}</td>
                <td className="col-venue">
                  <a href={sourceHref(cid)}>
                    {[...new Set(languages.map((l) => venueName(source, l, cid)))].map((name, i) => (
                      <span key={name} className={i === 0 ? 'primary' : 'secondary'}>
                        {i > 0 ? ' · ' : ''}
                        {name}
                      </span>
                    ))}
                  </a>
                  {source && <SourceState source={source} languages={languages} now={now} />}
                </td>
                <td className="col-score">{venue ? venue.score.toFixed(2) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
