export interface RowColumn<Row> {
  label: string;
  get(row: Row): string;
  set(row: Row, value: string): Row;
  /** A select instead of a text box. */
  options?: string[];
  width?: string;
}

/** A table of editable rows (teams, operators, cranes, heats) with add and remove. */
export function RowEditor<Row>(props: { title: string; testId: string; rows: Row[]; columns: RowColumn<Row>[]; blank: () => Row; onChange(rows: Row[]): void }) {
  const { title, testId, rows, columns, blank, onChange } = props;
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
              <th key={c.label} style={c.width ? { width: c.width } : undefined}>
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
                <td key={c.label}>
                  {c.options ? (
                    <select aria-label={`${title} ${i + 1} ${c.label}`} value={c.get(row)} onChange={(e) => update(i, c.set(row, e.target.value))}>
                      <option value="">—</option>
                      {c.options.map((o) => (
                        <option key={o}>{o}</option>
                      ))}
                    </select>
                  ) : (
                    <input aria-label={`${title} ${i + 1} ${c.label}`} value={c.get(row)} onChange={(e) => update(i, c.set(row, e.target.value))} />
                  )}
                </td>
              ))}
              <td>
                <button type="button" className="link" onClick={() => onChange(rows.filter((_, n) => n !== i))}>
                  remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, blank()])}>
        + add
      </button>
    </fieldset>
  );
}
