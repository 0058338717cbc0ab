import type { Request } from 'express';
import type { Principal } from '../auth/principal.ts';

// The caller, established once per request by the auth middleware.
const principals = new WeakMap<Request, Principal | null>();

export const setPrincipal = (req: Request, principal: Principal | null): void => void principals.set(req, principal);
export const principalOf = (req: Request): Principal | null => principals.get(req) ?? null;
