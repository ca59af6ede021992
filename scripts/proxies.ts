// Real reverse proxies in front of a service, for the forward-auth journey
// (e2e/services/nginx-forward-auth.spec.ts) and its benchmark (scripts/bench-forward-auth.ts):
// NGINX (Debian's nginx-light, which has auth_request) and Caddy (forward_auth), configured
// with the text the console shows (lib/services/proxy-configs.ts), each in a folder of its own in a temporary folder (pid file, logs, temp paths, storage),
// listening on a free port and stopped by its pid. Plus the service itself: a node:http
// upstream that answers with the X-Latchkey-* headers the proxy passed it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, watch, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { caddyConfig, nginxForwardAuth } from "../lib/services/proxy-configs";
import { freePort } from "./server";

export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
export const CADDY = process.env.CADDY_PATH ?? "/usr/bin/caddy";

export type Upstream = { port: number; close: () => Promise<void> };

/** The service: answers 200 with a JSON echo of the X-Latchkey-* headers it received. */
export async function startUpstream(): Promise<Upstream> {
  const port = await freePort();
  const server: Server = createServer((request, response) => {
    const seen = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.startsWith("x-latchkey-")));
    const body = JSON.stringify({ path: request.url, headers: seen });
    response.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
    response.end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export type Proxy = { baseUrl: string; pid: number; stop: () => Promise<void> };

/**
 * Resolves once `ready()` holds, checking whenever the proxy prints something or a file in its
 * folder changes (no polling); fails when the process exits first, or after 20 s.
 */
function started(name: string, child: ChildProcess, output: string[], folder: string, ready: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = watch(folder);
    const finish = (error?: Error) => {
      clearTimeout(deadline);
      watcher.close();
      child.stdout!.off("data", check);
      child.stderr!.off("data", check);
      child.off("exit", exited);
      if (error) reject(error);
      else resolve();
    };
    function check() {
      if (ready()) finish();
    }
    const exited = (code: number | null) => finish(new Error(`${name} exited with ${code}: ${output.join("").slice(-2000)}`));
    const deadline = setTimeout(() => finish(new Error(`${name} did not start: ${output.join("").slice(-2000)}`)), 20_000);
    watcher.on("change", check);
    child.stdout!.on("data", check);
    child.stderr!.on("data", check);
    child.once("exit", exited);
    check();
  });
}

function stopper(child: ChildProcess, folder: string) {
  return () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(folder, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", done);
      // By its pid: the process this module started, nothing else.
      process.kill(child.pid!, "SIGTERM");
    });
}

function spawnProxy(command: string, args: string[], folder: string, env: Record<string, string> = {}) {
  const child = spawn(command, args, { cwd: folder, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  return { child, output };
}

export type NginxOptions = {
  upstreamPort: number;
  /** Latchkey's base URL; without it the proxy lets everything through (the benchmark's baseline). */
  latchkeyUrl?: string;
  /** The permission auth_request asks forward-auth about. */
  permission?: string;
  workers?: number;
};

/** Starts NGINX (`-p <tmp> -c <tmp>/nginx.conf`, in the foreground so its pid is the master's). */
export async function startNginx({ upstreamPort, latchkeyUrl, permission, workers = 1 }: NginxOptions): Promise<Proxy> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "latchkey-nginx-"));
  for (const temp of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(folder, temp));
  const port = await freePort();
  const guard = latchkeyUrl ? nginxForwardAuth({ baseUrl: latchkeyUrl, permission: permission!, upstream: "http://latchkey_service" }) : null;
  const conf = `
daemon off;
master_process on;
worker_processes ${workers};
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${folder}/client_body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  upstream latchkey_service { server 127.0.0.1:${upstreamPort}; keepalive 64; }
  # Kept-alive connections to the service, for the plain and the guarded proxy alike.
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  ${guard?.http ?? ""}
  server {
    listen 127.0.0.1:${port};
    ${guard?.server ?? "location / { proxy_pass http://latchkey_service; }"}
  }
}
`;
  const confPath = path.join(folder, "nginx.conf");
  writeFileSync(confPath, conf);
  const { child, output } = spawnProxy(NGINX, ["-p", folder, "-c", confPath, "-e", path.join(folder, "error.log")], folder);
  const baseUrl = `http://127.0.0.1:${port}`;
  // The master writes its pid file once its listening sockets are open.
  await started("nginx", child, output, folder, () => existsSync(path.join(folder, "nginx.pid")));
  return { baseUrl, pid: child.pid!, stop: stopper(child, folder) };
}

export const caddyAvailable = () => existsSync(CADDY);

/** Starts Caddy with forward_auth to Latchkey (admin off, storage in its own folder). */
export async function startCaddy({ upstreamPort, latchkeyUrl, permission }: { upstreamPort: number; latchkeyUrl: string; permission: string }): Promise<Proxy> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "latchkey-caddy-"));
  const port = await freePort();
  const caddyfile = `{
  admin off
  auto_https off
  storage file_system ${folder}/storage
}

${caddyConfig({ baseUrl: latchkeyUrl, permission, upstream: `127.0.0.1:${upstreamPort}`, site: `http://127.0.0.1:${port}` })}
`;
  const file = path.join(folder, "Caddyfile");
  writeFileSync(file, caddyfile);
  // Its data and config folders too, not the user's.
  const { child, output } = spawnProxy(CADDY, ["run", "--config", file, "--adapter", "caddyfile"], folder, {
    XDG_DATA_HOME: path.join(folder, "data"),
    XDG_CONFIG_HOME: path.join(folder, "config"),
    HOME: folder,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // Logged once the configuration is loaded and its listeners are open.
  await started("caddy", child, output, folder, () => output.join("").includes("serving initial configuration"));
  return { baseUrl, pid: child.pid!, stop: stopper(child, folder) };
}
