import { Badge } from "@/components/ui/badge";

export function UserStatusBadge({ status }: { status: "ACTIVE" | "DISABLED" }) {
  return status === "ACTIVE" ? <Badge variant="success">Active</Badge> : <Badge variant="secondary">Disabled</Badge>;
}
