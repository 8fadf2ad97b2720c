import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, CallTicketBody, CounterActionResult, CounterParams, CounterSignInBody, CounterState, FinishBody, LedBody,
  QueueSettingsBody, QueueSettingsView, Slug, TransferBody,
} from '../../contract/index.ts';
import { staffOf } from '../staff/guard.ts';
import type { QueueParts } from './routes.ts';

const refusals = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError };

/**
 * The counter console API. Every action needs a staff session holding queue.call, the CSRF token, and — except
 * signing in — the staff member's own sign-in at that counter. Queue lines' settings need queue.configure.
 */
export default async function counterRoutes(app: FastifyInstance, { counters, settings }: QueueParts) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const call = { staff: 'queue.call' } as const;
  const action = (summary: string) => ({ tags: ['counters'], summary, params: CounterParams, response: { 200: CounterActionResult, ...refusals } });

  api.get('/api/counters', {
    config: { access: { staff: 'queue.read' } },
    schema: { tags: ['counters'], summary: 'Every counter with who is signed in and what it is doing', response: { 200: z.array(CounterState), 401: ApiError } },
  }, async () => app.hub.catalogue.hall.counters.map((c) => counters.state(c.id)));

  api.get('/api/counters/:counterId', {
    config: { access: { staff: 'queue.read' } },
    schema: { tags: ['counters'], summary: 'One counter: session, current visitor, parked and waiting tickets', params: CounterParams, response: { 200: CounterState, ...refusals } },
  }, async (req) => counters.state(req.params.counterId));

  const who = (req: Parameters<typeof staffOf>[0]) => staffOf(req).staff.username;

  const lineParams = z.strictObject({ queueId: Slug });
  api.get('/api/queues', {
    config: { access: { staff: 'queue.read' } },
    schema: { tags: ['counters'], summary: 'Queue lines with their hours, quota and times (content values, or staff changes)', response: { 200: z.array(QueueSettingsView), 401: ApiError } },
  }, async () => settings.list());
  api.patch('/api/queues/:queueId', {
    config: { access: { staff: 'queue.configure' } },
    schema: { tags: ['counters'], summary: 'Change a line\'s hours, daily quota or times; applies at once', params: lineParams, body: QueueSettingsBody, response: { 200: QueueSettingsView, ...refusals } },
  }, async (req) => settings.update(req.params.queueId, req.body, who(req)));
  api.delete('/api/queues/:queueId/settings', {
    config: { access: { staff: 'queue.configure' } },
    schema: { tags: ['counters'], summary: 'Back to the values in content/hall.json', params: lineParams, response: { 200: QueueSettingsView, ...refusals } },
  }, async (req) => settings.reset(req.params.queueId));

  api.post('/api/counters/:counterId/sign-in', { config: { access: call }, schema: { ...action('Sign in to a counter and choose the queue lines to serve'), body: CounterSignInBody.nullish() } },
    async (req) => counters.signIn(req.params.counterId, who(req), req.body?.queueIds));
  api.post('/api/counters/:counterId/sign-out', { config: { access: call }, schema: action('Sign out of the counter (its LED shows "closed")') },
    async (req) => counters.signOut(req.params.counterId, who(req)));
  api.post('/api/counters/:counterId/call-next', { config: { access: call }, schema: action('Finish the visit in progress and call the next ticket (priority and waiting time)') },
    async (req) => counters.callNext(req.params.counterId, who(req)));
  api.post('/api/counters/:counterId/call', { config: { access: call }, schema: { ...action('Call a particular waiting or parked ticket'), body: CallTicketBody } },
    async (req) => counters.call(req.params.counterId, who(req), req.body.ticketId));
  api.post('/api/counters/:counterId/recall', { config: { access: call }, schema: action('Call the current visitor again (re-shown and re-announced)') },
    async (req) => counters.recall(req.params.counterId, who(req)));
  api.post('/api/counters/:counterId/start', { config: { access: call }, schema: action('The called visitor has arrived; the visit starts') },
    async (req) => counters.start(req.params.counterId, who(req)));
  api.post('/api/counters/:counterId/no-show', { config: { access: call }, schema: action('The called visitor did not come (过号)') },
    async (req) => counters.noShow(req.params.counterId, who(req)));
  api.post('/api/counters/:counterId/park', { config: { access: call }, schema: action('Set the visit aside; the visitor comes back later') },
    async (req) => counters.park(req.params.counterId, who(req)));
  api.post('/api/counters/:counterId/resume', { config: { access: call }, schema: { ...action('Put a parked ticket back in its line'), body: CallTicketBody } },
    async (req) => counters.resume(req.params.counterId, who(req), req.body.ticketId));
  api.post('/api/counters/:counterId/transfer', { config: { access: call }, schema: { ...action('Send the visitor to another queue line or counter'), body: TransferBody } },
    async (req) => counters.transfer(req.params.counterId, who(req), req.body));
  api.post('/api/counters/:counterId/led', { config: { access: call }, schema: { ...action('Set the window\'s LED line and/or brightness'), body: LedBody } },
    async (req) => counters.led(req.params.counterId, who(req), req.body.text, req.body.brightness));
  api.post('/api/counters/:counterId/finish', { config: { access: call }, schema: { ...action('Finish the visit with an outcome'), body: FinishBody } },
    async (req) => counters.finish(req.params.counterId, who(req), req.body.outcome, req.body.note));
}
