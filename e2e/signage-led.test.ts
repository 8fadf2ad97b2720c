/**
 * LED boards as signage sees them, against both brokers: the ticker the schedule gives the lobby's board and an
 * emergency alert go through the call-screen agent into the board's RAM areas (never its flash), each
 * acknowledged; the board's view comes back to the hub for the admin's simulated board.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AlertView, LedBoardView } from '@jobhall/hub-server/contract';
import { eventually, startTestHall, stopOwnMosquitto, type BrokerKind, type TestHall } from './hall.ts';

function ledSuite(kind: BrokerKind) {
  const s = suite(`LED boards, ${kind} broker`);
  let hall: TestHall;

  s.before(async () => {
    hall = await startTestHall(kind);
  });
  s.after(async () => {
    await hall.close();
  });

  s('the lobby board scrolls the ticker its schedule gives it, from RAM', async () => {
    await eventually(() => hall.board.view().ticker?.includes('大厅服务时间'), 5000, 'the seeded ticker on the board');
    const staff = await hall.hub.login();
    const boards = await eventually(async () => {
      const list = (await hall.hub.app.inject({ method: 'GET', url: '/api/signage/led-boards', headers: staff })).json() as Array<{ deviceId: string; screenId: string; view: LedBoardView | null }>;
      return list.find((b) => b.deviceId === 'callscreen-1' && b.view?.ticker) ? list : undefined;
    }, 5000, 'the board view at the hub');
    const board = boards.find((b) => b.deviceId === 'callscreen-1')!;
    assert.is(board.screenId, 'led-windows');
    assert.ok(board.view!.ramWrites > 0);
    assert.is(board.view!.flashWrites, 0);
  });

  s('an exercise alert takes the board over, says it is a drill, is acknowledged, and clears on cancel', async () => {
    const staff = await hall.hub.login();
    const res = await hall.hub.app.inject({
      method: 'POST', url: '/api/signage/alerts', headers: staff,
      payload: {
        status: 'exercise', msgType: 'alert', severity: 'extreme', urgency: 'immediate', headline: { zh: '消防演练', en: 'Fire drill' },
        instruction: { zh: '请从最近的出口离开', en: 'Leave by the nearest exit' }, expires: new Date(Date.now() + 600_000).toISOString(), zones: ['lobby'],
      },
    });
    assert.is(res.statusCode, 201);
    const { id } = res.json() as { id: string };
    await eventually(() => hall.board.view().alert?.startsWith('【演练 EXERCISE】消防演练'), 3000, 'the drill on the board');
    assert.equal(hall.board.view().windows, [], 'exclusive: nothing else on the board');
    const view = await eventually(async () => {
      const v = (await hall.hub.app.inject({ method: 'GET', url: `/api/signage/alerts/${id}`, headers: staff })).json() as AlertView;
      return v.acks.find((a) => a.screenId === 'led-windows')?.state === 'acknowledged' ? v : undefined;
    }, 3000, 'the board acknowledged');
    assert.is(view.acks.find((a) => a.screenId === 'led-windows')!.kind, 'led');
    await hall.hub.app.inject({ method: 'POST', url: `/api/signage/alerts/${id}/cancel`, headers: staff });
    await eventually(() => hall.board.view().alert === null, 3000, 'cleared');
    assert.is(hall.board.view().flashWrites, 0);
  });

  return s;
}

ledSuite('embedded').run();
const mosquitto = ledSuite('mosquitto');
mosquitto.after(async () => {
  await stopOwnMosquitto();
});
mosquitto.run();
