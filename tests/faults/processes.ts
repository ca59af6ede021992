// The fault tests' own PostgreSQL and Redis servers: started in temporary folders on free
// ports, stopped and started again by the test. The machine's shared servers are never touched.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/server";

const PG_BIN = process.env.TEST_POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";
const pgTool = (name: string) => path.join(PG_BIN, name);

// PostgreSQL refuses to run as root: then its tools run as the system's postgres user.
function unprivileged(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim()));
  return { uid, gid };
}

/** A PostgreSQL cluster of the test's own (initdb into a temporary folder, its own port). */
export async function ownPostgres() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "latchkey-faults-pg-"));
  const user = unprivileged();
  if (user) chownSync(dir, user.uid, user.gid);
  const run = (tool: string, args: string[]) => execFileSync(pgTool(tool), args, { stdio: "ignore", cwd: dir, ...user });
  const data = path.join(dir, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  // -m fast: connected clients are cut off at once, as when the server goes down.
  const stop = () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  start();
  return {
    url: (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    /** Stops the server (if running) and removes its folder. */
    destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Redis server of the test's own, without persistence: stopped by its pid, started again on the same port. */
export async function ownRedis() {
  const port = await freePort();
  let server: ChildProcess | null = null;
  async function start() {
    server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "inherit"] });
    const ready = server;
    await new Promise<void>((resolve, reject) => {
      ready.stdout!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("Ready to accept connections")) resolve();
      });
      ready.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
  }
  async function stop() {
    const running = server;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGTERM");
    });
    server = null;
  }
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}
