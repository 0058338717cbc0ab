import { useTranslation } from 'react-i18next';
import type { DisciplineKind } from '../../shared/disciplines/registry.ts';
import { LANGUAGES } from '../../shared/schemas/common.ts';
import { LANGUAGE_NAMES } from './languageNames.ts';
import { RuleForm } from './RuleForm.tsx';
import { STARTING_RULES, type DisciplineDraft } from './setupDraft.ts';

const KINDS: DisciplineKind[] = ['placement', 'transshipment', 'accounting'];

/**
 * The competition's disciplines: id, kind, names, weight in the overall score and the kind's
 * rule as a form (numbers left empty are the server's defaults; it says what does not fit).
 */
export function DisciplinesEditor({ disciplines, onChange }: { disciplines: DisciplineDraft[]; onChange(list: DisciplineDraft[]): void }) {
  const { t } = useTranslation();
  const update = (i: number, change: Partial<DisciplineDraft>) => onChange(disciplines.map((d, n) => (n === i ? { ...d, ...change } : d)));
  const totalWeight = disciplines.reduce((sum, d) => sum + (Number.isFinite(d.weight) ? d.weight : 0), 0);
  return (
    <fieldset className="disciplines-editor" data-testid="disciplines">
      <legend>{t('admin.disciplines.title', { count: disciplines.length, total: totalWeight || 'Σ' })}</legend>
      {disciplines.map((d, i) => (
        <div key={i} className="discipline-row" data-testid={`discipline-${i}`}>
          <label>
            {t('admin.setup.id')} <input name={`discipline-${i}-id`} value={d.id} onChange={(e) => update(i, { id: e.target.value })} />
          </label>
          <label>
            {t('admin.disciplines.kind')}{' '}
            <select name={`discipline-${i}-kind`} value={d.kind} onChange={(e) => update(i, { kind: e.target.value as DisciplineKind, rule: { ...STARTING_RULES[e.target.value as DisciplineKind] } })}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`disciplineKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          {LANGUAGES.map((l) => (
            <label key={l}>
              {t('admin.setup.name', { lang: LANGUAGE_NAMES[l] })}{' '}
              <input name={`discipline-${i}-name-${l}`} value={d.name[l] ?? ''} onChange={(e) => update(i, { name: { ...d.name, [l]: e.target.value || undefined } })} />
            </label>
          ))}
          <label>
            {t('admin.disciplines.weight')} <input name={`discipline-${i}-weight`} type="number" step="any" min="0" value={d.weight} onChange={(e) => update(i, { weight: Number(e.target.value) })} />
          </label>
          <div className="rule-label">
            <span>{t('admin.disciplines.rule')}</span>
            {/* Keyed by kind: another kind's form starts from its own starting rule. */}
            <RuleForm key={d.kind} kind={d.kind} rule={d.rule} onChange={(rule) => update(i, { rule })} prefix={`discipline-${i}-`} />
          </div>
          <button type="button" disabled={disciplines.length === 1} onClick={() => onChange(disciplines.filter((_, n) => n !== i))}>
            {t('admin.disciplines.remove')}
          </button>
        </div>
      ))}
      <div className="discipline-add">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            data-testid={`add-${kind}`}
            onClick={() => onChange([...disciplines, { id: disciplines.some((d) => d.id === kind) ? `${kind}-${disciplines.length + 1}` : kind, kind, name: {}, weight: 1, rule: { ...STARTING_RULES[kind] } }])}
          >
            {t('admin.disciplines.add', { kind: t(`disciplineKind.${kind}`) })}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
