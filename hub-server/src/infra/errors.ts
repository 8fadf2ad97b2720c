import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError, ApiErrorDetails, LocalizedText } from '../contract/index.ts';
import { storageFault, type StorageFault } from './storage.ts';

interface Issue {
  path: string;
  message: string;
}

/**
 * A refusal a capability can throw: becomes a 4xx with the same body shape as a validation error. The hub has
 * one error handler (installErrorHandling); a capability says what went wrong, never how the body looks.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
    /** A sentence for the public in both languages, shown by kiosks instead of the technical message. */
    readonly text?: LocalizedText,
    /** Typed detail beyond the fields, e.g. the wording findings of BLOCKED_WORDING. */
    readonly details?: ApiErrorDetails,
  ) {
    super(message);
  }
}

/** 400/404/409/422 with one field named, e.g. `fieldError(422, 'serviceId', 'has no window queue')`. */
export function fieldError(statusCode: number, path: string, message: string, code = 'INVALID_FIELD'): HttpError {
  return new HttpError(statusCode, code, `${path}: ${message}`, [{ path, message }]);
}

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable', 507: 'Insufficient Storage',
};

/**
 * A write the disk refused: nothing was saved (the transaction rolled back), and the visitor is told so plainly
 * and sent to a window; staff see health turn red. 507 for a full disk, 503 for a read-only or failing one.
 */
const STORAGE_REFUSALS: Record<StorageFault, { statusCode: number; code: string; message: string; text: LocalizedText }> = {
  full: {
    statusCode: 507, code: 'STORAGE_FULL', message: 'the hall\'s data disk is full; nothing was saved',
    text: { zh: '系统存储空间已满，本次内容未能保存。请到人工窗口办理。', en: 'The system\'s storage is full and this was not saved. Please go to a service window.' },
  },
  'read-only': {
    statusCode: 503, code: 'STORAGE_READ_ONLY', message: 'the hall\'s data folder is read-only; nothing was saved',
    text: { zh: '系统暂时无法保存，本次内容未能保存。请到人工窗口办理。', en: 'The system cannot save right now and this was not saved. Please go to a service window.' },
  },
  io: {
    statusCode: 503, code: 'STORAGE_ERROR', message: 'the hall\'s data disk failed a write; nothing was saved',
    text: { zh: '系统暂时无法保存，本次内容未能保存。请到人工窗口办理。', en: 'The system cannot save right now and this was not saved. Please go to a service window.' },
  },
};

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: { keys?: string[] };
}

/** Zod issues as "body.serviceId"-style paths; an unknown key is named by the key itself. */
function validationIssues(context: string | undefined, list: ValidationIssue[]): Issue[] {
  const base = context ?? 'request';
  return list.flatMap((v) => {
    const at = (v.instancePath ?? '').split('/').filter(Boolean);
    if (v.keyword === 'unrecognized_keys' && v.params?.keys?.length) {
      return v.params.keys.map((key) => ({ path: [base, ...at, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: [base, ...at].join('.'), message: v.message ?? 'invalid' }];
  });
}

/**
 * One error shape for the whole API. Bad input is a 4xx naming the field; anything unexpected is a 500 whose
 * details stay in the log, never in the response.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { validationContext?: string }, req, reply) => {
    let body: ApiError;
    if (err instanceof HttpError) {
      body = {
        statusCode: err.statusCode, error: REASONS[err.statusCode] ?? 'Error', code: err.code, message: err.message,
        ...(err.issues && { issues: err.issues }), ...(err.text && { text: err.text }), ...(err.details && { details: err.details }),
      };
    } else if (err.validation) {
      const issues = validationIssues(err.validationContext, err.validation as ValidationIssue[]);
      body = {
        statusCode: 400, error: 'Bad Request', code: 'FST_ERR_VALIDATION',
        message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues,
      };
    } else if (storageFault(err)) {
      const fault = storageFault(err)!;
      req.log.error({ err, fault }, 'write refused by storage');
      req.server.hub?.storage.failed(fault);
      const r = STORAGE_REFUSALS[fault];
      body = { statusCode: r.statusCode, error: REASONS[r.statusCode]!, code: r.code, message: r.message, text: r.text };
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      body = { statusCode: err.statusCode, error: REASONS[err.statusCode] ?? 'Bad Request', code: err.code, message: err.message };
    } else {
      req.log.error({ err }, 'unhandled error');
      body = { statusCode: 500, error: 'Internal Server Error', message: 'internal error; see the hub log' };
    }
    reply.status(body.statusCode).send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `no route for ${req.method} ${req.url.split('?')[0]}` });
  });
}
