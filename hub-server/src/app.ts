import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import { createWebSocketStream } from 'ws';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import { createHubContext, type ContextOptions } from './infra/context.ts';
import { installErrorHandling } from './infra/errors.ts';
import staffRoutes from './features/staff/routes.ts';
import servicesRoutes from './features/services/routes.ts';
import deviceRoutes from './features/devices/routes.ts';
import printingRoutes from './features/printing/routes.ts';
import queueRoutes from './features/queue/routes.ts';
import noticeRoutes from './features/notices/routes.ts';
import kpiRoutes from './features/kpis/routes.ts';
import smsRoutes from './features/sms/routes.ts';
import appointmentRoutes from './features/appointments/routes.ts';
import voiceRoutes from './features/voice/routes.ts';
import placementRoutes from './features/jobs/placement.ts';
import healthRoutes from './features/health/routes.ts';
import appRoutes from './features/apps/routes.ts';

export interface BuildOptions extends ContextOptions {
  logger?: FastifyServerOptions['logger'];
}

/**
 * The hub as one Fastify instance: infrastructure first, then every capability in one visible list.
 * Tests build it and call app.inject(); server.ts listens.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    // Forms and vacancy texts are small; a 256 KiB cap stops a runaway body early with a 413.
    bodyLimit: 256 * 1024,
    trustProxy: false,
    // One log line per request is noise on a hall's hub; errors and state changes are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  await app.register(fastifyCookie);
  await app.register(fastifyWebsocket);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'JobHall hub API',
        description: 'The HTTP API of a public employment service hall: services, tickets, counters, notices, devices.',
        version: '1',
      },
      tags: [
        { name: 'services', description: 'The 89 service functions and the hall' },
        { name: 'queue', description: 'Tickets and calling (电子叫号)' },
        { name: 'appointments', description: 'Booking a visit and checking in (预约)' },
        { name: 'counters', description: 'The counter console: sign in, call, recall, no-show, park, transfer, finish' },
        { name: 'printing', description: 'Print jobs' },
        { name: 'notices', description: 'Notices on the lobby screens' },
        { name: 'staff', description: 'Staff login (session cookie + x-csrf-token)' },
        { name: 'devices', description: 'Device health' },
        { name: 'hub', description: 'Health and realtime' },
        { name: 'jobs', description: 'Vacancies, the wording checker and job search (职业介绍)' },
        { name: 'seekers', description: 'Job-seeker registration and kiosk sign-in' },
        { name: 'matching', description: 'Explainable matching both ways' },
        { name: 'referrals', description: 'Referral slips and follow-up' },
        { name: 'employers', description: 'Employer accounts and licensed agencies' },
        { name: 'fairs', description: 'On-site recruitment and themed fairs' },
        { name: 'complaints', description: 'Labour-rights complaints' },
        { name: 'entrusted', description: 'Entrusted recruitment shortlists (委托招聘)' },
        { name: 'surveys', description: 'The labour-demand survey (用工调查)' },
        { name: 'interviews', description: 'Remote-interview booths (远程面试)' },
        { name: 'kpis', description: 'Queue KPIs from the event log' },
        { name: 'voice', description: 'Call-announcement voice packs' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const hub = await createHubContext(config, app.log, options);
  app.decorate('hub', hub);
  // Registered before the features, so it runs after theirs: onClose hooks run last-in, first-out.
  app.addHook('onClose', async () => hub.close());

  if (hub.broker.embedded) {
    const broker = hub.broker.embedded;
    app.get('/mqtt', { websocket: true, schema: { hide: true } }, (socket, req) => {
      broker.handleWebSocket(createWebSocketStream(socket), req.raw);
    });
  }

  await app.register(staffRoutes);
  await app.register(servicesRoutes);
  await app.register(deviceRoutes);
  await app.register(printingRoutes);
  await app.register(queueRoutes);
  await app.register(smsRoutes);
  await app.register(appointmentRoutes);
  await app.register(noticeRoutes);
  await app.register(kpiRoutes);
  await app.register(voiceRoutes);
  await app.register(placementRoutes);
  await app.register(healthRoutes);
  await app.register(appRoutes);

  await hub.staff.ensureAdmin(config.admin.username, config.admin.password, hub.now());
  return app;
}
