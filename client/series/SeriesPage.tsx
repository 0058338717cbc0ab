import { useEffect, useState } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import { Bilingual } from '../board/Bilingual.tsx';
import { nameIn, tIn } from '../i18n/index.ts';
import { ageText } from './age.ts';
import { AdvancingList } from './AdvancingList.tsx';
import { CrossBorderRanking } from './CrossBorderRanking.tsx';
import type { SeriesStandingsView } from './seriesApi.ts';
import { SeriesTeams } from './SeriesTeams.tsx';
import { POLL_MS, useSeries } from './seriesStore.ts';
import { VenueRanking } from './VenueRanking.tsx';
import './series.css';

/** The round on show: `?round=` when given, else the latest round that has results. */
export function roundOnShow(standings: SeriesStandingsView, roundId: string | null) {
  const picked = roundId ? standings.rounds.find((r) => r.id === roundId) : undefined;
  return picked ?? [...standings.rounds].reverse().find((r) => r.operators.length) ?? standings.rounds[0];
}

/** A clock for "offline for …": ticks once a second. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** `/series/:sid`: the cross-border board (big screen and phone), in the board's two languages. */
export function SeriesPage({ seriesId, languages, roundId }: { seriesId: string; languages: Language[]; roundId: string | null }) {
  const follow = useSeries((s) => s.follow);
  const standings = useSeries((s) => s.standings);
  const receivedAt = useSeries((s) => s.receivedAt);
  const error = useSeries((s) => s.error);
  const now = useNow();
  useEffect(() => follow(seriesId), [follow, seriesId]);
  if (!standings) return <div className="board loading">{error ?? <Bilingual k="loading" languages={languages} />}</div>;
  const round = roundOnShow(standings, roundId);
  const lang = languages[0] ?? 'zh';
  // The hub itself not answering: the last standings stay, with how old they are.
  const stale = receivedAt !== null && now - receivedAt > 3 * POLL_MS;
  return (
    <div className="board series-board" data-testid="series-board" data-round={round?.id}>
      <header className="board-header">
        <h1>
          {languages.map((l, i) => (
            <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'}>
              {nameIn(standings.name, l)}
            </span>
          ))}
        </h1>
        {round && (
          <span className="round-name">
            {languages.map((l) => nameIn(round.name, l)).filter(Boolean).join(' · ')}
          </span>
        )}
      </header>
      {stale && receivedAt !== null && (
        <p className="banner stale" data-testid="stale-banner">
          {tIn(lang)('series.staleBoard', { age: ageText(receivedAt, now, lang) })}
        </p>
      )}
      {round && (
        <main className="series-grid">
          <CrossBorderRanking round={round} languages={languages} limit={20} />
          <div className="series-side">
            <VenueRanking round={round} languages={languages} now={now} sourceHref={(cid) => `/series/${encodeURIComponent(seriesId)}/venue/${encodeURIComponent(cid)}${window.location.search}`} />
            <SeriesTeams round={round} languages={languages} />
            <AdvancingList round={round} languages={languages} />
          </div>
        </main>
      )}
    </div>
  );
}
