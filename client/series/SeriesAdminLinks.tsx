import { useEffect, useState } from 'react';
import type { SeriesDocument } from '../../shared/series/schema.ts';
import { nameIn } from '../i18n/index.ts';

/**
 * For the organizer console: every series, with a link per round that advances that opens the
 * new-competition form filled with the advancing list (`/admin?fromSeries=sid&round=rid`).
 */
export function SeriesAdminLinks() {
  const [series, setSeries] = useState<SeriesDocument[]>([]);
  useEffect(() => {
    void fetch('/api/series')
      .then((res) => (res.ok ? res.json() : { series: [] }))
      .then((body: { series: SeriesDocument[] }) => setSeries(body.series));
  }, []);
  if (!series.length) return null;
  return (
    <section className="admin-series" data-testid="series-list">
      <h2>Series</h2>
      <ul>
        {series.map((s) => (
          <li key={s.id}>
            <a href={`/series/${encodeURIComponent(s.id)}`}>{nameIn(s.name, 'en') || s.id}</a>
            {s.rounds
              .filter((r) => r.advance)
              .map((r) => (
                <a key={r.id} className="button" data-testid={`next-round-${s.id}-${r.id}`} href={`/admin?fromSeries=${encodeURIComponent(s.id)}&round=${encodeURIComponent(r.id)}`}>
                  New competition from the {nameIn(r.name, 'en') || r.id} advancing list
                </a>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
