// Build step: composes the committed subgraph SDL files into the committed
// supergraph.graphql. `--check` fails when the committed file is stale (CI and
// `npm test` run it). URLs in the file are placeholders: the gateway is told
// where each subgraph runs at start-up.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'graphql'
import { composeServices } from '@theguild/federation-composition'
import { SUBGRAPHS, SUPERGRAPH_PATH } from './subgraphs.js'

export function composeSupergraph(): string {
  const result = composeServices(SUBGRAPHS.map((s) => ({
    name: s.name,
    typeDefs: parse(readFileSync(s.sdlPath, 'utf8')),
    url: `http://${s.name}.subgraph.invalid/graphql`,
  })))
  if (result.errors?.length) throw new Error('composition failed:\n' + result.errors.map((e) => `  ${e.message}`).join('\n'))
  return result.supergraphSdl!
}

if (require.main === module) {
  const sdl = composeSupergraph()
  if (process.argv.includes('--check')) {
    if (readFileSync(SUPERGRAPH_PATH, 'utf8') !== sdl) {
      console.error('gateway/supergraph.graphql is stale: run `npm run build` and commit it')
      process.exit(1)
    }
  } else writeFileSync(SUPERGRAPH_PATH, sdl)
}
