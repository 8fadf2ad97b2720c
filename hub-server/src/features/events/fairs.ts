import { serviceDay } from '../../infra/clock.ts';
import crypto from 'node:crypto';
import type { z } from 'zod';
import type { BoothBooking, CreateFairBody, EmployerDashboard, Fair, FairDetail } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { Employers } from '../employers/plugin.ts';
import type { Vacancies } from '../jobs/plugin.ts';

interface Row {
  id: string;
  title: string;
  theme: Fair['theme'];
  day: string;
  starts: string;
  ends: string;
  venue: string;
  booths: number;
  description: string;
  status: Fair['status'];
  taken: number;
  signups: number;
}

const SELECT = `SELECT f.*, (SELECT COUNT(*) FROM booth_bookings b WHERE b.fair_id = f.id AND b.status = 'booked') AS taken,
  (SELECT COUNT(*) FROM fair_signups s WHERE s.fair_id = f.id) AS signups FROM fairs f`;

/**
 * Recruitment events (3.1.4 现场招聘, 3.1.5 专场招聘): a calendar, booth booking by employer accounts, seeker
 * sign-up, and each fair's booth map with the booked employers' vacancies and its fair-only vacancies.
 */
export class FairService {
  constructor(
    private readonly db: Db,
    private readonly employers: Pick<Employers, 'get'>,
    private readonly search: Pick<Vacancies, 'search'>,
    private readonly now: () => Date,
    /** "Today" and "past" are the hall's days, not UTC's. */
    private readonly timeZone = 'Asia/Shanghai',
  ) {}

  private view(r: Row): Fair {
    return {
      id: r.id, title: r.title, theme: r.theme, day: r.day, starts: r.starts, ends: r.ends, venue: r.venue, booths: r.booths, boothsTaken: r.taken,
      signups: r.signups, description: r.description, status: r.status,
    };
  }

  private row(id: string): Row {
    const row = this.db.prepare(`${SELECT} WHERE f.id = ?`).get(id) as Row | undefined;
    if (!row) throw fieldError(404, 'params.id', 'no such fair');
    return row;
  }

  create(body: z.infer<typeof CreateFairBody>, by: string): Fair {
    if (body.day < serviceDay(this.now(), this.timeZone)) throw fieldError(422, 'body.day', 'is in the past');
    const id = crypto.randomUUID();
    this.db.prepare(
      `INSERT INTO fairs (id, title, theme, day, starts, ends, venue, booths, description, status, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?)`,
    ).run(id, body.title, body.theme, body.day, body.starts, body.ends, body.venue, body.booths, body.description, this.now().toISOString(), by);
    return this.get(id);
  }

  cancel(id: string): Fair {
    this.row(id);
    this.db.prepare(`UPDATE fairs SET status = 'cancelled' WHERE id = ?`).run(id);
    return this.get(id);
  }

  get(id: string): Fair {
    return this.view(this.row(id));
  }

  calendar(from: string, to: string, theme?: Fair['theme']): Fair[] {
    const rows = this.db.prepare(`${SELECT} WHERE f.day BETWEEN ? AND ? ${theme ? 'AND f.theme = ?' : ''} ORDER BY f.day, f.starts`)
      .all(...[from, to, ...(theme ? [theme] : [])]) as Row[];
    return rows.map((r) => this.view(r));
  }

  detail(id: string): FairDetail {
    const fair = this.get(id);
    const now = this.now();
    const booths = (this.db.prepare(`SELECT booth_no, employer_id FROM booth_bookings WHERE fair_id = ? AND status = 'booked' ORDER BY booth_no`)
      .all(id) as Array<{ booth_no: number; employer_id: string }>).map((b) => ({
      boothNo: b.booth_no, employerId: b.employer_id, employerName: this.employers.get(b.employer_id).name,
      vacancies: this.search.search({ employerId: b.employer_id, limit: 20, offset: 0 }, now).items,
    }));
    return { fair, booths, vacancies: this.search.search({ fairId: id, limit: 50, offset: 0 }, now).items };
  }

