import { performance } from 'node:perf_hooks';
import { startTestHub } from '@jobhall/hub-server/testing';
import { m } from '../../kiosk-ui/src/messages.ts';
import { jm } from '../../kiosk-ui/src/jobs/messages.ts';
import { BENCH_ENV, percentile, type BenchRow } from './table.ts';

const REPEATS = 10;

/**
 * 语音 at the kiosk over loopback HTTP: what a screen's words cost the first time they are said (espeak-ng
 * WASM on the hub), and every time after (the memory cache). The texts are the kiosk's own labels, in both
 * languages, as speech mode sends them.
 */
export async function benchSpeech(): Promise<BenchRow[]> {
  const texts = [...Object.values(m), ...Object.values(jm)].slice(0, 20).flatMap((x) => [{ lang: 'zh', text: x.zh }, { lang: 'en', text: x.en }]);
  const hub = await startTestHub({ listen: true, env: BENCH_ENV });
  try {
    const say = async (body: { lang: string; text: string }) => {
      const t0 = performance.now();
      const res = await fetch(`${hub.baseUrl}/api/voice/say`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status !== 200) throw new Error(`say ${body.text}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      return performance.now() - t0;
    };
    const first: number[] = [];
    for (const x of texts) first.push(await say(x));
    const cached: number[] = [];
    for (let i = 0; i < REPEATS; i++) for (const x of texts) cached.push(await say(x));
    return [
      { area: 'speech', name: 'say: first synthesis p50', value: percentile(first, 50), unit: 'ms', note: `${texts.length} kiosk labels (zh + en), espeak-ng WASM, request → whole WAV; the first also compiles the 18 MB WASM module` },
      { area: 'speech', name: 'say: first synthesis p95', value: percentile(first, 95), unit: 'ms' },
      { area: 'speech', name: 'say: cached p50', value: percentile(cached, 50), unit: 'ms', note: `${cached.length} repeats from the memory cache` },
      { area: 'speech', name: 'say: cached p95', value: percentile(cached, 95), unit: 'ms' },
    ];
  } finally {
    await hub.close();
  }
}
