// Real HTTP against the API test servers (tests/setup/api-servers.ts), and keys seeded
// straight into their database. Every answer of an operation is checked against the OpenAPI
// document (documented-answers.ts): the authorization matrix and the robustness tests call
// every operation with every kind of caller, so each answer they see is one the document allows.
import { inject } from "vitest";
import { generateApiKey, displayPrefix, hashApiKey } from "@/lib/api-keys/format";
import { db } from "@/lib/db";
import type { Permission } from "@/lib/permissions/catalogue";
import { generateServiceToken, hashServiceToken, tokenDisplayPrefix } from "@/lib/services/token-format";
import { expectDocumented } from "./documented-answers";
import { unique } from "./seed";

export type ApiAnswer = { status: number; headers: Headers; body: Record<string, unknown> | null; text: string };

/** Calls the API on test server `server` (0 or 1; both share one database) and checks the answer against the document. */
export async function api(
  path: string,
  { key, method = "GET", body, headers = {}, server = 0 }: { key?: string; method?: string; body?: unknown; headers?: Record<string, string>; server?: number } = {},
): Promise<ApiAnswer> {
  const url = new URL(`${inject("apiServers")[server]}${path}`);
  const response = await fetch(url, {
    // fetch upper-cases GET, POST, PUT and DELETE itself but sends "patch" as is, which HTTP refuses.
    method: method.toUpperCase(),
    headers: {
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
      ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    parsed = null;
  }
  const answer = { status: response.status, headers: response.headers, body: parsed, text };
  expectDocumented(method, url, answer);
  return answer;
}

/** A key for `userId` written straight to the database; returns the plaintext and the row. */
export async function seedKey(
  userId: string,
  options: { scopes?: Permission[] | null; status?: "ACTIVE" | "DISABLED" | "REVOKED"; expiresAt?: Date | null; rateLimit?: number | null; name?: string } = {},
) {
  const key = generateApiKey();
  const row = await db.apiKey.create({
    data: {
      userId,
      name: options.name ?? unique("key"),
      prefix: displayPrefix(key),
      hash: hashApiKey(key),
      scopes: options.scopes ? JSON.stringify(options.scopes) : null,
      status: options.status ?? "ACTIVE",
      expiresAt: options.expiresAt === undefined ? new Date(Date.now() + 86_400_000) : options.expiresAt,
      rateLimit: options.rateLimit ?? null,
    },
  });
  return { key, row };
}

/** A service token for `serviceId` written straight to the database; returns the plaintext and the row. */
export async function seedServiceToken(serviceId: string, options: { revoked?: boolean; name?: string } = {}) {
  const token = generateServiceToken();
  const row = await db.serviceToken.create({
    data: { serviceId, name: options.name ?? unique("token"), prefix: tokenDisplayPrefix(token), hash: hashServiceToken(token), revokedAt: options.revoked ? new Date() : null },
  });
  return { token, row };
}

/** Waits for a condition instead of sleeping a fixed time. */
export async function eventually<T>(check: () => Promise<T>, { timeoutMs = 10_000, intervalMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
