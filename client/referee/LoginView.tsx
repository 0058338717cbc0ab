import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './sessionStore.ts';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'C', '0', '⌫'];

/** The competition's PIN on a big keypad (no keyboard needed). */
export function LoginView({ title }: { title: string }) {
  const { t } = useTranslation();
  const { login, busy, error } = useSession();
  const [pin, setPin] = useState('');
  const press = (key: string) => {
    if (key === 'C') setPin('');
    else if (key === '⌫') setPin((p) => p.slice(0, -1));
    else setPin((p) => (p + key).slice(0, 12));
  };
  const submit = async () => {
    await login(pin);
    setPin('');
  };
  let message: string | null = null;
  if (error?.kind === 'wrong_pin') message = t('referee.login.wrongPin');
  else if (error?.kind === 'too_many') message = t('referee.login.tooMany', { seconds: error.retryAfterS });
  else if (error?.kind === 'offline') message = t('referee.login.offline');
  else if (error?.kind === 'other') message = error.message;
  return (
    <div className="login" data-testid="login">
      <h1>{title}</h1>
      <h2>{t('referee.login.title')}</h2>
      <output className="pin-display" data-testid="pin-display">{pin.replace(/./g, '●') || '\u00a0'}</output>
      {message && <p className="login-error" role="alert" data-testid="login-error" data-kind={error?.kind}>{message}</p>}
      <div className="keypad-keys pin-keys">
        {KEYS.map((k) => (
          <button key={k} type="button" className="key" data-testid={`pin-${k}`} onClick={() => press(k)}>{k}</button>
        ))}
      </div>
      <button type="button" className="big primary-btn login-submit" data-testid="login-submit" disabled={!pin || busy} onClick={() => void submit()}>
        {t('referee.login.submit')}
      </button>
    </div>
  );
}
