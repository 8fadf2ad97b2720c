import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VOICE_CLIPS } from '../../contract/index.ts';
import { chime, phonemes, splitOnSilence, synthesisePack } from './synth.ts';
import { readMono16, readWav } from './wav.ts';

// espeak's phoneme mnemonics: Mandarin syllables carry Chao tone numbers (55, 35, 214, 51). Debian's espeak-ng
// 1.51 gives "(en)kI55NTr'i:55" for 请 instead: English letters with a tone glued on.
test('the Mandarin voice reads the call words as Mandarin, with tones', async () => {
  const expected: Record<string, string> = {
    请: "tS;h'i214N_|", 号: "X'Au51_|", 到: "t'Au51_|", 零: "l'i35N_|", 一: "j'i55_|", 二: "'@r51_|", 三: "s'a55n_|",
    十: "s.'i.35_|", 百: "p'ai214_|", 办理: "pa51nl'i214_|",
  };
  const words = Object.keys(expected);
  const got = await phonemes('zh', [...words, '号窗口']);
  words.forEach((word, i) => assert.is(got[i], expected[word], word));
  const window = got.at(-1)!;
  assert.not.match(window, '(en)');
  assert.match(window, /ts\.hwA55N.*214/);
});

test('the English voice reads the English words', async () => {
  assert.equal(await phonemes('en', ['please go to window', 'Ticket']), ["pl'i:z g,oU t@ w'IndoU", "t'IkI2t"]);
});

test('a recording is cut at long digital silences only', () => {
  const rate = 1000;
  const s = new Float32Array(3000);
  s.fill(0.3, 100, 400); // word 1, with a short gap inside it
  s.fill(0, 200, 250);
  s.fill(0.3, 1200, 1500); // word 2, after 800 ms of silence
  const parts = splitOnSilence(s, rate, 600);
  assert.equal(parts.map((p) => p.length), [300, 300]);
});

test('the chime rings two notes and stays below full scale', () => {
  const c = chime(22050);
  const peak = c.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  assert.ok(peak > 0.4 && peak < 0.95, `peak ${peak}`);
  assert.ok(c.length / 22050 > 0.9 && c.length / 22050 < 1.2);
});

test('the default pack has one short, non-silent WAV per catalogue key', async () => {
  const pack = await synthesisePack(VOICE_CLIPS);
  assert.equal(pack.map((c) => c.key), VOICE_CLIPS.map((c) => c.key));
  for (const clip of pack) {
    const info = readWav(clip.wav);
    assert.is(info.durationMs, clip.durationMs, clip.key);
    assert.ok(clip.durationMs >= 150 && clip.durationMs <= 1500, `${clip.key} lasts ${clip.durationMs} ms`);
    const peak = readMono16(clip.wav).samples.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    assert.ok(peak > 0.4, `${clip.key} peaks at ${peak}`);
  }
});

test.run();
