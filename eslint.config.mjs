import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypeScript,
  // Pages, components and routes read through lib/<noun>/queries.ts, which checks the actor;
  // the actor-less reads beside them serve lib's own operations only.
  {
    files: ["app/**", "components/**", "lib/api/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/*/*-reads"], message: "Read through the module's queries.ts, which checks the actor's permission." }] },
      ],
    },
  },
  // Playwright fixtures call their continuation `use`, which is not React's use().
  { files: ["e2e/**", "tests/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  { ignores: [".next/**", "node_modules/**", "next-env.d.ts", "playwright-report/**", "test-results/**", "data/**"] },
];

export default config;
