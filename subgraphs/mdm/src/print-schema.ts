// Build step: writes the subgraph SDL that is committed and composed into the supergraph.
import path from 'node:path'
import { mdm } from './index.js'

void mdm.writeSchema(path.resolve(__dirname, '../schema.graphql'))
