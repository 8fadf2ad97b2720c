import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, HallView, Module, ServiceGuide, ServiceId, ServiceView } from '../../contract/index.ts';
import { loadGuides } from './guides.ts';
import { guideSlip } from './guide-slip.ts';
import { PrintAccepted, Slug } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { atWindow, type AtWindow } from './at-window.ts';

/** What other capabilities may ask of the service catalogue: a function's guide, and where a window finishes it. */
export interface Services {
  guide(id: string): ServiceGuide | undefined;
  atWindow(id: string): AtWindow | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

/** The 89 service functions, their guides (办事指南) and the hall, as kiosks and screens read them. */
async function services(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { catalogue } = app.hub;

  const views = catalogue.services.map((s) => {
    const queue = s.queue ? catalogue.queue(s.queue)! : null;
    return {
      ...s,
      module: catalogue.module(s.id.split('.')[0]!)!,
      ticket: queue ? { queueId: queue.id, prefix: queue.prefix, name: queue.name } : null,
    };
  });

  api.get('/api/services', {
    config: { access: { public: 'the service catalogue and guides every kiosk shows' } },
    schema: { tags: ['services'], summary: 'The 89 service functions of the handbook, in zh and en', response: { 200: z.array(ServiceView) } },
  }, async () => views);

  api.get('/api/services/:id', {
    config: { access: { public: 'the service catalogue and guides every kiosk shows' } },
    schema: { tags: ['services'], summary: 'One service function', params: z.strictObject({ id: ServiceId }), response: { 200: ServiceView, 404: ApiError } },
  }, async (req) => {
    const view = views.find((v) => v.id === req.params.id);
    if (!view) throw fieldError(404, 'params.id', `no service ${req.params.id}`);
    return view;
  });

  const guides = loadGuides(app.hub.config.contentDir, catalogue);
  app.decorate('services', {
    guide: (id) => guides.get(id),
    atWindow: (id) => atWindow(catalogue, guides.get(id), id),
  } satisfies Services);

  api.get('/api/services/:id/guide', {
    config: { access: { public: 'the service catalogue and guides every kiosk shows' } },
    schema: {
      tags: ['services'],
      summary: 'The service guide (办事指南): who qualifies, documents, steps, where, hours, fees',
      params: z.strictObject({ id: ServiceId }),
      response: { 200: ServiceGuide, 404: ApiError },
    },
  }, async (req) => {
    const guide = guides.get(req.params.id);
    if (!guide) throw fieldError(404, 'params.id', `no guide for ${req.params.id}`);
    return guide;
  });

  api.post('/api/services/:id/guide/print', {
    config: { access: { public: 'prints a service guide on a kiosk’s printer; nothing personal' } },
    schema: {
      tags: ['services'],
      summary: 'Print the service guide (documents to bring as a checklist) on a kiosk\'s printer',
      params: z.strictObject({ id: ServiceId }),
      body: z.strictObject({ kioskId: Slug }),
      response: { 202: PrintAccepted, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const service = catalogue.service(req.params.id);
    const guide = guides.get(req.params.id);
    if (!service || !guide) throw fieldError(404, 'params.id', `no guide for ${req.params.id}`);
    const job = app.printing.print(req.body.kioskId, guideSlip(catalogue.hall.name.zh, service, guide));
    if (!job) throw fieldError(409, 'body.kioskId', `${req.body.kioskId} has no printer`);
    reply.status(202);
    return { jobId: job.jobId, state: job.state };
  });

  api.get('/api/modules', {
    config: { access: { public: 'the service catalogue and guides every kiosk shows' } },
    schema: { tags: ['services'], summary: 'The 7 modules of the handbook', response: { 200: z.array(Module) } },
  }, async () => catalogue.modules);

  api.get('/api/hall', {
    config: { access: { public: 'the hall’s name, lines, counters and kiosks, which every app draws' } },
    schema: { tags: ['services'], summary: 'The hall: name, queue lines, counters and kiosks', response: { 200: HallView } },
  }, async () => {
    const { id, name, address, timezone, queues, counters, kiosks } = catalogue.hall;
    return { id, name, address, timezone, queues, counters, kiosks };
  });
}

export default fp(services, { name: 'services', dependencies: ['hub', 'printing'] });
