import type { ApolloServerPlugin } from '@apollo/server';
import { LIMITS } from '@ptp/shared';
import { DocumentNode, GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';

/** Lists cost their page size times their children (sizes past the limit are refused by validation). */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.min(args.first, LIMITS.pageSizeMax) : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(childComplexity, 1);
};

/**
 * Refuses a query whose estimated cost exceeds `max`, before it runs. The estimate depends only on
 * the document, the operation and the variables: it is remembered per parsed document (Apollo reuses
 * the parsed document of a repeated query) and operation + variables.
 */
export function complexityLimitPlugin(max: number): ApolloServerPlugin {
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const key = JSON.stringify([request.operationName ?? null, request.variables ?? {}]);
          let byKey = known.get(document);
          let complexity = byKey?.get(key);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [fieldExtensionsEstimator(), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch (err) {
              // The estimate coerces the variables before GraphQL does: a wrong type, a missing
              // required variable or an out-of-range number surfaces here, and is the caller's error.
              throw new GraphQLError(err instanceof Error ? err.message : 'The variables do not match the operation.', {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
            if (!byKey) known.set(document, (byKey = new Map()));
            // Variables differ per request (ids, cursors): keep only a few per document.
            if (byKey.size >= 100) byKey.clear();
            byKey.set(key, complexity);
          }
          if (complexity > max) {
            throw new GraphQLError(`This query is too complex (${complexity}; the limit is ${max}). Ask for fewer rows or fewer nested fields.`, {
              extensions: { code: 'BAD_USER_INPUT' },
            });
          }
        },
      };
    },
  };
}

/**
 * Apollo's cache-control plugin, reduced to what it does here: no field carries a cache hint, so
 * every response is `cache-control: no-store`. Installed with ApolloServerPluginCacheControlDisabled,
 * it spares the per-field hook the full plugin adds to every resolver of every request.
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const existing = response.http.headers.get('cache-control');
        // As the full plugin: an unparsable header set by someone else is left alone.
        if (!existing || existing === 'no-store' || /^max-age=(\d+), (public|private)$/.test(existing)) {
          response.http.headers.set('cache-control', 'no-store');
        }
      },
    };
  },
};
