import { serviceDay } from '../../infra/clock.ts';
import crypto from 'node:crypto';
import type { z } from 'zod';
import type { CreateEmployerBody, Employer } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { hashPassword, verifyPassword } from '../staff/passwords.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { isValidCreditCode } from './credit-code.ts';

interface Row {
  id: string;
  name: string;
  credit_code: string;
  kind: Employer['kind'];
  licence_no: string | null;
  licence_expires: string | null;
  alliance: number;
  district: string | null;
  address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  sign_in_hash: string | null;
  disabled: number;
  created_at: string;
}

/** Licensed kinds must show a licence (matching.md §4.2 structural rule 4). */
const LICENSED: ReadonlySet<Employer['kind']> = new Set(['dispatch', 'overseas', 'agency']);

/**
 * Employer accounts (用人单位会员). Staff create them after checking the business licence; the employer signs in
 * at the kiosk with its credit code and an 8-digit code that is shown once and stored only as a scrypt hash.
 */
export class EmployerService {
  constructor(
    private readonly db: Db,
    private readonly vocab: Vocabulary,
    private readonly now: () => Date,
    /** Licences expire at the end of the hall's day, not UTC's. */
    private readonly timeZone = 'Asia/Shanghai',
  ) {}

  view(r: Row): Employer {
    const today = serviceDay(this.now(), this.timeZone);
    return {
      id: r.id, name: r.name, creditCode: r.credit_code, kind: r.kind,
      licence: {
        number: r.licence_no, expires: r.licence_expires,
        status: !r.licence_no ? 'none' : r.licence_expires && r.licence_expires < today ? 'expired' : 'valid',
      },
      alliance: !!r.alliance, district: r.district, address: r.address, contactName: r.contact_name, contactPhone: r.contact_phone,
      createdAt: r.created_at,
    };
  }

  private row(id: string): Row {
    const row = this.db.prepare('SELECT * FROM employers WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw fieldError(404, 'params.id', 'no such employer');
    return row;
  }

  get(id: string): Employer {
    return this.view(this.row(id));
  }

  private static newCode(): string {
    return String(crypto.randomInt(0, 100_000_000)).padStart(8, '0');
  }

  async create(body: z.infer<typeof CreateEmployerBody>, by: string): Promise<{ employer: Employer; signInCode: string }> {
    if (!isValidCreditCode(body.creditCode)) throw fieldError(422, 'body.creditCode', 'the check character does not match (a character may be mistyped)');
    if (LICENSED.has(body.kind) && !body.licenceNo) throw fieldError(422, 'body.licenceNo', `a ${body.kind} agency must give its licence number`);
    if (body.district && !this.vocab.district(body.district)) throw fieldError(422, 'body.district', `unknown district "${body.district}"`);
    const signInCode = EmployerService.newCode();
    const hash = await hashPassword(signInCode);
    const id = crypto.randomUUID();
    try {
      this.db.prepare(
        `INSERT INTO employers (id, name, credit_code, kind, licence_no, licence_expires, alliance, district, address, contact_name, contact_phone,
           sign_in_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, body.name, body.creditCode, body.kind, body.licenceNo ?? null, body.licenceExpires ?? null, body.alliance ? 1 : 0,
        body.district ?? null, body.address ?? null, body.contactName ?? null, body.contactPhone ?? null, hash, this.now().toISOString(), by);
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw fieldError(409, 'body.creditCode', 'an employer with this credit code already has an account');
      throw err;
    }
    return { employer: this.get(id), signInCode };
  }

  async resetCode(id: string): Promise<string> {
    this.row(id);
    const code = EmployerService.newCode();
    this.db.prepare('UPDATE employers SET sign_in_hash = ? WHERE id = ?').run(await hashPassword(code), id);
    return code;
  }

  /** The employer with this credit code and sign-in code, or null. */
  async signIn(creditCode: string, code: string): Promise<Employer | null> {
    const row = this.db.prepare('SELECT * FROM employers WHERE credit_code = ? AND disabled = 0').get(creditCode) as Row | undefined;
    // Hash anyway when there is no such employer, so the answer takes as long either way.
    const ok = await verifyPassword(code, row?.sign_in_hash ?? 'scrypt$32768$8$1$00$00');
    return row && ok ? this.view(row) : null;
  }

  list(kind?: Employer['kind']): Employer[] {
    const rows = (kind
      ? this.db.prepare('SELECT * FROM employers WHERE kind = ? AND disabled = 0 ORDER BY name').all(kind)
      : this.db.prepare('SELECT * FROM employers ORDER BY created_at DESC LIMIT 500').all()) as Row[];
    return rows.map((r) => this.view(r));
  }

  /** Agencies may only publish while their licence is valid (3.3.1, 3.3.2). */
  assertMayPublish(id: string): void {
    const e = this.get(id);
    if (LICENSED.has(e.kind) && e.licence.status !== 'valid') {
      throw new HttpError(409, 'LICENCE_EXPIRED', `the ${e.kind} licence of ${e.name} is ${e.licence.status}; renew it before publishing`);
    }
  }
}
