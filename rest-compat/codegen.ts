// graphql-codegen: TypeScript types and typed documents for every GraphQL
// operation the REST layer runs (src/**/*.graphql), checked against the public
// API schema (api-schema.graphql, printed from the supergraph by
// scripts/api-schema.mjs). Offline: both inputs are files in the repository.
// The output is committed; scripts/check-generated.mjs fails CI when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli'

const config: CodegenConfig = {
  schema: 'api-schema.graphql',
  documents: ['src/**/*.graphql'],
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // Documents as graphql-js ASTs; executor.ts prints each once, when its module loads.
        documentMode: 'documentNode',
        // Only what operations use: the schema's object types are not needed on the REST side.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        skipTypename: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        // Values REST passes as input may be null or left out; results never omit a field.
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
}

export default config
