import type { AccountingRule } from '../../../shared/disciplines/accounting/rule.ts';
import { useOutbox } from '../../outbox/outboxStore.ts';
import { useReferee } from '../../referee/refereeStore.ts';
import type { HeatScreenProps } from '../discipline.ts';
import { examView } from './examView.ts';
import { ExamScreen } from './ExamScreen.tsx';

/** An accounting heat on the examiner's tablet: the task list with answers and marks, through the outbox. */
export function AccountingHeat({ competition, view, rule }: HeatScreenProps<AccountingRule>) {
  const entries = useOutbox((s) => s.entries);
  const acked = useOutbox((s) => s.acked);
  const answer = useReferee((s) => s.answer);
  const correctAnswer = useReferee((s) => s.correctAnswer);
  const exam = examView(competition, view.heat.id, rule, entries, acked);
  return (
    <ExamScreen
      tasks={exam.tasks}
      answers={exam.answers}
      accepting={view.heat.status === 'running' || view.heat.status === 'finished'}
      onAnswer={(taskId, input) => void answer(view.heat.id, taskId, input)}
      onCorrect={(answerId, input, reason) => void correctAnswer(answerId, input, reason)}
    />
  );
}
