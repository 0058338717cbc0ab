import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisciplineKind } from '../../shared/disciplines/registry.ts';
import { checkName, checkNumber, PENALTY_TABLE, RULE_NUMBERS, TASK_ID, type RuleProblem } from './ruleFields.ts';

type RuleRecord = Record<string, unknown>;
interface Props {
  kind: DisciplineKind;
  rule: RuleRecord;
  onChange(rule: RuleRecord): void;
  /** Input names start with it ('' for the one placement rule, `discipline-1-` in a list). */
  prefix: string;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const numberOrOmit = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));
const withKey = (rule: RuleRecord, key: string, value: unknown): RuleRecord => {
  const next = { ...rule };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
};

function Problem({ problem }: { problem: RuleProblem | null }) {
  const { t } = useTranslation();
  return problem ? <span className="field-problem" role="alert">{t(`admin.rule.problem.${problem.key}`, problem.values)}</span> : null;
}

/**
 * Text the form shows for a part of the rule: kept while it does not fit (so a half-typed
 * number stays), started again when the rule changes from outside (an imported document).
 */
function useTexts<T>(given: unknown, toTexts: () => T): [T, (texts: T) => void, (sent: unknown) => void] {
  const [texts, setTexts] = useState(toTexts);
  const [seen, setSeen] = useState(() => JSON.stringify(given));
  if (JSON.stringify(given) !== seen) {
    setSeen(JSON.stringify(given));
    setTexts(toTexts());
  }
  return [texts, setTexts, (sent) => setSeen(JSON.stringify(sent))];
}

function NumberField({ kind, rule, onChange, prefix, index }: Props & { index: number }) {
  const { t } = useTranslation();
  const spec = RULE_NUMBERS[kind][index]!;
  const [text, setText, sent] = useTexts(rule[spec.key], () => str(rule[spec.key]));
  const problem = checkNumber(spec, text);
  return (
    <label className="rule-field">
      {t(`admin.rule.${spec.key}`)}
      <span className="with-unit">
        <input
          name={`${prefix}${spec.key}`}
          type="number"
          step={spec.integer ? 1 : 'any'}
          min={spec.min}
          max={spec.max}
          placeholder={String(spec.fallback)}
          aria-invalid={problem !== null}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (!checkNumber(spec, e.target.value)) {
              const value = numberOrOmit(e.target.value);
              sent(value);
              onChange(withKey(rule, spec.key, value));
            }
          }}
        />
        <span className="unit">{t(`admin.rule.unit.${spec.unit}`)}</span>
      </span>
      <Problem problem={problem} />
    </label>
  );
}

/** A table's rows go to the rule only when no cell has a problem. */
const noProblems = (rows: Record<string, RuleProblem | null>[]): boolean => rows.every((row) => Object.values(row).every((p) => p === null));

interface PenaltyRow { name: string; value: string }

function penaltyProblems(rows: PenaltyRow[], max: number) {
  return rows.map((row, i) => ({
    name: checkName(row.name, rows.slice(0, i).map((r) => r.name)),
    value: row.value.trim() === '' ? ({ key: 'required' } as RuleProblem) : checkNumber({ integer: false, min: 0, max }, row.value),
  }));
}

function PenaltyTable({ kind, rule, onChange, prefix }: Props) {
  const { t } = useTranslation();
  const table = PENALTY_TABLE[kind]!;
  const toRows = () => Object.entries((rule[table.key] ?? {}) as Record<string, number>).map(([name, value]) => ({ name, value: String(value) }));
  const [rows, setRows, sent] = useTexts(rule[table.key], toRows);
  const problems = penaltyProblems(rows, table.max);
  const edit = (next: PenaltyRow[]) => {
    setRows(next);
    if (noProblems(penaltyProblems(next, table.max))) {
      const record = Object.fromEntries(next.map((r) => [r.name, Number(r.value)]));
      sent(record);
      onChange(withKey(rule, table.key, record));
    }
  };
  const unit = t(`admin.rule.unit.${table.unit}`);
  return (
    <div className="rule-table" data-testid={`${prefix}${table.key}`}>
      <span className="rule-table-title">{t(`admin.rule.${table.key}`)}</span>
      <table>
        <thead>
          <tr>
            <th>{t('admin.rule.penaltyName')}</th>
            <th>
              {t('admin.rule.penaltyValue')} ({unit})
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input aria-label={`${t('admin.rule.penaltyName')} ${i + 1}`} name={`${prefix}${table.key}-${i}-name`} value={row.name} onChange={(e) => edit(rows.map((r, n) => (n === i ? { ...r, name: e.target.value.trim() } : r)))} />
                <span className="hint">{row.name ? t(`referee.penalty.${row.name}`, { defaultValue: '' }) : ''}</span>
                <Problem problem={problems[i]!.name} />
              </td>
              <td>
                <input aria-label={`${t('admin.rule.penaltyValue')} ${i + 1}`} name={`${prefix}${table.key}-${i}-value`} type="number" step="any" min={0} value={row.value} onChange={(e) => edit(rows.map((r, n) => (n === i ? { ...r, value: e.target.value } : r)))} />
                <Problem problem={problems[i]!.value} />
              </td>
              <td>
                <button type="button" className="link" onClick={() => edit(rows.filter((_, n) => n !== i))}>
                  {t('admin.rule.removeRow')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setRows([...rows, { name: '', value: '' }])}>
        {t('admin.rule.addRow')}
      </button>
    </div>
  );
}

