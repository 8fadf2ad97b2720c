import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, FlowDefinition, FlowListQuery, FlowParams, FlowSummary, summaryOf } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { loadFlows } from './load.ts';
import { FlowVersions } from './versions.ts';

/** The flow definitions of content/flows, as every other capability reads them. */
export interface FlowsApi {
  all(): readonly FlowDefinition[];
  get(id: string): FlowDefinition | undefined;
  /** The exact definition a submission answered, also after its file has moved on; null if never loaded. */
  version(id: string, version: number): FlowDefinition | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    flows: FlowsApi;
  }
}

/**
 * Flows as data: every kiosk flow of the 89 functions is a definition in content/flows, checked at start-up
 * against the contract's meta-schema and the hall, its version recorded, and served to the kiosk.
 */
async function flows(app: FastifyInstance) {
  const { hub } = app;
  const loaded = loadFlows(hub.config.contentDir, hub.catalogue);
  const versions = new FlowVersions(hub.db);
  versions.record(loaded, hub.now().toISOString());
  const definitions = loaded.map((l) => l.definition);
  const byId = new Map(definitions.map((d) => [d.id, d]));
  app.decorate('flows', {
    all: () => definitions,
    get: (id) => byId.get(id),
    version: (id, version) => (byId.get(id)?.version === version ? byId.get(id)! : versions.definition(id, version)),
  } satisfies FlowsApi);

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/api/flows', {
    config: { access: { public: 'the kiosk lists the flows of a service page' } },
    schema: {
      tags: ['services'], summary: 'The kiosk flows of the hall, or of one service function (?service=3.1.1)',
      querystring: FlowListQuery, response: { 200: z.array(FlowSummary), 400: ApiError },
    },
  }, async (req) => definitions.filter((d) => !req.query.service || d.functions.includes(req.query.service)).map(summaryOf));

  api.get('/api/flows/:id', {
    config: { access: { public: 'the kiosk draws a flow from its definition' } },
    schema: { tags: ['services'], summary: 'One flow definition, whole', params: FlowParams, response: { 200: FlowDefinition, 404: ApiError } },
  }, async (req) => {
    const d = byId.get(req.params.id);
    if (!d) throw fieldError(404, 'params.id', `no flow ${req.params.id}`);
    return d;
  });
}

export default fp(flows, { name: 'flows', dependencies: ['hub'] });
