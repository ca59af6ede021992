"use client";

import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { RevealSecretDialog, type RevealedSecret } from "@/components/ui/reveal-secret-dialog";
import { apiKeyFileName, downloadTextFile } from "./download";

export type RevealedKey = RevealedSecret;

const code = "rounded bg-muted px-1 py-0.5 text-xs";

/** Shows a new key once, with Copy and Download (a `<name>.apikey` file). */
export function RevealKeyDialog({ revealed, onDone }: { revealed: RevealedKey | null; onDone: () => void }) {
  return (
    <RevealSecretDialog
      revealed={revealed}
      onDone={onDone}
      noun="key"
      title="Save your API key"
      description={<>Your new key “{revealed?.name}” is ready. Copy it or download it now.</>}
      label="API key"
      fieldId="revealed-api-key"
      actions={
        <Button type="button" variant="outline" onClick={() => revealed && downloadTextFile(apiKeyFileName(revealed.name), `${revealed.plaintext}\n`)}>
          <Download aria-hidden="true" />
          Download
        </Button>
      }
      hint={
        <>
          Send it as <code className={code}>Authorization: Bearer &lt;key&gt;</code> (or <code className={code}>X-API-Key</code>) to <code className={code}>/api/v1</code>.
        </>
      }
    />
  );
}
