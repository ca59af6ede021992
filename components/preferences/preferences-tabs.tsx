"use client";

import { useRouter } from "next/navigation";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

export type PreferencesTab = "profile" | "api-keys" | "sessions" | "two-factor";

/** Profile, API keys, Sessions and Two-factor authentication tabs; the open tab is kept in the URL (?tab=api-keys) for links. */
export function PreferencesTabs({
  initialTab,
  profile,
  apiKeys,
  sessions,
  twoFactor,
}: {
  initialTab: PreferencesTab;
  profile: React.ReactNode;
  apiKeys?: React.ReactNode;
  sessions: React.ReactNode;
  twoFactor: React.ReactNode;
}) {
  const router = useRouter();
  return (
    <Tabs defaultValue={initialTab} onValueChange={(value) => router.replace(value === "profile" ? "/preferences" : `/preferences?tab=${value}`, { scroll: false })}>
      <TabsList>
        <TabsTrigger value="profile">Profile</TabsTrigger>
        {apiKeys && <TabsTrigger value="api-keys">API keys</TabsTrigger>}
        <TabsTrigger value="sessions">Sessions</TabsTrigger>
        <TabsTrigger value="two-factor">Two-factor authentication</TabsTrigger>
      </TabsList>
      <TabsContent value="profile" className="mt-4">
        {profile}
      </TabsContent>
      {apiKeys && (
        <TabsContent value="api-keys" className="mt-4">
          {apiKeys}
        </TabsContent>
      )}
      <TabsContent value="sessions" className="mt-4">
        {sessions}
      </TabsContent>
      <TabsContent value="two-factor" className="mt-4">
        {twoFactor}
      </TabsContent>
    </Tabs>
  );
}
