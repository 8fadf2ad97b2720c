import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { maskMobile, type JobSummary, type SubscriptionTopics, type SubscriptionView } from '../../contract/index.ts';
import { minuteOfDay } from '../../infra/clock.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { RateLimit } from '../../infra/rate-limit.ts';
import { codeText, confirmedText, jobAlertText, noticeText, stoppedText, wants } from './alerts.ts';
import { transition } from './machine.ts';
import { SubscriptionStore, type SendKind, type SubscriptionRow } from './store.ts';

/** How long a code works: long enough to find the phone in a bag, short enough that the number soon goes. */
export const CODE_TTL_MS = 10 * 60_000;
/** Job alerts to one subscriber are gathered into one message at most this often. */
export const ALERT_GAP_MS = 4 * 3600_000;
/** Alerts and notices to one number in 24 hours, whatever else happens (the confirmation says so). */
export const MAX_PER_DAY = 3;
/** No alert or notice is sent outside 08:00–20:00 in the hall; they wait for the morning. */
const DAY_FROM = 8 * 60;
const DAY_TO = 20 * 60;
/** A subscriber is told about at most this many vacancies at a time; the message links to the rest. */
const MAX_WAITING = 20;

type App = Pick<FastifyInstance, 'hub' | 'sms' | 'vacancies' | 'notices'>;

/**
 * SMS subscriptions (2.3.2): opt-in confirmed by a code, job alerts and notices gathered and sent in the
 * day's hours within a per-number limit, opt-out at the kiosk or by a 退订 reply — each deleting the number.
 */
export class SubscriptionService {
  readonly store: SubscriptionStore;
  /** Rate limits hold keyed hashes, not numbers: a per-process key, so nothing in memory reads as a number. */
  private readonly rateKey = crypto.randomBytes(32);
  private readonly codesPerQuarter: RateLimit;
  private readonly codesPerDay: RateLimit;
  private readonly stopsPerHour: RateLimit;
  private readonly messagesPerDay: RateLimit;

  constructor(private readonly app: App) {
    this.store = new SubscriptionStore(app.hub.db);
    const clock = () => app.hub.now().getTime();
    this.codesPerQuarter = new RateLimit(3, 15 * 60_000, clock);
    this.codesPerDay = new RateLimit(5, 24 * 3600_000, clock);
    this.stopsPerHour = new RateLimit(3, 3600_000, clock);
    this.messagesPerDay = new RateLimit(MAX_PER_DAY, 24 * 3600_000, clock);
  }

  private get hall(): string {
    return this.app.hub.catalogue.hall.name.zh;
  }

  private at(): string {
    return this.app.hub.now().toISOString();
  }

  private key(phone: string): string {
    return crypto.createHmac('sha256', this.rateKey).update(phone).digest('base64url');
  }

  private codeHash(id: string, code: string): string {
    return crypto.createHash('sha256').update(`${id}:${code}`).digest('hex');
  }

  private send(phone: string, text: string, kind: SendKind): boolean {
    const sent = this.app.sms.send(phone, text) !== null;
    if (sent) this.store.logSend(kind, this.at());
    return sent;
  }

  private tooMany(retryAfterMs: number): HttpError {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
    return new HttpError(429, 'SMS_RATE_LIMIT', `too many requests for this number; try again in ${minutes} min`, [{ path: 'body.phone', message: 'too many requests' }], {
      zh: `这个号码的请求太多了，请 ${minutes} 分钟后再试。`, en: `Too many requests for this number. Please try again in ${minutes} min.`,
    });
  }

  /** Opt-in: a pending request and a code by SMS. An earlier unconfirmed request of the number is dropped. */
  start(phone: string, topics: SubscriptionTopics): { subscriptionId: string; phoneMasked: string; expiresAt: string } {
    const k = this.key(phone);
    for (const limit of [this.codesPerQuarter, this.codesPerDay]) {
      const verdict = limit.check(k);
      if (!verdict.ok) throw this.tooMany(verdict.retryAfterMs);
    }
    this.codesPerQuarter.take(k);
    this.codesPerDay.take(k);
    const id = crypto.randomUUID();
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(this.app.hub.now().getTime() + CODE_TTL_MS).toISOString();
    this.store.transaction(() => {
      this.store.deletePendingOf(phone);
      this.store.insertPending({ id, phone, topics, codeHash: this.codeHash(id, code), expiresAt, at: this.at() });
    });
    if (!this.send(phone, codeText(this.hall, code, CODE_TTL_MS / 60_000), 'code')) {
      this.store.delete(id);
      throw new HttpError(503, 'SMS_UNAVAILABLE', 'the hall has no SMS gateway', undefined, { zh: '短信暂时发不出去，请稍后再试。', en: 'Text messages cannot be sent right now. Please try later.' });
    }
    return { subscriptionId: id, phoneMasked: maskMobile(phone), expiresAt };
  }

