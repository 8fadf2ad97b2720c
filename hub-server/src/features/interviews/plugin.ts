import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { InterviewService } from './interviews.ts';
import interviewRoutes from './routes.ts';
import { loadBooths } from './schedule.ts';

/** 远程面试 (3.2.4): the hall's video-interview booths, booked by seekers for published vacancies. */
async function interviews(app: FastifyInstance) {
  const service = new InterviewService(
    { hub: app.hub, vacancies: app.vacancies, seekers: app.seekers, printing: app.printing },
    loadBooths(app.hub.config.contentDir),
  );
  await app.register(interviewRoutes, { interviews: service });
}

export default fp(interviews, { name: 'interviews', dependencies: ['hub', 'staff', 'visitors', 'printing', 'vacancies', 'seekers'] });
