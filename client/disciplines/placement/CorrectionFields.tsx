import { useTranslation } from 'react-i18next';
import type { PlacementValue } from '../../../shared/disciplines/placement/reading.ts';
import type { PlacementRule } from '../../../shared/disciplines/placement/rule.ts';
import { liftScore } from '../../../shared/disciplines/placement/score.ts';
import type { ValueFieldsProps } from '../discipline.ts';
import { OffsetStepper } from './OffsetStepper.tsx';
import { Toggles } from './Toggles.tsx';

/** A correction's placement fields: dx, dy, penalties, dropped, and the score they give. */
export function CorrectionFields({ rule, value, onChange }: ValueFieldsProps<PlacementRule, PlacementValue>) {
  const { t } = useTranslation();
  return (
    <>
      <OffsetStepper label="dx" testId="corr-dx" value={value.dxMm} onChange={(dxMm) => onChange({ dxMm })} />
      <OffsetStepper label="dy" testId="corr-dy" value={value.dyMm} onChange={(dyMm) => onChange({ dyMm })} />
      <Toggles
        penaltyNames={Object.keys(rule.penalties)}
        penalties={value.penalties}
        dropped={value.dropped}
        onPenalties={(penalties) => onChange({ penalties })}
        onDropped={(dropped) => onChange({ dropped })}
      />
      <p>{t('referee.lift.score')}: <strong>{liftScore(rule, value).toFixed(1)}</strong></p>
    </>
  );
}
