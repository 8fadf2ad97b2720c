import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { RoleId } from '../../contract/index.ts';
import accountRoutes from './account-routes.ts';
import { auditStaffActions } from './audit-hook.ts';
import { AuditLog, type AuditRecord } from './audit-log.ts';
import auditRoutes from './audit-routes.ts';
import { enforceStaffAccess } from './route-access.ts';
import staffRoutes from './routes.ts';
import { StaffStore, type Session } from './store.ts';

/** What other capabilities may ask of staff: whose session a cookie is (the guard), display names, the audit. */
export interface StaffDirectory {
  session(token: string, now: Date): Session | null;
  /** username → display name, for labelling rows by staff member. */
  names(): Map<string, string>;
  /** A new staff account with its roles (demo set-up, drills, tests); returns its id. */
  addStaff(username: string, displayName: string, roles: readonly RoleId[], password: string, now: Date): Promise<number>;
  /** Writes a line to the append-only audit log: what the hub did by itself (a purge), beside what staff did. */
  audit(entry: AuditRecord): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    staff: StaffDirectory;
  }
}

/**
 * Staff accounts and roles, login sessions, the guard in front of every staff route, and the audit log of
 * what staff did. Registered first of the capabilities, so its hooks see every route they register.
 */
async function staff(app: FastifyInstance) {
  const { config, db, now } = app.hub;
  enforceStaffAccess(app);
  const store = new StaffStore(db);
  const audit = new AuditLog(db, now);
  auditStaffActions(app, audit);
  const directory: StaffDirectory = {
    session: (token, at) => store.session(token, at),
    names: () => store.names(),
    addStaff: (...args) => store.addStaff(...args),
    audit: (entry) => audit.record(entry),
  };
  app.decorate('staff', directory);
  await store.ensureAdmin(config.admin.username, config.admin.password, now());
  await app.register(staffRoutes, { store, audit });
  await app.register(accountRoutes, { store });
  await app.register(auditRoutes, { audit });
}

export default fp(staff, { name: 'staff', dependencies: ['hub'] });
