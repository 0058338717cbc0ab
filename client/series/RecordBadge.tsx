import './series.css';
import { useEffect } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { tIn } from '../i18n/index.ts';
import { marksOf, useRecords } from './recordsStore.ts';

/**
 * "Record" or "PB" beside an operator whose result in this competition beats what is held
 * across the server and its followed venues (shared/series/records). Nothing when nothing fell.
 */
export function RecordBadge({ competition, operatorId, language }: { competition: CompetitionState; operatorId: string; language: Language }) {
  const competitionId = competition.setup.id;
  const others = useRecords((s) => s.others[competitionId]);
  const load = useRecords((s) => s.load);
  useEffect(() => load(competitionId), [load, competitionId]);
  const marks = marksOf(competition, others, operatorId);
  // A record outranks a personal best: one badge of each kind at most.
  const kinds = (['record', 'pb'] as const).filter((kind) => marks.some((m) => m.mark === kind));
  return (
    <>
      {kinds.map((kind) => (
        <span key={kind} className={`record-badge mark-${kind}`} data-testid={`mark-${kind}-${operatorId}`} title={marks.filter((m) => m.mark === kind).map((m) => `${m.measure} ${m.value.toFixed(2)}`).join(', ')}>
          {tIn(language)(`series.${kind}`)}
        </span>
      ))}
    </>
  );
}
