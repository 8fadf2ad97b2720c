import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A content folder for load tests: the real services and guides, but a hall with `lines` queue lines (a
 * letter each) and `kiosks` kiosks with a printer each, so 80,000 tickets fit the 4-digit numbers of a day.
 */
export function benchContent(lines: number, kiosks: number): { dir: string; serviceIds: string[]; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-bench-content-'));
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  const services = JSON.parse(fs.readFileSync(path.join(dir, 'services.json'), 'utf8'));
  const hall = JSON.parse(fs.readFileSync(path.join(dir, 'hall.json'), 'utf8'));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, lines).split('');
  hall.queues = letters.map((letter, i) => ({
    id: `line-${letter.toLowerCase()}`, prefix: letter, name: { zh: `业务${letter}`, en: `Line ${letter}` },
    counters: [`counter-${i + 1}`], typicalServiceMinutes: 6,
  }));
  hall.counters = letters.map((_, i) => ({ id: `counter-${i + 1}`, window: i + 1, name: { zh: `${i + 1} 号窗口`, en: `Window ${i + 1}` } }));
  hall.kiosks = Array.from({ length: kiosks }, (_, i) => ({ id: `kiosk-${i + 1}`, name: { zh: `自助机 ${i + 1}`, en: `Kiosk ${i + 1}` }, printer: `printer-${i + 1}` }));
  hall.devices = hall.kiosks.map((k: { printer: string }) => ({ id: k.printer, kind: 'printer', name: { zh: '打印机', en: 'Printer' } }));
  const withTicket = services.functions.filter((f: { flows: string[] }) => f.flows.includes('ticket'));
  withTicket.forEach((f: { queue: string }, i: number) => (f.queue = hall.queues[i % lines].id));
  fs.writeFileSync(path.join(dir, 'services.json'), JSON.stringify(services));
  fs.writeFileSync(path.join(dir, 'hall.json'), JSON.stringify(hall));
  return {
    dir,
    serviceIds: withTicket.map((f: { id: string }) => f.id),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
