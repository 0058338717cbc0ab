import { useTranslation } from 'react-i18next';

/** Penalty toggles from the rule's table, and "dropped". Large, one tap each. */
export function Toggles({ penaltyNames, penalties, dropped, onPenalties, onDropped }: {
  penaltyNames: string[];
  penalties: string[];
  dropped: boolean;
  onPenalties(list: string[]): void;
  onDropped(v: boolean): void;
}) {
  const { t } = useTranslation();
  const flip = (name: string) => onPenalties(penalties.includes(name) ? penalties.filter((p) => p !== name) : [...penalties, name]);
  return (
    <div className="toggles">
      {penaltyNames.map((name) => (
        <button key={name} type="button" data-testid={`penalty-${name}`} aria-pressed={penalties.includes(name)} className="toggle" onClick={() => flip(name)}>
          {t(`referee.penalty.${name}`, { defaultValue: name })}
        </button>
      ))}
      <button type="button" data-testid="dropped" aria-pressed={dropped} className="toggle toggle-danger" onClick={() => onDropped(!dropped)}>
        {t('referee.lift.dropped')}
      </button>
    </div>
  );
}
