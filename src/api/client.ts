/**
 * The REST client. Every answer comes in the plug envelope `{data, status}`;
 * this unwraps `data` on success and turns anything else into an ApiError
 * whose `code` is the envelope status (clients key on it, not on HTTP).
 */
import { ERROR_CODES, type ErrorCode } from '../protocol';
import { logger } from '../log';

const log = logger('api');

export type ApiErrorCode = ErrorCode | 'network' | 'badResponse';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly httpStatus: number;
  /** `data[0]` of the failure envelope, e.g. `{e: secondsLeft}` for bans. */
  readonly detail: unknown;

  constructor(
    code: ApiErrorCode,
    message: string,
    httpStatus = 0,
    detail?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.httpStatus = httpStatus;
    this.detail = detail;
  }
}

export function isApiError(
  error: unknown,
  code?: ApiErrorCode,
): error is ApiError {
  return (
    error instanceof ApiError && (code === undefined || error.code === code)
  );
}

const FALLBACK_MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  notAuthorized: 'Please log in first.',
  badLogin: 'Wrong email or password.',
  noValidPlaylist: 'You need an active playlist with at least one song.',
  floodAPI: 'Too many requests. Slow down a moment.',
  network: 'Could not reach the server.',
};

function toCode(status: unknown): ApiErrorCode {
  return typeof status === 'string' &&
    (ERROR_CODES as readonly string[]).includes(status)
    ? (status as ErrorCode)
    : 'badResponse';
}

function messageOf(code: ApiErrorCode, first: unknown): string {
  if (typeof first === 'string' && first.trim()) return first;
  return FALLBACK_MESSAGES[code] ?? `Request failed (${code}).`;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export async function request<T = unknown>(
  method: Method,
  path: string,
  body?: unknown,
): Promise<T[]> {
  let response: Response;
  try {
    response = await fetch(`/_/${path}`, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('network', messageOf('network', null));
  }

  const envelope: unknown = await response.json().catch(() => null);
  const data =
    envelope &&
    typeof envelope === 'object' &&
    'data' in envelope &&
    Array.isArray(envelope.data)
      ? (envelope.data as unknown[])
      : null;
  const status =
    envelope && typeof envelope === 'object' && 'status' in envelope
      ? envelope.status
      : null;

  if (response.ok && status === 'ok' && data) return data as T[];

  const code = response.ok ? 'badResponse' : toCode(status);
  log.debug(method, path, 'failed', response.status, code);
  throw new ApiError(
    code,
    messageOf(code, data?.[0]),
    response.status,
    data?.[0],
  );
}

/** The first item of `data`, which single-object endpoints answer with. */
export async function requestOne<T = unknown>(
  method: Method,
  path: string,
  body?: unknown,
): Promise<T> {
  const [first] = await request<T>(method, path, body);
  if (first === undefined)
    throw new ApiError('badResponse', 'The server sent no data.');
  return first;
}
