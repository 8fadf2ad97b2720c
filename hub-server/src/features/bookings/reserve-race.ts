/**
 * One of several processes racing for the same slot in one SQLite file (reserve.test.ts starts them): each
 * opens its own connection and books its mobiles one after another, as a second hub process or a script
 * writing the same database would. Prints one JSON line: what each attempt got.
 */
import { openDatabase } from '../../infra/db.ts';
import { reserve } from './reserve.ts';
import { BookingStore } from './store.ts';

const [file, who, count, capacity, startAt] = process.argv.slice(2) as [string, string, string, string, string];
const db = openDatabase(file);
const store = new BookingStore(db);
const results: string[] = [];
// Line the racers up: all start booking at the same instant.
while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 1));
for (let i = 0; i < Number(count); i++) {
  const phone = `${who}-${i}`;
  try {
    db.transaction(() => reserve(store, {
      id: crypto.randomUUID(), flow_id: 'race', flow_version: 1, session_id: 'club', host_id: '', service_day: '2026-11-27',
      slot_start: '2026-11-27T01:30:00.000Z', slot_end: '2026-11-27T03:30:00.000Z', places: 1, capacity: Number(capacity), topic: null,
      party_size: null, organisation: null, name_masked: '王*', phone_masked: '139****0000', phone_sealed: null, phone_hash: phone,
      seeker_id: null, kiosk_id: null, created_at: new Date().toISOString(),
    }, who)).immediate();
    results.push('booked');
  } catch (err) {
    results.push((err as { code?: string }).code ?? String(err));
  }
}
db.close();
console.log(JSON.stringify(results));
