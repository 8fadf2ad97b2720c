import crypto from 'node:crypto';
import type { z } from 'zod';
import type { Complaint, ComplaintPublicStatus, ComplaintReceipt, CreateComplaintBody, TrackedItem } from '../../contract/index.ts';
import { COMPLAINT_STATUS_TEXT, PrintDocument as PrintDocumentSchema, maskPhone } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import type { PrintingApi } from '../printing/plugin.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { nextReference } from '../../infra/reference-numbers.ts';
import { printedTime, serviceDay } from '../../infra/clock.ts';

type Status = z.infer<typeof ComplaintPublicStatus>['status'];
const KIND_ZH: Record<z.infer<typeof CreateComplaintBody>['kind'], string> = {
  'wage-arrears': '拖欠工资', 'no-contract': '未签劳动合同', 'social-insurance': '未缴社会保险', injury: '工伤', dismissal: '违法解除劳动合同', other: '其他劳动权益',
};
const KIND_EN: Record<z.infer<typeof CreateComplaintBody>['kind'], string> = {
  'wage-arrears': 'unpaid wages', 'no-contract': 'no labour contract', 'social-insurance': 'no social insurance', injury: 'work injury',
  dismissal: 'unlawful dismissal', other: 'other labour rights',
};
/** Staff may move a complaint along these steps; resolved and closed are final. */
const NEXT: Record<Status, Status[]> = {
  received: ['in-progress', 'referred', 'closed'],
  'in-progress': ['referred', 'resolved', 'closed'],
  referred: ['in-progress', 'resolved', 'closed'],
  resolved: [],
  closed: [],
};

interface Row {
  id: string; ref_no: string; check_hash: string; kind: z.infer<typeof Complaint>['kind']; employer_name: string; employer_address: string | null;
  district: string | null; workers: number | null; amount_owed: number | null; owed_since: string | null; description: string;
  name_sealed: string | null; phone_masked: string | null; status: Status; handler: string | null; created_at: string; updated_at: string;
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/**
 * Wage-arrears and labour-rights complaints (3.1.11, 1.1.4): taken at the kiosk with a printed receipt that
 * carries a reference and a check code, handled by staff, followed on a status page that shows no personal data.
 */
export class ComplaintService {
  constructor(
    private readonly hub: HubContext,
    private readonly vocab: Vocabulary,
    private readonly printing: Pick<PrintingApi, 'print' | 'get'>,
  ) {}

  private get vault() {
    return this.hub.vault;
  }

  /** The receipt's QR: the phone status page, with the check code in the fragment (never sent to a server). */
  statusUrl(refNo: string, checkCode: string): string {
    return `${this.hub.config.publicUrl}/status/${refNo}#${checkCode}`;
  }

  create(body: z.infer<typeof CreateComplaintBody>): z.infer<typeof ComplaintReceipt> {
    const { db, catalogue } = this.hub;
    if (body.district && !this.vocab.district(body.district)) throw fieldError(422, 'body.district', `unknown district "${body.district}"`);
    const kiosk = body.kioskId ? catalogue.kiosk(body.kioskId) : undefined;
    if (body.kioskId && !kiosk) throw fieldError(422, 'body.kioskId', `no kiosk ${body.kioskId}`);
    const now = this.hub.now();
    const at = now.toISOString();
    const checkCode = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    const { refNo, job } = db.transaction(() => {
      const refNo = nextReference(db, 'complaint', 'WQ', serviceDay(now, catalogue.hall.timezone));
      const job = kiosk ? this.printing.print(kiosk.id, this.receipt(refNo, checkCode, body.kind, body.employerName, now)) : null;
      db.prepare(
        `INSERT INTO complaints (id, ref_no, check_hash, kind, employer_name, employer_address, district, workers, amount_owed, owed_since, description,
           name_sealed, phone_sealed, phone_masked, status, kiosk_id, print_job_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?)`,
      ).run(crypto.randomUUID(), refNo, sha256(`${refNo}:${checkCode}`), body.kind, body.employerName, body.employerAddress ?? null, body.district ?? null,
        body.workers ?? null, body.amountOwed ?? null, body.owedSince ?? null, body.description, body.name ? this.vault.seal(body.name) : null,
        body.phone ? this.vault.seal(body.phone) : null, body.phone ? maskPhone(body.phone) : null, kiosk?.id ?? null, job?.jobId ?? null, at, at);
      return { refNo, job };
    })();
    return {
      refNo, checkCode, status: 'received', statusUrl: this.statusUrl(refNo, checkCode), print: job ? { jobId: job.jobId, state: job.state } : null,
      message: {
        zh: `投诉已受理，编号 ${refNo}。工作人员会在 3 个工作日内处理${body.anonymous ? '' : '并与您联系'}。请保管好回执上的编号和查询码。`,
        en: `Complaint received: ${refNo}. Staff will act on it within 3 working days. Keep the reference and check code.`,
      },
    };
  }

