import type { z } from 'zod';
import { ApiError, CSRF_HEADER, type ApiErrorDetails, type LocalizedText } from '@jobhall/hub-server/contract';

/**
 * A refusal from the hub, with the field it names, for the public a sentence in both languages, and the
 * refusal's typed details (e.g. the wording findings of BLOCKED_WORDING).
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | undefined,
    readonly text: LocalizedText | undefined,
    readonly issues: Array<{ path: string; message: string }>,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let always: Record<string, string> = {};

/** Headers every later request carries, e.g. a kiosk page naming its kiosk (x-kiosk-id). */
export function setDefaultHeaders(headers: Record<string, string>): void {
  always = { ...headers };
}

/** Staff pages call this after login; every state-changing request then carries the token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Extra headers, e.g. a kiosk visitor's x-visitor-token. */
  headers?: Record<string, string>;
  /** A file sent as it is (an upload), instead of a JSON body. */
  file?: Blob;
}

/**
 * Calls the hub and parses the answer with the contract's schema, so a page never renders data it does not
 * understand. A network failure is an ApiProblem with status 0.
 */
export async function api<S extends z.ZodType>(path: string, schema: S, opts: ApiOptions = {}): Promise<z.output<S>> {
  const res = await request(path, opts);
  const json: unknown = await res.json().catch(() => null);
  return schema.parse(json);
}

/** A call whose answer is a file (an image, a CSV): the bytes, with the answer's headers. */
export async function apiBlob(path: string, opts: ApiOptions = {}): Promise<{ blob: Blob; headers: Headers }> {
  const res = await request(path, opts);
  return { blob: await res.blob(), headers: res.headers };
}

/** Sends the request; a refusal becomes an ApiProblem, a network failure one with status 0. */
async function request(path: string, opts: ApiOptions): Promise<Response> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { ...always, ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.file) headers['content-type'] = opts.file.type || 'application/octet-stream';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method, headers, signal: opts.signal, credentials: 'same-origin',
      body: opts.file ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiProblem(0, 'the hub cannot be reached', 'NETWORK', { zh: '暂时连接不上服务器，请稍后再试', en: 'Cannot reach the server; please try again shortly' }, []);
  }
  if (!res.ok) {
    const e = ApiError.safeParse(await res.json().catch(() => null));
    const body = e.success ? e.data : null;
    throw new ApiProblem(res.status, body?.message ?? res.statusText, body?.code, body?.text, body?.issues ?? [], body?.details);
  }
  return res;
}
