import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import surveyRoutes from './routes.ts';
import { SurveyService } from './surveys.ts';

/** 用工调查 (3.1.7): the labour-demand survey at the kiosk, added up per quarter for staff. */
async function surveys(app: FastifyInstance) {
  await app.register(surveyRoutes, { surveys: new SurveyService(app.hub, app.vocabulary, app.employers) });
}

export default fp(surveys, { name: 'surveys', dependencies: ['hub', 'staff', 'vocabulary', 'visitors', 'employers'] });
