import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { VOICE_CLIPS, type VoiceClipInfo, type VoiceManifest } from '../../contract/index.ts';
import { HttpError } from '../../infra/errors.ts';
import { contentHash, ensureDefaultPack, type PackIndex } from './default-pack.ts';
import { readWav } from './wav.ts';

interface CustomClip {
  mtimeMs: number;
  size: number;
  hash: string;
  durationMs: number;
}

/**
 * The voice pack a call screen plays: `<dataDir>/voice/default/<key>.wav` made by the hub, overridden clip by
 * clip by `<dataDir>/voice/custom/<key>.wav`. Staff replace clips through the API, or by copying WAV files
 * named by key into the custom folder; both are picked up on the next manifest request.
 */
export class VoicePackStore {
  readonly defaultDir: string;
  readonly customDir: string;
  private defaults: Promise<PackIndex> | null = null;
  /** Custom clips already read, by key; re-read when the file's size or mtime changes. */
  private readonly custom = new Map<string, CustomClip>();

  constructor(root: string, private readonly log: FastifyBaseLogger) {
    this.defaultDir = path.join(root, 'default');
    this.customDir = path.join(root, 'custom');
  }

  /** Makes sure the default pack exists, in the background: the hub does not wait for it to listen. */
  start(): void {
    this.defaults = ensureDefaultPack(this.defaultDir, this.log);
    this.defaults.catch((err: Error) => this.log.error({ err: err.message }, 'default voice pack not available'));
  }

  /** Waits for a pack still being written, so closing never removes a data folder under it. */
  async stop(): Promise<void> {
    await this.defaults?.catch(() => {});
  }

  private async defaultIndex(): Promise<PackIndex> {
    if (!this.defaults) this.start();
    try {
      return await this.defaults!;
    } catch {
      throw new HttpError(503, 'VOICE_PACK', 'the default voice pack could not be made; see the hub log');
    }
  }

  private customClip(key: string): CustomClip | null {
    const file = path.join(this.customDir, `${key}.wav`);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      this.custom.delete(key);
      return null;
    }
    const known = this.custom.get(key);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known;
    try {
      const bytes = fs.readFileSync(file);
      const clip = { mtimeMs: stat.mtimeMs, size: stat.size, hash: contentHash(bytes), durationMs: readWav(bytes).durationMs };
      this.custom.set(key, clip);
      return clip;
    } catch (err) {
      // A broken file copied in by hand must not silence the screens: the default clip stays in use.
      this.log.warn({ key, err: (err as Error).message }, 'custom voice clip ignored');
      return null;
    }
  }

  async info(key: string): Promise<VoiceClipInfo> {
    const spec = VOICE_CLIPS.find((c) => c.key === key)!;
    const custom = this.customClip(key);
    const clip = custom ?? (await this.defaultIndex()).clips[key]!;
    return {
      key, lang: spec.lang, text: spec.text, url: `/api/voice/clips/${key}?v=${clip.hash}`,
      durationMs: clip.durationMs, source: custom ? 'custom' : 'default', hash: clip.hash,
    };
  }

  async manifest(): Promise<VoiceManifest> {
    await this.defaultIndex();
    const clips = await Promise.all(VOICE_CLIPS.map((c) => this.info(c.key)));
    const version = crypto.createHash('sha256').update(clips.map((c) => c.hash).join()).digest('hex').slice(0, 16);
    return { version, clips };
  }

  /** The file to serve for a key, and its hash (the ETag). */
  async file(key: string): Promise<{ path: string; hash: string }> {
    const info = await this.info(key);
    return { path: path.join(info.source === 'custom' ? this.customDir : this.defaultDir, `${key}.wav`), hash: info.hash };
  }

  /** Stores a clip staff uploaded (already validated), written aside and renamed so a screen never reads half. */
  async save(key: string, wav: Uint8Array): Promise<VoiceClipInfo> {
    fs.mkdirSync(this.customDir, { recursive: true });
    const tmp = path.join(this.customDir, `.${key}.${crypto.randomBytes(4).toString('hex')}.tmp`);
    fs.writeFileSync(tmp, wav);
    fs.renameSync(tmp, path.join(this.customDir, `${key}.wav`));
    return this.info(key);
  }

  /** Back to the default clip. Removing a clip that was not replaced is not an error. */
  async revert(key: string): Promise<VoiceClipInfo> {
    fs.rmSync(path.join(this.customDir, `${key}.wav`), { force: true });
    this.custom.delete(key);
    return this.info(key);
  }
}
