import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PLAIN_TEXT_MESSAGE, isPlainText, plainText, withoutForbiddenCharacters } from "./text";

const C0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code));
const C1_AND_DEL = Array.from({ length: 0x21 }, (_, offset) => String.fromCharCode(0x7f + offset));
const BIDI_CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];
const SEPARATORS = ["\u2028", "\u2029"];
const MULTI_LINE_ALLOWED = ["\t", "\n", "\r"];

describe("plain text", () => {
  it("refuses every C0 and C1 control, DEL, the line separators and the bidirectional controls", () => {
    for (const char of [...C0, ...C1_AND_DEL, ...BIDI_CONTROLS, ...SEPARATORS]) {
      expect(isPlainText(`a${char}b`), `U+${char.codePointAt(0)!.toString(16)}`).toBe(false);
    }
  });

  it("in multi-line text keeps tab, line feed and carriage return, and still refuses the rest", () => {
    for (const char of MULTI_LINE_ALLOWED) expect(isPlainText(`a${char}b`, { multiline: true })).toBe(true);
    for (const char of [...C0, ...C1_AND_DEL, ...BIDI_CONTROLS, ...SEPARATORS].filter((char) => !MULTI_LINE_ALLOWED.includes(char))) {
      expect(isPlainText(`a${char}b`, { multiline: true }), `U+${char.codePointAt(0)!.toString(16)}`).toBe(false);
    }
  });

  it("accepts letters of every script, emoji, accents and the implicit direction marks", () => {
    for (const text of ["Ada Lovelace", "Zoë Ærøskøbing-Ñúñez", "שלום עולם", "مرحبا 42", "名前", "🔑 keys", "a\u200Eb\u200Fc\u061Cd", "tabs\u00A0nbsp"]) {
      expect(isPlainText(text), text).toBe(true);
    }
  });

  it("as a zod check gives the field error message, after trimming", () => {
    const schema = z.object({ name: z.string().trim().min(1).max(100).check(plainText()) });
    expect(schema.parse({ name: "  Ada\n" })).toEqual({ name: "Ada" });
    const result = schema.safeParse({ name: "Ada\u202Eecila" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["name"], message: PLAIN_TEXT_MESSAGE })]);
    expect(PLAIN_TEXT_MESSAGE).toBe("Must not contain control characters or text-direction overrides");
  });

  it("drops the refused characters from search text taken from a URL", () => {
    expect(withoutForbiddenCharacters("a\u0000d\u202Ea\u0007")).toBe("ada");
    expect(withoutForbiddenCharacters("שלום")).toBe("שלום");
  });
});
