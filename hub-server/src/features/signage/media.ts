import type { Db } from '../../infra/db.ts';
import { HttpError } from '../../infra/errors.ts';
import { MediaMime, type MediaRef, type MediaView } from '../../contract/index.ts';
import { sha256 } from './manifest.ts';

/** A lobby image is a poster, not a print master; a clip is short. Bigger files only slow every screen's download. */
export const MAX_BYTES: Record<'image' | 'video', number> = { image: 8 * 1024 * 1024, video: 64 * 1024 * 1024 };

const ascii = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1');

/**
 * What the bytes are, read from their first bytes (the file's signature), whatever name or type they came
 * with. SVG is not accepted: it can carry script.
 */
export function sniff(b: Buffer): MediaMime | null {
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 6 && /^GIF8[79]a$/.test(ascii(b, 0, 6))) return 'image/gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'image/webp';
  // ISO BMFF: a box size, then "ftyp" (ISO/IEC 14496-12 §4.3).
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') return 'video/mp4';
  // EBML header (1A 45 DF A3) whose DocType is "webm".
  if (b.length >= 4 && b.readUInt32BE(0) === 0x1a45dfa3 && ascii(b, 0, Math.min(64, b.length)).includes('webm')) return 'video/webm';
  return null;
}

/** Checks an upload by its declared type, its size and its content; returns what to store. */
export function checkUpload(declared: string | undefined, body: Buffer): MediaMime {
  const type = MediaMime.safeParse((declared ?? '').split(';')[0]!.trim());
  if (!type.success) {
    throw new HttpError(415, 'MEDIA_TYPE', `headers.content-type: must be one of ${MediaMime.options.join(', ')}`, [{ path: 'headers.content-type', message: 'not an accepted image or video type' }]);
  }
  const kind = type.data.startsWith('video/') ? 'video' : 'image';
  if (!body.length) throw new HttpError(400, 'EMPTY', 'body: the file is empty', [{ path: 'body', message: 'empty' }]);
  if (body.length > MAX_BYTES[kind]) {
    throw new HttpError(413, 'TOO_LARGE', `body: ${kind}s may be at most ${MAX_BYTES[kind] / 1024 / 1024} MB`, [{ path: 'body', message: `larger than ${MAX_BYTES[kind] / 1024 / 1024} MB` }]);
  }
  const actual = sniff(body);
  if (actual !== type.data) {
    throw new HttpError(422, 'MEDIA_CONTENT', `body: the bytes are ${actual ?? 'not an accepted image or video'}, not ${type.data}`, [{ path: 'body', message: `content is ${actual ?? 'unrecognised'}` }]);
  }
  return actual;
}

interface Row {
  sha256: string;
  mime: MediaMime;
  bytes: number;
  name: string;
  uploaded_by: string;
  uploaded_at: string;
}

/** Media files in SQLite, named by their SHA-256: one copy however often it is uploaded, and in every backup. */
export class SignageMedia {
  constructor(private readonly db: Db) {}

  put(mime: MediaMime, body: Buffer, name: string, by: string, at: Date): MediaView {
    const hash = sha256(body);
    this.db.prepare('INSERT INTO signage_media (sha256, mime, bytes, name, data, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING')
      .run(hash, mime, body.length, name.slice(0, 200), body, by, at.toISOString());
    return this.list().find((m) => m.sha256 === hash)!;
  }

  list(): MediaView[] {
    return (this.db.prepare('SELECT sha256, mime, bytes, name, uploaded_by, uploaded_at FROM signage_media ORDER BY uploaded_at DESC').all() as Row[])
      .map((r) => ({ sha256: r.sha256, mime: r.mime, bytes: r.bytes, name: r.name, uploadedBy: r.uploaded_by, uploadedAt: r.uploaded_at }));
  }

  index(): Map<string, MediaRef> {
    return new Map((this.db.prepare('SELECT sha256, mime, bytes FROM signage_media').all() as Row[]).map((r) => [r.sha256, { sha256: r.sha256, mime: r.mime, bytes: r.bytes }]));
  }

  data(hash: string): { mime: MediaMime; data: Buffer } | undefined {
    return this.db.prepare('SELECT mime, data FROM signage_media WHERE sha256 = ?').get(hash) as { mime: MediaMime; data: Buffer } | undefined;
  }
}
