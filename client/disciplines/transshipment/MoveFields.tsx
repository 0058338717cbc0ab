import { useTranslation } from 'react-i18next';
import type { TransshipmentValue } from '../../../shared/disciplines/transshipment/reading.ts';
import type { TransshipmentRule } from '../../../shared/disciplines/transshipment/rule.ts';
import type { ValueFieldsProps } from '../discipline.ts';

/** A move's fields, for an entry or a correction: the wagon slots and the fault toggles (with their seconds). */
export function MoveFields({ rule, value, onChange }: ValueFieldsProps<TransshipmentRule, TransshipmentValue>) {
  const { t } = useTranslation();
  const flip = (name: string) => onChange({ penalties: value.penalties.includes(name) ? value.penalties.filter((p) => p !== name) : [...value.penalties, name] });
  return (
    <div className="move-fields">
      <div className="trans-slots">
        <label className="field">
          <span className="field-label">{t('trans.fromSlot')}</span>
          <input data-testid="corr-from-slot" value={value.fromSlot ?? ''} maxLength={40} onChange={(e) => onChange({ fromSlot: e.target.value.toUpperCase() })} />
        </label>
        <label className="field">
          <span className="field-label">{t('trans.toSlot')}</span>
          <input data-testid="corr-to-slot" value={value.toSlot ?? ''} maxLength={40} onChange={(e) => onChange({ toSlot: e.target.value.toUpperCase() })} />
        </label>
      </div>
      <div className="toggles trans-faults">
        {Object.entries(rule.penaltiesS).map(([name, seconds]) => (
          <button key={name} type="button" className="toggle" data-testid={`penalty-${name}`} aria-pressed={value.penalties.includes(name)} onClick={() => flip(name)}>
            {t(`referee.penalty.${name}`, { defaultValue: name })} <small>+{seconds} s</small>
          </button>
        ))}
      </div>
    </div>
  );
}
