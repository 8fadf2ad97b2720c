import { css } from 'lit';

/** The look the publishing sections share. */
export const sectionStyles = css`
  :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 20px 24px; margin-bottom: 16px; }
  h2 { margin: 0 0 12px; font-size: 22px; }
  form { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin-bottom: 12px; }
  label { display: grid; gap: 4px; font-size: 15px; }
  input { font: inherit; padding: 8px 10px; border: 2px solid var(--jh-line); border-radius: 8px; }
  table { width: 100%; border-collapse: collapse; font-size: 15px; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--jh-line); }
  .err { color: var(--jh-danger-ink); }
  .key { font-family: monospace; font-size: 16px; background: #fff8d6; padding: 8px; border-radius: 6px; word-break: break-all; }
  .muted { opacity: 0.7; }
`;

/** The hall's today as YYYY-MM-DD, and a day n days earlier, for the date fields' defaults. */
export function isoDay(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
}
