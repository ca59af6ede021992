"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { useServerAction } from "@/components/ui/use-server-action";
import { updateSignInPolicyAction } from "@/lib/two-factor/actions";

/** Administrators' sign-in policy: whether administrators must use a second factor. */
export function SignInPolicyForm({ requireTwoFactorForAdministrators }: { requireTwoFactorForAdministrators: boolean }) {
  const [required, setRequired] = useState(requireTwoFactorForAdministrators);
  const save = useServerAction(updateSignInPolicyAction, { success: "Sign-in policy saved" });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    void save.run({ requireTwoFactorForAdministrators: required });
  };

  return (
    <form onSubmit={onSubmit} className="max-w-lg space-y-5">
      <div className="flex items-start gap-3">
        <Checkbox id="policy-require-two-factor" checked={required} onCheckedChange={(checked) => setRequired(checked === true)} aria-describedby="policy-require-two-factor-hint" className="mt-0.5" />
        <div className="grid gap-1">
          <Label htmlFor="policy-require-two-factor">Require two-factor authentication for administrators</Label>
          <p id="policy-require-two-factor-hint" className="text-sm text-muted-foreground">
            Members of Administrators without a second factor are sent to set one up before anything else.
          </p>
        </div>
      </div>
      <Button type="submit" pending={save.pending} disabled={required === requireTwoFactorForAdministrators}>
        Save sign-in policy
      </Button>
    </form>
  );
}
