import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

/**
 * A stand-in for Wikipedia's REST summary endpoint on 127.0.0.1 over HTTPS, with a test
 * certificate made by openssl for the run (the browser is told to accept it). Each name can be
 * given a behaviour, to show each state of a card; every request is recorded with the headers
 * that could carry more than the name.
 */

/** How the stand-in answers for a name. */
export type WikiBehaviour = 'ok' | 'disambiguation' | 'missing' | 'malformed' | 'slow' | 'offline';

/** One request as the stand-in received it. */
export interface WikiRequest {
  host: string;
  path: string;
  /** The article title asked for, decoded. */
  title: string;
  cookie?: string;
  referer?: string;
  origin?: string;
}

export interface WikipediaServer {
  port: number;
  readonly requests: WikiRequest[];
  /** Sets how a name is answered (default: a summary). */
  answer(title: string, behaviour: WikiBehaviour): void;
  close(): Promise<void>;
}

/** What an article's introduction says, with an HTML version carrying a payload that must never run. */
function summaryOf(title: string, lang: string) {
  return {
    type: 'standard',
    title,
    description: `Test description of ${title}`,
    extract: `${title} is a test article served locally. It has a second sentence. <img src=x onerror="window.__pwned='extract'"> A fourth sentence stays out.`,
    extract_html: `<p><b>${title}</b><img src=x onerror="window.__pwned='extract_html'"></p>`,
    content_urls: { desktop: { page: `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}` } },
  };
}

/** Starts the stand-in on a free port. */
export async function startWikipediaServer(): Promise<WikipediaServer> {
  const dir = mkdtempSync(join(tmpdir(), 'interview-lens-wiki-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=*.wikipedia.org', '-addext', 'subjectAltName=DNS:*.wikipedia.org'], { stdio: 'ignore' });
  const behaviours = new Map<string, WikiBehaviour>();
  const requests: WikiRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const cors = { 'access-control-allow-origin': '*' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-headers': '*' }).end();
      return;
    }
    const match = /^\/api\/rest_v1\/page\/summary\/(.+)$/.exec(url.pathname);
    const title = match ? decodeURIComponent(match[1]).replace(/_/g, ' ') : '';
    requests.push({ host, path: url.pathname + url.search, title, cookie: req.headers.cookie, referer: req.headers.referer, origin: req.headers.origin });
    const lang = host.split('.')[0];
    const behaviour = behaviours.get(title) ?? 'ok';
    const json = (status: number, body: unknown) => res.writeHead(status, { ...cors, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    if (!match) json(404, { type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found' });
    else if (behaviour === 'ok') json(200, summaryOf(title, lang));
    else if (behaviour === 'disambiguation') json(200, { ...summaryOf(title, lang), type: 'disambiguation', extract: `${title} may refer to:` });
    else if (behaviour === 'missing') json(404, { type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found', title: 'Not found.' });
    else if (behaviour === 'malformed') res.writeHead(200, { ...cors, 'content-type': 'text/html' }).end('<html>maintenance</html>');
    else if (behaviour === 'offline') req.socket.destroy();
    // 'slow': no answer until the server closes.
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as { port: number }).port,
    requests,
    answer: (title, behaviour) => behaviours.set(title, behaviour),
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

/** An interview about names the knowledge base does not know, and the address it is served at (an ifanr page, so the probe runs by itself). */
export const NAMES_PAGE = {
  file: fileURLToPath(new URL('../pages/names-interview.html', import.meta.url)),
  url: 'http://www.ifanr.com/names-interview',
} as const;

/** The stand-in of a test file: its requests and behaviours, and the hosts that lead to it. */
export interface WikipediaStandIn extends Pick<WikipediaServer, 'requests' | 'answer'> {
  /** de. and en.wikipedia.org to the stand-in's port (for a host resolver or a proxy's tunnels). */
  hosts(): Record<string, number>;
}

/** Registers, in the calling test file, a stand-in started before all its tests and closed after them. */
export function useWikipediaServer(): WikipediaStandIn {
  let server: WikipediaServer | undefined;
  beforeAll(async () => {
    server = await startWikipediaServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = () => {
    if (!server) throw new Error('the Wikipedia stand-in is not started yet');
    return server;
  };
  return {
    get requests() {
      return started().requests;
    },
    answer: (title, behaviour) => started().answer(title, behaviour),
    hosts: () => ({ 'de.wikipedia.org': started().port, 'en.wikipedia.org': started().port }),
  };
}
