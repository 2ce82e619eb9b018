import type { ApolloServerPlugin } from '@apollo/server';
import { DATE_WINDOW } from '@ptp/shared';
import {
  DocumentNode, getNamedType, GraphQLError, GraphQLInputObjectType, GraphQLInputType, GraphQLList, GraphQLNonNull,
  GraphQLSchema, isInputObjectType, OperationDefinitionNode, TypeInfo, typeFromAST, visit, visitWithTypeInfo,
} from 'graphql';
import type { FieldError } from './errors';

/** Every id of ours is a UUID. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What GraphQL's own coercion lets through but the database would refuse with an internal error:
 * a NUL character in any text, an ID that is not one of ours (every id is a UUID), a DateTime that
 * is not a date-time or lies outside the years the portal records (docs/security.md).
 */
function problemWith(value: unknown, typeName: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (typeName === 'ID' && !UUID.test(value)) return `"${value.slice(0, 40)}" is not a valid id`;
  if (typeName === 'DateTime') {
    const t = Date.parse(value);
    if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'must be a date and time such as 2026-09-15T13:00:00Z';
    const year = new Date(t).getUTCFullYear();
    if (year < DATE_WINDOW.minYear || year > DATE_WINDOW.maxYear) return `must lie between ${DATE_WINDOW.minYear} and ${DATE_WINDOW.maxYear}`;
  }
  return undefined;
}

/** Walks a variable's JSON value along its declared type, collecting problems with their paths. */
function checkValue(value: unknown, type: GraphQLInputType, path: string, out: FieldError[]): void {
  if (value === null || value === undefined) return;
  if (type instanceof GraphQLNonNull) return checkValue(value, type.ofType, path, out);
  if (type instanceof GraphQLList) {
    if (Array.isArray(value)) value.forEach((v, i) => checkValue(v, type.ofType, `${path}[${i}]`, out));
    else checkValue(value, type.ofType, path, out);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const fields = (type as GraphQLInputObjectType).getFields();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (fields[key]) checkValue(v, fields[key].type, path ? `${path}.${key}` : key, out);
    }
    return;
  }
  const problem = problemWith(value, getNamedType(type).name);
  if (problem) out.push({ field: path, message: `${path}: ${problem}` });
}

/** The same for values written into the query text itself. */
function checkLiterals(schema: GraphQLSchema, operation: OperationDefinitionNode, out: FieldError[]): void {
  const typeInfo = new TypeInfo(schema);
  const names: string[] = [];
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
      ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
      StringValue(node) {
        const type = typeInfo.getInputType();
        const problem = type ? problemWith(node.value, getNamedType(type).name) : undefined;
        if (problem) out.push({ field: names.join('.'), message: `${names.join('.')}: ${problem}` });
      },
    }),
  );
}

/**
 * Refuses, before anything runs, input values the database cannot take, with BAD_USER_INPUT and
 * the path of each value. Literals are checked once per parsed document; variables per request.
 */
export function inputValuesPlugin(): ApolloServerPlugin {
  const literalProblems = new WeakMap<DocumentNode, Map<string, FieldError[]>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const key = request.operationName ?? '';
          let byOp = literalProblems.get(document);
          let problems = byOp?.get(key);
          if (!problems) {
            checkLiterals(schema, operation, (problems = []));
            if (!byOp) literalProblems.set(document, (byOp = new Map()));
            byOp.set(key, problems);
          }
          const found = [...problems];
          const variables = request.variables ?? {};
          for (const def of operation.variableDefinitions ?? []) {
            const type = typeFromAST(schema, def.type as Parameters<typeof typeFromAST>[1]) as GraphQLInputType | undefined;
            const name = def.variable.name.value;
            if (type && name in variables) checkValue(variables[name], type, name, found);
          }
          if (found.length) {
            throw new GraphQLError(found.map((f) => f.message).join('; '), {
              extensions: { code: 'BAD_USER_INPUT', fields: found, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
