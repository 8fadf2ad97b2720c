import { checkCharacter } from '@jobhall/hub-server/contract';

/** One write the hub acknowledged with a 2xx: what it was and the id the hub gave it. */
export interface Ack {
  kind: 'ticket' | 'seeker' | 'complaint' | 'form';
  id: string;
  /** What the visitor holds: the ticket number printed on the slip, the complaint's reference. */
  label: string;
}

/** What a burst did, over all its clients. */
export interface BurstResult {
  acked: Ack[];
  /** Requests with no answer (the hub died under them): they may or may not have been written. */
  unanswered: number;
  /** Answers by status code, 2xx included. */
  statuses: Record<number, number>;
  /** 5xx bodies and refusals that named nothing, for the failure message. */
  problems: string[];
}

/** What the clients write: ticket services and the vocabulary a registration and a complaint use. */
export interface WritePlan {
  ticketServices: string[];
  districts: string[];
  occupations: string[];
}

const get = async (baseUrl: string, url: string) => {
  const res = await fetch(`${baseUrl}${url}`);
  return { status: res.status, body: res.ok ? ((await res.json()) as unknown) : null };
};

/** Reads, from the running hub, what a kiosk would offer: window services, districts and occupations. */
export async function planWrites(baseUrl: string): Promise<WritePlan> {
  const services = (await get(baseUrl, '/api/services')).body as Array<{ id: string; ticket: unknown }>;
  const vocab = (await get(baseUrl, '/api/jobs/vocabulary')).body as { districts: Array<{ code: string }>; occupations: Array<{ code: string }> };
  return {
    ticketServices: services.filter((s) => s.ticket).map((s) => s.id),
    districts: vocab.districts.map((d) => d.code),
    occupations: vocab.occupations.map((o) => o.code),
  };
}

