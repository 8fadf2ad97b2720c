import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_CLIP_BYTES, VOICE_CLIPS, VoiceClipInfo, VoiceManifest } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { readWav, writeWav } from './wav.ts';

let hub: TestHub;
let staff: Record<string, string>;
test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => {
  await hub.close();
});

const beep = (ms: number, rate = 16000) => writeWav(Float32Array.from({ length: Math.round((ms / 1000) * rate) }, (_, i) => 0.4 * Math.sin(i / 3)), rate);

async function manifest(): Promise<VoiceManifest> {
  const res = await hub.app.inject({ method: 'GET', url: '/api/voice/manifest' });
  assert.is(res.statusCode, 200, res.body);
  return VoiceManifest.parse(res.json());
}

function upload(key: string, body: Uint8Array | string, headers: Record<string, string> = staff, type = 'audio/wav') {
  return hub.app.inject({ method: 'PUT', url: `/api/voice/clips/${key}`, headers: { ...headers, 'content-type': type }, payload: Buffer.from(body) });
}

test('the manifest lists every clip of the catalogue with its URL and duration, from the default pack', async () => {
  const m = await manifest();
  assert.equal(m.clips.map((c) => c.key), VOICE_CLIPS.map((c) => c.key));
  assert.ok(m.clips.every((c) => c.source === 'default' && c.durationMs > 0 && c.url === `/api/voice/clips/${c.key}?v=${c.hash}`));
  assert.is(m.clips.find((c) => c.key === 'zh-hao-chuangkou')?.text, '号窗口');
});

test('a clip is served as audio/wav, cacheable for good only under its current hash', async () => {
  const info = (await manifest()).clips.find((c) => c.key === 'zh-qing')!;
  const res = await hub.app.inject({ method: 'GET', url: info.url });
  assert.is(res.statusCode, 200);
  assert.is(res.headers['content-type'], 'audio/wav');
  assert.match(String(res.headers['cache-control']), 'immutable');
  assert.is(readWav(res.rawPayload).durationMs, info.durationMs);
  const unpinned = await hub.app.inject({ method: 'GET', url: '/api/voice/clips/zh-qing' });
  assert.is(unpinned.headers['cache-control'], 'no-cache');
  assert.is(unpinned.headers.etag, `"${info.hash}"`);
});

test('the default pack lives in the data folder and a restart keeps it as it is', async () => {
  const index = path.join(hub.dataDir, 'voice/default/pack.json');
  const before = fs.statSync(index).mtimeMs;
  const again = await startTestHub({ dataDir: hub.dataDir, keepData: true });
  try {
    const res = await again.app.inject({ method: 'GET', url: '/api/voice/manifest' });
    assert.is(res.statusCode, 200);
  } finally {
    await again.close();
  }
  assert.is(fs.statSync(index).mtimeMs, before);
  assert.is(fs.readdirSync(path.join(hub.dataDir, 'voice/default')).filter((f) => f.endsWith('.wav')).length, VOICE_CLIPS.length);
});

test('staff replace a clip, screens get a new URL and the new sound, and revert brings the default back', async () => {
  const before = (await manifest()).clips.find((c) => c.key === 'zh-3')!;
  const wav = beep(700);
  const res = await upload('zh-3', wav);
  assert.is(res.statusCode, 200, res.body);
  const info = VoiceClipInfo.parse(res.json());
  assert.equal([info.source, info.durationMs], ['custom', 700]);
  assert.is.not(info.url, before.url);
  const m = await manifest();
  assert.equal(m.clips.find((c) => c.key === 'zh-3'), info);
  assert.ok(fs.existsSync(path.join(hub.dataDir, 'voice/custom/zh-3.wav')));
  const served = await hub.app.inject({ method: 'GET', url: info.url });
  assert.equal(new Uint8Array(served.rawPayload), wav);

  const del = await hub.app.inject({ method: 'DELETE', url: '/api/voice/clips/zh-3', headers: staff });
  assert.is(del.statusCode, 200);
  assert.equal(VoiceClipInfo.parse(del.json()), before);
  assert.equal((await manifest()).clips.find((c) => c.key === 'zh-3'), before);
});

test('only signed-in staff with the CSRF token may change the pack', async () => {
  assert.is((await upload('zh-3', beep(300), {})).statusCode, 401);
  assert.is((await upload('zh-3', beep(300), { cookie: staff.cookie! })).statusCode, 403);
  assert.is((await hub.app.inject({ method: 'DELETE', url: '/api/voice/clips/zh-3' })).statusCode, 401);
});

test('uploads that are not a short PCM WAV are refused with the field named', async () => {
  const issue = async (res: Awaited<ReturnType<typeof upload>>, status: number) => {
    assert.is(res.statusCode, status, res.body);
    return (res.json() as { issues: Array<{ path: string; message: string }> }).issues[0]!;
  };
  assert.is((await issue(await upload('zh-3', 'ID3 not a wav'), 422)).path, 'body');
  const float = beep(200);
  new DataView(float.buffer).setUint16(20, 3, true);
  assert.equal(await issue(await upload('zh-3', float), 422), { path: 'body.fmt.audioFormat', message: 'must be uncompressed PCM (1), got 3 (floating point)' });
  assert.is((await issue(await upload('zh-3', beep(11_000, 8000)), 422)).path, 'body.data');
  assert.is((await issue(await upload('zh-3', beep(MAX_CLIP_BYTES / 32 + 1000, 16000)), 413)).path, 'body');
  assert.is((await issue(await upload('zh-3', '{"a":1}', staff, 'application/json'), 415)).path, 'headers.content-type');
  const unknown = await upload('zh-ten-thousand', beep(200));
  assert.is(unknown.statusCode, 400);
  assert.match(unknown.json().message, 'params.key');
  assert.not.ok(fs.existsSync(path.join(hub.dataDir, 'voice/custom/zh-3.wav')));
});

test('a broken file copied into the custom folder by hand is ignored, not played', async () => {
  fs.mkdirSync(path.join(hub.dataDir, 'voice/custom'), { recursive: true });
  fs.writeFileSync(path.join(hub.dataDir, 'voice/custom/zh-banli.wav'), 'not audio');
  fs.writeFileSync(path.join(hub.dataDir, 'voice/custom/zh-dao.wav'), beep(400));
  const m = await manifest();
  assert.is(m.clips.find((c) => c.key === 'zh-banli')?.source, 'default');
  assert.equal([m.clips.find((c) => c.key === 'zh-dao')?.source, m.clips.find((c) => c.key === 'zh-dao')?.durationMs], ['custom', 400]);
});

test.run();
