// The GraphQL the docs show (README's screens, docs/*.md) is valid against the public schema the
// gateway serves, so a renamed field breaks this test rather than a reader's first try.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { buildASTSchema, parse, validate } from 'graphql'
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition'
import { SUPERGRAPH_PATH } from '../src/subgraphs.js'

const ROOT = path.resolve(__dirname, '../..')
const DOCS = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]

/** Every fenced ```graphql block of a Markdown file. */
const graphqlBlocks = (file: string) => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!)

describe('GraphQL in the docs', () => {
  const schema = buildASTSchema(transformSupergraphToPublicSchema(parse(readFileSync(SUPERGRAPH_PATH, 'utf8'))))
  const blocks = DOCS.flatMap((file) => graphqlBlocks(file).map((text, i) => ({ where: `${file} block ${i + 1}`, text })))

  it('finds the README screens', () => {
    assert.ok(blocks.filter((b) => b.where.startsWith('README.md')).length >= 5)
  })

  it('validates every block against the public schema', () => {
    const invalid = blocks.flatMap(({ where, text }) => {
      try { return validate(schema, parse(text)).map((e) => `${where}: ${e.message}`) } catch (e) { return [`${where}: ${(e as Error).message}`] }
    })
    assert.deepEqual(invalid, [])
  })
})
