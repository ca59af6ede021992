import "server-only";
// The cursors /api/v1 lists hand out are sealed: the position lib/ pages from (a user's id, an
// audit event's time and id…) in base64url, a dot, and an HMAC of the list's name and that
// position. So a cursor the server never issued, or one issued for another list, is refused
// (400 invalid_cursor) instead of read as some position and answered with a wrong or empty
// page. The key comes from NEXTAUTH_SECRET, which every instance sharing the database shares:
// a cursor from one instance works on all, and changing the secret retires every cursor.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { BadRequestError } from "@/lib/errors";

export type CursorList = "users" | "groups" | "audit-events" | "api-keys" | "services";

let key: Buffer | undefined;

function mac(list: CursorList, position: string): Buffer {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set");
  key ??= Buffer.from(hkdfSync("sha256", env.NEXTAUTH_SECRET, "latchkey", "api-cursor", 32));
  // 128 bits: enough that no one finds a valid cursor by trying.
  return createHmac("sha256", key).update(`${list}\n${position}`).digest().subarray(0, 16);
}

/** The cursor for the page after `position`, or null on the last page. */
export function sealCursor(list: CursorList, position: string | null): string | null {
  if (position === null) return null;
  return `${Buffer.from(position).toString("base64url")}.${mac(list, position).toString("base64url")}`;
}

/** The position a cursor from `sealCursor` names; undefined for the first page. */
export function openCursor(list: CursorList, cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const [encoded, tag, ...rest] = cursor.split(".");
  const position = Buffer.from(encoded, "base64url").toString();
  const expected = mac(list, position);
  const given = Buffer.from(tag ?? "", "base64url");
  if (rest.length || given.length !== expected.length || !timingSafeEqual(given, expected) || Buffer.from(position).toString("base64url") !== encoded) {
    throw new BadRequestError("This cursor was not issued by this server for this list. Take the cursor from next_cursor.", 400, "invalid_cursor");
  }
  return position;
}
