"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useServerAction } from "@/components/ui/use-server-action";
import { deleteGroupAction } from "@/lib/groups/group-actions";

export function DeleteGroupButton({ group }: { group: { id: string; name: string; memberCount: number } }) {
  const router = useRouter();
  const remove = useServerAction(deleteGroupAction, {
    refusal: "inline",
    success: `${group.name} was deleted`,
    onSuccess: () => router.push("/admin/groups"),
  });
  const members = group.memberCount === 1 ? "Its 1 member loses" : `Its ${group.memberCount} members lose`;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" className="text-destructive">
          <Trash2 aria-hidden /> Delete group
        </Button>
      }
      title={`Delete ${group.name}?`}
      description={`${members} the permissions it grants, unless another group grants them. This cannot be undone.`}
      confirmLabel="Delete group"
      onConfirm={() => remove.run({ groupId: group.id })}
    />
  );
}
