"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { applyActionErrors } from "@/lib/actions/form-errors";
import { createGroupAction } from "@/lib/groups/group-actions";
import { groupDetailsSchema, type GroupDetails, type GroupDetailsInput } from "@/lib/groups/schemas";
import { GroupFormFields } from "./group-form-fields";

const DEFAULTS: GroupDetailsInput = { name: "", description: "" };

/** New group: name and description; then on to the group's page for members and permissions. */
export function NewGroupDialog() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<GroupDetailsInput, unknown, GroupDetails>({ resolver: zodResolver(groupDetailsSchema), defaultValues: DEFAULTS });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createGroupAction(values);
    const error = applyActionErrors(form, result);
    if (error) return void toast.error(error);
    if (!result?.data) return;
    toast.success(`${result.data.name} was created`);
    setOpen(false);
    form.reset(DEFAULTS);
    router.push(`/admin/groups/${result.data.id}`);
  });

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
          <FormDialogFooter submitLabel="Create" pending={form.formState.isSubmitting} onCancel={() => setOpen(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