  /** One booth per employer per fair; a booth holds one employer. The partial unique indexes decide a race. */
  book(fairId: string, employerId: string, boothNo: number | undefined, by: string): z.infer<typeof BoothBooking> {
    const fair = this.get(fairId);
    if (fair.status !== 'scheduled') throw new HttpError(409, 'FAIR_CANCELLED', 'the fair is cancelled');
    if (fair.day < serviceDay(this.now(), this.timeZone)) throw new HttpError(409, 'FAIR_PAST', 'the fair is over');
    const employer = this.employers.get(employerId);
    return this.db.transaction(() => {
      if (this.db.prepare(`SELECT 1 FROM booth_bookings WHERE fair_id = ? AND employer_id = ? AND status = 'booked'`).get(fairId, employerId)) {
        throw new HttpError(409, 'ALREADY_BOOKED', 'this employer already has a booth at this fair');
      }
      const taken = new Set((this.db.prepare(`SELECT booth_no FROM booth_bookings WHERE fair_id = ? AND status = 'booked'`).all(fairId) as Array<{ booth_no: number }>).map((r) => r.booth_no));
      let booth = boothNo;
      if (booth !== undefined) {
        if (booth > fair.booths) throw fieldError(422, 'body.boothNo', `the fair has ${fair.booths} booths`);
        if (taken.has(booth)) throw fieldError(409, 'body.boothNo', 'that booth is taken');
      } else {
        booth = Array.from({ length: fair.booths }, (_, k) => k + 1).find((k) => !taken.has(k));
        if (booth === undefined) throw new HttpError(409, 'FAIR_FULL', 'every booth is taken', undefined, { zh: '展位已经订满了。', en: 'All booths are taken.' });
      }
      const id = crypto.randomUUID();
      const at = this.now().toISOString();
      this.db.prepare(`INSERT INTO booth_bookings (id, fair_id, booth_no, employer_id, status, created_at, created_by) VALUES (?, ?, ?, ?, 'booked', ?, ?)`)
        .run(id, fairId, booth, employerId, at, by);
      return { bookingId: id, fairId, boothNo: booth, employerId, employerName: employer.name, at };
    })();
  }

  cancelBooking(fairId: string, bookingId: string, employerId: string | null): void {
    const b = this.db.prepare(`SELECT employer_id FROM booth_bookings WHERE id = ? AND fair_id = ? AND status = 'booked'`).get(bookingId, fairId) as { employer_id: string } | undefined;
    if (!b) throw fieldError(404, 'params.bookingId', 'no such booking');
    if (employerId && b.employer_id !== employerId) throw new HttpError(403, 'NOT_YOURS', 'this booking belongs to another employer');
    this.db.prepare(`UPDATE booth_bookings SET status = 'cancelled', cancelled_at = ? WHERE id = ?`).run(this.now().toISOString(), bookingId);
  }

  /** Whether a fair is scheduled: only such a fair takes vacancies (the vacancies capability asks). */
  isScheduled(fairId: string): boolean {
    return this.db.prepare(`SELECT 1 FROM fairs WHERE id = ? AND status = 'scheduled'`).get(fairId) !== undefined;
  }

  /** An employer's booked booths from a day on (its page at the kiosk). */
  bookingsOf(employerId: string, fromDay: string): z.infer<typeof EmployerDashboard>['bookings'] {
    return this.db.prepare(
      `SELECT b.id AS bookingId, f.id AS fairId, f.title AS fairTitle, f.day, b.booth_no AS boothNo FROM booth_bookings b JOIN fairs f ON f.id = b.fair_id
       WHERE b.employer_id = ? AND b.status = 'booked' AND f.day >= ? ORDER BY f.day`,
    ).all(employerId, fromDay) as z.infer<typeof EmployerDashboard>['bookings'];
  }

  signUp(fairId: string, seekerId: string): Fair {
    const fair = this.get(fairId);
    if (fair.status !== 'scheduled') throw new HttpError(409, 'FAIR_CANCELLED', 'the fair is cancelled');
    this.db.prepare('INSERT INTO fair_signups (fair_id, seeker_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(fairId, seekerId, this.now().toISOString());
    return this.get(fairId);
  }
}
