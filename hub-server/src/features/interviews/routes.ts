import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, BookInterviewBody, Interview, InterviewBooked, InterviewDay, InterviewDayQuery, InterviewList, InterviewParams, InterviewSlots,
  InterviewSlotsQuery, InterviewStatusBody, VISITOR_TOKEN_HEADER,
} from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { staffOf } from '../staff/guard.ts';
import type { InterviewService } from './interviews.ts';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 422: ApiError };

/** 远程面试 (3.2.4): slots and booking for a signed-in seeker; each side's schedule; the day's list for staff. */
export default async function interviewRoutes(app: FastifyInstance, { interviews }: { interviews: InterviewService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { hub, visitors: sessions } = app;

  api.get('/api/interviews/slots', {
    config: { access: { public: 'free booth slots for a published vacancy, shown at the kiosk; nothing personal' } },
    schema: {
      tags: ['interviews'], summary: 'Bookable video-interview slots for a published vacancy: free booths, whether the employer is busy',
      querystring: InterviewSlotsQuery, response: { 200: InterviewSlots, 400: ApiError, 422: ApiError },
    },
  }, async (req) => interviews.slots(req.query.vacancyId, req.query.day));

  api.post('/api/interviews', {
    config: { access: { visitor: 'seeker' } },
    schema: {
      tags: ['interviews'],
      summary: 'Book a video interview in a hall booth (signed-in seeker): capacity and double booking checked at once; a slip prints on the kiosk',
      body: BookInterviewBody, response: { 201: InterviewBooked, ...errors },
    },
  }, async (req, reply) => {
    const seekerId = sessions.require(req, 'seeker');
    const interview = interviews.book(seekerId, req.body, `seeker:${seekerId}`);
    reply.status(201);
    const when = `${interview.day} ${new Date(interview.start).toLocaleTimeString('zh-CN', { timeZone: hub.catalogue.hall.timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
    return {
      interview,
      message: {
        zh: `已预约 ${when}，${interview.booth.name.zh}（${interview.booth.location.zh}）。${interview.print ? '请收好预约单。' : ''}`,
        en: `Booked for ${when} in ${interview.booth.name.en} (${interview.booth.location.en}).${interview.print ? ' Keep the printed slip.' : ''}`,
      },
    };
  });

  api.get('/api/seekers/me/interviews', {
    config: { access: { visitor: 'seeker' } },
    schema: { tags: ['interviews'], summary: 'The signed-in seeker’s interviews from today on', response: { 200: InterviewList, 401: ApiError } },
  }, async (req) => ({ items: interviews.upcoming({ seekerId: sessions.require(req, 'seeker') }) }));

  api.get('/api/employers/me/interviews', {
    config: { access: { visitor: 'employer' } },
    schema: { tags: ['interviews'], summary: 'The signed-in employer’s video interviews from today on: time, room, job, seeker (masked)', response: { 200: InterviewList, 401: ApiError } },
  }, async (req) => ({ items: interviews.upcoming({ employerId: sessions.require(req, 'employer') }) }));

  api.get('/api/interviews', {
    config: { access: { staff: 'interview.manage' } },
    schema: { tags: ['interviews'], summary: 'A day’s interviews in the booths (staff), today by default', querystring: InterviewDayQuery, response: { 200: InterviewDay, 400: ApiError, 401: ApiError } },
  }, async (req) => {
    const day = req.query.day ?? interviews.today();
    return { day, booths: interviews.cfg.booths, items: interviews.onDay(day) };
  });

  api.post('/api/interviews/:id/status', {
    config: { access: { visitor: ['seeker', 'employer'], staff: 'interview.manage' } },
    schema: {
      tags: ['interviews'],
      summary: 'Mark held (done) or no-show (staff, once begun), or cancel (staff any time; the seeker or employer before it begins)',
      params: InterviewParams, body: InterviewStatusBody, response: { 200: Interview, ...errors },
    },
  }, async (req) => {
    const { status, note } = req.body;
    // Without a visitor token the gate let only staff holding interview.manage through.
    if (req.headers[VISITOR_TOKEN_HEADER] === undefined) {
      return interviews.setStatus(req.params.id, status, 'staff', staffOf(req).staff.username, note);
    }
    const seeker = sessions.of(req, 'seeker');
    const employer = seeker ? null : sessions.require(req, 'employer');
    const owners = interviews.owners(req.params.id);
    if (seeker ? owners.seekerId !== seeker : owners.employerId !== employer) throw new HttpError(403, 'NOT_YOURS', 'this interview belongs to someone else');
    if (status !== 'cancelled') throw fieldError(403, 'body.status', 'only staff record whether an interview was held');
    return interviews.setStatus(req.params.id, status, seeker ? 'seeker' : 'employer', seeker ? `seeker:${seeker}` : `employer:${employer}`, note);
  });
}
