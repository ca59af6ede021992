// The server's 503 for a page whose rendering failed for want of the database, over real HTTP.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { REQUEST_ID_HEADER, noteDatabaseFailure } from "../lib/http/database-failures";
import { answerDatabaseFailuresWith503 } from "./index";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose "page" fails with a 500, noting a database failure first when asked to. */
async function failingPage(databaseFailed: boolean) {
  server = createServer((request, response) => {
    answerDatabaseFailuresWith503(request, response);
    if (databaseFailed) noteDatabaseFailure(request.headers[REQUEST_ID_HEADER]);
    response.statusCode = 500;
    response.end("Internal Server Error");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/users`);
}

describe("answerDatabaseFailuresWith503", () => {
  it("turns the 500 of a request that failed for want of the database into a 503 with Retry-After", async () => {
    const response = await failingPage(true);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("leaves any other 500 alone", async () => {
    const response = await failingPage(false);
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
  });
});

describe("assignClientAddress", () => {
  it("removes client-sent address headers from both of node's views of the request", async () => {
    const { assignClientAddress } = await import("./index");
    const { clientAddressRule } = await import("../lib/trust-proxy");
    const seen = new Promise<{ headers: IncomingHttpHeaders; rawHeaders: string[] }>((resolve) => {
      server = createServer((request, response) => {
        assignClientAddress(request, clientAddressRule({ hops: 0 }));
        resolve({ headers: request.headers, rawHeaders: request.rawHeaders });
        response.end();
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    await fetch(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/api/v1/me`, {
      headers: { "X-Forwarded-For": "203.0.113.1", "X-Latchkey-Client-IP": "203.0.113.2", Forwarded: "for=203.0.113.3", "X-Other": "kept" },
    });
    const { headers, rawHeaders } = await seen;
    expect(headers["x-latchkey-client-ip"]).toBe("127.0.0.1");
    expect(headers["x-forwarded-for"]).toBeUndefined();
    const raw = Object.fromEntries(rawHeaders.flatMap((value, index) => (index % 2 === 0 ? [[value.toLowerCase(), rawHeaders[index + 1]]] : [])));
    expect(raw).toMatchObject({ "x-latchkey-client-ip": "127.0.0.1", "x-other": "kept" });
    expect(raw).not.toHaveProperty("x-forwarded-for");
    expect(raw).not.toHaveProperty("forwarded");
    expect(rawHeaders.filter((value) => value.toLowerCase() === "x-latchkey-client-ip")).toHaveLength(1);
  });
});
