import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { WavProblem, readMono16, readWav, writeWav } from './wav.ts';

function tone(ms: number, rate = 22050): Float32Array {
  return Float32Array.from({ length: Math.round((ms / 1000) * rate) }, (_, i) => 0.5 * Math.sin(i / 5));
}

function problem(bytes: Uint8Array): string {
  try {
    readWav(bytes);
  } catch (err) {
    if (err instanceof WavProblem) return err.message;
    throw err;
  }
  return 'no problem';
}

test('a written WAV reads back with its format, duration and samples', () => {
  const wav = writeWav(tone(500), 22050);
  const info = readWav(wav);
  assert.equal({ rate: info.sampleRate, ch: info.channels, bits: info.bitsPerSample, ms: info.durationMs }, { rate: 22050, ch: 1, bits: 16, ms: 500 });
  const back = readMono16(wav).samples;
  assert.ok(Math.abs(back[100]! - 0.5 * Math.sin(20)) < 1e-4);
});

test('chunks before fmt and an odd-sized chunk (with its pad byte) are skipped', () => {
  const wav = writeWav(tone(100, 16000), 16000);
  const extra = new Uint8Array([...new TextEncoder().encode('LIST'), 3, 0, 0, 0, 1, 2, 3, 0]);
  const out = new Uint8Array(wav.length + extra.length);
  out.set(wav.subarray(0, 12));
  out.set(extra, 12);
  out.set(wav.subarray(12), 12 + extra.length);
  assert.is(readWav(out).durationMs, 100);
});

test('what is not a playable PCM WAV is named by the part that is wrong', () => {
  assert.match(problem(new TextEncoder().encode('ID3\x03 an mp3 file')), /^body: not a WAV file/);
  const float = writeWav(tone(100), 22050);
  new DataView(float.buffer).setUint16(20, 3, true);
  assert.match(problem(float), /^body\.fmt\.audioFormat: must be uncompressed PCM \(1\), got 3 \(floating point\)/);
  const rate = writeWav(tone(100), 22050);
  new DataView(rate.buffer).setUint32(24, 96000, true);
  assert.match(problem(rate), /^body\.fmt\.sampleRate/);
  const six = writeWav(tone(100), 22050);
  new DataView(six.buffer).setUint16(22, 6, true);
  assert.match(problem(six), /^body\.fmt\.channels/);
  const wav = writeWav(tone(100), 22050);
  assert.match(problem(wav.subarray(0, 200)), /^body\.data: is truncated/);
  assert.match(problem(wav.subarray(0, 36)), /^body\.data: chunk missing/);
  assert.match(problem(writeWav(new Float32Array(0), 22050)), /^body\.data: has no samples/);
});

test('a streaming writer\'s unknown data size means "to the end of the file"', () => {
  const wav = writeWav(tone(250, 8000), 8000);
  new DataView(wav.buffer).setUint32(40, 0xffffffff, true);
  assert.is(readWav(wav).durationMs, 250);
});

test.run();
