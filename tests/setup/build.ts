// Vitest global set-up for suites that start production servers themselves: build once, first.
import { ensureBuild } from "../../scripts/build";

export default function setup() {
  if (!ensureBuild()) throw new Error("The production build failed; these suites need it.");
}
