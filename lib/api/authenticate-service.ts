import "server-only";
import type { MiddlewareHandler } from "hono";
import { keyFromRequest } from "@/lib/api-keys/verify";
import { clientIp } from "@/lib/client-ip";
import { UnauthorizedError } from "@/lib/errors";
import { isWellFormedServiceToken } from "@/lib/services/token-format";
import { recordTokenUse } from "@/lib/services/token-usage";
import { verifyServiceToken } from "@/lib/services/verify-token";
import type { ApiEnv } from "./env";
import { countBadKey, refuseWhileGuessing } from "./key-guessing";

/**
 * The middleware of the operations a service calls with its token (the verify API), instead
 * of `authenticate`: an API key is refused here (401), whatever it may do. Unknown tokens
 * count towards the same per-address guessing limit as unknown keys. The token's lastUsedAt
 * is written coalesced, not per request.
 */
export function authenticateService(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const headers = c.req.raw.headers;
    const ip = clientIp(headers);
    await refuseWhileGuessing(ip);
    try {
      const service = await verifyServiceToken(headers);
      recordTokenUse(service.tokenId);
      c.set("service", service);
    } catch (error) {
      const token = keyFromRequest(headers);
      if (error instanceof UnauthorizedError && token && isWellFormedServiceToken(token)) await countBadKey(ip);
      throw error;
    }
    await next();
  };
}
