/**
 * REST routing under `/_/`. Each route names its body schema (or takes
 * none, in which case only an empty body or `{}` is accepted), and every
 * answer leaves through the envelope helpers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Router, { type HTTPMethod } from 'find-my-way';
import { z } from 'zod';
import type { Logger } from '../log';
import type { SessionRecord, UserRecord } from '../store/store';
import { parseJson, readBody, requireJson, validate } from './body';
import { ApiError, fail, sendError, sendOk } from './envelope';

export interface RequestContext<B = unknown> {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string | undefined>;
  body: B;
  session: SessionRecord | null;
  user: UserRecord | null;
}

export type Handler<B> = (ctx: RequestContext<B>) => Promise<unknown[]>;

export interface Caller {
  session: SessionRecord | null;
  user: UserRecord | null;
}

/** Runs before routing; refuses a request by throwing an `ApiError`. */
export type Middleware = (req: IncomingMessage, caller: Caller) => void;

interface Route {
  schema: z.ZodType | null;
  handler: Handler<unknown>;
}

const NO_BODY = z.strictObject({});
const READS_BODY = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

export interface ApiOptions {
  log: Logger;
  now: () => number;
  identify: (req: IncomingMessage) => Promise<Caller>;
}

export class Api {
  private readonly router = Router({ ignoreTrailingSlash: true });
  private readonly middleware: Middleware[] = [];

  constructor(private readonly options: ApiOptions) {}

  use(middleware: Middleware): void {
    this.middleware.push(middleware);
  }

  get(path: string, handler: Handler<unknown>): void {
    this.add('GET', path, null, handler);
  }

  post<S extends z.ZodType>(
    path: string,
    schema: S | null,
    handler: Handler<z.output<S>>,
  ): void {
    this.add('POST', path, schema ?? NO_BODY, handler as Handler<unknown>);
  }

  put<S extends z.ZodType>(
    path: string,
    schema: S | null,
    handler: Handler<z.output<S>>,
  ): void {
    this.add('PUT', path, schema ?? NO_BODY, handler as Handler<unknown>);
  }

  delete(path: string, handler: Handler<unknown>): void {
    this.add('DELETE', path, NO_BODY, handler);
  }

  private add(
    method: HTTPMethod,
    path: string,
    schema: z.ZodType | null,
    handler: Handler<unknown>,
  ): void {
    const route: Route = { schema, handler };
    this.router.on(method, path, () => undefined, route);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const { log } = this.options;
    let userID: number | null = null;

    try {
      const caller = await this.options.identify(req);
      userID = caller.user?.id ?? null;
      const data = await this.dispatch(req, res, caller);
      sendOk(res, data, this.options.now());
    } catch (error) {
      if (!(error instanceof ApiError)) {
        log.error(`unhandled error in ${req.method} ${path(req)}`, {
          error: describe(error),
          user: userID,
        });
      }
      sendError(res, error instanceof ApiError ? error : fail('serverError'));
    }

    log.debug(`${req.method} ${path(req)} ${res.statusCode}`, {
      ms: Date.now() - started,
      user: userID,
    });
  }

  private async dispatch(
    req: IncomingMessage,
    res: ServerResponse,
    caller: Caller,
  ): Promise<unknown[]> {
    for (const run of this.middleware) run(req, caller);
    const method = (req.method ?? 'GET') as HTTPMethod;
    const found = this.router.find(method, path(req));
    if (!found) throw fail('notFound', 'No such endpoint');

    refuseCrossOrigin(req);
    const route = found.store as Route;
    const text = READS_BODY.has(method) ? await readBody(req) : '';
    requireJson(req, text);
    const body = route.schema ? validate(route.schema, parseJson(text)) : {};

    return route.handler({ req, res, params: found.params, body, ...caller });
  }
}

/** One line: the message and where it was thrown, not the whole stack. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const origin = error.stack?.split('\n')[1]?.trim() ?? '';
  return `${error.name}: ${error.message} ${origin}`.trim();
}

function path(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/';
}

/**
 * Browsers always send Origin on writes; non-browser clients send none.
 * A foreign Origin is a page on another site riding our cookie.
 */
function refuseCrossOrigin(req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (!origin || req.method === 'GET') return;

  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== req.headers.host) {
    throw fail('notAuthorized', 'Cross-origin request refused');
  }
}
