import type { Metadata } from "next";
import { connection } from "next/server";
import { HydrationMarker } from "@/components/providers/hydration-marker";
import { Toaster } from "@/components/ui/sonner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Latchkey", template: "%s · Latchkey" },
  description: "Users, groups and personal API keys for your organisation.",
};

// Rendered per request, never prerendered: Next puts the request's CSP nonce (proxy.ts) on
// its script tags only while rendering, so a static page's scripts would be blocked.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-background text-foreground antialiased">
        {children}
        <Toaster />
        <HydrationMarker />
      </body>
    </html>
  );
}
