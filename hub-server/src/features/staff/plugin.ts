import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { StaffRole } from '../../contract/index.ts';
import staffRoutes from './routes.ts';
import { StaffStore, type Session } from './store.ts';

/** What other capabilities may ask of staff: whose session a cookie is (the guard), and display names. */
export interface StaffDirectory {
  session(token: string, now: Date): Session | null;
  /** username → display name, for labelling rows by staff member. */
  names(): Map<string, string>;
  /** A new staff account (demo set-up, drills, tests). */
  addStaff(username: string, displayName: string, role: StaffRole, password: string, now: Date): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    staff: StaffDirectory;
  }
}

/** Staff accounts, login sessions and the guard every staff route uses (guard.ts). */
async function staff(app: FastifyInstance) {
  const { config, db, now } = app.hub;
  const store = new StaffStore(db);
  app.decorate('staff', store satisfies StaffDirectory);
  await store.ensureAdmin(config.admin.username, config.admin.password, now());
  await app.register(staffRoutes, { store });
}

export default fp(staff, { name: 'staff', dependencies: ['hub'] });
