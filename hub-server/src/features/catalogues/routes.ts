import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, CatalogueParams, CatalogueQuery, CatalogueResult, PrintAccepted, PrintEntriesBody, ProjectBody, ProjectList, ProjectParams,
  ProjectShownBody, StartupProject,
} from '../../contract/index.ts';
import { requireStaff, staffOf } from '../staff/guard.ts';
import type { Catalogues } from './catalogues.ts';
import type { ProjectBank } from './projects.ts';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError };

/** Catalogues for the kiosk and the lobby screens; the project bank for staff. */
export default async function catalogueRoutes(app: FastifyInstance, { catalogues, bank }: { catalogues: Catalogues; bank: ProjectBank }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const staff = requireStaff();

  api.get('/api/catalogues/:source', {
    config: { access: { public: 'catalogues are public: policies, courses, providers, shown projects, service points, licensed agencies, service guides' } },
    schema: {
      tags: ['catalogues'], summary: 'A catalogue\'s entries, filtered by facets (?district=putuo&kind=orientation); /api/catalogues/projects is the lobby screens\' project showcase',
      params: CatalogueParams, querystring: CatalogueQuery, response: { 200: CatalogueResult, 400: ApiError },
    },
  }, async (req) => ({ source: req.params.source, entries: catalogues.entries(req.params.source, req.query) }));

  api.post('/api/catalogues/policies/print', {
    config: { access: { public: 'a visitor prints the policies found for them at the kiosk they stand at' } },
    schema: { tags: ['catalogues'], summary: 'Print a summary of chosen policies, with the finder\'s reasons, at a kiosk', body: PrintEntriesBody, response: { 202: PrintAccepted, ...refusals } },
  }, async (req, reply) => {
    const job = catalogues.printPolicies(req.body.kioskId, req.body.ids, req.body.because);
    reply.status(202);
    return { jobId: job.jobId, state: job.state };
  });

  api.get('/api/project-bank', {
    preHandler: staff,
    config: { access: { staff: 'form.read' } },
    schema: { tags: ['catalogues'], summary: 'Every project in the bank, shown or not (staff)', response: { 200: ProjectList, 401: ApiError } },
  }, async () => ({ items: bank.list(false) }));

  api.post('/api/project-bank', {
    preHandler: staff,
    config: { access: { staff: 'form.decide' } },
    schema: { tags: ['catalogues'], summary: 'Take a project into the bank, e.g. from an approved 5.1.4 submission (by its reference)', body: ProjectBody, response: { 201: StartupProject, ...refusals } },
  }, async (req, reply) => {
    const p = bank.add(req.body, staffOf(req).staff.username);
    reply.status(201);
    return p;
  });

  api.put('/api/project-bank/:id', {
    preHandler: staff,
    config: { access: { staff: 'form.decide' } },
    schema: { tags: ['catalogues'], summary: 'Edit a project as it is shown', params: ProjectParams, body: ProjectBody, response: { 200: StartupProject, ...refusals } },
  }, async (req) => bank.update(req.params.id, req.body, staffOf(req).staff.username));

  api.post('/api/project-bank/:id/shown', {
    preHandler: staff,
    config: { access: { staff: 'form.decide' } },
    schema: { tags: ['catalogues'], summary: 'Show a project on the kiosk and the lobby screens, or take it down', params: ProjectParams, body: ProjectShownBody, response: { 200: StartupProject, ...refusals } },
  }, async (req) => bank.setShown(req.params.id, req.body.shown, staffOf(req).staff.username));
}
