import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerUnsupportedMethod } from "./unsupported-methods";

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (answerUnsupportedMethod(request, response)) return;
    response.end("passed on");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(path: string, method: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    const request = httpRequest(`${base}${path}`, { method }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, text }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("answerUnsupportedMethod over node:http", () => {
  it("answers TRACE on an API route with 405 problem+json, Allow and the API headers", async () => {
    const answer = await send("/api/v1/me", "TRACE");
    expect(answer.status).toBe(405);
    expect(answer.headers["content-type"]).toBe("application/problem+json");
    expect(answer.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(answer.text)).toMatchObject({ status: 405, title: "Method Not Allowed" });
  });

  it("answers TRACE elsewhere with 405 too, and passes other methods on", async () => {
    expect((await send("/api/v1/nowhere", "TRACE")).status).toBe(405);
    expect((await send("/login", "TRACE")).status).toBe(405);
    expect(await send("/api/v1/me", "GET")).toMatchObject({ status: 200, text: "passed on" });
  });
});
