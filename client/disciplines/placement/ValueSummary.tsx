import { useTranslation } from 'react-i18next';
import type { PlacementValue } from '../../../shared/disciplines/placement/reading.ts';
import { offsetsText } from './valueText.ts';

/** A lift in the heat's list: its offsets, penalties and whether it dropped. */
export function ValueSummary({ value }: { value: PlacementValue }) {
  const { t } = useTranslation();
  return (
    <span className="lift-offsets">
      {offsetsText(value)}
      {value.penalties.length > 0 && ` · ${value.penalties.map((p) => t(`referee.penalty.${p}`, { defaultValue: p })).join(', ')}`}
      {value.dropped && ` · ${t('referee.lift.dropped')}`}
    </span>
  );
}
