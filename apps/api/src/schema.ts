/* Writes apps/api/schema.graphql from the code-first resolvers: no HTTP, no database. The web's
 * codegen reads that file, and CI fails when regenerating it changes anything. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from './resolvers';

async function main() {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  const out = resolve(__dirname, '../schema.graphql');
  writeFileSync(out, printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  console.log(`Wrote ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
