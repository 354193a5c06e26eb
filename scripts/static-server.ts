/**
 * A minimal static file server for built pages (benchmark and snapshot tools); loopback only. It serves as a
 * production host would: text compressed with gzip when the browser accepts it, hashed assets cacheable for good.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** Types worth compressing (fonts and pictures are compressed already). */
const TEXT = new Set([".html", ".js", ".mjs", ".css", ".json", ".geojson", ".svg", ".txt"]);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export async function serveDirectory(dir: string, port = 0): Promise<{ url: string; server: Server }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, "index.html");
        const body = await readFile(file);
        const headers: Record<string, string> = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
        if (path.startsWith("/assets/")) headers["cache-control"] = "public, max-age=31536000, immutable";
        const gzip = TEXT.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
        if (gzip) {
          headers["content-encoding"] = "gzip";
          headers.vary = "accept-encoding";
        }
        res.writeHead(200, headers).end(gzip ? gzipSync(body, { level: 9 }) : body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return { url: `http://127.0.0.1:${actual}/`, server };
}

// As a command: tsx scripts/static-server.ts <folder> <port> (used by the tests for the embed's host pages).
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [dir = ".", port = "4174"] = process.argv.slice(2);
  const { url } = await serveDirectory(dir, Number(port));
  console.log(`serving ${dir} at ${url}`);
}
