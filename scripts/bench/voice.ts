import { performance } from 'node:perf_hooks';
import type { Page } from 'puppeteer-core';
import { startTestHub, type TestHub } from '@jobhall/hub-server/testing';
import { CounterActionResult, Ticket, VOICE_CLIPS, type CallEvent } from '@jobhall/hub-server/contract';
import { synthesisePack } from '../../hub-server/src/features/voice/synth.ts';
import { announcementKeys } from '../../signage-ui/src/voice/phrases.ts';
import { launchBrowser } from '../../e2e/browser.ts';
import { BENCH_ENV, percentile, type BenchRow } from './table.ts';

const CALLS = 50;
const BURST = 4;

type Clip = NonNullable<Window['__jobhallAudio']>[number];

async function openSignage(hub: TestHub, page: Page, query: string): Promise<number> {
  const t0 = performance.now();
  await page.goto(`${hub.baseUrl}/signage/${query}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__jobhallVoice?.ready === true, { timeout: 30_000, polling: 10 });
  return performance.now() - t0;
}

/**
 * Spoken calls in Chromium on loopback: call (counter API) → first clip fed to Web Audio, and whether a burst of
 * quick calls is spoken strictly one after the other. Headless Chromium plays into a null sink in real time.
 */
export async function benchVoice(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const t = performance.now();
  await synthesisePack(VOICE_CLIPS);
  rows.push({ area: 'voice', name: 'default pack synthesis (cold)', value: performance.now() - t, unit: 'ms', note: `${VOICE_CLIPS.length} clips, espeak-ng WASM; once per machine, then cached by input hash` });

  const hub = await startTestHub({ listen: true, env: BENCH_ENV });
  const chrome = await launchBrowser();
  try {
    const staff = await hub.login();
    const post = async (path: string): Promise<CallEvent | null> => {
      const res = await fetch(`${hub.baseUrl}${path}`, { method: 'POST', headers: staff });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return CounterActionResult.parse(await res.json()).call;
    };
    await post('/api/counters/counter-3/sign-in');
    for (let i = 0; i < CALLS + BURST; i++) {
      Ticket.parse((await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '3.1.2' } })).json());
    }

    // call → first audio. The first-audio time does not depend on how long an announcement is, so this page
    // says only the chime (?zhRepeat=0&english=0) and each call finds the queue idle: 50 calls in about a minute.
    let page = await chrome.browser.newPage();
    const preload = await openSignage(hub, page, '?zhRepeat=0&english=0');
    rows.push({ area: 'voice', name: 'signage start → pack preloaded', value: preload, unit: 'ms', note: `manifest + ${VOICE_CLIPS.length} clips fetched and decoded` });
    const first: number[] = [];
    let latency = 0;
    for (let i = 0; i < CALLS; i++) {
      const t0 = Date.now();
      const call = (await post('/api/counters/counter-3/call-next'))!;
      const clip = (await (await page.waitForFunction(
        (s) => window.__jobhallAudio!.find((c) => c.seq === s),
        { polling: 5, timeout: 10_000 }, call.seq,
      )).jsonValue()) as Clip;
      first.push(clip.at - t0);
      latency = clip.outputLatencyMs;
      await page.waitForFunction((s) => window.__jobhallAudio!.find((c) => c.seq === s)?.end && window.__jobhallVoice?.state === 'idle', { polling: 20, timeout: 10_000 }, call.seq);
    }
    rows.push(
      { area: 'voice', name: 'call → first audio p50', value: percentile(first, 50), unit: 'ms', note: `${CALLS} calls, counter API → MQTT/WS → Web Audio start; + ${latency} ms output latency reported by Chromium` },
      { area: 'voice', name: 'call → first audio p95', value: percentile(first, 95), unit: 'ms', target: '≤ 1000 ms', ok: percentile(first, 95) <= 1000 },
    );
    await page.close();

    // A burst with the full default announcement: every clip must start after the previous one ended.
    page = await chrome.browser.newPage();
    await openSignage(hub, page, '');
    const t0 = Date.now();
    const burst: CallEvent[] = [];
    for (let i = 0; i < BURST; i++) burst.push((await post('/api/counters/counter-3/call-next'))!);
    const posted = Date.now() - t0;
    const want = burst.flatMap((c) => announcementKeys(c).map((key) => `${c.seq}:${key}`));
    await page.waitForFunction((n) => window.__jobhallAudio!.filter((c) => c.end).length >= n && window.__jobhallVoice?.state === 'idle', { polling: 50, timeout: BURST * 30_000 }, want.length);
    const fed = (await page.evaluate(() => window.__jobhallAudio!)) as Clip[];
    let overlaps = 0;
    for (let i = 1; i < fed.length; i++) if (fed[i]!.at < fed[i - 1]!.end!) overlaps++;
    const inOrder = JSON.stringify(fed.map((c) => `${c.seq}:${c.key}`)) === JSON.stringify(want);
    const spoken = (fed.at(-1)!.end! - fed[0]!.at) / 1000;
    rows.push(
      { area: 'voice', name: 'overlapping clips in a burst', value: overlaps, unit: 'count', target: '0', ok: overlaps === 0 && inOrder, note: `${BURST} calls posted within ${posted} ms; ${fed.length} clips ${inOrder ? 'all in order' : 'NOT in the expected order'}` },
      { area: 'voice', name: 'burst spoken in', value: spoken, unit: 's', note: `${(spoken / BURST).toFixed(1)} s per call: chime, Mandarin ×2, English` },
    );
  } finally {
    await chrome.close();
    await hub.close();
  }
  return rows;
}
