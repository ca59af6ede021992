"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type CopyState = "idle" | "copied" | "manual";

/**
 * Copies text with the Clipboard API. Where that is missing (plain-HTTP origins other than
 * localhost) or refused, it selects the text in `field` and tries the legacy copy command;
 * failing that, the state is "manual": the text is selected for the user to copy themselves.
 */
export function useCopyToClipboard(resetAfterMs = 2_000) {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = useCallback(
    async (text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
      const copied = () => {
        setState("copied");
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => setState("idle"), resetAfterMs);
      };
      try {
        if (!navigator.clipboard?.writeText) throw new Error("Clipboard API unavailable");
        await navigator.clipboard.writeText(text);
        return copied();
      } catch {
        field?.focus();
        field?.select();
        // Deprecated, but the only programmatic copy left on insecure origins.
        if (field && document.execCommand?.("copy")) return copied();
        setState("manual");
      }
    },
    [resetAfterMs],
  );

  return { state, copy };
}
