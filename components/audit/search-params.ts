// The audit log's filters in the URL (?action=&actor=&cursor=), for the page and the toolbar.
import { createLoader, parseAsString } from "nuqs/server";

export const AUDIT_PAGE_SIZE = 50;

export const auditSearchParams = {
  action: parseAsString.withDefault(""),
  actor: parseAsString.withDefault(""),
  cursor: parseAsString.withDefault(""),
};

export const loadAuditSearchParams = createLoader(auditSearchParams);
