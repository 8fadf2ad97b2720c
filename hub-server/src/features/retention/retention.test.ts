/**
 * The scheduled purge on a real hub with a clock the test moves: a seeker's sealed identity and a closed
 * complaint's contact are kept for the periods content/retention.json names, removed the day after, and each
 * removal is in the audit log (actor "system", action "purge") with how many and the cut-off.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RetentionFile, checkCharacter } from '../../contract/index.ts';
import { readContentFile } from '../../infra/content.ts';
import { startTestHub } from '../../testing/test-hub.ts';

const DAY = 24 * 60 * 60 * 1000;
const ID = `44010619800101123${checkCharacter('44010619800101123')}`;

test('content names a period, what goes and why, for every kind', () => {
  const { periods } = readContentFile('content', 'retention.json', RetentionFile);
  for (const [kind, p] of Object.entries(periods)) {
    assert.ok(p.days > 0 && p.what.zh && p.what.en && p.why.zh && p.why.en, kind);
  }
});

test('kept for its period, removed after it, audited; the rest of the record stays', async () => {
  const start = new Date('2026-03-02T02:00:00Z');
  let clock = start;
  const hub = await startTestHub({ now: () => clock });
  try {
    const { periods } = readContentFile(hub.config.contentDir, 'retention.json', RetentionFile);
    const seeker = await hub.app.inject({
      method: 'POST', url: '/api/seekers',
      payload: { idNumber: ID, name: '陈晓东', phone: '13811112222', district: 'putuo', wantedOccupations: ['4-09-07-01'], consentToRecommend: true },
    });
    assert.is(seeker.statusCode, 201, seeker.body);
    const seekerId = seeker.json().seeker.id as string;
    const complaint = await hub.app.inject({
      method: 'POST', url: '/api/complaints',
      payload: { kind: 'wage-arrears', employerName: '某某劳务有限公司', description: '拖欠两个月工资未发放。', name: '刘强', phone: '13900005555' },
    });
    assert.is(complaint.statusCode, 201, complaint.body);
    const open = await hub.app.inject({
      method: 'POST', url: '/api/complaints', payload: { kind: 'other', employerName: '另一家公司', description: '仍在处理中的投诉。', phone: '13900006666' },
    });
    assert.is(open.statusCode, 201, open.body);
    const staff = await hub.login();
    const list = (await hub.app.inject({ method: 'GET', url: '/api/complaints', headers: staff })).json() as Array<{ id: string; refNo: string }>;
    const closedId = list.find((c) => c.refNo === complaint.json().refNo)!.id;
    const closed = await hub.app.inject({ method: 'POST', url: `/api/complaints/${closedId}/status`, headers: staff, payload: { status: 'closed' } });
    assert.is(closed.statusCode, 200, closed.body);

    const db = hub.app.hub.db;
    const identity = () => db.prepare('SELECT COUNT(*) FROM seeker_identity WHERE seeker_id = ?').pluck().get(seekerId) as number;
    const contact = (id: string) => db.prepare('SELECT name_sealed, phone_sealed, phone_masked FROM complaints WHERE id = ?').get(id) as Record<string, string | null>;
    const at = (days: number) => {
      clock = new Date(start.getTime() + days * DAY);
      return Object.fromEntries(hub.app.retention.run().filter((p) => p.kind !== 'form-personal-answers').map((p) => [p.kind, p.removed]));
    };
    const { 'seeker-identity': seekerDays, 'complaint-contact': complaintDays } = periods;
    assert.ok(seekerDays.days < complaintDays.days, 'the steps below assume the seeker\'s period ends first');

    // The last day of each period nothing goes; the day after, that kind goes, once.
    assert.equal(at(seekerDays.days - 1), { 'seeker-identity': 0, 'complaint-contact': 0 });
    assert.is(identity(), 1);
    assert.equal(at(seekerDays.days + 1), { 'seeker-identity': 1, 'complaint-contact': 0 });
    assert.is(identity(), 0);
    assert.equal(at(complaintDays.days - 1), { 'seeker-identity': 0, 'complaint-contact': 0 });
    assert.ok(contact(closedId).phone_sealed);
    assert.equal(at(complaintDays.days + 1), { 'seeker-identity': 0, 'complaint-contact': 1 });
    assert.equal(contact(closedId), { name_sealed: null, phone_sealed: null, phone_masked: null });
    const stillOpen = list.find((c) => c.refNo === open.json().refNo)!.id;
    assert.ok(contact(stillOpen).phone_sealed, 'a complaint still being handled keeps its contact');
    assert.equal(at(complaintDays.days + 2), { 'seeker-identity': 0, 'complaint-contact': 0 }, 'nothing left to remove');

    // What stays: the masked profile (no longer a candidate) and the case; the identity no longer signs in.
    const profile = db.prepare('SELECT id_masked, consent_recommend FROM seekers WHERE id = ?').get(seekerId) as { id_masked: string; consent_recommend: number };
    assert.equal(profile, { id_masked: `4401**********${ID.slice(14)}`, consent_recommend: 0 });
    assert.ok(db.prepare('SELECT COUNT(*) FROM complaint_events WHERE complaint_id = ?').pluck().get(closedId));
    const signIn = await hub.app.inject({ method: 'POST', url: '/api/seekers/sign-in', payload: { idNumber: ID, phoneLast4: '2222' } });
    assert.is(signIn.statusCode, 401, signIn.body);

    // Audited once per removal, with the count and the cut-off; the empty runs wrote nothing.
    const audit = (await hub.app.inject({ method: 'GET', url: '/api/audit?action=purge', headers: await hub.login() })).json() as { items: Array<Record<string, unknown>> };
    assert.equal(audit.items.map((e) => [e.actor, e.target]).sort(), [['system', 'complaint-contact'], ['system', 'seeker-identity']]);
    for (const e of audit.items) assert.match(String(e.detail), /^removed 1 .* last changed before \d{4}-\d\d-\d\dT/);
  } finally {
    await hub.close();
  }
});

test('a decided form keeps its reference, decision and open answers; its personal answers go after the period', async () => {
  const start = new Date('2026-03-02T02:00:00Z');
  let clock = start;
  const hub = await startTestHub({ now: () => clock });
  try {
    const { periods } = readContentFile(hub.config.contentDir, 'retention.json', RetentionFile);
    const days = periods['form-personal-answers'].days;
    const submit = async () => {
      const res = await hub.app.inject({
        method: 'POST', url: '/api/forms/dismissal-filing/submissions',
        payload: { serviceId: '7.1.5', version: 1, kioskId: 'kiosk-1', answers: {
          companyName: '宏达电子有限公司', creditCode: '91310115MA1K4ABC2X', contactName: '李敏', contactPhone: '13700001111',
          workers: [{ name: '张三', idNumber: ID, endDate: '2026-02-20', reason: 'expired', compensated: true }],
        } },
      });
      assert.is(res.statusCode, 201, res.body);
      return res.json() as { id: string; refNo: string; checkCode: string };
    };
    const decided = await submit();
    const pending = await submit();
    const staff = await hub.login();
    const approved = await hub.app.inject({ method: 'POST', url: `/api/forms/submissions/${decided.id}/actions`, headers: staff, payload: { action: 'approve', note: '已备案' } });
    assert.is(approved.statusCode, 200, approved.body);
    const sealed = (id: string) => JSON.parse(hub.app.hub.db.prepare('SELECT answers FROM form_submissions WHERE id = ?').pluck().get(id) as string).sealed as string | null;
    const run = (d: number) => {
      clock = new Date(start.getTime() + d * DAY);
      return hub.app.retention.run().find((p) => p.kind === 'form-personal-answers')!.removed;
    };

    assert.is(run(days - 1), 0);
    assert.ok(sealed(decided.id));
    assert.is(run(days + 1), 1, 'the decided one only');
    assert.is(sealed(decided.id), null);
    assert.ok(sealed(pending.id), 'a submission still undecided keeps its answers');
    // Staff still read the case: the company, the decision; the people in it are gone.
    const detail = (await hub.app.inject({ url: `/api/forms/submissions/${decided.id}`, headers: await hub.login() })).json();
    assert.is(detail.status, 'approved');
    assert.not.ok(JSON.stringify(detail.answers).includes('张'), JSON.stringify(detail.answers));
    // The applicant still looks the decision up with the reference and check code.
    const found = await hub.app.inject({ method: 'POST', url: '/api/status/lookup', payload: { refNo: decided.refNo, checkCode: decided.checkCode } });
    assert.is(found.statusCode, 200, found.body);
    assert.is(run(days + 2), 0, 'nothing left to remove');
  } finally {
    await hub.close();
  }
});

test.run();
