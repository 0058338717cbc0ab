import { useTranslation } from 'react-i18next';
import { checkContainerNo } from '../../shared/iso6346.ts';

/** The container number with its ISO 6346 check: a wrong check digit is named, the likely one offered. */
export function ContainerField({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useTranslation();
  const check = value.trim() ? checkContainerNo(value) : null;
  const normalized = value.replace(/[\s-]/g, '').toUpperCase();
  return (
    <div className="field container-field">
      <label>
        <span className="field-label">{t('referee.lift.container')}</span>
        <input
          data-testid="container"
          className={`container-input ${check ? (check.ok ? 'valid' : 'invalid') : ''}`}
          value={value}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          placeholder="CSQU 305438 3"
          onChange={(e) => onChange(e.target.value.toUpperCase())}
        />
      </label>
      <div className="container-check" data-testid="container-check" aria-live="polite">
        {check?.ok && <span className="ok">✓ {t('referee.lift.checkOk')}</span>}
        {check && !check.ok && check.reason === 'format' && <span className="bad">{t('referee.lift.format')}</span>}
        {check && !check.ok && check.reason === 'check_digit' && (
          <span className="bad">
            {t('referee.lift.checkDigit', { given: normalized[10], expected: check.expectedDigit })}{' '}
            <button type="button" className="chip" data-testid="use-digit" onClick={() => onChange(normalized.slice(0, 10) + String(check.expectedDigit))}>
              {t('referee.lift.useDigit', { digit: check.expectedDigit })}
            </button>
          </span>
        )}
      </div>
    </div>
  );
}
