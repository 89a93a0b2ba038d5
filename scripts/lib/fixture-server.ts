import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Serves the golden fixture pages on 127.0.0.1 under the paths of their real URLs, so a
 * Chromium whose host resolver maps www.ifanr.com and www.theverge.com here loads
 * `http://www.ifanr.com/1570213` from `tests/fixtures/ifanr-altman-de/source.html` and the
 * extension's real match patterns fire. Extra routes serve other local pages (the corpus).
 * It also answers as an HTTP proxy (Firefox is pointed at it for every URL): plain-HTTP
 * requests for the served hosts get their pages, every other host a 404, and tunnels for
 * HTTPS are refused, except to the hosts `tunnels` names (a local HTTPS stand-in such as
 * tests/e2e/support/wikipedia-server.ts); each request is logged in `requests`.
 */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** Real pages for study, outside the project (absent in a fresh clone without ../shared). */
export const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');

/** Hosts the browser resolves to the fixture server. */
export const SERVED_HOSTS = ['www.ifanr.com', 'ifanr.com', 'www.theverge.com', 'theverge.com', 'interviews.example'];

export interface FixtureServer {
  port: number;
  /** The page's real URL as http (the server speaks plain HTTP). */
  urlOf(slug: string): string;
  /** Every request received, in order: the absolute URL, or `CONNECT host:port` for a tunnel. */
  readonly requests: string[];
  close(): Promise<void>;
}

export interface ExtraRoute {
  /** Path on the server, e.g. `/corpus/theverge-2026-trifold.html`. */
  path: string;
  file?: string;
  body?: string;
  headers?: Record<string, string>;
}

/** The URL each fixture declares in its expected.json, by slug. */
export function fixtureUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  for (const slug of readdirSync(FIXTURES)) {
    const expected = join(FIXTURES, slug, 'expected.json');
    if (existsSync(expected)) urls.set(slug, JSON.parse(readFileSync(expected, 'utf8')).url);
  }
  return urls;
}

/** Local ports that HTTPS tunnels to a host lead to, by host name (asked at each tunnel). */
export type Tunnels = () => Record<string, number>;

/** Starts the server on a free port. */
export async function startFixtureServer(extra: ExtraRoute[] = [], tunnels: Tunnels = () => ({})): Promise<FixtureServer> {
  const urls = fixtureUrls();
  const routes = new Map<string, ExtraRoute>();
  for (const [slug, url] of urls) routes.set(pathKey(url), { path: pathKey(url), file: join(FIXTURES, slug, 'source.html') });
  for (const route of extra) routes.set(route.path, route);

  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    // A proxy request names the absolute URL; a direct one the path, its host in the header.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    requests.push(url.href);
    const route = SERVED_HOSTS.includes(url.hostname) || isLocal(url.hostname) ? routes.get(pathKey(url.href)) : undefined;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = route.body ?? readFileSync(route.file!);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers }).end(body);
  });
  server.on('connect', (req, socket, head) => {
    requests.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const local = port === '443' ? tunnels()[host] : undefined;
    if (local === undefined) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(local, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    urlOf(slug) {
      const url = urls.get(slug);
      if (!url) throw new Error(`no fixture ${slug}`);
      return url.replace(/^https:/, 'http:');
    },
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function isLocal(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

function pathKey(url: string): string {
  return new URL(url).pathname.replace(/\/$/, '') || '/';
}
