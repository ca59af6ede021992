import type { Metadata } from "next";
import { HydrationMarker } from "@/components/providers/hydration-marker";
import { Toaster } from "@/components/ui/sonner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Latchkey", template: "%s · Latchkey" },
  description: "Users, groups and personal API keys for your organisation.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
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
