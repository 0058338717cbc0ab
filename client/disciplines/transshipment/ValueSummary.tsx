import { useTranslation } from 'react-i18next';
import type { TransshipmentValue } from '../../../shared/disciplines/transshipment/reading.ts';
import { slotsText } from './valueText.ts';

/** A move in the heat's list: the slots, and the faults by name. */
export function ValueSummary({ value }: { value: TransshipmentValue }) {
  const { t } = useTranslation();
  return (
    <span className="lift-offsets">
      {slotsText(value)}
      {value.penalties.length > 0 && ` · ${value.penalties.map((p) => t(`referee.penalty.${p}`, { defaultValue: p })).join(', ')}`}
    </span>
  );
}
