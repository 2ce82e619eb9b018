import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents come from the committed schema file, never from a running server, so CI can
 * regenerate and fail on drift.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumType: 'string-literal',
        useTypeImports: true,
        nonOptionalTypename: false,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
