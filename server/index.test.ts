// The server's 503 for a page whose rendering failed for want of the database, over real HTTP.
import { createServer, type Server } from "node:http";
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
