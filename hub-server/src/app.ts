import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { ContextOptions } from './infra/context.ts';
import { declareContextAccess, installRouteAccess } from './infra/access.ts';
import { installErrorHandling } from './infra/errors.ts';
import { installRateLimit } from './infra/request-limit.ts';
import { installInputHygiene } from './infra/sanitise.ts';
import { installSecurityHeaders } from './infra/security-headers.ts';
import hub from './infra/plugin.ts';
import staff from './features/staff/plugin.ts';
import retention from './features/retention/plugin.ts';
import devices from './features/devices/plugin.ts';
import printing from './features/printing/plugin.ts';
import services from './features/services/plugin.ts';
import flows from './features/flows/plugin.ts';
import calculators from './features/calculators/plugin.ts';
import wayfinding from './features/wayfinding/plugin.ts';
import queue from './features/queue/plugin.ts';
import sms from './features/sms/plugin.ts';
import appointments from './features/appointments/plugin.ts';
import bookings from './features/bookings/plugin.ts';
import cases from './features/cases/plugin.ts';
import catalogues from './features/catalogues/plugin.ts';
import blankForms from './features/blank-forms/plugin.ts';
import notices from './features/notices/plugin.ts';
import kpis from './features/kpis/plugin.ts';
import voice from './features/voice/plugin.ts';
import vocabulary from './features/vocabulary/plugin.ts';
import visitors from './features/visitors/plugin.ts';
import employers from './features/employers/plugin.ts';
import vacancies from './features/jobs/plugin.ts';
import seekers from './features/seekers/plugin.ts';
import matching from './features/matching/plugin.ts';
import referrals from './features/referrals/plugin.ts';
import fairs from './features/events/plugin.ts';
import employerDashboard from './features/employer-dashboard/plugin.ts';
import complaints from './features/complaints/plugin.ts';
import entrusted from './features/entrusted/plugin.ts';
import surveys from './features/surveys/plugin.ts';
import interviews from './features/interviews/plugin.ts';
import assessments from './features/assessments/plugin.ts';
import cv from './features/cv/plugin.ts';
import cards from './features/cards/plugin.ts';
import forms from './features/forms/plugin.ts';
import status from './features/status/plugin.ts';
import health from './features/health/plugin.ts';
import signage from './features/signage/plugin.ts';
import publishing from './features/publishing/plugin.ts';
import showcases from './features/showcases/plugin.ts';
import officeApi from './features/office-api/plugin.ts';
import subscriptions from './features/subscriptions/plugin.ts';
import bulletins from './features/bulletins/plugin.ts';
import apps from './features/apps/plugin.ts';

/**
 * Every capability, in registration order. Each is a named fastify-plugin that declares the capabilities it
 * needs (fastify refuses to start if one is missing or comes later) and decorates the app with its own narrow
 * interface; none registers another. They reach each other through those interfaces and the domain events.
 */
export const CAPABILITIES = [
  staff, retention, visitors, devices, printing, services, flows, wayfinding, calculators, queue, sms, appointments, notices, kpis, voice,
  vocabulary, employers, vacancies, seekers, matching, referrals, fairs, employerDashboard,
  complaints, entrusted, surveys, interviews, bookings, cases, cv, cards, forms, status, publishing, catalogues, blankForms, assessments, showcases, officeApi, subscriptions, bulletins, signage, health, apps,
];

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
    // Forwarded addresses and protocol are believed only from the proxies the hall names (TRUST_PROXY).
    trustProxy: config.trustProxy ?? false,
    // One log line per request is noise on a hall's hub; errors and state changes are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  // Before anything registers a route: every route must say who may call it (infra/access.ts), every answer
  // carries the security headers, the public API is limited per client, and no text with control characters
  // gets past validation.
  installRouteAccess(app);
  installSecurityHeaders(app, config);
  installRateLimit(app, config.rateLimitPerMinute);
  installInputHygiene(app);

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
        { name: 'signage', description: 'Lobby signage: screens, content and approval, revisions, alerts, proof of play' },
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
        { name: 'bookings', description: 'Sessions with counsellors, workshops and advisers (预约指导)' },
        { name: 'catalogues', description: 'Policies with their finder, courses, providers, start-up projects, service points, licensed agencies' },
        { name: 'cases', description: 'Case records across visits: follow-ups, personnel files, unemployment records' },
        { name: 'kpis', description: 'Queue KPIs from the event log' },
        { name: 'voice', description: 'Call-announcement voice packs, and the kiosk speech mode (语音)' },
        { name: 'forms', description: 'Forms answered at the kiosk and the staff queue that decides them' },
        { name: 'status', description: 'Following a submission, complaint or referral (查进度)' },
        { name: 'publishing', description: 'Publishing channels: phone pages, feeds, posters, 12333 text, press export, bulletins, office API, showcases, SMS subscriptions' },
        { name: 'calculators', description: 'Benefit and subsidy calculators, with their dated city figures' },
        { name: 'assessments', description: 'The interest questionnaire and its profile' },
        { name: 'cv', description: 'The CV builder: print, or a one-time code for a phone' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (docs) => {
    declareContextAccess(docs, { public: 'the API documentation (OpenAPI): describes the routes, holds no data' });
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  });

  // The infrastructure first: its onClose then runs after every capability's (last in, first out).
  try {
    await app.register(hub, { config, now: options.now });
    for (const capability of CAPABILITIES) await app.register(capability);
    await app.ready();
  } catch (err) {
    // A hub that refuses to start (an undeclared route, a bad migration, a bad content file) still closes its broker and database.
    await app.close().catch(() => {});
    throw err;
  }
  return app;
}
