import { Manifest, manifestUrl, mediaUrl, type ManifestRef, type MediaRef } from '@jobhall/hub-server/contract';

/**
 * Manifests and media in the browser's Cache Storage, by their SHA-256: fetched once, checked against the
 * name they were asked for, and from then on served by the service worker (sw.ts) with or without the hub.
 */
export const CONTENT_CACHE = 'jobhall-signage-content';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class ContentError extends Error {}

/**
 * The bytes of `url`, from the cache or else the hub, checked against `sha256`; cached once they check. A
 * cached file went in checked; only a small one (a manifest) is checked again, a video is not read whole.
 */
async function checked(url: string, sha256: string, cache: Cache, recheck: boolean): Promise<ArrayBuffer | null> {
  const hit = await cache.match(url);
  if (hit && !recheck) return null;
  if (hit) {
    const bytes = await hit.arrayBuffer();
    if ((await sha256Hex(bytes)) === sha256) return bytes;
    await cache.delete(url); // damaged on disk: fetched again
  }
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-store' });
  } catch {
    throw new ContentError(`cannot reach the hub for ${url}`);
  }
  if (!res.ok) throw new ContentError(`${url}: HTTP ${res.status}`);
  const bytes = await res.arrayBuffer();
  const got = await sha256Hex(bytes);
  if (got !== sha256) throw new ContentError(`${url}: its bytes hash to ${got.slice(0, 12)}…, not what was asked for`);
  await cache.put(url, new Response(bytes, { headers: { 'content-type': res.headers.get('content-type') ?? 'application/octet-stream', 'content-length': String(bytes.byteLength) } }));
  return bytes;
}

export async function loadManifest(ref: Pick<ManifestRef, 'sha256'>): Promise<Manifest> {
  const cache = await caches.open(CONTENT_CACHE);
  const bytes = (await checked(manifestUrl(ref.sha256), ref.sha256, cache, true))!;
  const parsed = Manifest.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
  if (!parsed.success) throw new ContentError(`manifest ${ref.sha256.slice(0, 12)}…: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Every media file of a manifest, downloaded and checked; two at a time, so a big video does not starve the rest. */
export async function loadMedia(media: readonly MediaRef[]): Promise<void> {
  const cache = await caches.open(CONTENT_CACHE);
  const queue = [...media];
  const worker = async () => {
    for (let m = queue.shift(); m; m = queue.shift()) await checked(mediaUrl(m.sha256), m.sha256, cache, false);
  };
  await Promise.all([worker(), worker()]);
}

/** Whether everything of a manifest is on this screen (a reload with the hub away). */
export async function complete(m: Manifest): Promise<boolean> {
  const cache = await caches.open(CONTENT_CACHE);
  for (const f of m.media) if (!(await cache.match(mediaUrl(f.sha256)))) return false;
  return true;
}

/** Keeps the manifests and media of the revisions named, and drops the rest. */
export async function keepOnly(manifests: readonly Manifest[], refs: readonly string[]): Promise<void> {
  const cache = await caches.open(CONTENT_CACHE);
  const keep = new Set([...refs.map((sha) => new URL(manifestUrl(sha), location.href).href), ...manifests.flatMap((m) => m.media.map((f) => new URL(mediaUrl(f.sha256), location.href).href))]);
  for (const req of await cache.keys()) if (!keep.has(req.url)) await cache.delete(req);
}
