"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SearchableChecklist, type ChecklistItem } from "@/components/ui/searchable-checklist";
import { actionData, useServerAction } from "@/components/ui/use-server-action";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { searchGroupsAction } from "@/lib/groups/group-actions";
import { createUserFormSchema } from "@/lib/users/schemas";
import { createUserAction } from "@/lib/users/user-actions";
import { ShownOncePassword } from "./shown-once-password";

type FormInput = z.input<typeof createUserFormSchema>;
type FormOutput = z.output<typeof createUserFormSchema>;
const DEFAULTS: FormInput = { name: "", email: "", password: "", generatePassword: false, groupIds: [] };

const searchGroups = (q: string): Promise<ChecklistItem[]> => actionData(searchGroupsAction({ q }));

/** The New user button and dialog; a generated password is shown once after creating. */
export function NewUserDialog({ canAssignGroups }: { canAssignGroups: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [groups, setGroups] = useState<ChecklistItem[]>([]);
  const [created, setCreated] = useState<{ id: string; name: string; password: string } | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(createUserFormSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;
  const generate = useWatch({ control: form.control, name: "generatePassword" });

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) return;
    if (created) router.push(`/admin/users/${created.id}`);
    form.reset(DEFAULTS);
    setGroups([]);
    setCreated(null);
  };

  const create = useServerAction(createUserAction, {
    setError: form.setError,
    success: (user) => `${user.name} was created`,
    onSuccess: (user) => {
      if (user.generatedPassword) return setCreated({ id: user.id, name: user.name, password: user.generatedPassword });
      onOpenChange(false);
      router.push(`/admin/users/${user.id}`);
    },
  });
  const onSubmit = form.handleSubmit((values) =>
    create.run({
      name: values.name,
      email: values.email,
      password: values.generatePassword ? undefined : values.password,
      groupIds: groups.map((group) => group.id),
    }),
  );

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> New user
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>New user</DialogTitle>
          <DialogDescription>{created ? `${created.name} can sign in with this password.` : "They sign in with their email and the password you set here."}</DialogDescription>
        </DialogHeader>
        {created ? (
          <>
            <ShownOncePassword password={created.password} who={created.name} />
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={onSubmit} noValidate className="grid gap-5">
            <FormField id="new-user-name" label="Name" required error={errors.name?.message}>
              <Input autoComplete="off" maxLength={100} aria-required {...fieldA11y("new-user-name", errors.name?.message)} {...form.register("name")} />
            </FormField>
            <FormField id="new-user-email" label="Email" required error={errors.email?.message}>
              <Input type="email" autoComplete="off" aria-required {...fieldA11y("new-user-email", errors.email?.message)} {...form.register("email")} />
            </FormField>
            <div className="grid gap-3">
              {/* Hidden, not unmounted: what was typed comes back when unticking. */}
              <FormField
                id="new-user-password"
                label="Password"
                required
                error={errors.password?.message}
                description={`At least ${PASSWORD_MIN_LENGTH} characters; common or guessable passwords are refused.`}
                className={generate ? "hidden" : undefined}
              >
                <Input
                  type="password"
                  autoComplete="new-password"
                  aria-required
                  {...fieldA11y("new-user-password", errors.password?.message, { description: true })}
                  {...form.register("password")}
                />
              </FormField>
              <div className="flex items-start gap-2">
                <Checkbox
                  id="new-user-generate"
                  checked={generate}
                  aria-describedby="new-user-generate-description"
                  onCheckedChange={(checked) => form.setValue("generatePassword", checked === true, { shouldValidate: form.formState.isSubmitted })}
                  className="mt-0.5"
                />
                <div className="grid gap-1">
                  <Label htmlFor="new-user-generate" className="font-normal">
                    Generate one for me
                  </Label>
                  <p id="new-user-generate-description" className="text-sm text-muted-foreground">
                    A strong password is generated and shown once, after creating.
                  </p>
                </div>
              </div>
            </div>
            {canAssignGroups ? (
              <fieldset className="grid gap-2">
                <legend className="mb-2 text-sm font-medium">Groups</legend>
                <SearchableChecklist
                  id="new-user-groups"
                  searchLabel="Search groups"
                  queryKey={["group-picker", "new-user"]}
                  search={searchGroups}
                  selected={groups}
                  onSelectedChange={setGroups}
                  emptyText="No groups match."
                />
              </fieldset>
            ) : null}
            <FormDialogFooter submitLabel="Create" pending={create.pending} onCancel={() => onOpenChange(false)} />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
