import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.ts';
import { nameIn } from '../i18n/index.ts';
import { useAdmin } from './adminStore.ts';
import { emptyDraft } from './setupDraft.ts';
import { SetupForm } from './SetupForm.tsx';
import { SeriesAdminLinks } from '../series/SeriesAdminLinks.tsx';
import { useNextRoundDraft } from '../series/useNextRoundDraft.ts';

/** `/admin`: every competition, and a new one from the form or an imported document. */
export function CompetitionsHome() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const competitions = useAdmin((s) => s.competitions);
  const load = useAdmin((s) => s.loadCompetitions);
  const [creating, setCreating] = useState(false);
  // Opened from a series' advancing list: the form starts filled with it.
  const fromSeries = useNextRoundDraft(window.location.search);
  useEffect(() => void load(), [load]);
  return (
    <div className="admin-home">
      <h2>{t('admin.home.competitions')}</h2>
      {competitions.length === 0 && <p className="muted">{t('admin.home.none')}</p>}
      <ul data-testid="competition-list">
        {competitions.map((c) => (
          <li key={c.id}>
            <a href={`/admin/${encodeURIComponent(c.id)}`}>
              <span className="competition-name">{nameIn(c.name, language)}</span> <span className="muted">{c.id}</span>
            </a>
            <span className={`status-badge status-${c.status}`}>{t(`admin.competitionStatus.${c.status}`, { defaultValue: c.status })}</span>
          </li>
        ))}
      </ul>
      <SeriesAdminLinks />
      {creating || fromSeries ? (
        <>
          <h2>{t('admin.home.newCompetition')}</h2>
          <SetupForm key={fromSeries ? 'series' : 'empty'} initial={fromSeries ?? emptyDraft()} onSaved={() => setCreating(false)} />
        </>
      ) : (
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('admin.home.newCompetition')}
        </button>
      )}
    </div>
  );
}
