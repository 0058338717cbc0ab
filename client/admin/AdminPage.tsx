import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { rememberLanguage } from '../i18n/screenLanguage.ts';
import { useScreenLanguage } from '../i18n/useScreenLanguage.ts';
import { useAdmin } from './adminStore.ts';
import { CompetitionConsole } from './CompetitionConsole.tsx';
import { CompetitionsHome } from './CompetitionsHome.tsx';
import { LoginForm } from './LoginForm.tsx';
import { SecretsPanel } from './SecretsPanel.tsx';
import './admin.css';
import './locales/register.ts';

const remember = (language: Parameters<typeof rememberLanguage>[1]) => rememberLanguage('admin', language);

/** `/admin` and `/admin/:cid`: the organizer console, behind the admin token, in the organizer's language. */
export function AdminPage({ competitionId }: { competitionId?: string }) {
  const { t, i18n } = useTranslation();
  const token = useAdmin((s) => s.token);
  const logout = useAdmin((s) => s.logout);
  const error = useAdmin((s) => s.error);
  useScreenLanguage('admin');
  // The page's language for screen readers and for fonts (Chinese glyphs in zh, Cyrillic in kk/ru).
  useEffect(() => void (document.documentElement.lang = i18n.language), [i18n.language]);
  const languageSwitch = <LanguageSwitch className="lang-switch admin-lang" remember={remember} label={t('admin.language')} />;
  if (!token)
    return (
      <div className="admin">
        <header className="admin-header login-header">{languageSwitch}</header>
        <LoginForm />
      </div>
    );
  return (
    <div className="admin">
      <header className="admin-header">
        <a href="/admin">{t('admin.title')}</a>
        <span className="admin-header-end">
          {languageSwitch}
          <button type="button" className="link" onClick={logout}>
            {t('admin.logout')}
          </button>
        </span>
      </header>
      {error && competitionId && (
        <p className="error banner" data-testid="error-banner">
          {t('admin.refused')}: {error.message}
        </p>
      )}
      <SecretsPanel />
      {competitionId ? <CompetitionConsole competitionId={competitionId} /> : <CompetitionsHome />}
    </div>
  );
}
