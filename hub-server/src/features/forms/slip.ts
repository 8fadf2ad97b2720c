import { PrintDocument, type FormFlow, type FormWindow } from '../../contract/index.ts';
import { printedTime } from '../../infra/clock.ts';

interface SlipFacts {
  hallName: string;
  timezone: string;
  form: FormFlow;
  refNo: string;
  checkCode: string;
  statusUrl: string;
  window: FormWindow | null;
  at: Date;
}

/**
 * The slip a submission prints (预申请回执): the reference and check code large, what happens next, what to
 * bring and where, and the QR code of the status page. Nothing the applicant answered is on it.
 */
export function submissionSlip(f: SlipFacts): PrintDocument {
  const { outcome } = f.form;
  return PrintDocument.parse({
    kind: 'slip',
    blocks: [
      { type: 'text', text: f.hallName, align: 'center', bold: true },
      { type: 'text', text: f.form.title.zh, align: 'center', size: 2, bold: true },
      { type: 'text', text: f.form.title.en, align: 'center' },
      { type: 'rule' },
      { type: 'text', text: `编号 Ref. ${f.refNo}`, align: 'center', size: 2, bold: true },
      { type: 'text', text: `查询码 Check code ${f.checkCode}`, align: 'center', bold: true },
      { type: 'text', text: `办理时限：${outcome.timeLimit.zh}` },
      { type: 'text', text: '接下来：' },
      ...outcome.nextSteps.map((s, i) => ({ type: 'text', text: `${i + 1}. ${s.zh}` })),
      ...(outcome.bring.length ? [{ type: 'text', text: '请携带：' }, ...outcome.bring.map((b) => ({ type: 'text', text: `· ${b.zh}` }))] : []),
      ...(f.window ? [{ type: 'text', text: `办理窗口：${f.window.windows.join('、')} 号窗口（${f.window.name.zh}，取号 ${f.window.prefix}）`, bold: true }] : []),
      { type: 'qr', data: f.statusUrl, moduleSize: 5 },
      { type: 'text', text: '扫码查询进度 Scan to follow it', align: 'center' },
      { type: 'text', text: printedTime(f.at, f.timezone), align: 'center' },
      { type: 'feed', lines: 2 },
    ],
  });
}
