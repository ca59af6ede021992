// Runs in the browser before the application's code. Zod compiles object parsers with
// `new Function` when it may, and probes for that with a caught `new Function("")`; the
// console's CSP forbids eval, so the probe would be reported as a violation. Interpreted
// parsing is what runs under the CSP anyway.
import { z } from "zod";

z.config({ jitless: true });
