// Lint guards what reviews forget: the house rules (docs/style.md) that used to be conventions.
// `npm test` and CI run it; each block below says which rule it enforces and why.
// - No promise is left floating or handed to something that ignores it: an unhandled rejection during
//   an outage used to end the process (issue 11; ADR 0005).
// - Prisma only in repositories (style rule 4): the SQL of a table lives in one file per entity, so a
//   service can be tested against a fake repository and a resolver stays thin.
// - The gateway is the federated gateway only; it never imports the REST layer (issue 12).
// - process.env only in each workspace's src/config.ts (style rule 14): configuration is parsed once.
// - No `any` in new code; the files that still have some are listed once below (LEGACY_ANY).
import tseslint from 'typescript-eslint'

// Every workspace's server code.
const SRC = ['{gateway,rest-compat,stack,prisma,simulator,origin,agent-api}/src/**/*.ts', 'subgraphs/*/src/**/*.ts']

// Files that wire a process together and so may open the database (`openDatabase`) themselves.
const WIRING = ['{stack,origin,agent-api}/src/main.ts', 'subgraphs/*/src/main.ts']

// The value side of Prisma: the client, the driver adapters and the generated namespace. Types
// (`import type { Database }`) stay allowed, since a service or a context may name the handle it passes on.
const PRISMA_PATHS = [
  { name: '@fleetgraph/prisma', message: 'Prisma is for repositories (*.repository.ts) only: call a repository, or use `import type`.', allowTypeImports: true },
  { name: '@prisma/client', message: 'Prisma is for repositories only, through @fleetgraph/prisma.', allowTypeImports: true },
  { name: 'pg', message: 'SQL is for repositories only, through @fleetgraph/prisma.', allowTypeImports: true },
]
const PRISMA_PATTERNS = [
  { group: ['@prisma/*', '@fleetgraph/prisma/*'], message: 'Prisma is for repositories only, through @fleetgraph/prisma.', allowTypeImports: true },
]

// `db.prisma…` reaches the client through the Database handle: the same boundary as the import.
const PRISMA_MEMBER = {
  selector: "MemberExpression[property.type='Identifier'][property.name='prisma']",
  message: 'Prisma is for repositories (*.repository.ts) only: move this query into the entity\'s repository.',
}

// Files that still use `any`. New code must not (the rule is an error everywhere else); shrinking this list
// is follow-up work of issue 12: type the value, or use `unknown` and narrow it.
const LEGACY_ANY = [
  // Envelop plugin hooks: typing them means naming the runtime's hook payloads (GatewayPlugin).
  'gateway/src/deadline.ts',
  'gateway/src/introspection.ts',
  'gateway/src/limits.ts',
  'gateway/src/merge-fields.ts',
  'gateway/src/nul-bytes.ts',
  // Driver adapters and pg pool internals (the pool's connect is wrapped to time it).
  'prisma/src/database.ts',
  // Interop with the Hive gateway runtime's and graphql-ws's loosely typed hooks.
  'gateway/src/runtime.ts',
  'gateway/src/gateway.ts',
  'origin/src/graphql.ts',
]

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '**/*.test.ts'] },
  {
    files: SRC,
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: PRISMA_PATHS, patterns: PRISMA_PATTERNS }],
      'no-restricted-syntax': ['error', PRISMA_MEMBER],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings in this workspace\'s src/config.ts (parsed once with zod) and pass them down.' }],
    },
  },
  {
    // Where Prisma belongs: repositories, the prisma workspace itself, and the process wiring.
    files: ['**/*.repository.ts', 'prisma/src/**/*.ts', ...WIRING],
    rules: {
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    // Resolvers and reference resolvers are thin: not even Prisma's types (style rule 4).
    files: ['**/*.resolver.ts', '**/*.reference.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: PRISMA_PATHS.map((p) => ({ ...p, allowTypeImports: false, message: 'Resolvers never touch Prisma: args → service.' })),
        patterns: PRISMA_PATTERNS.map((p) => ({ ...p, allowTypeImports: false, message: 'Resolvers never touch Prisma: args → service.' })),
      }],
    },
  },
  {
    // The gateway exports the federated gateway only; the public origin wires REST in front of it (issue 12 item 1).
    files: ['gateway/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [...PRISMA_PATHS, { name: '@fleetgraph/rest-compat', message: 'The gateway never imports REST code: the public origin (origin/) wires REST.' }],
        patterns: [...PRISMA_PATTERNS, { group: ['@fleetgraph/rest-compat/*', '**/rest-compat/**'], message: 'The gateway never imports REST code: the public origin (origin/) wires REST.' }],
      }],
    },
  },
  {
    // The one place per workspace that reads the environment; env-defaults.ts sets NODE_ENV before any module loads.
    files: ['*/src/config.ts', 'subgraphs/*/src/config.ts', '*/src/env-defaults.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  ...(LEGACY_ANY.length ? [{ files: LEGACY_ANY, rules: { '@typescript-eslint/no-explicit-any': 'off' } }] : []),
)
