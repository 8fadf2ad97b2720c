import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import { VOICE_CLIPS } from '../../contract/index.ts';
import { ESPEAK_DIR, ESPEAK_VERSION, synthesisePack } from './synth.ts';

/** pack.json beside the clips: which inputs made them, and what each clip is. */
export interface PackIndex {
  hash: string;
  clips: Record<string, { durationMs: number; hash: string }>;
}

export function contentHash(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * Everything that decides the default clips: the catalogue's texts, the espeak-ng version and the synthesis
 * code itself (speed, trimming, chime). When any of them changes the pack is made again; otherwise never.
 */
export function packInputsHash(): string {
  const source = fs.readFileSync(fileURLToPath(new URL('./synth.ts', import.meta.url)), 'utf8');
  return crypto.createHash('sha256').update(JSON.stringify({ clips: VOICE_CLIPS, espeak: ESPEAK_VERSION, source })).digest('hex').slice(0, 16);
}

/**
 * A machine-wide copy beside node_modules, so the many hubs that tests and benchmarks start on fresh data
 * folders copy the pack instead of synthesising it each time. Only a cache: the data folder stays complete.
 */
const SHARED_CACHE = path.join(ESPEAK_DIR, '..', '.cache', 'jobhall-voice');

function readIndex(dir: string, hash: string): PackIndex | null {
  try {
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'pack.json'), 'utf8')) as PackIndex;
    const complete = index.hash === hash && VOICE_CLIPS.every((c) => index.clips[c.key] && fs.existsSync(path.join(dir, `${c.key}.wav`)));
    return complete ? index : null;
  } catch {
    return null;
  }
}

/** Writes a folder next to `target` and renames it into place, so a crash never leaves half a pack. */
function installDir(target: string, fill: (dir: string) => void): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  fs.mkdirSync(tmp);
  try {
    fill(tmp);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

function copyPack(from: string, to: string): void {
  installDir(to, (tmp) => {
    for (const name of fs.readdirSync(from)) fs.copyFileSync(path.join(from, name), path.join(tmp, name));
  });
}

/**
 * The default pack in `<dataDir>/voice/default`: kept if it was made from the same inputs, else copied from the
 * shared cache, else synthesised (about 1 s, once per machine and change of inputs).
 */
export async function ensureDefaultPack(dir: string, log: FastifyBaseLogger): Promise<PackIndex> {
  const hash = packInputsHash();
  const present = readIndex(dir, hash);
  if (present) return present;

  const shared = path.join(SHARED_CACHE, hash);
  if (readIndex(shared, hash)) {
    copyPack(shared, dir);
    return readIndex(dir, hash)!;
  }

  const started = Date.now();
  const clips = await synthesisePack(VOICE_CLIPS);
  const index: PackIndex = { hash, clips: {} };
  installDir(dir, (tmp) => {
    for (const c of clips) {
      fs.writeFileSync(path.join(tmp, `${c.key}.wav`), c.wav);
      index.clips[c.key] = { durationMs: c.durationMs, hash: contentHash(c.wav) };
    }
    fs.writeFileSync(path.join(tmp, 'pack.json'), JSON.stringify(index, null, 1));
  });
  log.info({ clips: clips.length, ms: Date.now() - started, dir }, 'default voice pack synthesised');
  try {
    copyPack(dir, shared);
    // Packs of earlier inputs are never read again.
    for (const old of fs.readdirSync(SHARED_CACHE)) if (old !== hash) fs.rmSync(path.join(SHARED_CACHE, old), { recursive: true, force: true });
  } catch (err) {
    log.debug({ err: (err as Error).message }, 'voice pack not cached beside node_modules');
  }
  return index;
}
