import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { loadVocabulary, type Vocabulary } from './vocabulary.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The controlled lists of job placement (content/jobs/), read once at start-up. */
    vocabulary: Vocabulary;
  }
}

/** Occupations, districts, certificates, policy figures, scoring weights and wording rules: what placement shares. */
async function vocabulary(app: FastifyInstance) {
  app.decorate('vocabulary', loadVocabulary(app.hub.config.contentDir));
}

export default fp(vocabulary, { name: 'vocabulary', dependencies: ['hub'] });
