import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, MAX_CLIP_BYTES, MAX_CLIP_MS, VoiceClipInfo, VoiceClipParams, VoiceManifest } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { staffOf } from '../staff/guard.ts';
import type { VoicePackStore } from './pack-store.ts';
import { WavProblem, readWav } from './wav.ts';

const WAV_TYPES = ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave', 'application/octet-stream'];

/**
 * Voice packs for the spoken calls: the manifest call screens preload, the clips themselves, and staff
 * replacing or reverting single clips.
 */
export default async function voiceRoutes(app: FastifyInstance, { pack }: { pack: VoicePackStore }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  // Clips arrive as the raw WAV file. Scoped to this plugin; twice the clip limit lets an oversize upload
  // still reach the handler, which answers with the field and the limit instead of a bare 413.
  app.addContentTypeParser(WAV_TYPES, { parseAs: 'buffer', bodyLimit: MAX_CLIP_BYTES * 2 }, (_req, body, done) => done(null, body));

  api.get('/api/voice/manifest', {
    config: { access: { public: 'call screens preload the voice pack: recorded digits and phrases, nothing personal' } },
    schema: {
      tags: ['voice'],
      summary: 'Every clip of the voice pack in use: URL (changes with the content) and duration; call screens preload these',
      response: { 200: VoiceManifest, 503: ApiError },
    },
  }, async () => pack.manifest());

  api.get('/api/voice/clips/:key', {
    config: { access: { public: 'call screens preload the voice pack: recorded digits and phrases, nothing personal' } },
    schema: {
      tags: ['voice'],
      summary: 'One clip as audio/wav: the staff replacement if there is one, else the default',
      params: VoiceClipParams,
      querystring: z.strictObject({ v: z.string().max(64).optional() }),
    },
  }, async (req, reply) => {
    const file = await pack.file(req.params.key);
    // A URL carrying the current hash never changes content, so it may be cached for good.
    const pinned = req.query.v === file.hash;
    reply
      .type('audio/wav')
      .header('etag', `"${file.hash}"`)
      .header('cache-control', pinned ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.send(fs.createReadStream(file.path));
  });

  api.put('/api/voice/clips/:key', {
    config: { access: { staff: 'device.manage' } },
    schema: {
      tags: ['voice'],
      summary: `Replace one clip with a recording: the raw WAV file as the body (PCM, 8–48 kHz, ≤ ${MAX_CLIP_BYTES / 1024 / 1024} MiB, ≤ ${MAX_CLIP_MS / 1000} s)`,
      params: VoiceClipParams,
      response: { 200: VoiceClipInfo, 400: ApiError, 401: ApiError, 403: ApiError, 413: ApiError, 415: ApiError, 422: ApiError },
    },
  }, async (req) => {
    const body = req.body;
    if (!Buffer.isBuffer(body)) throw fieldError(415, 'headers.content-type', `send the WAV file itself as ${WAV_TYPES[0]}`);
    if (body.length > MAX_CLIP_BYTES) throw fieldError(413, 'body', `is ${body.length} bytes; a clip may be at most ${MAX_CLIP_BYTES} bytes`);
    let durationMs: number;
    try {
      durationMs = readWav(body).durationMs;
    } catch (err) {
      if (err instanceof WavProblem) throw fieldError(422, err.path, err.message.slice(err.path.length + 2));
      throw err;
    }
    if (durationMs > MAX_CLIP_MS) throw fieldError(422, 'body.data', `lasts ${(durationMs / 1000).toFixed(1)} s; a clip may last at most ${MAX_CLIP_MS / 1000} s`);
    const info = await pack.save(req.params.key, body);
    req.log.info({ key: info.key, bytes: body.length, by: staffOf(req).staff.username }, 'voice clip replaced');
    return info;
  });

  api.delete('/api/voice/clips/:key', {
    config: { access: { staff: 'device.manage' } },
    schema: {
      tags: ['voice'],
      summary: 'Go back to the default clip for this key',
      params: VoiceClipParams,
      response: { 200: VoiceClipInfo, 400: ApiError, 401: ApiError, 403: ApiError },
    },
  }, async (req) => {
    const info = await pack.revert(req.params.key);
    req.log.info({ key: info.key, by: staffOf(req).staff.username }, 'voice clip reverted to default');
    return info;
  });
}
