import "server-only";

// What changes on every API request (a key's usage, its usage per service, a service token's
// last use) is gathered in memory and written every few seconds, one statement per row
// touched in that window, instead of a write per request. A clean shutdown flushes what is
// pending (lib/shutdown.ts).
export const FLUSH_MS = 2_000;

export type Entries<V> = [key: string, value: V][];

/** Thrown by a write that wrote part of its batch: only `unwritten` is retried. */
export class PartlyWritten<V> extends Error {
  constructor(
    readonly unwritten: Entries<V>,
    cause: unknown,
  ) {
    super("Some pending writes failed", { cause });
  }
}

type State<V> = { pending: Map<string, V>; timer: NodeJS.Timeout | null; flushing: Promise<void> | null };

// On globalThis: route handlers and instrumentation.ts may be separate bundles.
const states = ((globalThis as unknown as { latchkeyCoalescedWrites?: Map<string, State<unknown>> }).latchkeyCoalescedWrites ??= new Map());

/**
 * A buffer of pending writes named `what` (for the error log). `merge` folds a later value
 * into an earlier one for the same key; `write` stores a batch, and what it could not store
 * is kept for the next flush.
 */
export function coalescedWrites<V>(what: string, { merge, write }: { merge: (earlier: V, later: V) => V; write: (batch: Entries<V>) => Promise<unknown> }) {
  if (!states.has(what)) states.set(what, { pending: new Map(), timer: null, flushing: null });
  const state = states.get(what) as State<V>;

  const putBack = (entries: Entries<V>) => {
    for (const [key, value] of entries) {
      const later = state.pending.get(key);
      state.pending.set(key, later === undefined ? value : merge(value, later));
    }
  };

  /** Writes what is pending now. */
  async function flush(): Promise<void> {
    await state.flushing;
    if (state.pending.size === 0) return;
    const batch = [...state.pending];
    state.pending = new Map();
    state.flushing = write(batch)
      .then(
        () => undefined,
        (error: unknown) => {
          putBack(error instanceof PartlyWritten ? (error.unwritten as Entries<V>) : batch);
          throw error;
        },
      )
      .finally(() => {
        state.flushing = null;
      });
    await state.flushing;
  }

  /** Adds one value for `key`, to be written at the next flush. */
  function add(key: string, value: V): void {
    const earlier = state.pending.get(key);
    state.pending.set(key, earlier === undefined ? value : merge(earlier, value));
    if (!state.timer) {
      state.timer = setInterval(() => void flush().catch((error: unknown) => console.error(`Could not record ${what}:`, error)), FLUSH_MS);
      state.timer.unref();
    }
  }

  return { add, flush };
}
