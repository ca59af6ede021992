// One audit event's details in words: "name: Ada → Ada L." for changes, "key: value" otherwise.

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "none";
  if (typeof value === "object") return Object.entries(value).map(([key, inner]) => `${key} ${show(inner)}`).join(", ");
  return String(value);
};

const isChange = (value: unknown): value is { before: unknown; after: unknown } =>
  typeof value === "object" && value !== null && "before" in value && "after" in value;

export function AuditDetails({ details }: { details: Record<string, unknown> | null }) {
  if (!details || Object.keys(details).length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className="space-y-0.5 text-xs">
      {Object.entries(details).map(([field, value]) => (
        <li key={field}>
          <span className="text-muted-foreground">{field}:</span>{" "}
          {isChange(value) ? (
            <>
              <span className="line-through decoration-muted-foreground/60">{show(value.before)}</span> → {show(value.after)}
            </>
          ) : (
            show(value)
          )}
        </li>
      ))}
    </ul>
  );
}
