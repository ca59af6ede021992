/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The build checks the app's own types; `npm run typecheck` checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx for pages the user may not see.
    authInterrupts: true,
    // Each page's code loads when the page is first asked for, not all at start: a server
    // that mostly answers the API (which never enters Next) keeps ~100 MB less resident.
    preloadEntriesOnStart: false,
  },
  // Loaded from node_modules at run time: the generated Prisma clients read their wasm query
  // compiler from disk, and the database drivers are native or Node-only.
  serverExternalPackages: [
    // Includes the generated clients in node_modules/@prisma/client/generated/<provider>.
    "@prisma/client",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "better-sqlite3",
    "pg",
    "ioredis",
    "rate-limiter-flexible",
  ],
};

export default nextConfig;
