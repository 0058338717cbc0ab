import { useAdmin } from './adminStore.ts';
import { CompetitionConsole } from './CompetitionConsole.tsx';
import { CompetitionsHome } from './CompetitionsHome.tsx';
import { LoginForm } from './LoginForm.tsx';
import { SecretsPanel } from './SecretsPanel.tsx';
import './admin.css';

/** `/admin` and `/admin/:cid`: the organizer console, behind the admin token. */
export function AdminPage({ competitionId }: { competitionId?: string }) {
  const token = useAdmin((s) => s.token);
  const logout = useAdmin((s) => s.logout);
  const error = useAdmin((s) => s.error);
  if (!token) return <div className="admin"><LoginForm /></div>;
  return (
    <div className="admin">
      <header className="admin-header">
        <a href="/admin">Gauge · organizer console</a>
        <button type="button" className="link" onClick={logout}>
          Log out
        </button>
      </header>
      {error && competitionId && (
        <p className="error banner" data-testid="error-banner">
          {error.message}
        </p>
      )}
      <SecretsPanel />
      {competitionId ? <CompetitionConsole competitionId={competitionId} /> : <CompetitionsHome />}
    </div>
  );
}
