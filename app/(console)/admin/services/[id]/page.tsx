import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DeleteServiceButton } from "@/components/services/delete-service-button";
import { ProxyConfig } from "@/components/services/proxy-config";
import { ServiceTokensSection } from "@/components/services/service-tokens-section";
import { EditServiceDialog } from "@/components/services/edit-service-dialog";
import { ServicePermissionsForm } from "@/components/services/service-permissions-form";
import { DetailPageHeader } from "@/components/shell/detail-page-header";
import { can, type Actor } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getSessionActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getService } from "@/lib/services/queries";
import { listServiceTokens } from "@/lib/services/tokens";
import { isPlainText } from "@/lib/validation/text";

type Props = { params: Promise<{ id: string }> };

// An id with control characters names no service (and a NUL must not reach PostgreSQL).
const loadService = cache(async (actor: Actor, id: string) => (isPlainText(id) ? getService({ actor, serviceId: id }) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getSessionActor();
  if (!actor || !(can(actor, "services:read") || can(actor, "services:write"))) return { title: "Service" };
  return { title: (await loadService(actor, (await params).id))?.name ?? "Service not found" };
}

export default async function ServicePage({ params }: Props) {
  const actor = await requirePagePermission(["services:read", "services:write"]);
  const service = await loadService(actor, (await params).id);
  if (!service) notFound();
  const canWrite = can(actor, "services:write");
  const canOpenGroups = can(actor, "groups:read");
  const tokens = await listServiceTokens({ actor, serviceId: service.id });
  const keys = service.boundKeyCount === 1 ? "1 API key is" : `${service.boundKeyCount} API keys are`;
  return (
    <div className="space-y-8">
      <DetailPageHeader
        back={{ href: "/admin/services", label: "Services" }}
        title={service.name}
        actions={
          canWrite ? (
            <div className="flex flex-wrap gap-2">
              <EditServiceDialog service={service} />
              <DeleteServiceButton service={service} />
            </div>
          ) : null
        }
      >
        <p className="font-mono text-sm">{service.slug}</p>
        {service.description ? <p className="max-w-prose text-muted-foreground">{service.description}</p> : null}
        <p className="text-sm text-muted-foreground">{keys} bound to this service.</p>
      </DetailPageHeader>

      <section aria-labelledby="service-permissions-heading" className="space-y-3">
        <h2 id="service-permissions-heading" className="text-lg font-semibold">
          Permissions
        </h2>
        <p className="text-sm text-muted-foreground">Administrators hold every one of them; other users through the groups that grant them.</p>
        <ServicePermissionsForm
          key={service.permissions.map((p) => `${p.name}=${p.description}`).join()}
          serviceId={service.id}
          slug={service.slug}
          initial={service.permissions.map(({ name, description }) => ({ name, description }))}
          canChange={canWrite}
        />
        {service.permissions.length > 0 ? (
          <div className="space-y-2">
            <h3 className="font-medium">Granted by</h3>
            <ul className="divide-y rounded-lg border">
              {service.permissions.map((permission) => (
                <li key={permission.permission} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2 text-sm">
                  <span className="font-mono">{permission.permission}</span>
                  <span className="text-muted-foreground">
                    {permission.groups.length === 0
                      ? "No group besides Administrators"
                      : permission.groups.map((group, index) => (
                          <span key={group.id}>
                            {index > 0 ? ", " : null}
                            {canOpenGroups ? (
                              <Link href={`/admin/groups/${group.id}`} className="underline underline-offset-4">
                                {group.name}
                              </Link>
                            ) : (
                              group.name
                            )}
                          </span>
                        ))}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <ServiceTokensSection serviceId={service.id} tokens={tokens} canWrite={canWrite} />

      <section aria-labelledby="service-proxy-heading" className="space-y-3">
        <h2 id="service-proxy-heading" className="text-lg font-semibold">
          Reverse proxy configuration
        </h2>
        <p className="max-w-prose text-sm text-muted-foreground">
          Put this in front of the service: the proxy asks Latchkey about every request (see docs/services.md).
        </p>
        {/* NEXTAUTH_URL is this installation's public URL (npm start sets it). */}
        <ProxyConfig baseUrl={env.NEXTAUTH_URL ?? "http://localhost:3000"} slug={service.slug} permissions={service.permissions.map((p) => p.name)} />
      </section>
    </div>
  );
}
