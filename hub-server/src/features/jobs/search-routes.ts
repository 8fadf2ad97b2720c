import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, JobDetail, JobSearchQuery, JobSearchResult, PlacementVocabulary, SuggestQuery, Suggestion, VacancyParams } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
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
    occupations: vocab.occupations.map((o) => ({ code: o.code, name: o.name, path: vocab.path(o.code), synonyms: o.synonyms, skills: o.skills })),
    districts: vocab.districts.map((d) => ({ code: d.code, name: d.name })),
    certificates: vocab.certificates.map((c) => ({ code: c.code, name: c.name, statutory: c.statutory })),
    minimumWageMonthly: vocab.policy.minimumWageMonthly,
  }));

  api.get('/api/jobs/:id', {
    config: { access: { public: 'published vacancies are public: kiosks, phones (/jobs) and lobby screens' } },
    schema: {
      tags: ['jobs'], summary: 'A published vacancy (kiosk detail, the page behind a referral QR)', params: VacancyParams,
      response: { 200: JobDetail, 404: ApiError },
    },
  }, async (req) => {
    const row = vacancies.store.get(req.params.id);
    // Unpublished vacancies do not exist for the public, whatever their state.
    if (!row || row.status !== 'approved') throw fieldError(404, 'params.id', 'no published vacancy with this id');
    return view.detail(row);
  });
}
