// Build step: writes the subgraph SDL that is committed and composed into the supergraph.
import path from 'node:path'
import { inventory } from './index.js'

void inventory.writeSchema(path.resolve(__dirname, '../schema.graphql'))
