// A static file server for the page test: serves a folder under a sub-path (to prove the page
// needs no particular root) on 127.0.0.1 and a free port, and records every path it served.
// Caching as `python3 -m http.server` (scripts/serve.sh) and most static hosts do it: a
// Last-Modified header and 304 answers to If-Modified-Since, no Cache-Control, so a browser may
// reuse what the page preloaded. Each file goes out whole, in one write with its Content-Length, as
// a static host's sendfile does (streamed in 64 KB chunks, the 1.2 MB module's download took ~50 ms
// longer on a loaded machine: stop 49, helper wasm56).
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ts': 'text/plain; charset=utf-8',
};

/** Starts serving `root` at http://127.0.0.1:<free port><prefix>; resolves to { url, served, close }. */
export function serve(root, prefix = '/') {
  const served = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('not under the prefix');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const stat = statSync(file);
      const modified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000);
      const since = Date.parse(request.headers['if-modified-since'] || '');
      if (!Number.isNaN(since) && since >= modified.getTime()) {
        response.writeHead(304, { 'Last-Modified': modified.toUTCString() }).end();
        return;
      }
      const body = readFileSync(file);
      served.push(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Content-Length': body.length,
        'Last-Modified': modified.toUTCString(),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${prefix}`,
        served,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
