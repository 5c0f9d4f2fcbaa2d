// Lint guards what reviews forget. For now one thing, typed: no promise is left floating or handed to
// something that ignores it, because an unhandled rejection during an outage used to end the process
// (issue 11; ADR 0005). `npm test` runs it.
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '**/*.test.ts'] },
  {
    // The server's own code: where a floating promise can end a process that serves a fleet.
    files: ['{gateway,rest-compat,stack,prisma,simulator,agent-api}/src/**/*.ts', 'subgraphs/*/src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
    },
  },
)
