import { useState } from 'react';
import { useAdmin } from './adminStore.ts';

export function LoginForm() {
  const [token, setToken] = useState('');
  const login = useAdmin((s) => s.login);
  const error = useAdmin((s) => s.loginError);
  return (
    <form className="admin-login" onSubmit={(e) => (e.preventDefault(), void login(token))}>
      <h1>Gauge · organizer console</h1>
      <label>
        Admin token (printed when the server starts)
        <input name="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
      </label>
      {error && <p className="error">{error}</p>}
      <button type="submit" className="primary">
        Log in
      </button>
    </form>
  );
}
