import { Badge } from "@/components/ui/badge";
import { API_KEY_STATE_LABELS, type ApiKeyState } from "@/lib/api-keys/status";

const VARIANTS = { active: "success", expired: "warning", disabled: "secondary", revoked: "outline" } as const;

export function KeyStatusBadge({ state }: { state: ApiKeyState }) {
  return <Badge variant={VARIANTS[state]}>{API_KEY_STATE_LABELS[state]}</Badge>;
}
