// LabelConnection / LabelEdge, declared once for this subgraph.
import { connectionOf } from '@fleetgraph/subgraph-kit'
import { Label } from './label.type.js'

export const LabelConnection = connectionOf(Label, 'Label')
export type LabelConnection = InstanceType<typeof LabelConnection>
