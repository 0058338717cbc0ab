import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdmin } from './adminStore.ts';

export function LoginForm() {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const login = useAdmin((s) => s.login);
  const error = useAdmin((s) => s.loginError);
  return (
    <form className="admin-login" onSubmit={(e) => (e.preventDefault(), void login(token))}>
      <h1>{t('admin.title')}</h1>
      <label>
        {t('admin.login.token')}
        <input name="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
      </label>
      {error && <p className="error">{error === 'wrongToken' ? t('admin.login.wrongToken') : error}</p>}
      <button type="submit" className="primary">
        {t('admin.login.submit')}
      </button>
    </form>
  );
}
