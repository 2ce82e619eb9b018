import type { ApolloServerPlugin } from '@apollo/server';
import { LIMITS } from '@ptp/shared';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';

/** Lists cost their page size times their children (sizes past the limit are refused by validation). */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.min(args.first, LIMITS.pageSizeMax) : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(childComplexity, 1);
};

/** Refuses a query whose estimated cost exceeds `max`, before it runs. */
export function complexityLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
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
