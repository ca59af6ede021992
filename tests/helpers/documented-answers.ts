// Every answer of an /api/v1 operation checked against the OpenAPI document, as a client built
// from the document would read it: the status must be one the operation documents, the body
// must match that answer's schema (Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses it), the
// content type its media type, and each header it documents as required must be there and match.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openApiDocument } from "@/lib/api/app";
import { operations } from "@/lib/api/operations";

type Schema = Record<string, unknown>;
type Header = { required?: boolean; schema: Schema };
type Answer = { $ref?: string; headers?: Record<string, { $ref: string }>; content?: Record<string, { schema: Schema }> };
type Document = { paths: Record<string, Record<string, { responses: Record<string, Answer> }>>; components: Record<string, Record<string, unknown>> };

// The JSON copy clients download, not the objects the server built it from.
const document = JSON.parse(JSON.stringify(openApiDocument())) as Document;
const DOCUMENT_ID = "openapi.json";

function strictAjv(options: { coerceTypes?: boolean } = {}) {
  // strict: false lets OpenAPI's own keywords (examples, x-…) sit beside JSON Schema's.
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...options });
  addFormats(ajv);
  return ajv;
}
const bodies = strictAjv();
bodies.addSchema(document, DOCUMENT_ID);
// Header values are text: "42" is the integer 42.
const headerValues = strictAjv({ coerceTypes: true });

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
const resolve = <T>(reference: { $ref?: string }): T => {
  if (!reference.$ref) return reference as T;
  const [, type, name] = reference.$ref.match(/^#\/components\/(\w+)\/(.+)$/)!;
  return document.components[type][name] as T;
};

const validators = new Map<string, ValidateFunction>();
function validator(key: string, make: () => ValidateFunction): ValidateFunction {
  let found = validators.get(key);
  if (!found) validators.set(key, (found = make()));
  return found;
}

const routes = operations.map((operation) => ({
  method: operation.method,
  path: operation.path,
  pattern: new RegExp(`^/api/v1${operation.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

/** Checks an answer to `method url` against the document when an operation serves it. */
export function expectDocumented(method: string, url: URL, answer: { status: number; headers: Headers; body: unknown; text: string }): void {
  const path = url.pathname.replace(/\/$/, "");
  const route = routes.find((candidate) => candidate.method === method.toLowerCase() && candidate.pattern.test(path));
  if (!route) return; // no operation: 404, 405 and OPTIONS answers have no operation to follow
  const label = `${method.toUpperCase()} ${url.pathname} → ${answer.status} (${route.method} ${route.path})`;
  const responses = document.paths[route.path][route.method].responses;
  expect(Object.keys(responses), `${label}: status not documented: ${answer.text.slice(0, 300)}`).toContain(String(answer.status));
  const documented = resolve<Answer>(responses[String(answer.status)]);

  for (const [name, reference] of Object.entries(documented.headers ?? {})) {
    const header = resolve<Header>(reference);
    const value = answer.headers.get(name);
    if (value === null) {
      expect(header.required ?? false, `${label}: required header ${name} missing`).toBe(false);
      continue;
    }
    // Wrapped in an object: Ajv coerces "42" to 42 only where it can write the result back.
    const check = validator(reference.$ref, () => headerValues.compile({ type: "object", properties: { value: header.schema } }));
    expect(check({ value }) ? [] : check.errors, `${label}: header ${name}: ${value}`).toEqual([]);
  }

  const media = Object.keys(documented.content ?? {});
  if (media.length === 0) {
    expect(answer.text, `${label}: no body documented`).toBe("");
    return;
  }
  const type = answer.headers.get("content-type")?.split(";")[0].trim() ?? "";
  expect(media, `${label}: content type`).toContain(type);
  const reference = responses[String(answer.status)];
  const answerAt = reference.$ref ? reference.$ref.slice(1) : `/${pointer("paths", route.path, route.method, "responses", String(answer.status))}`;
  const at = `${DOCUMENT_ID}#${answerAt}/${pointer("content", type, "schema")}`;
  const check = validator(at, () => bodies.compile({ $ref: at }));
  expect(check(answer.body) ? [] : check.errors, `${label}: body ${answer.text.slice(0, 500)}`).toEqual([]);
}
