import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { CatalogueFlow } from '../../contract/index.ts';
import { Catalogues, checkCatalogueFlows } from './catalogues.ts';
import { ProjectBank } from './projects.ts';
import catalogueRoutes from './routes.ts';

/**
 * Catalogues (issue 8): policies with the "which apply to me" finder (1.1.1, 7.1.8), courses and providers
 * (5.1.1, 5.2.x, 5.3.1), orientation courses (5.2.3), the start-up project bank (5.1.4, 5.1.5), community
 * service points (5.1.6), licensed agencies (3.3.1, 3.3.2) and the library of service guides (1.1.2).
 */
async function catalogues(app: FastifyInstance) {
  const { hub } = app;
  const bank = new ProjectBank(hub.db, hub.now, (code) => !!app.vocabulary.district(code));
  bank.seedOnce(hub.config.contentDir);
  const service = new Catalogues({
    hub, sources: app.publishing.sources, vocabulary: app.vocabulary, agencies: (kind) => app.employers.list(kind), flows: app.flows,
    printing: app.printing, bank, services: app.services,
  });
  checkCatalogueFlows(app.flows.all().filter((f): f is CatalogueFlow => f.kind === 'catalogue'), hub.config.contentDir);
  await app.register(catalogueRoutes, { catalogues: service, bank });
}

export default fp(catalogues, { name: 'catalogues', dependencies: ['hub', 'flows', 'staff', 'printing', 'vocabulary', 'employers', 'publishing', 'services'] });
