// The organizer console's calls to the server, with the admin token. Used by the stores, never by components.
export const TOKEN_KEY = 'gauge.adminToken';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : null;
  if (!response.ok) {
    const error = (json as { error?: { message?: string; field?: string } } | null)?.error;
    throw new ApiError(response.status, error?.message ?? `HTTP ${response.status}`, error?.field);
  }
  return json as T;
}

/** A client-made id for idempotent writes. */
export const newId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
