// Canonical JSON: JSON.stringify with object keys sorted at every depth (by UTF-16 code
// units, like Array.prototype.sort), so the same value always gives the same text and the
// hash chain can be re-checked by any language. Written out directly: a rebuilt object
// would put integer-like keys first and drop a "__proto__" key.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}
