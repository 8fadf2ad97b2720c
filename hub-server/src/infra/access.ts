import type { Permission } from '../contract/index.ts';

/**
 * Who may call a route, declared on the route itself (`config: { access }`) so the whole API can be read, and
 * tested, from the route table:
 * - `public`: anyone; the string says why (a kiosk page, a phone status page, a device's own key checked inside).
 * - `staff`: a staff session holding that permission (and, for writes, the CSRF token); `signed-in` is any staff
 *   member's own session (who am I, log out).
 * - `visitor`: a visitor signed in at a kiosk (seeker or employer token), or staff holding `staff`'s permission.
 * The staff capability refuses to start a hub with a route that declares nothing.
 */
export type Access =
  | { public: string }
  | { staff: Permission | 'signed-in' }
  | { visitor: 'seeker' | 'employer'; staff?: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}