  confirm(id: string, code: string): SubscriptionView {
    const row = this.store.get(id);
    if (!row) throw fieldError(404, 'params.id', 'no such subscription request (it may have expired)');
    if (row.status === 'pending' && row.codeExpiresAt! <= this.at()) {
      this.store.delete(id);
      throw new HttpError(410, 'CODE_EXPIRED', 'the code has expired; ask for a new one', [{ path: 'body.code', message: 'expired' }], {
        zh: '验证码已过期，请重新获取。', en: 'The code has expired. Please ask for a new one.',
      });
    }
    const right = row.codeHash !== null && crypto.timingSafeEqual(Buffer.from(row.codeHash), Buffer.from(this.codeHash(id, code)));
    const outcome = transition(row.status, { type: 'code', right, attemptsBefore: row.codeAttempts });
    if (!outcome.ok) {
      if (outcome.reason === 'not-pending') throw new HttpError(409, 'ALREADY_CONFIRMED', 'this subscription is already confirmed');
      if (outcome.reason === 'too-many') {
        this.store.delete(id);
        throw new HttpError(410, 'TOO_MANY_ATTEMPTS', 'too many wrong codes; ask for a new one', [{ path: 'body.code', message: 'too many wrong codes' }], {
          zh: '验证码错误次数太多，请重新获取。', en: 'Too many wrong codes. Please ask for a new one.',
        });
      }
      this.store.setAttempts(id, row.codeAttempts + 1);
      throw new HttpError(422, 'WRONG_CODE', 'body.code: not the code that was sent', [{ path: 'body.code', message: 'not the code that was sent' }], {
        zh: '验证码不对，请看短信再输一次。', en: 'That is not the code we sent. Please check the message and try again.',
      });
    }
    const at = this.at();
    this.store.transaction(() => this.store.activate(id, row.phone, at));
    this.send(row.phone, confirmedText(this.hall, row.topics), 'code');
    return { id, phoneMasked: maskMobile(row.phone), status: 'active', topics: row.topics, confirmedAt: at };
  }

  /**
   * Opt-out from the kiosk or a 退订 reply: every subscription of the number goes, number and all, and one
   * message says so. The answer is the same whether or not there was one, so nobody learns who subscribes.
   */
  stop(phone: string, via: 'kiosk' | 'reply'): { phoneMasked: string } {
    if (via === 'kiosk') {
      const verdict = this.stopsPerHour.take(this.key(phone));
      if (!verdict.ok) throw this.tooMany(verdict.retryAfterMs);
    }
    const removed = this.store.deleteByPhone(phone);
    if (removed) this.send(phone, stoppedText(this.hall), 'stop');
    return { phoneMasked: maskMobile(phone) };
  }

  /** A vacancy was published: it waits with every subscriber who asked for its kind. */
  onVacancy(vacancyId: number): void {
    const job = this.summary(vacancyId);
    if (!job) return;
    for (const s of this.store.active()) {
      if (!wants(s.topics, job) || s.pendingVacancies.includes(vacancyId)) continue;
      this.store.setPending(s.id, [...s.pendingVacancies, vacancyId].slice(-MAX_WAITING), s.pendingNotices);
    }
    this.flush();
  }

  onNotice(noticeId: string): void {
    for (const s of this.store.active()) {
      if (s.topics.notices && !s.pendingNotices.includes(noticeId)) this.store.setPending(s.id, s.pendingVacancies, [...s.pendingNotices, noticeId]);
    }
    this.flush();
  }

  private summary(id: number): JobSummary | null {
    const row = this.app.vacancies.find(id);
    return row && row.status === 'approved' ? this.app.vacancies.view.summary(row) : null;
  }

  /** Sends what is due: in the hall's day hours, a job digest per ALERT_GAP_MS, within MAX_PER_DAY per number. */
  flush(): void {
    const now = this.app.hub.now();
    const minute = minuteOfDay(now, this.app.hub.catalogue.hall.timezone);
    if (minute < DAY_FROM || minute >= DAY_TO) return;
    const publicUrl = this.app.hub.config.publicUrl;
    for (const s of this.store.active()) {
      const k = this.key(s.phone);
      let notices = s.pendingNotices;
      let vacancies = s.pendingVacancies;
      if (notices.length && this.messagesPerDay.count(k) < MAX_PER_DAY) {
        const list = notices.map((id) => this.app.notices.get(id)).filter((n) => n !== null).map((n) => ({ title: n.title.zh, url: `${publicUrl}/notices/${n.id}` }));
        if (list.length) {
          this.messagesPerDay.take(k);
          this.send(s.phone, noticeText(this.hall, list), 'notice');
        }
        notices = [];
      }
      const gapOver = !s.lastAlertAt || now.getTime() - Date.parse(s.lastAlertAt) >= ALERT_GAP_MS;
      if (vacancies.length && gapOver && this.messagesPerDay.count(k) < MAX_PER_DAY) {
        const jobs = vacancies.map((id) => this.summary(id)).filter((j) => j !== null);
        if (jobs.length) {
          this.messagesPerDay.take(k);
          this.send(s.phone, jobAlertText(this.hall, jobs, this.listUrl(s.topics, publicUrl)), 'alert');
          this.store.markAlerted(s.id, now.toISOString());
        }
        vacancies = [];
      }
      if (notices !== s.pendingNotices || vacancies !== s.pendingVacancies) this.store.setPending(s.id, vacancies, notices);
    }
  }

  /** The phone list of what the subscriber asked for, when it is one occupation and one district at most. */
  private listUrl(t: SubscriptionTopics, publicUrl: string): string {
    const q = new URLSearchParams();
    if (t.jobs?.occupations.length === 1) q.set('occupation', t.jobs.occupations[0]!);
    if (t.jobs?.districts.length === 1) q.set('district', t.jobs.districts[0]!);
    const query = q.toString();
    return `${publicUrl}/vacancies${query ? `?${query}` : ''}`;
  }

  /** Expired requests go, number and all; then whatever is due is sent. */
  sweep(): void {
    this.store.deleteExpired(this.at());
    this.flush();
    for (const l of [this.codesPerQuarter, this.codesPerDay, this.stopsPerHour, this.messagesPerDay]) l.prune();
  }

  activeRows(): SubscriptionRow[] {
    return this.store.active();
  }
}
