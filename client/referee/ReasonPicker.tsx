import { useTranslation } from 'react-i18next';

const QUICK_REASONS = ['typo', 'video', 'station', 'protest'] as const;

/** A reason is required for corrections and voids: one tap on a common one, or typed. */
export function ReasonPicker({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="reason">
      <div className="chips">
        {QUICK_REASONS.map((r) => {
          const text = t(`referee.reasons.${r}`);
          return (
            <button key={r} type="button" className="chip" aria-pressed={value === text} onClick={() => onChange(text)}>
              {text}
            </button>
          );
        })}
      </div>
      <input data-testid="reason" className="reason-input" value={value} maxLength={200} placeholder={t('referee.reason')} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
