"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/ui/use-server-action";
import { updateApiKeyAction } from "@/lib/api-keys/actions";
import { updateApiKeySchema, type UpdateApiKeyInput } from "@/lib/api-keys/schemas";
import { returnFocusTo } from "./return-focus";

/** Edit a key's name and description (its secret and permissions never change). */
export function EditKeyDialog({
  apiKey,
  open,
  onOpenChange,
  returnFocus,
}: {
  apiKey: { id: string; name: string; description: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where focus goes on close: the row's menu button (the menu item that opened this is gone). */
  returnFocus?: React.RefObject<HTMLButtonElement | null>;
}) {
  const values = { id: apiKey.id, name: apiKey.name, description: apiKey.description };
  const form = useForm<UpdateApiKeyInput>({ resolver: zodResolver(updateApiKeySchema), values });
  const { errors } = form.formState;

  const setOpen = (next: boolean) => {
    // Reopening starts from the key as it is, not from an abandoned edit.
    if (!next) form.reset(values);
    onOpenChange(next);
  };

  const save = useServerAction(updateApiKeyAction, {
    setError: form.setError,
    success: (saved) => `Saved “${saved.name}”`,
    onSuccess: () => setOpen(false),
  });
  const onSubmit = form.handleSubmit((input) => save.run(input));

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent onCloseAutoFocus={returnFocusTo(returnFocus)}>
        <DialogHeader>
          <DialogTitle>Edit API key</DialogTitle>
          <DialogDescription>Rename the key or change its description. The key itself and its access stay the same.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-5">
          <FormField id={`edit-key-name-${apiKey.id}`} label="Name" required error={errors.name?.message}>
            <Input autoComplete="off" maxLength={100} {...fieldA11y(`edit-key-name-${apiKey.id}`, errors.name?.message)} aria-required {...form.register("name")} />
          </FormField>
          <FormField id={`edit-key-description-${apiKey.id}`} label="Description" error={errors.description?.message}>
            <Textarea rows={2} maxLength={500} {...fieldA11y(`edit-key-description-${apiKey.id}`, errors.description?.message)} {...form.register("description")} />
          </FormField>
          <FormDialogFooter submitLabel="Save" pending={save.pending} onCancel={() => setOpen(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
