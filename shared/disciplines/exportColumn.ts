import type { ExportColumn, Header } from './discipline.ts';

// Small builders every discipline's export columns use.

/** A column: its header in the four languages and how a row gives its cell. */
export const column = <Row>(header: Header, value: ExportColumn<Row>['value']): ExportColumn<Row> => ({ header, value });

/** A number on the printed sheet: two decimals, a dash for none. */
export const fixed2 = (n: number | null): string => (n === null ? '—' : n.toFixed(2));
