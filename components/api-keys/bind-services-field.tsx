"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import type { CatalogueEntry } from "@/lib/permissions/catalogue";

export type BindableService = { id: string; slug: string; name: string };

/** The services the owner holds any permission of: those a key may be bound to. */
export function bindableServicesOf(held: readonly CatalogueEntry[]): BindableService[] {
  const services = new Map<string, BindableService>();
  for (const { service } of held) if (service) services.set(service.id, service);
  return [...services.values()];
}

/** Bind to services: optional; a bound key works only for the chosen services, never on Latchkey's API. */
export function BindServicesField({
  services,
  value,
  onChange,
  error,
}: {
  services: BindableService[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}) {
  if (services.length === 0) return null;
  return (
    <fieldset className="grid gap-2" aria-describedby="api-key-bind-hint">
      <legend className="text-sm font-medium">Bind to services</legend>
      <p id="api-key-bind-hint" className="text-sm text-muted-foreground">
        Optional. A bound key works only for the services you pick, and cannot call Latchkey&apos;s own API.
      </p>
      {services.map((service) => {
        const id = `api-key-bind-${service.id}`;
        return (
          <div key={service.id} className="flex items-center gap-3">
            <Checkbox
              id={id}
              checked={value.includes(service.id)}
              onCheckedChange={(checked) => onChange(checked === true ? [...value, service.id] : value.filter((other) => other !== service.id))}
              aria-invalid={!!error || undefined}
            />
            <Label htmlFor={id}>
              {service.name} <span className="font-mono text-xs text-muted-foreground">({service.slug})</span>
            </Label>
          </div>
        );
      })}
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
