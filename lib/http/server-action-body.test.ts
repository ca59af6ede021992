import { describe, expect, it } from "vitest";
import { isWellFormedMultipartActionBody, isWellFormedTextActionBody } from "./server-action-body";

describe("isWellFormedTextActionBody", () => {
  it("accepts what encodeReply sends as text", () => {
    for (const body of ["[]", '[{"name":"x","count":2}]', '["$$escaped", "$D2024-01-01T00:00:00.000Z", "$n12", "$undefined", "$T", "$-0", "$NaN", "$Infinity"]', "[null, true, 1.5]"]) {
      expect(isWellFormedTextActionBody(body), body).toBe(true);
    }
  });

  it("refuses garbage, non-arrays and references to parts a text body cannot have", () => {
    for (const body of ["", "\u0000garbage{{{", "[", '{"0":"$@xyz"}', '"x"', '["$K1"]', '["$@1"]', '[{"a":["$Q2"]}]', '["$1"]', '["$F1"]']) {
      expect(isWellFormedTextActionBody(body), body).toBe(false);
    }
  });
});

describe("isWellFormedMultipartActionBody", () => {
  const form = (fields: Record<string, string>) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    return body;
  };

  it("accepts a JSON root part whose references name parts that exist", () => {
    expect(isWellFormedMultipartActionBody(form({ "0": '["$K1"]', "1_name": "x" }))).toBe(true);
    expect(isWellFormedMultipartActionBody(form({ "0": '["$a", "$Q1"]', "10": '{"b":"$@b"}', "11": "[]", "1": "[]" }))).toBe(true);
    expect(isWellFormedMultipartActionBody(form({ "1_$ACTION_ID_abc": "" }))).toBe(true);
  });

  it("refuses a root part that is not JSON, or a reference to a missing part", () => {
    expect(isWellFormedMultipartActionBody(form({ "0": "{{{" }))).toBe(false);
    expect(isWellFormedMultipartActionBody(form({ "0": '["$K9"]' }))).toBe(false);
    expect(isWellFormedMultipartActionBody(form({ "0": '["$1"]', "1": '["$@2"]' }))).toBe(false);
    expect(isWellFormedMultipartActionBody(form({ "0": '["$1"]', "1": "not json" }))).toBe(false);
    expect(isWellFormedMultipartActionBody(form({ "0": '["$Kzz"]' }))).toBe(false);
  });
});
