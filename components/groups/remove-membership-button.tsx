"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useServerAction } from "@/components/ui/use-server-action";
import { removeMemberAction } from "@/lib/groups/group-actions";

type Props = {
  user: { id: string; name: string };
  group: { id: string; name: string };
  /** Completes the button's accessible name for its row, e.g. "Ada" or "from Editors". */
  hiddenLabel: string;
};

/** Remove one user from one group, after confirmation: a row action on both the group's and the user's page. */
export function RemoveMembershipButton({ user, group, hiddenLabel }: Props) {
  const remove = useServerAction(removeMemberAction, { refusal: "inline", success: `${user.name} was removed from ${group.name}` });
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          Remove<span className="sr-only"> {hiddenLabel}</span>
        </Button>
      }
      title={`Remove ${user.name} from ${group.name}?`}
      description={`${user.name} loses the permissions ${group.name} grants, unless another of their groups grants them too.`}
      confirmLabel="Remove"
      onConfirm={() => remove.run({ groupId: group.id, userId: user.id })}
    />
  );
}
