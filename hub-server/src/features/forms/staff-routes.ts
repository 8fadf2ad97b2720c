import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, SubmissionAction, SubmissionDetail, SubmissionListQuery, SubmissionParams, SubmissionSummary } from '../../contract/index.ts';
import { requireStaff, staffOf } from '../staff/guard.ts';
import type { FormStore } from './store.ts';
import type { FormSubmissions } from './submissions.ts';

/** The staff queue of submissions (admin → 表单审核): read with form.read, acted on with form.decide. */
export default async function formStaffRoutes(app: FastifyInstance, { submissions, store }: { submissions: FormSubmissions; store: FormStore }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/forms/submissions', {
    preHandler: requireStaff(),
    config: { access: { staff: 'form.read' } },
    schema: {
      tags: ['forms'], summary: 'Submissions to handle, oldest first, by form, status or assignee ("none" for unassigned)',
      querystring: SubmissionListQuery, response: { 200: z.array(SubmissionSummary), 401: ApiError },
    },
  }, async (req) => {
    const assignee = req.query.assignee === 'me' ? staffOf(req).staff.username : req.query.assignee;
    return store.list({ ...req.query, assignee }).map((r) => submissions.summary(r));
  });

  api.get('/api/forms/submissions/:id', {
    preHandler: requireStaff(),
    config: { access: { staff: 'form.read' } },
    schema: {
      tags: ['forms'], summary: 'One submission: its answers (personal ones masked) and every step of its log',
      params: SubmissionParams, response: { 200: SubmissionDetail, 401: ApiError, 404: ApiError },
    },
  }, async (req) => submissions.detail(req.params.id));

  api.post('/api/forms/submissions/:id/actions', {
    preHandler: requireStaff(),
    config: { access: { staff: 'form.decide' } },
    schema: {
      tags: ['forms'], summary: 'Assign, comment, ask for documents, approve or refuse (with a reason): each an event of the log',
      params: SubmissionParams, body: SubmissionAction,
      response: { 200: SubmissionDetail, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req) => submissions.act(req.params.id, req.body, staffOf(req).staff.username));

  api.get('/api/forms/assignees', {
    preHandler: requireStaff(),
    config: { access: { staff: 'form.read' } },
    schema: {
      tags: ['forms'], summary: 'Staff a submission can be assigned to',
      response: { 200: z.array(z.object({ username: z.string(), name: z.string() })), 401: ApiError },
    },
  }, async () => [...app.staff.names()].map(([username, name]) => ({ username, name })));
}