/** A valid, distinct ID number (GB 11643) for the ith write of a client: nobody registers twice. */
export function idNumberFor(client: number, i: number): string {
  const n = client * 100_000 + i;
  const birth = new Date(Date.UTC(1960, 0, 1) + (n % 15_000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `310104${birth}${String(Math.floor(n / 15_000) % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

function seekerBody(plan: WritePlan, client: number, i: number) {
  const pick = <T>(list: T[]) => list[(client * 7 + i) % list.length]!;
  return {
    idNumber: idNumberFor(client, i), name: '测试求职', phone: `139${String(client * 100_000 + i).padStart(8, '0')}`,
    district: pick(plan.districts), wantedOccupations: [pick(plan.occupations)], consentToRecommend: i % 2 === 0,
  };
}

type Op = { kind: Ack['kind']; url: string; body: unknown; id: (json: Record<string, unknown>) => string; label: (json: Record<string, unknown>) => string };

/** A wage-arrears complaint (a form a migrant worker fills in at the kiosk), read back by reference and check code. */
function complaintBody(plan: WritePlan, client: number, i: number) {
  return {
    kind: 'wage-arrears', employerName: `第${client}建筑劳务公司`, district: plan.districts[i % plan.districts.length],
    workers: 1 + (i % 30), amountOwed: 1000 * (1 + (i % 50)), owedSince: '2026-03',
    description: `拖欠第${i}号工人三个月工资，多次催讨未果。`, name: '测试工人', phone: `137${String(client * 100_000 + i).padStart(8, '0')}`,
  };
}

/** 失业登记 (unemployment registration) as a visitor fills it in at the kiosk, one ID number per write. */
function formBody(client: number, i: number) {
  return {
    serviceId: '7.1.2', version: 1,
    answers: {
      name: '测试登记', idNumber: idNumberFor(client + 20, i), phone: `138${String(client * 100_000 + i).padStart(8, '0')}`, workedBefore: true,
      lastEmployer: '宏达电子厂', leftDate: '2026-10-31', leftReason: 'dismissed', wantsWork: true, wantedWork: '电工', wantsTraining: i % 2 === 0,
    },
  };
}

export const ALL_KINDS: Ack['kind'][] = ['ticket', 'seeker', 'complaint', 'form'];

function opFor(plan: WritePlan, kinds: Ack['kind'][], client: number, i: number): Op {
  const kind = kinds[(client + i) % kinds.length]!;
  if (kind === 'ticket') {
    return { kind, url: '/api/tickets', body: { serviceId: plan.ticketServices[i % plan.ticketServices.length] }, id: (j) => String(j.id), label: (j) => String(j.number) };
  }
  if (kind === 'seeker') {
    const id = (j: Record<string, unknown>) => String((j.seeker as { id: string }).id);
    return { kind, url: '/api/seekers', body: seekerBody(plan, client, i), id, label: id };
  }
  if (kind === 'form') {
    return { kind, url: '/api/forms/unemployment-registration/submissions', body: formBody(client, i), id: (j) => String(j.id), label: (j) => String(j.refNo) };
  }
  return {
    kind, url: '/api/complaints', body: complaintBody(plan, client, i), id: (j) => `${String(j.refNo)}/${String(j.checkCode)}`, label: (j) => String(j.refNo),
  };
}

/**
 * `clients` visitors writing at once, each one request at a time, as fast as the hub answers, until stop().
 * Every 2xx answer is an acknowledged write and is recorded with its id; a request the hub never answered is
 * counted apart (it may or may not have been written).
 */
export function startBurst(baseUrl: () => string, plan: WritePlan, clients = 8, kinds = ALL_KINDS) {
  const result: BurstResult = { acked: [], unanswered: 0, statuses: {}, problems: [] };
  let stopped = false;
  let sent = 0;
  const client = async (c: number) => {
    for (let i = 0; !stopped; i++) {
      const op = opFor(plan, kinds, c, i);
      sent++;
      let res: Response;
      let text: string;
      try {
        res = await fetch(`${baseUrl()}${op.url}`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op.body), signal: AbortSignal.timeout(15_000),
        });
        text = await res.text();
      } catch {
        result.unanswered++;
        // The hub is down: wait a little rather than spin, and try again until told to stop.
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
      if (res.ok) {
        const json = JSON.parse(text) as Record<string, unknown>;
        result.acked.push({ kind: op.kind, id: op.id(json), label: op.label(json) });
      }
      else if (res.status >= 500 || !/"(issues|details|text)"/.test(text)) result.problems.push(`${op.kind} ${res.status}: ${text.slice(0, 300)}`);
    }
  };
  const running = Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  return {
    result,
    get sent() {
      return sent;
    },
    /** Resolves once `n` writes are acknowledged (or rejects after the time). */
    async acknowledged(n: number, timeoutMs = 60_000): Promise<void> {
      const until = Date.now() + timeoutMs;
      while (result.acked.length < n) {
        if (Date.now() > until) throw new Error(`only ${result.acked.length} of ${n} writes acknowledged in ${timeoutMs} ms; statuses ${JSON.stringify(result.statuses)}; ${result.problems.slice(0, 3).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async stop(): Promise<BurstResult> {
      stopped = true;
      await running;
      return result;
    },
  };
}

/** Staff session headers (cookie and CSRF token) for reading back what was written. */
export async function staffHeaders(baseUrl: string, username = 'admin', password = 'jobhall-demo'): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/api/staff/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** How each kind of write is read back: a ticket and a registration as staff, a complaint as its complainant. */
const READ_BACK: Record<Ack['kind'], (id: string) => { url: string; init?: RequestInit }> = {
  ticket: (id) => ({ url: `/api/tickets/${id}` }),
  seeker: (id) => ({ url: `/api/seekers/${id}` }),
  form: (id) => ({ url: `/api/forms/submissions/${id}` }),
  complaint: (id) => {
    const [refNo, checkCode] = id.split('/');
    return { url: '/api/complaints/status', init: { method: 'POST', body: JSON.stringify({ refNo, checkCode }) } };
  },
};

/** The acknowledged writes the hub cannot show now: each should be empty after any crash. */
export async function missingAcks(baseUrl: string, acked: Ack[]): Promise<string[]> {
  const headers = await staffHeaders(baseUrl);
  const missing: string[] = [];
  for (const ack of acked) {
    const { url, init } = READ_BACK[ack.kind](ack.id);
    const res = await fetch(`${baseUrl}${url}`, { ...init, headers: init?.body ? { ...headers, 'content-type': 'application/json' } : headers });
    await res.arrayBuffer();
    if (res.status !== 200) missing.push(`${ack.kind} ${ack.id}: ${res.status}`);
  }
  return missing;
}
