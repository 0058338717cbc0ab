import { useState } from 'react';
import type { DisciplineKind } from '../../shared/disciplines/registry.ts';
import { STARTING_RULES, type DisciplineDraft } from './setupDraft.ts';

const KINDS: DisciplineKind[] = ['placement', 'transshipment', 'accounting'];

/** A discipline's rule as JSON text: tasks and penalty tables are easier to write than to click. */
function RuleField({ rule, onChange, testId }: { rule: Record<string, unknown>; onChange(rule: Record<string, unknown>): void; testId: string }) {
  const [text, setText] = useState(() => JSON.stringify(rule, null, 1));
  const [problem, setProblem] = useState<string | null>(null);
  // The rule as this field last gave it: a rule that differs came from outside (an imported document).
  const [given, setGiven] = useState(() => JSON.stringify(rule));
  if (JSON.stringify(rule) !== given) {
    setGiven(JSON.stringify(rule));
    setText(JSON.stringify(rule, null, 1));
    setProblem(null);
  }
  const read = (value: string) => {
    setText(value);
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('the rule is a JSON object');
      setProblem(null);
      setGiven(JSON.stringify(parsed));
      onChange(parsed as Record<string, unknown>);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <textarea className="rule-json" data-testid={testId} rows={5} value={text} spellCheck={false} onChange={(e) => read(e.target.value)} />
      {problem && <span className="error">{problem}</span>}
    </>
  );
}

/**
 * The competition's disciplines: id, kind, names, weight in the overall score and the kind's
 * rule (JSON; the server fills the numbers left out and says what does not fit).
 */
export function DisciplinesEditor({ disciplines, onChange }: { disciplines: DisciplineDraft[]; onChange(list: DisciplineDraft[]): void }) {
  const update = (i: number, change: Partial<DisciplineDraft>) => onChange(disciplines.map((d, n) => (n === i ? { ...d, ...change } : d)));
  const totalWeight = disciplines.reduce((sum, d) => sum + (Number.isFinite(d.weight) ? d.weight : 0), 0);
  return (
    <fieldset className="disciplines-editor" data-testid="disciplines">
      <legend>Disciplines ({disciplines.length}) — overall = Σ weight × points / {totalWeight || 'Σ weight'}</legend>
      {disciplines.map((d, i) => (
        <div key={i} className="discipline-row" data-testid={`discipline-${i}`}>
          <label>
            id <input name={`discipline-${i}-id`} value={d.id} onChange={(e) => update(i, { id: e.target.value })} />
          </label>
          <label>
            kind{' '}
            <select name={`discipline-${i}-kind`} value={d.kind} onChange={(e) => update(i, { kind: e.target.value as DisciplineKind, rule: { ...STARTING_RULES[e.target.value as DisciplineKind] } })}>
              {KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          {(['zh', 'kk', 'ru', 'en'] as const).map((l) => (
            <label key={l}>
              name {l}{' '}
              <input name={`discipline-${i}-name-${l}`} value={d.name[l] ?? ''} onChange={(e) => update(i, { name: { ...d.name, [l]: e.target.value || undefined } })} />
            </label>
          ))}
          <label>
            weight <input name={`discipline-${i}-weight`} type="number" step="any" min="0" value={d.weight} onChange={(e) => update(i, { weight: Number(e.target.value) })} />
          </label>
          <label className="rule-label">
            rule (JSON) <RuleField rule={d.rule} onChange={(rule) => update(i, { rule })} testId={`discipline-${i}-rule`} />
          </label>
          <button type="button" disabled={disciplines.length === 1} onClick={() => onChange(disciplines.filter((_, n) => n !== i))}>
            Remove
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
            + {kind}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
