import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, ApproveVacancyBody, CheckResult, CheckVacancyBody, CreateVacancyBody, PrintAtQuery, RejectVacancyBody, UpdateVacancyBody, Vacancy,
  VacancyCreated, VacancyList, VacancyListQuery, VacancyParams, WithdrawVacancyBody, SESSION_COOKIE,
} from '../../contract/index.ts';
import { staffOf } from '../staff/guard.ts';
import { actorName, requireOwnVacancy, staffOrVisitor } from '../visitors/access.ts';
import { blocks, needsReview } from './compliance.ts';
import { blockedWording, type VacancyService } from './vacancies.ts';
import { vacancySlip } from './vacancy-slip.ts';
import type { PrintAccepted } from '../../contract/index.ts';

/** 招聘登记 in the handbook: the function whose window finishes a vacancy registered at a kiosk. */
const VACANCY_SERVICE = '3.1.1';

export default async function vacancyRoutes(app: FastifyInstance, { service: vacancies }: { service: VacancyService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { view } = app.vacancies;
  const { visitors: sessions, employers } = app;
  const staffView = (id: number) => view.staff(vacancies.get(id), vacancies.store.events(id));

  api.post('/api/vacancies/check', {
    config: { access: { public: 'the wording checker as an employer types at the kiosk; stores nothing' } },
    schema: {
      tags: ['jobs'],
      summary: 'Check vacancy wording before submit: each finding with its rule, severity, a fix and the legal basis',
      body: CheckVacancyBody,
      response: { 200: CheckResult, 400: ApiError },
    },
  }, async (req) => {
    const findings = vacancies.findings(req.body);
    return { findings, blocked: blocks(findings), needsReview: needsReview(findings) };
  });

  api.post('/api/vacancies', {
    config: { access: { public: 'employers register vacancies at the kiosk; pending until staff approve (a sign-in only labels it)' } },
    schema: {
      tags: ['jobs'],
      summary: 'Register a vacancy (招聘登记, kiosk or API). It is pending until staff approve it; wording that blocks answers 422 with details.findings',
      description: 'Unknown fields are refused: the form has no field for gender, age, hukou, ethnicity, marital status, height or health. '
        + 'An employer signed in at the kiosk (x-visitor-token) registers it under its account. '
        + 'With ?kioskId= the pre-filled slip for the employer window prints on that kiosk\'s printer.',
      querystring: PrintAtQuery, body: CreateVacancyBody,
      response: { 201: VacancyCreated, 400: ApiError, 401: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const employerId = sessions.of(req, 'employer');
    const staff = req.cookies[SESSION_COOKIE] ? app.staff.session(req.cookies[SESSION_COOKIE], app.hub.now()) : null;
    // Registered under an account, the vacancy carries the account's name, not whatever was typed.
    const body = employerId ? { ...req.body, employerName: employers.get(employerId).name } : req.body;
    const printAt = req.query.kioskId;
    let slip: PrintAccepted | null = null;
    const result = vacancies.submit(body, {
      source: staff ? 'staff' : 'kiosk', employerId, by: staff ? staff.staff.username : employerId ? `employer:${employerId}` : 'kiosk',
      within: printAt
        ? (id, findings) => {
            const job = app.printing.print(printAt, vacancySlip({
              hallName: app.hub.catalogue.hall.name, id, vacancy: body, districtName: app.vocabulary.district(body.district)?.name ?? body.district,
              findings, window: app.services.atWindow(VACANCY_SERVICE), issuedAt: app.hub.now(), timeZone: app.hub.catalogue.hall.timezone,
            }), { field: 'query.kioskId' });
            slip = job && { jobId: job.jobId, state: job.state };
          }
        : undefined,
    });
    if (!result.ok) throw blockedWording(result.findings);
    reply.status(201);
    return { id: result.id, status: 'pending' as const, findings: result.findings, occupationCode: result.occupationCode, slip };
  });

  api.get('/api/vacancies', {
    config: { access: { staff: 'vacancy.read' } },
    schema: {
      tags: ['jobs'], summary: 'Vacancies by status (the review queue: status=pending)', querystring: VacancyListQuery,
      response: { 200: VacancyList, 401: ApiError },
    },
  }, async (req) => {
    const { rows, total } = vacancies.store.list(req.query.status, req.query.limit, req.query.offset);
    return { items: rows.map((r) => view.staff(r, vacancies.store.events(r.id))), total };
  });

  api.get('/api/vacancies/:id', {
    config: { access: { staff: 'vacancy.read' } },
    schema: { tags: ['jobs'], summary: 'A vacancy in any state, with findings and history', params: VacancyParams, response: { 200: Vacancy, 401: ApiError, 404: ApiError } },
  }, async (req) => staffView(req.params.id));

  api.patch('/api/vacancies/:id', {
    config: { access: { staff: 'vacancy.approve' } },
    schema: {
      tags: ['jobs'], summary: 'Edit a vacancy (staff); it is checked again and goes back to review', params: VacancyParams, body: UpdateVacancyBody,
      response: { 200: Vacancy, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req) => {
    vacancies.edit(req.params.id, req.body, staffOf(req).staff.username);
    return staffView(req.params.id);
  });

  api.post('/api/vacancies/:id/approve', {
    config: { access: { staff: 'vacancy.approve' } },
    schema: {
      tags: ['jobs'],
      summary: 'Publish a pending vacancy: searchable at once. Review findings need a reason; blocking wording is never published',
      params: VacancyParams, body: ApproveVacancyBody,
      response: { 200: Vacancy, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req) => {
    const owner = vacancies.get(req.params.id).employer_id;
    if (owner) employers.assertMayPublish(owner);
    vacancies.approve(req.params.id, req.body, staffOf(req).staff.username);
    return staffView(req.params.id);
  });

  api.post('/api/vacancies/:id/reject', {
    config: { access: { staff: 'vacancy.approve' } },
    schema: {
      tags: ['jobs'], summary: 'Reject a pending vacancy with a reason code', params: VacancyParams, body: RejectVacancyBody,
      response: { 200: Vacancy, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req) => {
    vacancies.reject(req.params.id, req.body.reason, req.body.note, staffOf(req).staff.username);
    return staffView(req.params.id);
  });

  api.post('/api/vacancies/:id/withdraw', {
    config: { access: { visitor: 'employer', staff: 'vacancy.approve' } },
    schema: {
      tags: ['jobs'], summary: 'Withdraw a vacancy (staff, or the employer account that registered it)', params: VacancyParams,
      body: WithdrawVacancyBody, response: { 200: Vacancy, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req, reply) => {
    const actor = await staffOrVisitor(req, reply, sessions, 'employer');
    requireOwnVacancy(actor, vacancies.get(req.params.id));
    vacancies.withdraw(req.params.id, actorName(actor), req.body.note);
    return staffView(req.params.id);
  });
}
