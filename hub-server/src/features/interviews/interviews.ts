import crypto from 'node:crypto';
import type { z } from 'zod';
import type { BookInterviewBody, Interview, InterviewBoothsFile, InterviewSlot, InterviewStatus } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { Vacancies } from '../jobs/plugin.ts';
import type { VacancyRow } from '../jobs/vacancy-store.ts';
import type { PrintingApi } from '../printing/plugin.ts';
import type { Seekers } from '../seekers/plugin.ts';
import { nextReference } from '../../infra/reference-numbers.ts';
import { bookableDays, earliestStart, findSlot, slotsOn } from './schedule.ts';
import { interviewSlip } from './slip.ts';
import { refusal, type InterviewActor } from './status.ts';
import { serviceDay } from '../../infra/clock.ts';

interface Row {
  id: string;
  ref_no: string;
  seeker_id: string;
  vacancy_id: number;
  employer_id: string | null;
  employer_key: string;
  booth_id: string;
  day: string;
  slot_start: string;
  slot_end: string;
  status: InterviewStatus;
  kiosk_id: string | null;
  print_job_id: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

interface Deps {
  hub: HubContext;
  vacancies: Pick<Vacancies, 'find' | 'view'>;
  seekers: Pick<Seekers, 'view'>;
  printing: Pick<PrintingApi, 'print' | 'get'>;
}

/** One video line per employer: its account, or its name for a vacancy registered without one. */
function employerKey(v: VacancyRow): string {
  return v.employer_id ?? `name:${v.employer_name}`;
}

const refused = (status: number, code: string, path: string, message: string, zh: string, en: string) =>
  new HttpError(status, code, `${path}: ${message}`, [{ path, message }], { zh, en });

/**
 * 远程面试 (3.2.4): slots of the hall's interview booths, booked by a signed-in seeker for a published vacancy.
 * Every check (booth free, seeker and employer not already busy then, the seeker's open bookings) and the
 * insert run in one transaction, with unique indexes as the last word; the slip prints after the commit.
 */
export class InterviewService {
  constructor(
    private readonly p: Deps,
    readonly cfg: InterviewBoothsFile,
  ) {}

  private get db() {
    return this.p.hub.db;
  }

  private get tz() {
    return this.p.hub.catalogue.hall.timezone;
  }

  today(): string {
    return serviceDay(this.p.hub.now(), this.tz);
  }

  private vacancy(id: number, path: string): VacancyRow {
    const v = this.p.vacancies.find(id);
    if (!v || v.status !== 'approved') throw fieldError(422, path, 'no published vacancy with this id');
    return v;
  }

  slots(vacancyId: number, day?: string): { days: string[]; day: string; slotMinutes: number; slots: InterviewSlot[] } {
    const v = this.vacancy(vacancyId, 'query.vacancyId');
    const now = this.p.hub.now();
    const days = bookableDays(this.today(), now, this.cfg, this.tz);
    const shown = day ?? days[0] ?? this.today();
    if (day && !days.includes(day)) return { days, day, slotMinutes: this.cfg.slotMinutes, slots: [] };
    const booked = this.db.prepare(`SELECT slot_start, employer_key FROM interviews WHERE day = ? AND status = 'booked'`).all(shown) as Array<{ slot_start: string; employer_key: string }>;
    const earliest = earliestStart(now, this.cfg).getTime();
    const key = employerKey(v);
    const slots = slotsOn(shown, this.cfg, this.tz).map((s) => {
      const at = s.start.toISOString();
      const here = booked.filter((b) => b.slot_start === at);
      const boothsFree = Math.max(0, this.cfg.booths.length - here.length);
      const employerBusy = here.some((b) => b.employer_key === key);
      return { start: at, end: s.end.toISOString(), boothsFree, employerBusy, available: boothsFree > 0 && !employerBusy && s.start.getTime() >= earliest };
    });
    return { days, day: shown, slotMinutes: this.cfg.slotMinutes, slots };
  }

