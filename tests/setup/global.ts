// Vitest global set-up for a database project: one migrated template per run and provider.
import type { TestProject } from "vitest/node";
import { createTemplate, dropRun, type Provider } from "./databases";

export default async function setup(project: TestProject) {
  const provider = project.config.env.LATCHKEY_TEST_PROVIDER as Provider;
  await createTemplate(provider);
  return () => dropRun(provider);
}
