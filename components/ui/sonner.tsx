"use client";

import * as React from "react";
import { Toaster as Sonner, type ToasterProps } from "sonner";

/** App-wide toast outlet: follows the OS colour scheme, rich colours, close button. */
function Toaster(props: ToasterProps) {
  return (
    <Sonner
      theme="system"
      richColors
      closeButton
      className="toaster group"
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
        } as React.CSSProperties
      }
      {...props}
    />
  );
}

export { Toaster };