interface TaskRow { id: string; maxPoints: string; answer: string; tolerance: string }
interface Task { id: string; maxPoints: number; answer?: number; tolerance?: number; name?: unknown }

function taskProblems(rows: TaskRow[]) {
  return rows.map((row, i) => ({
    id: checkName(row.id, rows.slice(0, i).map((r) => r.id), TASK_ID),
    maxPoints: row.maxPoints.trim() === '' ? ({ key: 'required' } as RuleProblem) : checkNumber({ integer: false, min: 0.01, max: 1000 }, row.maxPoints),
    answer: checkNumber({ integer: false, min: -Number.MAX_VALUE, max: Number.MAX_VALUE }, row.answer),
    tolerance:
      row.tolerance.trim() !== '' && row.answer.trim() === ''
        ? ({ key: 'toleranceNeedsAnswer' } as RuleProblem)
        : checkNumber({ integer: false, min: 0, max: Number.MAX_VALUE }, row.tolerance),
  }));
}

/** An exam's tasks: id, the most points, and the answer key (empty: the examiner marks it). */
function TaskTable({ rule, onChange, prefix }: Props) {
  const { t } = useTranslation();
  const given = (rule.tasks ?? []) as Task[];
  const toRows = () => given.map((task) => ({ id: task.id, maxPoints: str(task.maxPoints), answer: str(task.answer), tolerance: str(task.tolerance) }));
  const [rows, setRows, sent] = useTexts(rule.tasks, toRows);
  const problems = taskProblems(rows);
  const edit = (next: TaskRow[]) => {
    setRows(next);
    if (noProblems(taskProblems(next))) {
      const tasks = next.map((row) => {
        const old = given.find((task) => task.id === row.id);
        const task: Task = { ...(old?.name ? { name: old.name } : {}), id: row.id, maxPoints: Number(row.maxPoints) };
        if (row.answer.trim()) task.answer = Number(row.answer);
        if (row.tolerance.trim()) task.tolerance = Number(row.tolerance);
        return task;
      });
      sent(tasks);
      onChange(withKey(rule, 'tasks', tasks));
    }
  };
  const cell = (i: number, key: keyof TaskRow, label: string, type: 'text' | 'number') => (
    <td>
      <input
        aria-label={`${label} ${i + 1}`}
        name={`${prefix}task-${i}-${key}`}
        type={type}
        step="any"
        placeholder={key === 'answer' ? t('admin.rule.noKey') : undefined}
        value={rows[i]![key]}
        onChange={(e) => edit(rows.map((r, n) => (n === i ? { ...r, [key]: e.target.value } : r)))}
      />
      <Problem problem={problems[i]![key]} />
    </td>
  );
  return (
    <div className="rule-table" data-testid={`${prefix}tasks`}>
      <span className="rule-table-title">{t('admin.rule.tasks')}</span>
      <table>
        <thead>
          <tr>
            <th>{t('admin.rule.taskId')}</th>
            <th>
              {t('admin.rule.maxPoints')} ({t('admin.rule.unit.points')})
            </th>
            <th>{t('admin.rule.answer')}</th>
            <th>{t('admin.rule.tolerance')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((_, i) => (
            <tr key={i}>
              {cell(i, 'id', t('admin.rule.taskId'), 'text')}
              {cell(i, 'maxPoints', t('admin.rule.maxPoints'), 'number')}
              {cell(i, 'answer', t('admin.rule.answer'), 'number')}
              {cell(i, 'tolerance', t('admin.rule.tolerance'), 'number')}
              <td>
                <button type="button" className="link" disabled={rows.length === 1} onClick={() => edit(rows.filter((_, n) => n !== i))}>
                  {t('admin.rule.removeRow')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setRows([...rows, { id: `t${rows.length + 1}`, maxPoints: '', answer: '', tolerance: '' }])}>
        {t('admin.rule.addRow')}
      </button>
    </div>
  );
}

/**
 * A discipline's rule as labelled fields with units: its numbers, its penalty table or an
 * exam's tasks. Empty numbers are left out (the server fills its defaults, shown as placeholders).
 */
export function RuleForm(props: Props) {
  const { kind, prefix } = props;
  return (
    <div className="rule-form" data-testid={`${prefix}rule`}>
      <div className="rule-numbers">
        {RULE_NUMBERS[kind].map((spec, index) => (
          <NumberField key={spec.key} {...props} index={index} />
        ))}
      </div>
      {PENALTY_TABLE[kind] && <PenaltyTable {...props} />}
      {kind === 'accounting' && <TaskTable {...props} />}
    </div>
  );
}
