import { useTranslation } from 'react-i18next';
import { disciplinesOf } from '../../shared/disciplines/ofSetup.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import { formatInt } from '../i18n/format.ts';
import { nameIn } from '../i18n/index.ts';
import { PENALTY_TABLE, RULE_NUMBERS } from './ruleFields.ts';

const number = (n: number, language: Language) => (Number.isInteger(n) ? formatInt(n, language) : new Intl.NumberFormat(language).format(n));

/** The setup's rules read-only, as the console shows them once a heat has started: a definition list per discipline. */
export function RuleSummary({ setup }: { setup: CompetitionSetup }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const list = disciplinesOf(setup);
  return (
    <div className="rule-summary" data-testid="rule-summary">
      {list.map((d) => {
        const rule = d.rule as unknown as Record<string, unknown>;
        const table = PENALTY_TABLE[d.kind];
        const penalties = table ? Object.entries((rule[table.key] ?? {}) as Record<string, number>) : [];
        const tasks = d.kind === 'accounting' ? (rule.tasks as { id: string; maxPoints: number; answer?: number; tolerance?: number }[]) : [];
        return (
          <section key={d.id}>
            <h4>
              {nameIn(d.name, language) || t(`disciplineKind.${d.kind}`)}
              {list.length > 1 && <span className="muted"> · {t('admin.disciplines.weight')} {number(d.weight, language)}</span>}
            </h4>
            <dl>
              {RULE_NUMBERS[d.kind].map((spec) => (
                <div key={spec.key}>
                  <dt>{t(`admin.rule.${spec.key}`)}</dt>
                  <dd>
                    {number(rule[spec.key] as number, language)} {t(`admin.rule.unit.${spec.unit}`)}
                  </dd>
                </div>
              ))}
              {table && (
                <div>
                  <dt>{t(`admin.rule.${table.key}`)}</dt>
                  <dd>
                    {penalties.length
                      ? penalties.map(([name, value]) => `${t(`referee.penalty.${name}`, { defaultValue: name })} ${number(value, language)} ${t(`admin.rule.unit.${table.unit}`)}`).join(' · ')
                      : t('admin.audit.none')}
                  </dd>
                </div>
              )}
              {tasks.map((task) => (
                <div key={task.id}>
                  <dt>
                    {t('admin.rule.taskId')} {task.id}
                  </dt>
                  <dd>
                    {number(task.maxPoints, language)} {t('admin.rule.unit.points')} ·{' '}
                    {task.answer === undefined ? t('admin.rule.noKey') : `${t('admin.rule.answer')} ${number(task.answer, language)}${task.tolerance ? ` ± ${number(task.tolerance, language)}` : ''}`}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
