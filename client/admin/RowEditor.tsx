import { useTranslation } from 'react-i18next';
export interface RowColumn<Row> {
  /** Stable across languages (React keys). */
  key: string;
  label: string;
  get(row: Row): string;
  set(row: Row, value: string): Row;
  /** A select instead of a text box: stored values with the names people read. */
  options?: { value: string; label: string }[];
  width?: string;
}

/** A table of editable rows (teams, operators, cranes, heats) with add and remove. */
export function RowEditor<Row>(props: { title: string; testId: string; rows: Row[]; columns: RowColumn<Row>[]; blank: () => Row; onChange(rows: Row[]): void }) {
  const { title, testId, rows, columns, blank, onChange } = props;
  const { t } = useTranslation();
  const update = (i: number, row: Row) => onChange(rows.map((r, n) => (n === i ? row : r)));
  return (
    <fieldset className="row-editor" data-testid={testId}>
      <legend>
        {title} ({rows.length})
      </legend>
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} style={c.width ? { width: c.width } : undefined}>
                {c.label}
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.key}>
                  {c.options ? (
                    <select aria-label={`${title} ${i + 1} ${c.label}`} value={c.get(row)} onChange={(e) => update(i, c.set(row, e.target.value))}>
                      <option value="">—</option>
                      {c.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input aria-label={`${title} ${i + 1} ${c.label}`} value={c.get(row)} onChange={(e) => update(i, c.set(row, e.target.value))} />
                  )}
                </td>
              ))}
              <td>
                <button type="button" className="link" onClick={() => onChange(rows.filter((_, n) => n !== i))}>
                  {t('admin.setup.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, blank()])}>
        {t('admin.setup.add')}
      </button>
    </fieldset>
  );
}
