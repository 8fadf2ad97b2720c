import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MAX_SAY_CHARS, SayRequest } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { RateLimit } from '../../infra/rate-limit.ts';
import type { SpeechCache } from './speech.ts';

/**
 * New texts one address may have synthesised a minute. A visitor in speech mode hears a screen or a tap
 * every few seconds and most of it is already cached (cache hits are not counted); a script in a loop
 * feeding fresh text would otherwise keep the hub's CPU busy with espeak.
 */
const SYNTHESES_PER_MINUTE = 60;

/**
 * 语音 at the kiosk: one short text said aloud, offline. The text is never logged (it may be what a visitor
 * typed; the kiosk sends masked values only, but the hub does not rely on it).
 */
export default async function sayRoutes(app: FastifyInstance, { speech }: { speech: SpeechCache }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const limit = new RateLimit(SYNTHESES_PER_MINUTE, 60_000);
  const prune = setInterval(() => limit.prune(), 60_000);
  prune.unref();
  app.addHook('onClose', async () => clearInterval(prune));

  api.post('/api/voice/say', {
    config: { access: { public: 'the kiosk reads its own screens aloud in speech mode, before anyone signs in' } },
    schema: {
      tags: ['voice'],
      summary: `Say a short text (≤ ${MAX_SAY_CHARS} characters) in Mandarin or English: audio/wav, synthesised offline and kept in memory by its hash`,
      // audio/wav on success; refusals are ApiError (400 naming the field, 429, 503). No response schema: the
      // type provider would then type the WAV bytes as the error body.
      body: SayRequest,
    },
  }, async (req, reply) => {
    const { lang, text } = req.body;
    let clip = speech.cached(lang, text);
    if (!clip) {
      const verdict = limit.take(req.ip);
      if (!verdict.ok) {
        reply.header('retry-after', String(Math.ceil(verdict.retryAfterMs / 1000)));
        throw new HttpError(429, 'SPEECH_RATE_LIMIT', `at most ${SYNTHESES_PER_MINUTE} new texts a minute may be said from one address`);
      }
      try {
        clip = await speech.say(lang, text);
      } catch (err) {
        // espeak's own message quotes its arguments, the text among them: log the kind of failure only.
        req.log.error({ lang, chars: text.length, err: err instanceof Error ? err.name : 'unknown' }, 'speech synthesis failed');
        throw new HttpError(503, 'SPEECH_FAILED', 'the text could not be synthesised');
      }
    }
    reply
      .type('audio/wav')
      .header('etag', `"${clip.hash}"`)
      .header('x-speech-duration-ms', String(clip.durationMs))
      .header('cache-control', 'private, max-age=3600');
    return reply.send(Buffer.from(clip.wav.buffer, clip.wav.byteOffset, clip.wav.byteLength));
  });
}
