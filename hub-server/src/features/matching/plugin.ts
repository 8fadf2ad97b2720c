import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Matcher } from './matcher.ts';
import matchingRoutes from './routes.ts';

/** What other capabilities may ask of matching: a seeker's fit to one vacancy, and a vacancy's candidates. */
export type Matching = Pick<Matcher, 'explainFor' | 'candidatesFor'>;

declare module 'fastify' {
  interface FastifyInstance {
    matching: Matching;
  }
}

/** Explainable matching both ways (推荐岗位, 用人推荐) over the pool of approved vacancies. */
async function matching(app: FastifyInstance) {
  const { pool, view } = app.vacancies;
  const matcher = new Matcher(app.vocabulary, pool, { get: (id) => app.vacancies.find(id) }, view, app.hub.catalogue.hall.timezone);
  app.decorate('matching', matcher satisfies Matching);
  await app.register(matchingRoutes, { matcher });
}

export default fp(matching, { name: 'matching', dependencies: ['hub', 'staff', 'vocabulary', 'visitors', 'vacancies', 'seekers'] });
