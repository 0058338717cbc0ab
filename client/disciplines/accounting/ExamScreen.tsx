import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Keypad } from '../../referee/Keypad.tsx';
import { ReasonPicker } from '../../referee/ReasonPicker.tsx';
import type { AnswerInput } from '../../referee/refereeStore.ts';
import './accounting.css';

/** A task as the examiner sees it: keyed tasks take the candidate's value, the others the examiner's points. */
export interface ExamTask {
  id: string;
  maxPoints: number;
  keyed: boolean;
}

/** A task's answer on this tablet: from the live state, or still in the outbox. */
export interface ExamAnswer {
  answerId: string;
  value?: number;
  points?: number;
  /** The points it earns; null while not known (unsent and unkeyed cannot be, sealed never is for staff). */
  mark: number | null;
  state: 'pending' | 'done' | 'rejected';
  rejection?: string;
}


export interface ExamScreenProps {
  tasks: readonly ExamTask[];
  answers: Readonly<Record<string, ExamAnswer>>;
  accepting: boolean;
  onAnswer(taskId: string, input: AnswerInput): void;
  onCorrect(answerId: string, input: AnswerInput, reason: string): void;
}

const shown = (n: number | undefined | null) => (n === undefined || n === null ? '—' : String(n));

/**
 * The examiner's screen for an accounting heat: every task with its answer and mark; a tap
 * on a task opens the keypad (the candidate's value, or the examiner's points 0..max), a
 * tap on an answered one asks for a correction with a reason.
 */
export function ExamScreen({ tasks, answers, accepting, onAnswer, onCorrect }: ExamScreenProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ task: ExamTask; correcting?: ExamAnswer } | null>(null);
  const [typed, setTyped] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const maxTotal = tasks.reduce((s, task) => s + task.maxPoints, 0);
  const marked = tasks.reduce((s, task) => s + (answers[task.id]?.mark ?? 0), 0);
  const answeredCount = tasks.filter((task) => answers[task.id]).length;

  const close = () => {
    setOpen(null);
    setTyped(null);
    setReason('');
    setProblem(null);
  };
  const inputOf = (task: ExamTask, n: number): AnswerInput | null => {
    if (task.keyed) return { value: n };
    if (n < 0 || n > task.maxPoints) return null;
    return { points: n };
  };
  const keyed = (task: ExamTask, text: string) => {
    const n = Number(text);
    if (!Number.isFinite(n)) return;
    const input = inputOf(task, n);
    if (!input) return setProblem(t('exam.outOfRange', { max: task.maxPoints }));
    if (open?.correcting) return setTyped(n); // a correction waits for its reason
    onAnswer(task.id, input);
    close();
  };

  return (
    <section className="exam-screen panel" data-testid="exam-screen">
      <h2>
        {t('exam.tasks')} <small data-testid="exam-answered">{t('exam.answered', { count: answeredCount, total: tasks.length })}</small>
      </h2>
      {!accepting && <p className="muted" data-testid="exam-closed">{t('exam.notStarted')}</p>}
      <ol className="exam-tasks">
        {tasks.map((task) => {
          const answer = answers[task.id];
          const mark = answer?.mark;
          return (
            <li key={task.id}>
              <button
                type="button"
                className={`exam-task exam-${answer?.state ?? 'open'}`}
                data-testid={`task-${task.id}`}
                data-state={answer?.state ?? 'open'}
                disabled={!accepting}
                onClick={() => setOpen(answer ? { task, correcting: answer } : { task })}
              >
                <span className="exam-task-id">{t('exam.task', { id: task.id })}</span>
                <span className="exam-task-kind">{task.keyed ? t('exam.keyed') : t('exam.examiner')} · {t('exam.maxPoints', { points: task.maxPoints })}</span>
                <span className="exam-task-answer" data-testid={`answer-${task.id}`}>
                  {answer ? (task.keyed ? shown(answer.value) : shown(answer.points)) : t(task.keyed ? 'exam.enterValue' : 'exam.enterPoints')}
                </span>
                <span className="exam-task-mark" data-testid={`mark-${task.id}`}>
                  {answer?.state === 'pending' && mark === null ? t('exam.sending') : answer ? `${shown(mark)} / ${task.maxPoints}` : ''}
                </span>
                {answer?.state === 'rejected' && <span className="exam-rejection">{answer.rejection}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="exam-total">
        <span className="field-label">{t('exam.total')}</span>
        <output data-testid="exam-total">{marked} / {maxTotal}</output>
      </div>
      {open && typed === null && (
        <Keypad
          testId="exam-keypad"
          title={`${t('exam.task', { id: open.task.id })} · ${open.task.keyed ? t('exam.value') : `${t('exam.points')} 0–${open.task.maxPoints}`}`}
          initial=""
          signed={false}
          decimal={open.task.keyed}
          maxLength={open.task.keyed ? 12 : 4}
          onCancel={close}
          onDone={(text) => keyed(open.task, text)}
        />
      )}
      {open && problem && <p className="exam-problem" data-testid="exam-problem">{problem}</p>}
      {open?.correcting && typed !== null && (
        <div className="modal-backdrop" role="dialog" data-testid="exam-correction">
          <div className="modal">
            <h2>{t('exam.correct')} · {t('exam.task', { id: open.task.id })}: {shown(open.task.keyed ? open.correcting.value : open.correcting.points)} → {typed}</h2>
            <ReasonPicker value={reason} onChange={setReason} />
            <div className="modal-actions">
              <button type="button" className="big secondary-btn" onClick={close}>{t('referee.cancel')}</button>
              <button
                type="button"
                className="big primary-btn"
                data-testid="exam-correction-send"
                disabled={!reason.trim()}
                onClick={() => {
                  const input = inputOf(open.task, typed);
                  if (input && open.correcting) onCorrect(open.correcting.answerId, input, reason.trim());
                  close();
                }}
              >
                {t('exam.correct')}
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
