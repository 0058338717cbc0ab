import { useEffect, useState } from 'react';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import { nameIn, tIn } from '../i18n/index.ts';

interface Summary {
  id: string;
  name: LocalizedName;
  status: string;
}

/** `/`: every competition on this server, with links to its screens. */
export function CompetitionList() {
  const [competitions, setCompetitions] = useState<Summary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch('/api/competitions')
      .then((r) => r.json() as Promise<{ competitions: Summary[] }>)
      .then((body) => setCompetitions(body.competitions))
      .catch((e: unknown) => setError(String(e)));
  }, []);
  const t = tIn('en');
  return (
    <div className="home">
      <h1>Gauge · {tIn('zh')('competitions')} · {t('competitions')}</h1>
      <p>
        <a href="/admin">Organizer console</a>
      </p>
      {error && <p className="error">{error}</p>}
      {competitions?.length === 0 && <p>{t('noCompetitions')}</p>}
      <ul>
        {competitions?.map((c) => (
          <li key={c.id}>
            <div className="home-name">
              <span lang="zh">{nameIn(c.name, 'zh')}</span>
              <span lang="en">{nameIn(c.name, 'en')}</span>
            </div>
            <nav>
              <a href={`/board/${c.id}`}>Board</a>
              <a href={`/m/${c.id}`}>Phone</a>
              <a href={`/referee/${c.id}`}>Referee</a>
            </nav>
          </li>
        ))}
      </ul>
    </div>
  );
}
