import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A big number pad for gloved hands: digits, delete, OK, and ± (signed) or a decimal point
 * (`decimal`, for an exam answer such as a freight charge). `maxLength` bounds the text.
 */
export function Keypad({ initial, onDone, onCancel, signed = true, decimal = false, maxLength = 6, title, testId }: {
  initial: string;
  onDone(value: string): void;
  onCancel(): void;
  signed?: boolean;
  decimal?: boolean;
  maxLength?: number;
  title?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const press = (key: string) => {
    if (key === '±') setText((v) => (v.startsWith('-') ? v.slice(1) : `-${v}`));
    else if (key === '⌫') setText((v) => v.slice(0, -1));
    else if (key === '.') setText((v) => (v.includes('.') ? v : `${v || '0'}.`).slice(0, maxLength));
    else setText((v) => (v === '0' ? key : v === '-0' ? `-${key}` : v + key).slice(0, maxLength));
  };
  const corner = decimal ? '.' : signed ? '±' : '';
  const keys = ['7', '8', '9', '4', '5', '6', '1', '2', '3', corner, '0', '⌫'];
  return (
    <div className="modal-backdrop" role="dialog" data-testid={testId}>
      <div className="keypad">
        {title && <div className="keypad-title">{title}</div>}
        <output className="keypad-display" data-testid={testId ? `${testId}-display` : undefined}>{text || '0'}</output>
        <div className="keypad-keys">
          {keys.map((k, i) => (k ? <button key={k} type="button" className="key" onClick={() => press(k)}>{k}</button> : <span key={`gap${i}`} />))}
        </div>
        <div className="keypad-actions">
          <button type="button" className="big secondary-btn" onClick={onCancel}>{t('referee.cancel')}</button>
          <button type="button" className="big primary-btn" data-testid="keypad-ok" onClick={() => onDone(text || '0')}>{t('referee.keypad.ok')}</button>
        </div>
      </div>
    </div>
  );
}
