// Removes the run's database folder (see playwright.config.ts) once every test has finished.
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export default function teardown() {
  rmSync(path.join(os.tmpdir(), `latchkey-e2e-${process.env.LATCHKEY_E2E_RUN}`), { recursive: true, force: true });
}
