import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { TrackedItem } from '../../contract/index.ts';
import { FormDrafts } from './drafts.ts';
import formRoutes from './routes.ts';
import formStaffRoutes from './staff-routes.ts';
import { FormStore } from './store.ts';
import { FormSubmissions } from './submissions.ts';
import { FormTracking } from './tracking.ts';

/** What other capabilities ask of forms: a submission as its applicant follows it. */
export interface FormsApi {
  lookup(refNo: string, checkCode: string): TrackedItem | null;
  mine(seekerId: string): TrackedItem[];
}

declare module 'fastify' {
  interface FastifyInstance {
    forms: FormsApi;
  }
}

/**
 * Forms answered at the kiosk (预申请, 报名, 备案): any form definition of content/flows, submitted with the
 * exact version answered, personal answers sealed, a slip printed, then decided by staff in admin.
 */
async function forms(app: FastifyInstance) {
  const store = new FormStore(app.hub.db);
  const submissions = new FormSubmissions({
    hub: app.hub, store, flows: app.flows, printing: app.printing, sms: app.sms, cards: app.cards, staffNames: () => app.staff.names(),
  });
  const tracking = new FormTracking(store, submissions);
  app.decorate('forms', { lookup: (r, c) => tracking.lookup(r, c), mine: (s) => tracking.mine(s) } satisfies FormsApi);
  const drafts = new FormDrafts(app.hub, store);
  app.retention.register('form-personal-answers', (before) => store.forgetPersonalAnswers(before.toISOString()));
  await app.register(formRoutes, { submissions, drafts });
  await app.register(formStaffRoutes, { submissions, store });
}

export default fp(forms, { name: 'forms', dependencies: ['hub', 'staff', 'retention', 'visitors', 'flows', 'printing', 'sms', 'cards'] });
