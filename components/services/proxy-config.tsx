"use client";

import { useId, useMemo, useRef, useState } from "react";
import { Check, Copy } from "lucide-react";
import { useCopyToClipboard } from "@/components/api-keys/use-copy-to-clipboard";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { proxyConfigs } from "@/lib/services/proxy-configs";

export type ProxyConfigProps = {
  /** This installation's base URL (NEXTAUTH_URL), e.g. https://latchkey.example.com. */
  baseUrl: string;
  /** The service's slug. */
  slug: string;
  /** The service's permissions: their names (`read`) or full names (`reports:read`). */
  permissions: string[];
};

/**
 * Copy-paste configuration that puts the service behind Latchkey's forward-auth, for NGINX,
 * Traefik, Caddy and Envoy (one tab each), filled in with this installation's URL and the
 * permission chosen in the select. The texts come from lib/services/proxy-configs.ts, the
 * same the forward-auth journey runs NGINX and Caddy with.
 */
export function ProxyConfig({ baseUrl, slug, permissions }: ProxyConfigProps) {
  const names = useMemo(() => permissions.map((permission) => (permission.includes(":") ? permission : `${slug}:${permission}`)), [permissions, slug]);
  const [permission, setPermission] = useState(names[0] ?? `${slug}:read`);
  const configs = useMemo(() => proxyConfigs({ baseUrl, permission }), [baseUrl, permission]);
  const selectId = useId();

  return (
    <div className="flex flex-col gap-4">
      <div className="flex max-w-sm flex-col gap-2">
        <Label htmlFor={selectId}>Permission to require</Label>
        <Select value={permission} onValueChange={setPermission} disabled={names.length === 0}>
          <SelectTrigger id={selectId}>
            <SelectValue placeholder="This service defines no permissions yet" />
          </SelectTrigger>
          <SelectContent>
            {names.map((name) => (
              <SelectItem key={name} value={name}>
                {name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <Tabs defaultValue={configs[0].kind}>
        <TabsList aria-label="Reverse proxy">
          {configs.map((config) => (
            <TabsTrigger key={config.kind} value={config.kind}>
              {config.label}
            </TabsTrigger>
          ))}
        </TabsList>
        {configs.map((config) => (
          <TabsContent key={config.kind} value={config.kind} className="flex flex-col gap-4">
            {config.sections.map((section) => (
              <ConfigText key={section.title} label={`${config.label} configuration: ${section.title}`} title={section.title} text={section.text} />
            ))}
          </TabsContent>
        ))}
      </Tabs>
      <p className="text-sm text-muted-foreground">
        Callers send their API key as <code className="rounded bg-muted px-1 py-0.5 text-xs">Authorization: Bearer &lt;key&gt;</code> (or{" "}
        <code className="rounded bg-muted px-1 py-0.5 text-xs">X-API-Key</code>); the service receives who they are in the{" "}
        <code className="rounded bg-muted px-1 py-0.5 text-xs">X-Latchkey-*</code> headers.
      </p>
    </div>
  );
}

function ConfigText({ label, title, text }: { label: string; title: string; text: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const { state, copy } = useCopyToClipboard();
  const id = useId();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <Label htmlFor={id}>{title}</Label>
        <Button type="button" variant="outline" size="sm" aria-label={state === "copied" ? `Copied ${label}` : `Copy ${label}`} onClick={() => copy(text, field.current)}>
          {state === "copied" ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {state === "copied" ? "Copied" : "Copy"}
        </Button>
      </div>
      <textarea
        ref={field}
        id={id}
        aria-label={label}
        readOnly
        spellCheck={false}
        value={text}
        rows={Math.min(text.split("\n").length, 30)}
        className="w-full resize-y rounded-md border bg-muted/40 p-3 font-mono text-xs leading-relaxed whitespace-pre outline-none focus-visible:ring-2 focus-visible:ring-ring"
        wrap="off"
      />
      {state === "manual" ? <p className="text-sm text-muted-foreground">Your browser did not let Latchkey copy. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.</p> : null}
      <p aria-live="polite" className="sr-only">
        {state === "copied" ? `${label} copied to the clipboard` : ""}
      </p>
    </div>
  );
}
