/**
 * Everything outside `/_/`: the built client from `dist/`, or Vite's dev
 * middleware when hot reload is on. Both fall back to index.html so client
 * routes survive a reload.
 */
import fs from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

export type Middleware = (req: IncomingMessage, res: ServerResponse) => void;

export interface ClientServer {
  handle: Middleware;
  close(): Promise<void>;
}

function notFound(res: ServerResponse, text: string): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

export function serveBuiltClient(distDir: string): ClientServer {
  const root = path.resolve(distDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    return {
      handle: (_req, res) =>
        notFound(res, 'The client is not built yet: run `npm run build`.'),
      close: async () => undefined,
    };
  }

  const serve = sirv(root, { single: true, etag: true });
  return {
    handle: (req, res) => {
      // Staff pages carry one-click bans: no other site may frame them.
      res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
      res.setHeader('X-Content-Type-Options', 'nosniff');
      serve(req, res, () => notFound(res, 'Not found'));
    },
    close: async () => undefined,
  };
}

export async function serveViteDev(httpServer: Server): Promise<ClientServer> {
  const { createServer } = await import('vite');
  const vite = await createServer({
    server: { middlewareMode: true, hmr: { server: httpServer } },
    appType: 'spa',
  });
  return {
    handle: (req, res) => vite.middlewares(req, res),
    close: () => vite.close(),
  };
}
