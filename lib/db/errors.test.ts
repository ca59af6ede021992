import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./errors";

// Shapes as Prisma 6.19 with @prisma/adapter-pg reports them when PostgreSQL stops
// (recorded from tests/faults/database-outage.test.ts's own server).
const adapterError = (cause: object) => ({ name: "DriverAdapterError", cause });
const prismaError = (code: string, cause: object) => Object.assign(new Error("Invalid invocation"), { code, meta: { driverAdapterError: adapterError(cause) } });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection (model query)", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["a refused connection (raw query)", prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["a query cut off by the server's shutdown", prismaError("P2010", { kind: "postgres", code: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" })],
    ["a server still starting up", prismaError("P2010", { kind: "postgres", code: "57P03", severity: "FATAL", message: "the database system is starting up" })],
    ["a reset connection", prismaError("P2010", { kind: "ConnectionClosed" })],
    ["no pool connection in time", new Error("timeout exceeded when trying to connect")],
    ["a connection that broke", new Error("Connection terminated unexpectedly")],
    ["pg's refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["pg's server shutting down", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
  ])("is true for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    ["a syntax error", prismaError("P2010", { kind: "postgres", code: "42601", severity: "ERROR", message: "syntax error" })],
    ["pg's syntax error", Object.assign(new Error("syntax error"), { code: "42601" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["not an error", "down"],
  ])("is false for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
