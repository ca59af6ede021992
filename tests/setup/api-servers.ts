// Vitest global set-up for the API suites: two production servers (`next start`) sharing one
// fresh database, so tests speak real HTTP and can prove that a change made through one
// instance takes effect on the other at once.
import type { TestProject } from "vitest/node";
import { ensureBuild } from "../../scripts/build";
import { startServer } from "../../scripts/server";
import { createMigratedDatabase, dropDatabase, type Provider } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    apiServers: string[];
    apiDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const provider = project.config.env.LATCHKEY_TEST_PROVIDER as Provider;
  if (!ensureBuild()) throw new Error("The production build failed; the API suites need it.");
  const databaseUrl = await createMigratedDatabase(provider, "api");
  const servers = [await startServer(databaseUrl), await startServer(databaseUrl)];
  project.provide("apiServers", servers.map((server) => server.baseUrl));
  project.provide("apiDatabaseUrl", databaseUrl);
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await dropDatabase(databaseUrl);
  };
}
