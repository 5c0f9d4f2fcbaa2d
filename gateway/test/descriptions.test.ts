// Every type, field, argument, enum value and input field of the public API schema (what the
// gateway serves: the committed supergraph without its join__/link__ machinery and @inaccessible
// members) has a description, since GraphiQL's docs and code generators show nothing else.
// On failure the message lists every member without one.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import {
  buildASTSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType,
  isSpecifiedScalarType, parse, type GraphQLSchema,
} from 'graphql'
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition'
import { SUPERGRAPH_PATH } from '../src/subgraphs.js'

const described = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0

/** `Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `Input.field` for each member without a description. */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = []
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue
    if (!described(type.description)) missing.push(type.name)
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`)
        for (const arg of field.args) if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`)
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field.description)) missing.push(`${type.name}.${field.name}`)
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`)
    }
  }
  return missing
}

describe('public schema descriptions', () => {
  it('describes every type, field, argument, enum value and input field', () => {
    const schema = buildASTSchema(transformSupergraphToPublicSchema(parse(readFileSync(SUPERGRAPH_PATH, 'utf8'))))
    const missing = undescribed(schema)
    assert.deepEqual(missing, [], `${missing.length} members of the public schema have no description:\n  ${missing.join('\n  ')}`)
  })

  it('finds a missing description at each kind of member', () => {
    const schema = buildASTSchema(parse(`
      """Root."""
      type Query { """Ok."""  a(x: Int): E  b(
        """Ok."""
        y: Int): I }
      """An enum."""
      enum E { """Ok.""" ONE TWO }
      input I { z: Int }
    `))
    assert.deepEqual(undescribed(schema).sort(), ['E.TWO', 'I', 'I.z', 'Query.a(x:)', 'Query.b'].sort())
  })
})
