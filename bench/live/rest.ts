/**
 * A REST client for one bench user: keeps the `session` cookie the way a
 * plug client does and times every request. It speaks from a given
 * loopback address: the flood limit counts requests that carry no session
 * (each user's first) per address, and real users do not share one.
 */
import { Agent, request } from 'node:http';

export interface Answer {
  http: number;
  status: string;
  data: unknown[];
  ms: number;
}

const TIMEOUT_MS = 10_000;
const agents = new Map<string, Agent>();

function agentFor(localAddress: string): Agent {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new Agent({ keepAlive: true, localAddress });
    agents.set(localAddress, agent);
  }
  return agent;
}

export class Rest {
  cookie: string | null = null;

  constructor(
    readonly base: string,
    readonly localAddress = '127.0.0.1',
  ) {}

  request(method: string, path: string, body?: unknown): Promise<Answer> {
    const payload =
      body === undefined
        ? ''
        : typeof body === 'string'
          ? body
          : JSON.stringify(body);
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
    };
    if (this.cookie) headers.cookie = `session=${this.cookie}`;

    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        new URL(`_/${path}`, this.base),
        { method, headers, agent: agentFor(this.localAddress) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            this.keepCookie(res.headers['set-cookie']);
            const envelope = parseEnvelope(Buffer.concat(chunks).toString());
            const http = res.statusCode ?? 0;
            resolve({ http, ...envelope, ms: elapsed(started) });
          });
        },
      );
      req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timed out')));
      req.on('error', reject);
      req.end(payload);
    });
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown = {}) => this.request('POST', path, body);

  /** Like `request`, but throws unless the server answered `ok`. */
  async ok(method: string, path: string, body?: unknown): Promise<Answer> {
    const answer = await this.request(method, path, body);
    if (answer.status !== 'ok') {
      throw new Error(`[bench] ${method} ${path}: ${answer.status}`);
    }
    return answer;
  }

  private keepCookie(setCookie: string[] | undefined): void {
    const value = /^session=([^;]*)/.exec(setCookie?.[0] ?? '')?.[1];
    if (value) this.cookie = value;
  }
}

function parseEnvelope(text: string): { status: string; data: unknown[] } {
  try {
    const parsed = JSON.parse(text) as { status?: unknown; data?: unknown };
    return {
      status: String(parsed.status),
      data: Array.isArray(parsed.data) ? parsed.data : [],
    };
  } catch {
    return { status: 'notJson', data: [] };
  }
}

export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

export const elapsed = (since: number) => performance.now() - since;