  book(seekerId: string, body: z.infer<typeof BookInterviewBody>, by: string): Interview {
    const { catalogue } = this.p.hub;
    const kiosk = body.kioskId ? catalogue.kiosk(body.kioskId) : undefined;
    if (body.kioskId && !kiosk) throw fieldError(422, 'body.kioskId', `no kiosk ${body.kioskId}`);
    const v = this.vacancy(body.vacancyId, 'body.vacancyId');
    const now = this.p.hub.now();
    const start = new Date(body.slotStart);
    if (start.getTime() < earliestStart(now, this.cfg).getTime()) {
      throw refused(422, 'TOO_SOON', 'body.slotStart', `book at least ${this.cfg.minNoticeMinutes} minutes ahead`,
        `请预约 ${this.cfg.minNoticeMinutes} 分钟以后的时段，好让用人单位做准备。`, `Book at least ${this.cfg.minNoticeMinutes} minutes ahead so the employer can prepare.`);
    }
    const found = findSlot(start, bookableDays(this.today(), now, this.cfg, this.tz), this.cfg, this.tz);
    if (!found) throw fieldError(422, 'body.slotStart', 'is not the start of a bookable interview slot');
    const seeker = this.p.seekers.view(seekerId);
    const at = now.toISOString();
    const startIso = found.slot.start.toISOString();
    const key = employerKey(v);
    const id = crypto.randomUUID();
    this.db.transaction(() => {
      const open = (this.db.prepare(`SELECT COUNT(*) AS n FROM interviews WHERE seeker_id = ? AND status = 'booked'`).get(seekerId) as { n: number }).n;
      if (open >= this.cfg.maxOpenPerSeeker) {
        throw new HttpError(409, 'TOO_MANY_BOOKINGS', `the seeker already has ${open} interviews booked`, undefined,
          { zh: `您已经预约了 ${open} 场面试，面试后或取消一场再预约。`, en: `You already have ${open} interviews booked; book another after one of them.` });
      }
      if (this.db.prepare(`SELECT 1 FROM interviews WHERE seeker_id = ? AND vacancy_id = ? AND status = 'booked'`).get(seekerId, v.id)) {
        throw refused(409, 'ALREADY_BOOKED', 'body.vacancyId', 'already booked for this vacancy', '您已经预约了这个岗位的面试。', 'You already have an interview booked for this job.');
      }
      const taken = this.db.prepare(`SELECT booth_id, seeker_id, employer_key FROM interviews WHERE slot_start = ? AND status = 'booked'`).all(startIso) as Array<{ booth_id: string; seeker_id: string; employer_key: string }>;
      if (taken.some((t) => t.seeker_id === seekerId)) {
        throw refused(409, 'SEEKER_BUSY', 'body.slotStart', 'the seeker has another interview then', '这个时间您已经有一场面试了，请换个时间。', 'You have another interview at that time; pick another.');
      }
      if (taken.some((t) => t.employer_key === key)) {
        throw refused(409, 'EMPLOYER_BUSY', 'body.slotStart', 'the employer has another interview then', '这个时间用人单位已有面试安排，请换个时间。', 'The employer is interviewing someone else then; pick another time.');
      }
      const booth = this.cfg.booths.find((b) => !taken.some((t) => t.booth_id === b.id));
      if (!booth) throw refused(409, 'SLOT_FULL', 'body.slotStart', 'every booth is taken then', '这个时段的面试室都约满了，请换个时间。', 'All rooms are taken at that time; pick another.');
      const refNo = nextReference(this.db, 'interview', 'MS', serviceDay(now, this.tz));
      const job = kiosk
        ? this.p.printing.print(kiosk.id, interviewSlip({
            hallName: catalogue.hall.name, hallAddress: catalogue.hall.address, refNo, seekerName: seeker.nameMasked, seekerIdMasked: seeker.idMasked,
            title: v.title, employerName: v.employer_name, start: found.slot.start, end: found.slot.end, boothName: booth.name, boothLocation: booth.location,
            vacancyUrl: this.p.vacancies.view.url(v.id), issuedAt: now, timeZone: this.tz,
          }))
        : null;
      this.db.prepare(
        `INSERT INTO interviews (id, ref_no, seeker_id, vacancy_id, employer_id, employer_key, booth_id, day, slot_start, slot_end, status, kiosk_id,
           print_job_id, created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?, ?)`,
      ).run(id, refNo, seekerId, v.id, v.employer_id, key, booth.id, found.day, startIso, found.slot.end.toISOString(), kiosk?.id ?? null,
        job?.jobId ?? null, by, at, by, at);
    })();
    return this.get(id);
  }

  private row(id: string): Row {
    const row = this.db.prepare('SELECT * FROM interviews WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw fieldError(404, 'params.id', 'no such interview');
    return row;
  }

  /** Whose it is, for access checks. */
  owners(id: string): { seekerId: string; employerId: string | null } {
    const r = this.row(id);
    return { seekerId: r.seeker_id, employerId: r.employer_id };
  }

  setStatus(id: string, to: Exclude<InterviewStatus, 'booked'>, actor: InterviewActor, by: string, note?: string): Interview {
    this.db.transaction(() => {
      const r = this.row(id);
      const why = refusal(r.status, to, actor, this.p.hub.now(), new Date(r.slot_start));
      if (why) throw new HttpError(409, 'INTERVIEW_STATE', why);
      this.db.prepare('UPDATE interviews SET status = ?, note = COALESCE(?, note), updated_by = ?, updated_at = ? WHERE id = ? AND status = ?')
        .run(to, note ?? null, by, this.p.hub.now().toISOString(), id, r.status);
    })();
    return this.get(id);
  }

  get(id: string): Interview {
    return this.toView(this.row(id));
  }

  onDay(day: string): Interview[] {
    return (this.db.prepare('SELECT * FROM interviews WHERE day = ? ORDER BY slot_start, booth_id').all(day) as Row[]).map((r) => this.toView(r));
  }

  /** From today on, soonest first: what the kiosk shows a seeker or an employer. */
  upcoming(by: { seekerId: string } | { employerId: string }): Interview[] {
    const [col, value] = 'seekerId' in by ? ['seeker_id', by.seekerId] : ['employer_id', by.employerId];
    return (this.db.prepare(`SELECT * FROM interviews WHERE ${col} = ? AND day >= ? ORDER BY slot_start LIMIT 50`).all(value, this.today()) as Row[]).map((r) => this.toView(r));
  }

  private toView(r: Row): Interview {
    const seeker = this.p.seekers.view(r.seeker_id);
    const vacancy = this.p.vacancies.find(r.vacancy_id) as VacancyRow;
    // A booth removed from content since keeps its bookings; it is shown by its id.
    const booth = this.cfg.booths.find((b) => b.id === r.booth_id) ?? { id: r.booth_id, name: { zh: r.booth_id, en: r.booth_id }, location: { zh: '—', en: '—' } };
    const job = r.print_job_id ? this.p.printing.get(r.print_job_id) : null;
    return {
      id: r.id, refNo: r.ref_no, status: r.status, seeker: { id: seeker.id, nameMasked: seeker.nameMasked, idMasked: seeker.idMasked },
      vacancy: this.p.vacancies.view.summary(vacancy), employerId: r.employer_id, day: r.day, start: r.slot_start, end: r.slot_end, booth, note: r.note,
      createdAt: r.created_at, updatedAt: r.updated_at,
      print: job ? { jobId: job.jobId, printerId: job.printerId, state: job.state, faults: job.faults } : null,
    };
  }
}
