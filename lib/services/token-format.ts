// Service tokens: the API key format (lib/api-keys/format.ts) with the prefix "lks_", so a
// token and a key can never be taken for one another (an underscore is not base62) and
// secret scanners can tell them apart. 42 characters; only the SHA-256 is stored.
import { displayPrefix, generateSecret, hashApiKey, isWellFormedSecret } from "@/lib/api-keys/format";

export const TOKEN_PREFIX = "lks_";

export const generateServiceToken = () => generateSecret(TOKEN_PREFIX);
export const isWellFormedServiceToken = (text: string) => isWellFormedSecret(text, TOKEN_PREFIX);
export const hashServiceToken = hashApiKey;
export const tokenDisplayPrefix = (token: string) => displayPrefix(token, TOKEN_PREFIX);
