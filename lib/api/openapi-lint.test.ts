// Tools nobody here wrote judge the document: Spectral with its OpenAPI rules and the OWASP API
// Security ruleset (.spectral.yaml), and Redocly CLI's recommended rules (redocly.yaml). Every
// rule that does not apply is turned off in those files with its reason; anything else fails.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "./app";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const run = promisify(execFile);

type Finding = { code: string; path: string[]; message: string };
const readable = (findings: Finding[]) => findings.map((finding) => `${finding.code} at ${finding.path.join(".")}: ${finding.message}`);

describe("the OpenAPI document, linted", () => {
  let directory: string;
  let document: string;

  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), "latchkey-openapi-"));
    document = path.join(directory, "openapi.json");
    writeFileSync(document, JSON.stringify(openApiDocument()));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("passes Spectral (spectral:oas and OWASP) without errors or warnings", async () => {
    const output = path.join(directory, "spectral.json");
    // Exits non-zero when it finds errors; the findings are in the output file either way.
    await run(bin("spectral"), ["lint", document, "--ruleset", path.join(root, ".spectral.yaml"), "--format", "json", "--output", output], { cwd: root }).catch(
      (error: unknown) => error,
    );
    expect(readable(JSON.parse(readFileSync(output, "utf8")) as Finding[])).toEqual([]);
  }, 60_000);

  it("passes redocly lint without errors or warnings", async () => {
    const { stdout } = await run(bin("redocly"), ["lint", document, "--config", path.join(root, "redocly.yaml"), "--format", "json"], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    const result = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(result.problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
    expect(result.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);
});
