import type { ApolloServerPlugin } from '@apollo/server';
import { LIMITS } from '@ptp/shared';
import { ASTVisitor, DocumentNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, SelectionSetNode, ValidationContext } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';

/**
 * A validation rule bounding the shape of every operation: its depth (fields nested in fields) and
 * the number of fields it selects once fragments are expanded (5,000 aliases of one field are
 * 5,000 fields). Fragments that spread themselves are reported by GraphQL's NoFragmentCycles rule,
 * which runs in the same pass: here a fragment already on the path is simply not entered again.
 */
export function operationShapeRule(maxDepth: number, maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(operation) {
        let fields = 0;
        let deepest = 0;
        const walk = (set: SelectionSetNode, depth: number, path: Set<string>): void => {
          for (const sel of set.selections) {
            if (fields > maxFields || deepest > maxDepth) return;
            if (sel.kind === Kind.FIELD) {
              if (sel.name.value.startsWith('__')) continue;
              fields++;
              deepest = Math.max(deepest, depth);
              if (sel.selectionSet) walk(sel.selectionSet, depth + 1, path);
            } else if (sel.kind === Kind.INLINE_FRAGMENT) {
              walk(sel.selectionSet, depth, path);
            } else {
              const name = sel.name.value;
              const fragment = fragments.get(name);
              if (!fragment || path.has(name)) continue;
              walk(fragment.selectionSet, depth, new Set(path).add(name));
            }
          }
        };
        walk(operation.selectionSet, 0, new Set());
        const name = operation.name?.value ?? 'the operation';
        if (deepest > maxDepth) {
          context.reportError(new GraphQLError(`'${name}' exceeds maximum operation depth of ${maxDepth}.`, { nodes: [operation] }));
        } else if (fields > maxFields) {
          context.reportError(new GraphQLError(`'${name}' selects more than ${maxFields} fields; ask for fewer fields or fewer aliases.`, { nodes: [operation] }));
        }
      },
    };
  };
}

/**
 * What fields that run program-wide SQL cost in the estimate, so that aliasing one of them many
 * times is refused before it runs (the default limit of 5,000 allows twelve reports, or a ten-year trend).
 */
const REPORT_COST = 400;
export const FIELD_COST = {
  report: ({ childComplexity }: { childComplexity: number }) => REPORT_COST + childComplexity,
  // A trend is one report per period; a count out of range is refused by the resolver itself.
  trend: ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) => {
    const periods = typeof args.periods === 'number' && args.periods >= 1 && args.periods <= 10 ? args.periods : 1;
    return periods * (REPORT_COST + childComplexity);
  },
  // One cohort's counts (a few cohort-scoped statements): a page of 50 fits, as the web's "All my cohorts" asks.
  dashboard: ({ childComplexity }: { childComplexity: number }) => 50 + childComplexity,
} as const;

/** Lists cost their page size times their children (sizes past the limit are refused by validation). */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.min(args.first, LIMITS.pageSizeMax) : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(childComplexity, 1);
};

/** The estimated cost of an operation: field costs (FIELD_COST), lists by their page size, 1 per other field. */
export function estimateComplexity(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  return getComplexity({
    schema, query: document, operationName, variables,
    estimators: [fieldExtensionsEstimator(), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Refuses a query whose estimated cost exceeds `max`, before it runs. The estimate depends only on
 * the document, the operation and the variables' numbers (the estimators read page sizes and period
 * counts, never a string): it is remembered per parsed document (Apollo reuses the parsed document of
 * a repeated query) and operation + variables with every string blanked, so the ids, dates and notes
 * that differ on every request (log hours, a student's progress) do not make each one a new estimate.
 * A string that does not fit its variable's type is refused by GraphQL's own coercion as before.
 */
export function complexityLimitPlugin(max: number): ApolloServerPlugin {
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const key = JSON.stringify([request.operationName ?? null, request.variables ?? {}], (_k, v: unknown) => (typeof v === 'string' ? '' : v));
          let byKey = known.get(document);
          let complexity = byKey?.get(key);
          if (complexity === undefined) {
            try {
              complexity = estimateComplexity(schema, document, request.operationName ?? undefined, request.variables ?? {});
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
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
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
