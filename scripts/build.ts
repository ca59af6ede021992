// The production build, made when missing or older than the sources: used by `npm start`
// and by the API test servers, so each builds at most once per change.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = ["app", "components", "lib", "public", "instrumentation.ts", "instrumentation-client.ts", "proxy.ts", "next.config.js", "package-lock.json", "prisma/model.prisma"];

function newest(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (!entry.startsWith(".") && entry !== "node_modules") latest = Math.max(latest, newest(path.join(target, entry)));
  }
  return latest;
}

export function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const sources = SOURCES.map((name) => path.join(root, name)).filter(existsSync);
  return Math.max(...sources.map(newest)) < statSync(buildId).mtimeMs;
}

/** Builds when needed; returns false when the build failed (its output went to the console). */
export function ensureBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  if (buildIsCurrent()) return true;
  console.log("Building the console (first start or changed sources)…");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", NODE_OPTIONS: "" },
    stdio: "inherit",
  });
  return build.status === 0;
}
