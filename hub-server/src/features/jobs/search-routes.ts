import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, JobDetail, JobSearchQuery, JobSearchResult, PlacementVocabulary, PrintAccepted, PrintAtKiosk, SuggestQuery, Suggestion, VacancyParams,
} from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { jobSlip } from './job-slip.ts';
import type { JobSearch } from './search.ts';
import type { VacancyService } from './vacancies.ts';

export default async function searchRoutes(app: FastifyInstance, { search, service: vacancies }: { search: JobSearch; service: VacancyService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { hub, vocabulary: vocab } = app;
  const { view } = app.vacancies;

  api.get('/api/jobs', {
    config: { access: { public: 'published vacancies are public: kiosks, phones (/jobs) and lobby screens' } },
    schema: {
      tags: ['jobs'],
      summary: 'Search published vacancies: Chinese full text (any 2+ characters, synonyms), filters, BM25 ranking, help on zero results',
      querystring: JobSearchQuery,
      response: { 200: JobSearchResult, 400: ApiError },
    },
  }, async (req) => search.search(req.query, hub.now()));

  api.get('/api/jobs/suggest', {
    config: { access: { public: 'typeahead over the occupation and district lists' } },
    schema: {
      tags: ['jobs'], summary: 'Typeahead: occupations (by name or synonym) and districts', querystring: SuggestQuery,
      response: { 200: z.array(Suggestion), 400: ApiError },
    },
  }, async (req) => {
    const { q, limit } = req.query;
    const occupations = vocab.occupationsMatching(q).map(({ occupation, via }) => ({ kind: 'occupation' as const, label: occupation.name, value: occupation.code, via }));
    const districts = vocab.districts.filter((d) => d.name.includes(q)).map((d) => ({ kind: 'district' as const, label: d.name, value: d.code, via: null }));
    return [...occupations, ...districts].slice(0, limit);
  });

  api.get('/api/jobs/vocabulary', {
    config: { access: { public: 'the controlled lists the kiosk forms offer' } },
    schema: { tags: ['jobs'], summary: 'The controlled lists the forms offer: occupations, districts, certificates', response: { 200: PlacementVocabulary } },
  }, async () => ({
    occupations: vocab.occupations.map((o) => ({ code: o.code, name: o.name, en: o.en, path: vocab.path(o.code), synonyms: o.synonyms, skills: o.skills, certificates: o.certificates })),
    districts: vocab.districts.map((d) => ({ code: d.code, name: d.name, en: d.en })),
    certificates: vocab.certificates.map((c) => ({ code: c.code, name: c.name, en: c.en, statutory: c.statutory })),
    skills: [...vocab.skillNames].map(([name, en]) => ({ name, en })),
    minimumWageMonthly: vocab.policy.minimumWageMonthly,
  }));

  /** Unpublished vacancies do not exist for the public, whatever their state. */
  const published = (id: number) => {
    const row = vacancies.store.get(id);
    if (!row || row.status !== 'approved') {
      throw new HttpError(404, 'NOT_FOUND', 'params.id: no published vacancy with this id', [{ path: 'params.id', message: 'no published vacancy' }],
        { zh: '这个岗位已经下架了。', en: 'This job is no longer open.' });
    }
    return row;
  };

  api.get('/api/jobs/:id', {
    config: { access: { public: 'published vacancies are public: kiosks, phones (/jobs) and lobby screens' } },
    schema: {
      tags: ['jobs'], summary: 'A published vacancy (kiosk detail, the page behind a referral QR)', params: VacancyParams,
      response: { 200: JobDetail, 404: ApiError },
    },
  }, async (req) => view.detail(published(req.params.id)));

  api.post('/api/jobs/:id/slip', {
    config: { access: { public: 'anyone at a kiosk may take a published vacancy away on paper, without signing in' } },
    schema: {
      tags: ['jobs'],
      summary: 'Print a published vacancy at a kiosk (岗位信息单): title, employer, address, contact, pay and a QR to its phone page',
      params: VacancyParams, body: PrintAtKiosk, response: { 202: PrintAccepted, 404: ApiError, 409: ApiError },
    },
  }, async (req, reply) => {
    const job = view.detail(published(req.params.id));
    const document = jobSlip({
      hallName: hub.catalogue.hall.name, job, where: job.address ?? job.workLocation ?? job.districtName, issuedAt: hub.now(), timeZone: hub.catalogue.hall.timezone,
    });
    const printed = app.printing.print(req.body.kioskId, document);
    if (!printed) {
      throw new HttpError(409, 'NO_PRINTER', `body.kioskId: ${req.body.kioskId} has no printer`, [{ path: 'body.kioskId', message: 'no printer' }],
        { zh: '这台自助机没有打印机，请用手机扫描二维码保存这个岗位。', en: 'This kiosk has no printer; scan the QR code to keep this job on your phone.' });
    }
    reply.status(202);
    return { jobId: printed.jobId, state: printed.state };
  });
}
