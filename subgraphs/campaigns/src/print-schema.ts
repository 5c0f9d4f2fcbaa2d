// Build step: writes the subgraph SDL that is committed and composed into the supergraph.
import path from 'node:path'
import { campaigns } from './index.js'

void campaigns.writeSchema(path.resolve(__dirname, '../schema.graphql'))
