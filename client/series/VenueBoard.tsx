import { useEffect, useState } from 'react';
import type { Language, LocalizedName } from '../../shared/schemas/common.ts';
import { Bilingual } from '../board/Bilingual.tsx';
import { nameIn, tIn } from '../i18n/index.ts';
import type { SourceStanding } from './seriesApi.ts';
import { POLL_MS } from './seriesStore.ts';
import { venueName } from './VenueRanking.tsx';
import './series.css';

interface SourceView {
  source: SourceStanding;
  competition: { id: string; name: LocalizedName; status: string; operators: { id: string; bib: string; name: LocalizedName }[] };
  standings: { seq: number; operators: { rank: number; operatorId: string; teamId: string; score: number; meanDeviationMm: number | null; liftsCounted: number; liftsRequired: number }[] };
}

/**
 * `/series/:sid/venue/:cid`: one venue's ranking on the hub's screens, from the hub's verified
 * copy (the venue itself may be across the border and unreachable from here).
 */
export function VenueBoard({ seriesId, competitionId, languages }: { seriesId: string; competitionId: string; languages: Language[] }) {
  const [view, setView] = useState<SourceView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const res = await fetch(`/api/series/${encodeURIComponent(seriesId)}/sources/${encodeURIComponent(competitionId)}`);
        if (!res.ok) throw new Error(`${res.status}`);
        if (!stopped) setView((await res.json()) as SourceView);
      } catch (e) {
        if (!stopped) setError(e instanceof Error ? e.message : String(e));
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [seriesId, competitionId]);
  if (!view) return <div className="board loading">{error ?? <Bilingual k="loading" languages={languages} />}</div>;
  const lang = languages[0] ?? 'zh';
  const byId = new Map(view.competition.operators.map((o) => [o.id, o]));
  return (
    <div className="board series-board venue-board" data-testid="venue-board" data-seq={view.standings.seq}>
      <header className="board-header">
        <h1>{venueName(view.source, lang, competitionId)}</h1>
        <span className={`source-state state-${view.source.status}`}>{tIn(lang)(`series.state.${view.source.status}`, { seq: view.source.divergedAt?.seq ?? '' })}</span>
      </header>
      <section className="panel series-ranking">
        <table data-testid="ranking">
          <tbody>
            {view.standings.operators.map((o) => (
              <tr key={o.operatorId} data-operator={o.operatorId} data-rank={o.rank}>
                <td className="col-rank">{o.rank}</td>
                <td className="col-bib">{byId.get(o.operatorId)?.bib}</td>
                <td className="col-operator">
                  {languages.map((l, i) => (
                    <span key={l} lang={l} className={i === 0 ? 'primary' : 'secondary'}>
                      {nameIn(byId.get(o.operatorId)?.name, l)}
                    </span>
                  ))}
                </td>
                <td className="col-score">{o.score.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="muted">
        <a href={`/series/${encodeURIComponent(seriesId)}${window.location.search}`}>
          <Bilingual k="series.title" languages={languages} />
        </a>
      </p>
    </div>
  );
}
