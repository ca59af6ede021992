"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useServerAction } from "@/components/ui/use-server-action";
import { updateApiKeyPolicyAction } from "@/lib/settings/policy-actions";
import { apiKeyPolicySchema, type ApiKeyPolicy, type ApiKeyPolicyInput } from "@/lib/settings/schemas";

/** Administrators' limits for API keys: lifetime, "no expiration", default rate limit. */
export function PolicyForm({ policy }: { policy: ApiKeyPolicy }) {
  const form = useForm<ApiKeyPolicyInput, unknown, ApiKeyPolicy>({ resolver: zodResolver(apiKeyPolicySchema), defaultValues: policy });
  const { errors, isDirty } = form.formState;
  const save = useServerAction(updateApiKeyPolicyAction, { setError: form.setError, success: "Policy saved", onSuccess: (saved) => form.reset(saved) });
  const onSubmit = form.handleSubmit((values) => save.run(values));

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-lg space-y-5">
      <FormField
        id="policy-max-lifetime"
        label="Maximum lifetime (days)"
        error={errors.maxLifetimeDays?.message}
        description="The longest a new key may live. Existing keys keep their expiry."
      >
        <Input type="number" inputMode="numeric" min={1} max={3650} className="w-40" {...fieldA11y("policy-max-lifetime", errors.maxLifetimeDays?.message, { description: true })} {...form.register("maxLifetimeDays")} />
      </FormField>
      <Controller
        control={form.control}
        name="allowNoExpiration"
        render={({ field }) => (
          <div className="flex items-start gap-3">
            <Checkbox id="policy-allow-no-expiration" checked={field.value} onCheckedChange={(checked) => field.onChange(checked === true)} aria-describedby="policy-allow-no-expiration-hint" className="mt-0.5" />
            <div className="grid gap-1">
              <Label htmlFor="policy-allow-no-expiration">Allow keys that never expire</Label>
              <p id="policy-allow-no-expiration-hint" className="text-sm text-muted-foreground">
                Offers “No expiration” when creating a key. A key that never expires works until someone revokes it.
              </p>
            </div>
          </div>
        )}
      />
      <FormField
        id="policy-rate-limit"
        label="Default rate limit (requests per minute)"
        error={errors.defaultRateLimit?.message}
        description="Applies at once to every key without its own limit."
      >
        <Input type="number" inputMode="numeric" min={1} max={100000} className="w-40" {...fieldA11y("policy-rate-limit", errors.defaultRateLimit?.message, { description: true })} {...form.register("defaultRateLimit")} />
      </FormField>
      <Button type="submit" pending={save.pending} disabled={!isDirty}>
        Save policy
      </Button>
    </form>
  );
}
