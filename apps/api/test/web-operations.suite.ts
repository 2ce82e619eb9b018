import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { LIMITS } from '@ptp/shared';
import {
  DefinitionNode, DocumentNode, FragmentDefinitionNode, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType,
  isNonNullType, isScalarType, Kind, OperationDefinitionNode, parse, typeFromAST, validate, visit,
} from 'graphql';
import { estimateComplexity } from '../src/common/graphql/limits';
import { loadEnv } from '../src/config/env';
import { Harness } from './harness';

/** Every `graphql(`…`)` document the web app sends, from its sources. */
function webDocuments(): { file: string; definitions: DefinitionNode[] }[] {
  const root = join(__dirname, '../../web/src');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'gql' && name !== 'node_modules') walk(path);
      } else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(root);
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => ({ file: relative(root, file), definitions: [...parse(m[1]).definitions] })),
  );
}

/** A valid value of an input type, the largest page the API allows for a page size. */
function sample(schema: GraphQLSchema, type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(schema, type.ofType, name);
  if (isListType(type)) return [sample(schema, type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, sample(schema, f.type, f.name)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int': return name === 'first' || name === 'last' ? LIMITS.pageSizeMax : 10;
      case 'Float': return 1;
      case 'Boolean': return true;
      case 'ID': return '00000000-0000-4000-8000-000000000000';
      case 'DateTime': return '2026-01-01T00:00:00.000Z';
      default: return '2026-01-01';
    }
  }
  return null;
}

describe('the web app’s operations fit the API’s query limits', () => {
  let h: Harness;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    h = await Harness.start();
    schema = h.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => h.stop());

  it('every query and mutation the web sends is valid and under the complexity limit, even at the largest page size', () => {
    const docs = webDocuments();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of docs) for (const def of d.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const operations = docs.flatMap((d) => d.definitions.filter((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION).map((op) => ({ file: d.file, op })));
    expect(operations.length).toBeGreaterThan(50);
    const max = loadEnv().GRAPHQL_MAX_COMPLEXITY;
    const over: string[] = [];
    for (const { file, op } of operations) {
      // The operation with the fragments it spreads, transitively.
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
        visit(node, { FragmentSpread: (s) => { const f = fragments.get(s.name.value); if (f && !used.has(f.name.value)) { used.set(f.name.value, f); collect(f); } } });
      collect(op);
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...used.values()] };
      const name = op.name?.value ?? '(anonymous)';
      expect({ name, file, errors: validate(schema, document).map((e) => e.message) }).toEqual({ name, file, errors: [] });
      const variables = Object.fromEntries(
        (op.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(schema, typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value)]),
      );
      const cost = estimateComplexity(schema, document, name, variables);
      if (cost > max) over.push(`${name} (${file}): ${cost}`);
    }
    expect(over).toEqual([]);
  });
});
