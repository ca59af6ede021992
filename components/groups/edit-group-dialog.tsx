"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { useServerAction } from "@/components/ui/use-server-action";
import { updateGroupAction } from "@/lib/groups/group-actions";
import { groupDetailsSchema, type GroupDetails, type GroupDetailsInput } from "@/lib/groups/schemas";
import { GroupFormFields } from "./group-form-fields";

type Group = { id: string; name: string; description: string; builtIn: boolean };

/** Rename a group or change its description (Administrators keeps its name). */
export function EditGroupDialog({ group }: { group: Group }) {
  const [open, setOpen] = useState(false);
  const defaults = { name: group.name, description: group.description };
  const form = useForm<GroupDetailsInput, unknown, GroupDetails>({ resolver: zodResolver(groupDetailsSchema), defaultValues: defaults });

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) form.reset(defaults);
  };

  const save = useServerAction(updateGroupAction, { setError: form.setError, success: "Group saved", onSuccess: () => setOpen(false) });
  // The built-in group's name is not sent at all: only its description can change.
  const onSubmit = form.handleSubmit((values) => save.run({ groupId: group.id, description: values.description, ...(group.builtIn ? {} : { name: values.name }) }));

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Pencil aria-hidden /> {group.builtIn ? "Edit description" : "Rename"}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit group</DialogTitle>
          <DialogDescription>Members and permissions stay as they are.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-5">
          <GroupFormFields form={form} idPrefix="edit-group" nameLocked={group.builtIn ? "The Administrators group cannot be renamed." : undefined} />
          <FormDialogFooter submitLabel="Save" pending={save.pending} onCancel={() => setOpen(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
