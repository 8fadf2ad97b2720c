/**
 * The card-reader agent with each of its readers: the demo's simulator, a resident ID card reader speaking
 * the SAM protocol and a social-security card reader speaking CCID over serial, both scripted on the far side
 * of a pseudo-terminal the agent opens like a serial port. The identity reaches only the kiosk the reader
 * serves, only while it waits, and only masked.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CardAwaitResult, KIOSK_KEY_HEADER } from '@jobhall/hub-server/contract';
import { KioskKeys } from '@jobhall/hub-server/kiosk-keys';
import { eventually, startTestHub, type TestHub } from '@jobhall/hub-server/testing';
import { jsonLog } from '../agent/log.ts';
import { FakeCcidReader } from '../testing/fake-ccid-reader.ts';
import { FakeSamReader } from '../testing/fake-sam-reader.ts';
import { PtyPair } from '../testing/pty-pair.ts';
import { CardReaderAgent } from './card-reader-agent.ts';
import { SimCardReader, type CardReader } from './readers.ts';
import { SerialCcidReader } from './serial-ccid-reader.ts';
import { SerialIdCardReader } from './serial-id-card-reader.ts';

let hub: TestHub;
let key: string;
const log = jsonLog('cardreader-1', 'silent');

test.before(async () => {
  hub = await startTestHub();
  key = KioskKeys.load(hub.dataDir, ['kiosk-1']).key('kiosk-1')!;
});
test.after(async () => {
  await hub.close();
});

async function withAgent<T>(reader: CardReader, body: (agent: CardReaderAgent) => Promise<T>): Promise<T> {
  const agent = new CardReaderAgent({
    connection: { url: `mqtt://127.0.0.1:${hub.app.hub.broker.port}`, hall: hub.app.hub.hall, deviceId: 'cardreader-1', password: hub.app.hub.broker.credentials!.devices['cardreader-1']! },
    reader, log,
  });
  await agent.start();
  await agent.ready();
  try {
    return await body(agent);
  } finally {
    await agent.stop();
  }
}

/** The kiosk page waiting for a card, as its sign-in screen does. */
const awaitCard = (waitMs: number) =>
  hub.app.inject({ method: 'POST', url: `/api/kiosks/kiosk-1/card/await?waitMs=${waitMs}`, headers: { [KIOSK_KEY_HEADER]: key } })
    .then((r) => CardAwaitResult.parse(r.json()));

test('simulator: a card placed while no kiosk waits is not read; it is read once the kiosk waits, masked', async () => {
  const sim = new SimCardReader();
  await withAgent(sim, async (agent) => {
    sim.place({ card: 'id-card', idNumber: '11010519491231002X', name: '张伟' });
    await new Promise((r) => setTimeout(r, 300));
    assert.is(agent.reading, false);
    assert.equal(await awaitCard(0), { result: 'none' }, 'nothing reached the hub');
    const res = await awaitCard(5000);
    assert.is(res.result, 'unregistered');
    if (res.result !== 'unregistered') return;
    assert.is(res.idMasked, '1101**********002X');
    assert.is(res.nameMasked, '张*');
    assert.not.match(JSON.stringify(res), '11010519491231002X');
    await eventually(() => !agent.reading, 8000, 'reading off once the kiosk stopped waiting');
  });
});

test('resident ID card reader (SAM protocol over a serial line): find, select, read base info', async () => {
  const pty = await new PtyPair().open();
  const fake = new FakeSamReader(pty);
  try {
    await withAgent(new SerialIdCardReader({ path: pty.path, pollMs: 100, log }), async () => {
      fake.card = { name: '王芳', gender: '2', nation: '01', birth: '19800101', address: '上海市浦东新区', idNumber: '110105198001010024', issuer: '上海市公安局', validFrom: '20200101', validTo: '20400101' };
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(fake.asked, [], 'no kiosk waiting: the reader is not even asked to look');
      const res = await awaitCard(5000);
      assert.is(res.result, 'unregistered');
      if (res.result === 'unregistered') {
        assert.is(res.idMasked, '1101**********0024');
        assert.is(res.nameMasked, '王*');
      }
      assert.equal(fake.asked.slice(0, 3), ['2001', '2002', '3001']);
      // The same card left lying on the reader is not read again for the next person.
      const again = await awaitCard(800);
      assert.is(again.result, 'none');
    });
  } finally {
    await pty.close();
  }
});

test('social-security card reader (CCID over serial, T=0 card): the holder\'s number and name from EF06', async () => {
  const pty = await new PtyPair().open();
  const fake = new FakeCcidReader(pty);
  try {
    await withAgent(new SerialCcidReader({ path: pty.path, pollMs: 100, log }), async () => {
      fake.insert({ idNumber: '11010519491231002X', name: '欧阳建国' });
      const res = await awaitCard(5000);
      assert.is(res.result, 'unregistered');
      if (res.result === 'unregistered') {
        assert.is(res.idMasked, '1101**********002X');
        assert.is(res.nameMasked, '欧***');
      }
      assert.ok(fake.apdus.some((a) => a.startsWith('00a404000f7378312e73682e')), 'the social-security environment selected by name');
      assert.ok(fake.apdus.includes('00c0000014'), 'the T=0 answer fetched with GET RESPONSE');
      fake.remove();
    });
  } finally {
    await pty.close();
  }
});

test.run();
