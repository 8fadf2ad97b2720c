import type { FastifyInstance } from 'fastify';
import { BlockedWording } from './vacancies.ts';
import { createPlacement, type Placement } from './placement-services.ts';
import vacancyRoutes from './vacancy-routes.ts';
import searchRoutes from './search-routes.ts';
import importRoutes from './import-routes.ts';
import seekerRoutes from '../seekers/routes.ts';
import matchingRoutes from '../matching/routes.ts';
import referralRoutes from '../referrals/routes.ts';
import employerRoutes from '../employers/routes.ts';
import fairRoutes from '../events/routes.ts';
import complaintRoutes from '../complaints/routes.ts';
import entrustedRoutes from '../entrusted/routes.ts';
import surveyRoutes from '../surveys/routes.ts';
import interviewRoutes from '../interviews/routes.ts';
import cardRoutes from '../cards/routes.ts';

export interface PlacementOptions {
  placement: Placement;
}

/** Hourly is enough: closing days are whole days. */
const EXPIRY_SWEEP_MS = 60 * 60 * 1000;

/**
 * Module 3, job placement (职业介绍): one plugin that builds the shared services once and registers each
 * capability's routes with them.
 */
export default async function placementRoutes(app: FastifyInstance) {
  const placement = createPlacement(app.hub);
  const { vacancies, log } = placement;

  // Wording that blocks publication answers 422 {findings} on every route; other errors go to the hub's handler.
  app.setErrorHandler((err, _req, reply) => {
    if (!(err instanceof BlockedWording)) throw err;
    return reply.status(422).send({ statusCode: 422, error: 'Unprocessable Entity', code: 'BLOCKED_WORDING', message: err.message, findings: err.findings });
  });

  const sweep = () => {
    try {
      const n = vacancies.expireDue();
      if (n) log.info({ expired: n }, 'vacancies past their closing day expired');
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'vacancy expiry sweep failed');
    }
  };
  sweep();
  const timer = setInterval(sweep, EXPIRY_SWEEP_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  const opts: PlacementOptions = { placement };
  await app.register(vacancyRoutes, opts);
  await app.register(searchRoutes, opts);
  await app.register(importRoutes, opts);
  await app.register(seekerRoutes, opts);
  await app.register(matchingRoutes, opts);
  await app.register(referralRoutes, opts);
  await app.register(employerRoutes, opts);
  await app.register(fairRoutes, opts);
  await app.register(complaintRoutes, opts);
  await app.register(entrustedRoutes, opts);
  await app.register(surveyRoutes, opts);
  await app.register(interviewRoutes, opts);
  await app.register(cardRoutes, opts);
}
