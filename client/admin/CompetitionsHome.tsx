import { useEffect, useState } from 'react';
import { nameIn } from '../i18n/index.ts';
import { useAdmin } from './adminStore.ts';
import { emptyDraft } from './setupDraft.ts';
import { SetupForm } from './SetupForm.tsx';
import { SeriesAdminLinks } from '../series/SeriesAdminLinks.tsx';
import { useNextRoundDraft } from '../series/useNextRoundDraft.ts';

/** `/admin`: every competition, and a new one from the form or an imported document. */
export function CompetitionsHome() {
  const competitions = useAdmin((s) => s.competitions);
  const load = useAdmin((s) => s.loadCompetitions);
  const [creating, setCreating] = useState(false);
  // Opened from a series' advancing list: the form starts filled with it.
  const fromSeries = useNextRoundDraft(window.location.search);
  useEffect(() => void load(), [load]);
  return (
    <div className="admin-home">
      <h2>Competitions</h2>
      <ul data-testid="competition-list">
        {competitions.map((c) => (
          <li key={c.id}>
            <a href={`/admin/${encodeURIComponent(c.id)}`}>
              <span lang="zh">{nameIn(c.name, 'zh')}</span> · <span>{nameIn(c.name, 'en')}</span>
            </a>
            <span className={`status-badge status-${c.status}`}>{c.status}</span>
          </li>
        ))}
      </ul>
      <SeriesAdminLinks />
      {creating || fromSeries ? (
        <>
          <h2>New competition</h2>
          <SetupForm key={fromSeries ? 'series' : 'empty'} initial={fromSeries ?? emptyDraft()} onSaved={() => setCreating(false)} />
        </>
      ) : (
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New competition
        </button>
      )}
    </div>
  );
}
