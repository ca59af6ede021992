import type { Metadata } from "next";
import { ApiKeysTab } from "@/components/api-keys/api-keys-tab";
import { ChangePasswordForm } from "@/components/preferences/change-password-form";
import { PreferencesTabs, type PreferencesTab } from "@/components/preferences/preferences-tabs";
import { ProfileForm } from "@/components/preferences/profile-form";
import { SessionsTab } from "@/components/preferences/sessions-tab";
import { TwoFactorTab } from "@/components/preferences/two-factor-tab";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSessionActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Preferences" };

const TABS: PreferencesTab[] = ["profile", "api-keys", "sessions", "two-factor"];

export default async function PreferencesPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const actor = await requireSessionActor();
  const { tab } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Preferences</h1>
      <PreferencesTabs
        initialTab={TABS.find((name) => name === tab) ?? "profile"}
        profile={
          <div className="space-y-6">
            <Card>
              <CardHeader>
                <CardTitle>Profile</CardTitle>
                <CardDescription>How you appear to others in Latchkey.</CardDescription>
              </CardHeader>
              <CardContent>
                <ProfileForm name={actor.name} email={actor.email} />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Password</CardTitle>
                <CardDescription>Changing it signs you out everywhere, this browser included.</CardDescription>
              </CardHeader>
              <CardContent>
                <ChangePasswordForm />
              </CardContent>
            </Card>
          </div>
        }
        apiKeys={<ApiKeysTab actor={actor} />}
        sessions={<SessionsTab actor={actor} />}
        twoFactor={<TwoFactorTab actor={actor} />}
      />
    </div>
  );
}
