/** A fresh client id for a write (the server's idempotency key). */
export const newClientId = (prefix: string): string => `${prefix}-${crypto.randomUUID()}`;

/** This tablet's id for presence reports, kept across reloads. */
export function deviceId(): string {
  const key = 'gauge.deviceId';
  let id = localStorage.getItem(key);
  if (!id) {
    id = newClientId('tablet');
    localStorage.setItem(key, id);
  }
  return id;
}
