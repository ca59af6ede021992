import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

/** A form dialog's Cancel and submit buttons; Cancel is type="button" so it never submits. */
export function FormDialogFooter({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel: () => void }) {
  return (
    <DialogFooter>
      <Button type="button" variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
    </DialogFooter>
  );
}
