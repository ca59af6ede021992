import "server-only";
import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// NIST SP 800-63B §3.1.1.2: reject passwords found in lists of commonly used or compromised
// values, dictionary words, repetitive or sequential characters and context-specific words
// (the user's name and email). zxcvbn's dictionaries and pattern matchers cover those.
zxcvbnOptions.setOptions({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

/** Returns why the password is too guessable, or null when it is acceptable. */
export function weakPasswordReason(password: string, context: string[] = []): string | null {
  const result = zxcvbn(password, context.flatMap((value) => value.toLowerCase().split(/[@.\s]+/)).filter(Boolean));
  if (result.score >= 3) return null;
  const warning = result.feedback.warning;
  return warning
    ? `This password is too easy to guess: ${warning.replace(/\.$/, "").toLowerCase()}.`
    : "This password is too easy to guess: avoid common words, names and patterns.";
}
