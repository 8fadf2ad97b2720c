import type { FastifyInstance, RouteOptions, onRequestAsyncHookHandler } from 'fastify';
import { requireStaff } from './guard.ts';

/** Prepends a hook to a route's onRequest list: it runs before the body is read or validated. */
export function guardFirst(route: RouteOptions, guard: onRequestAsyncHookHandler): void {
  const before = route.onRequest;
  route.onRequest = before ? [guard, ...(Array.isArray(before) ? before : [before])] : [guard];
}

/**
 * Puts the staff guard in front of every route declaring `staff` access, as it is registered (the declaration
 * itself is checked by infra/access.ts). In onRequest, so a caller without the permission learns nothing about
 * the body the route expects: 401 or 403 comes before any 400. Visitor routes are the visitors capability's.
 */
export function enforceStaffAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access || !('staff' in access) || 'visitor' in access || !access.staff) return;
    guardFirst(route, requireStaff(access.staff));
    app.routeAccess.guard(route);
  });
}