  private receipt(refNo: string, checkCode: string, kind: z.infer<typeof CreateComplaintBody>['kind'], employer: string, at: Date) {
    const hall = this.hub.catalogue.hall;
    const time = printedTime(at, hall.timezone);
    return PrintDocumentSchema.parse({
      kind: 'slip',
      blocks: [
        { type: 'text', text: hall.name.zh, align: 'center', bold: true },
        { type: 'text', text: '劳动保障投诉受理回执', align: 'center', size: 2, bold: true },
        { type: 'text', text: 'Labour-rights complaint receipt', align: 'center' },
        { type: 'rule' },
        { type: 'text', text: `受理编号 ${refNo}`, align: 'center', size: 2, bold: true },
        { type: 'text', text: `查询码 ${checkCode}`, align: 'center', bold: true },
        { type: 'text', text: `投诉事项：${KIND_ZH[kind]}` },
        { type: 'text', text: `被投诉单位：${employer}` },
        { type: 'text', text: '我们会在 3 个工作日内处理。凭编号和查询码可查询进度。' },
        { type: 'text', text: '劳动保障咨询电话 12333；可向当地法律援助中心申请免费法律援助。' },
        { type: 'qr', data: this.statusUrl(refNo, checkCode), moduleSize: 5 },
        { type: 'text', text: '扫码查询处理进度 Scan to follow it', align: 'center' },
        { type: 'text', text: time, align: 'center' },
        { type: 'feed', lines: 2 },
      ],
    });
  }

  /** The status page: only with the reference and the check code, and without any personal data; null when they do not match. */
  lookup(refNo: string, checkCode: string): z.infer<typeof ComplaintPublicStatus> | null {
    const r = this.hub.db.prepare('SELECT * FROM complaints WHERE ref_no = ?').get(refNo) as Row | undefined;
    const given = Buffer.from(sha256(`${refNo}:${checkCode}`));
    if (!r || !crypto.timingSafeEqual(given, Buffer.from(r.check_hash))) return null;
    const notes = this.hub.db.prepare('SELECT at, to_status AS status, public_note AS note FROM complaint_events WHERE complaint_id = ? ORDER BY id').all(r.id) as Array<{ at: string; status: Status; note: string | null }>;
    return { refNo: r.ref_no, kind: r.kind, status: r.status, updatedAt: r.updated_at, notes };
  }

  /** The complaint as the status page shows it beside forms and referrals (查进度). */
  track(refNo: string, checkCode: string): TrackedItem | null {
    const s = /^WQ\d{8}-\d{4}$/.test(refNo) ? this.lookup(refNo, checkCode) : null;
    if (!s) return null;
    return {
      source: 'complaint', refNo: s.refNo, title: { zh: `投诉：${KIND_ZH[s.kind]}`, en: `Complaint: ${KIND_EN[s.kind]}` }, status: s.status,
      statusText: COMPLAINT_STATUS_TEXT[s.status], final: NEXT[s.status].length === 0, updatedAt: s.updatedAt,
      history: s.notes.map((n) => ({ at: n.at, statusText: COMPLAINT_STATUS_TEXT[n.status], note: n.note })),
    };
  }

  update(id: string, status: Status, by: string, publicNote?: string): z.infer<typeof Complaint> {
    const { db } = this.hub;
    db.transaction(() => {
      const r = this.row(id);
      if (!NEXT[r.status].includes(status)) throw new HttpError(409, 'COMPLAINT_STATE', `the complaint is ${r.status}; it cannot become ${status}`);
      const at = this.hub.now().toISOString();
      db.prepare('UPDATE complaints SET status = ?, handler = ?, updated_at = ? WHERE id = ?').run(status, by, at, id);
      db.prepare('INSERT INTO complaint_events (complaint_id, from_status, to_status, by, at, public_note) VALUES (?, ?, ?, ?, ?, ?)').run(id, r.status, status, by, at, publicNote ?? null);
    })();
    return this.view(this.row(id));
  }

  private row(id: string): Row {
    const r = this.hub.db.prepare('SELECT * FROM complaints WHERE id = ?').get(id) as Row | undefined;
    if (!r) throw fieldError(404, 'params.id', 'no such complaint');
    return r;
  }

  list(status: Status | undefined, limit: number): Array<z.infer<typeof Complaint>> {
    const rows = (status
      ? this.hub.db.prepare('SELECT * FROM complaints WHERE status = ? ORDER BY created_at DESC LIMIT ?').all(status, limit)
      : this.hub.db.prepare('SELECT * FROM complaints ORDER BY created_at DESC LIMIT ?').all(limit)) as Row[];
    return rows.map((r) => this.view(r));
  }

  private view(r: Row): z.infer<typeof Complaint> {
    return {
      id: r.id, refNo: r.ref_no, kind: r.kind, employerName: r.employer_name, employerAddress: r.employer_address, district: r.district,
      workers: r.workers, amountOwed: r.amount_owed, owedSince: r.owed_since, description: r.description, anonymous: r.name_sealed === null && r.phone_masked === null,
      phoneMasked: r.phone_masked, status: r.status, handler: r.handler, createdAt: r.created_at, updatedAt: r.updated_at,
    };
  }
}
