import { css } from 'lit';

/** The look the device sections share. */
export const deviceStyles = css`
  :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 20px 24px; margin-bottom: 16px; }
  h2 { margin: 0 0 12px; font-size: 22px; }
  table { width: 100%; border-collapse: collapse; font-size: 15px; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--jh-line); vertical-align: top; }
  .btn { min-height: 44px; min-width: 44px; padding: 0 12px; font-size: 15px; margin: 2px; }
  .online, .ok { color: var(--jh-ok); font-weight: 700; }
  .offline, .fault, .err { color: var(--jh-danger-ink); font-weight: 700; }
  .muted { color: var(--jh-ink-soft); }
  form { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; }
  label { display: grid; gap: 4px; font-size: 15px; }
  input, select { font: inherit; padding: 8px 10px; border: 2px solid var(--jh-line); border-radius: 8px; min-height: 44px; box-sizing: border-box; }
`;

export const FAULTS: Record<string, string> = {
  offline: '离线 offline', crashed: '浏览器崩溃过 crashed', 'paper-out': '缺纸 paper out', 'paper-near-end': '纸将用完 paper low',
  'cover-open': '开盖 cover open', 'cutter-error': '切刀故障 cutter', error: '故障 error', unreachable: '连不上 unreachable',
  'status-unknown': '状态未知 status unknown', 'hub-unreachable': '连不上服务器 hub unreachable',
};

export const ENROLMENT: Record<string, string> = {
  provisioned: '预置 provisioned', 'awaiting-enrolment': '待注册 awaiting enrolment', pending: '待批准 awaiting approval',
  active: '已批准 active', revoked: '已吊销 revoked',
};

export const KINDS: Record<string, string> = {
  printer: '票据打印机 printer', 'call-screen': '叫号屏/条屏 call screen', 'card-reader': '读卡器 card reader', sms: '短信 SMS',
  'kiosk-shell': '自助机/屏幕浏览器 kiosk shell', 'signage-screen': '大厅屏 lobby screen',
};

/** "3 h 12 min" / "45 s": how long a device has been up. */
export function duration(s: number): string {
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}
