import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_SAY_CHARS } from '../../contract/index.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { SpeechCache } from './speech.ts';
import { readWav } from './wav.ts';

let hub: TestHub;
test.before(async () => {
  hub = await startTestHub();
});
test.after(async () => {
  await hub.close();
});

const say = (payload: unknown) => hub.app.inject({ method: 'POST', url: '/api/voice/say', payload: payload as object });

test('a short Mandarin text comes back as a PCM WAV lasting as long as the words', async () => {
  const res = await say({ lang: 'zh', text: '请选择您要办理的业务' });
  assert.is(res.statusCode, 200, res.body);
  assert.is(res.headers['content-type'], 'audio/wav');
  const wav = readWav(res.rawPayload);
  assert.is(wav.channels, 1);
  assert.is(wav.bitsPerSample, 16);
  assert.is(wav.sampleRate, 22050);
  // Ten syllables at a hall's pace: more than a second, far less than ten.
  assert.ok(wav.durationMs > 1000 && wav.durationMs < 10_000, `${wav.durationMs} ms`);
  assert.is(res.headers['x-speech-duration-ms'], String(wav.durationMs));
});

test('the same text again is the same audio, from memory; another text or language is synthesised', async () => {
  const text = '找工作';
  const first = await say({ lang: 'zh', text });
  assert.is(first.statusCode, 200);
  const again = await say({ lang: 'zh', text });
  assert.is(again.statusCode, 200);
  assert.is(again.headers.etag, first.headers.etag);
  assert.ok(Buffer.compare(again.rawPayload, first.rawPayload) === 0);
  const english = await say({ lang: 'en', text: 'Find a job' });
  assert.is(readWav(english.rawPayload).channels, 1);
  assert.is.not(english.headers.etag, first.headers.etag);
});

test('the cache counts a hit for a repeat and evicts the least recently used clip past its size', async () => {
  let made = 0;
  const fake = async (_lang: 'zh' | 'en', text: string) => ({ wav: new Uint8Array(100).fill(text.length), durationMs: 10 });
  const cache = new SpeechCache(250, async (l, t) => (made++, fake(l, t)));
  await cache.say('zh', 'a');
  await cache.say('zh', 'a');
  assert.equal(cache.counts, { hits: 1, syntheses: 1 });
  await cache.say('zh', 'bb');
  await cache.say('zh', 'a'); // a is now the most recently used
  await cache.say('zh', 'ccc'); // 300 bytes > 250: bb goes
  assert.equal(cache.size, { clips: 2, bytes: 200 });
  assert.ok(cache.cached('zh', 'a'));
  assert.is(cache.cached('zh', 'bb'), null);
  assert.is(made, 3);
  // Asked twice at once, said once.
  await Promise.all([cache.say('en', 'dddd'), cache.say('en', 'dddd')]);
  assert.is(made, 4);
});

test('bad input is refused with a 400 naming body.text or body.lang, and nothing is synthesised', async () => {
  for (const [payload, path] of [
    [{ lang: 'zh', text: '' }, 'body.text'],
    [{ lang: 'zh', text: '   ' }, 'body.text'],
    [{ lang: 'zh', text: '长'.repeat(MAX_SAY_CHARS + 1) }, 'body.text'],
    [{ lang: 'zh' }, 'body.text'],
    [{ lang: 'fr', text: 'bonjour' }, 'body.lang'],
  ] as const) {
    const res = await say(payload);
    assert.is(res.statusCode, 400, `${JSON.stringify(payload).slice(0, 60)}: ${res.body.slice(0, 200)}`);
    assert.is(res.json().issues[0].path, path);
  }
});

test('what is said never reaches the log, even at trace level and when the request is refused', async () => {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-say-log-'));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', MQTT_PORT: '0', PUBLIC_URL: 'http://hall.test' });
  const app = await buildApp(config, { logger: { level: 'trace', stream } });
  try {
    const secret = '王小明的电话';
    const ok = await app.inject({ method: 'POST', url: '/api/voice/say', payload: { lang: 'zh', text: secret } });
    assert.is(ok.statusCode, 200);
    const refused = await app.inject({ method: 'POST', url: '/api/voice/say', payload: { lang: 'zh', text: secret.repeat(50) } });
    assert.is(refused.statusCode, 400);
    assert.ok(lines.length > 0, 'the hub did log');
    assert.not.ok(lines.some((l) => l.includes('王小明')), lines.filter((l) => l.includes('王小明')).join('\n'));
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test.run();
