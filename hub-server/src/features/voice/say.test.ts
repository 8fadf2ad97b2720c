import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_SAY_CHARS } from '../../contract/index.ts';
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

test.run();
