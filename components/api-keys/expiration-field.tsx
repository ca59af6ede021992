"use client";

import { useState } from "react";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import {
  EXPIRATION_LABELS,
  allowedExpirations,
  customDateRange,
  endOfLocalDay,
  presetExpiresAt,
  type ExpirationChoice,
} from "@/lib/api-keys/expiry";

const dateFormat = new Intl.DateTimeFormat("en", { weekday: "short", year: "numeric", month: "short", day: "numeric" });

type Policy = { maxLifetimeDays: number; allowNoExpiration: boolean };

function summary(choice: ExpirationChoice, customExpiresAt: string | undefined): string {
  if (choice === "never") return "The key never expires: it works until it is revoked. Prefer an expiry where you can.";
  if (choice === "custom") return customExpiresAt ? `The key expires at the end of ${dateFormat.format(new Date(customExpiresAt))}.` : "Pick the last day the key works.";
  return `The key expires on ${dateFormat.format(presetExpiresAt(choice, new Date()))}.`;
}

/** Expiration: a preset, a custom date (valid through that day), or never where the policy allows. */
export function ExpirationField({
  policy,
  value,
  onChange,
  customExpiresAt,
  onCustomChange,
  errors,
}: {
  policy: Policy;
  value: ExpirationChoice;
  onChange: (value: ExpirationChoice) => void;
  customExpiresAt: string | undefined;
  onCustomChange: (value: string | undefined) => void;
  errors: { expiration?: string; customExpiresAt?: string };
}) {
  const [customDate, setCustomDate] = useState("");
  const range = customDateRange(policy, new Date());
  const choices = allowedExpirations(policy);
  return (
    <div className="grid gap-4">
      <FormField
        id="api-key-expiration"
        label="Expiration"
        error={errors.expiration}
        description={`${summary(value, customExpiresAt)} Your administrators allow at most ${policy.maxLifetimeDays} days.`}
      >
        <Select value={value} onValueChange={(next) => onChange(next as ExpirationChoice)}>
          <SelectTrigger {...fieldA11y("api-key-expiration", errors.expiration, { description: true })}>
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {choices.map((choice) => (
              <SelectItem key={choice} value={choice}>
                {EXPIRATION_LABELS[choice]}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </FormField>
      {value === "custom" && (
        <FormField id="api-key-expiration-date" label="Expiration date" error={errors.customExpiresAt}>
          <Input
            type="date"
            min={range.min}
            max={range.max}
            value={customDate}
            onChange={(event) => {
              setCustomDate(event.target.value);
              onCustomChange(event.target.value ? endOfLocalDay(event.target.value).toISOString() : undefined);
            }}
            className="w-fit"
            {...fieldA11y("api-key-expiration-date", errors.customExpiresAt)}
          />
        </FormField>
      )}
    </div>
  );
}
