/**
 * Every REST answer is a plug envelope. Handlers return data or throw an
 * `ApiError`; anything else thrown becomes a bare `serverError` so no stack
 * trace or internal message ever reaches a client.
 */
import type { ServerResponse } from 'node:http';
import type { ErrorCode, ErrorEnvelope, OkEnvelope } from '../../src/protocol';

const HTTP_STATUS: Record<ErrorCode, number> = {
  notAuthorized: 403,
  requestError: 400,
  notFound: 404,
  ban: 403,
  roomCapacity: 403,
  noValidPlaylist: 403,
  roomMismatch: 400,
  boothFull: 403,
  userNotInBooth: 400,
  badLogin: 401,
  csrfTokenInvalid: 403,
  csrfTokenExpired: 403,
  maintenanceMode: 503,
  notInRoom: 400,
  floodAPI: 429,
  serverError: 500,
};

export class ApiError extends Error {
  readonly httpStatus: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    httpStatus = HTTP_STATUS[code],
  ) {
    super(message ?? code);
    this.httpStatus = httpStatus;
  }

  get data(): unknown[] {
    return this.message === this.code ? [] : [this.message];
  }
}

export const fail = (code: ErrorCode, message?: string, httpStatus?: number) =>
  new ApiError(code, message, httpStatus);

function writeJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export function sendOk(res: ServerResponse, data: unknown[], now: number) {
  const body: OkEnvelope<unknown> = { data, meta: {}, status: 'ok', time: now };
  writeJson(res, 200, body);
}

export function sendError(res: ServerResponse, error: ApiError): void {
  const body: ErrorEnvelope = { data: error.data, status: error.code };
  writeJson(res, error.httpStatus, body);
}
