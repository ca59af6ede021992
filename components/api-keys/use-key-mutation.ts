"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import type { ActionError } from "@/lib/actions/client";
import { unwrap } from "./action-result";
import { patchKeyInCaches, type KeyPatch } from "./cache-patch";
import { apiKeyQueries } from "./query-keys";

type Action<I, R> = (input: I) => Promise<{ data?: R; serverError?: ActionError; validationErrors?: unknown } | undefined>;

/**
 * One mutation on one key through a server action: an optional optimistic change to every
 * cached list, a toast either way, and a refetch of every key list afterwards.
 */
export function useKeyMutation<I extends { id: string }, R>({
  action,
  optimistic,
  success,
}: {
  action: Action<I, R>;
  optimistic?: (input: I) => KeyPatch;
  success: string;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: I) => unwrap(await action(input)),
    onMutate: async (input) => {
      if (!optimistic) return;
      await queryClient.cancelQueries({ queryKey: apiKeyQueries.all });
      patchKeyInCaches(queryClient, input.id, optimistic(input));
    },
    onSuccess: () => void toast.success(success),
    onError: (error) => void toast.error(error.message),
    // Also undoes a failed optimistic change: the lists are read again from the server.
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeyQueries.all }),
  });
}
