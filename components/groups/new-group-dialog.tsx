"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { useServerAction } from "@/components/ui/use-server-action";
import { createGroupAction } from "@/lib/groups/group-actions";
import { groupDetailsSchema, type GroupDetails, type GroupDetailsInput } from "@/lib/groups/schemas";
import { GroupFormFields } from "./group-form-fields";

const DEFAULTS: GroupDetailsInput = { name: "", description: "" };

/** New group: name and description; then on to the group's page for members and permissions. */
export function NewGroupDialog() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<GroupDetailsInput, unknown, GroupDetails>({ resolver: zodResolver(groupDetailsSchema), defaultValues: DEFAULTS });

  const create = useServerAction(createGroupAction, {
    setError: form.setError,
    success: (group) => `${group.name} was created`,
    onSuccess: (group) => {
      setOpen(false);
      form.reset(DEFAULTS);
      router.push(`/admin/groups/${group.id}`);
    },
  });
  const onSubmit = form.handleSubmit((values) => create.run(values));

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> New group
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New group</DialogTitle>
          <DialogDescription>Next, choose its permissions and add members on the group&apos;s page.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-5">
          <GroupFormFields form={form} idPrefix="new-group" />
          <FormDialogFooter submitLabel="Create" pending={create.pending} onCancel={() => setOpen(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
