// Configuration, read once and validated (lib/env-schema.ts); nothing else reads
// process.env for settings.
import { parseEnv, type Env } from "./env-schema";

export const env: Env = parseEnv();
