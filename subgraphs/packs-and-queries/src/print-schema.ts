// Build step: writes the subgraph SDL that is committed and composed into the supergraph.
import path from 'node:path'
import { packsAndQueries } from './index.js'

void packsAndQueries.writeSchema(path.resolve(__dirname, '../schema.graphql'))
