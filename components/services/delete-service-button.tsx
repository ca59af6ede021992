"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useServerAction } from "@/components/ui/use-server-action";
import { deleteServiceAction } from "@/lib/services/service-actions";

export function DeleteServiceButton({ service }: { service: { id: string; name: string; slug: string } }) {
  const router = useRouter();
  const remove = useServerAction(deleteServiceAction, {
    refusal: "inline",
    success: `${service.name} was deleted`,
    onSuccess: () => router.push("/admin/services"),
  });
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" className="text-destructive">
          <Trash2 aria-hidden /> Delete service
        </Button>
      }
      title={`Delete ${service.name}?`}
      description={`Its ${service.slug}:… permissions are taken from every group and key that has them, and its tokens stop working. This cannot be undone.`}
      confirmLabel="Delete service"
      onConfirm={() => remove.run({ serviceId: service.id })}
    />
  );
}
