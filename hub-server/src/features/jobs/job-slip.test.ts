import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { JobDetail } from '../../contract/index.ts';
import { startTestHub } from '../../testing/test-hub.ts';
import { jobSlip } from './job-slip.ts';

const text = (doc: ReturnType<typeof jobSlip>) => doc.blocks.map((b) => (b.type === 'text' ? b.text : b.type === 'qr' ? `[qr ${b.data}]` : '')).join('\n');

test('a job slip carries the work, the employer, where, whom to call, the pay per day, and a QR to the phone page', async () => {
  const hub = await startTestHub();
  try {
    const created = await hub.app.inject({
      method: 'POST', url: '/api/vacancies',
      payload: {
        title: '搬运工（日结）', employerName: '上海测试物流有限公司', description: '仓库货物装卸搬运，按天结算工资，包午饭。', district: 'jiading',
        payMin: 4350, payMax: 5438, payPeriod: 'daily', headcount: 3, contactPhone: '13700137000', contactName: '李经理', address: '嘉定区测试路 8 号', meals: true,
      },
    });
    const id = created.json().id as number;
    const staff = await hub.login();
    const res = await hub.app.inject({ method: 'POST', url: `/api/jobs/${id}/slip`, payload: { kioskId: 'kiosk-1' } });
    assert.is(res.statusCode, 404, 'a vacancy not yet published prints for nobody');
    assert.ok(res.json().text.zh, 'with a sentence for the kiosk');
    await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: staff, payload: {} });
    const printed = await hub.app.inject({ method: 'POST', url: `/api/jobs/${id}/slip`, payload: { kioskId: 'kiosk-1' } });
    assert.is(printed.statusCode, 202, printed.body);
    assert.ok(hub.app.printing.get(printed.json().jobId), 'a print job is on its way to the kiosk printer');
    const unknown = await hub.app.inject({ method: 'POST', url: `/api/jobs/${id}/slip`, payload: { kioskId: 'kiosk-99' } });
    assert.is(unknown.statusCode, 422);
    assert.is(unknown.json().issues[0].path, 'body.kioskId');

    const job = JobDetail.parse((await hub.app.inject({ method: 'GET', url: `/api/jobs/${id}` })).json());
    const slip = text(jobSlip({ hallName: { zh: '测试大厅', en: 'Test hall' }, job, where: job.address!, issuedAt: new Date(), timeZone: 'Asia/Shanghai' }));
    for (const part of ['搬运工（日结）', '上海测试物流有限公司', '嘉定区测试路 8 号', '李经理 13700137000', '200–250 元/天', '包吃', `[qr ${job.url}]`]) {
      assert.ok(slip.includes(part), `${part} on the slip:\n${slip}`);
    }
    assert.not.ok(slip.includes('元/月'), 'a daily wage is not printed per month');
  } finally {
    await hub.close();
  }
});

test.run();
