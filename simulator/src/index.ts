// Public API of @fleetgraph/simulator, for tests and load scripts that drive
// simulated hosts in process instead of through the CLI.
export { Simulator, type SimulatorHooks } from './simulator.js'
export { parseCliArgs, type SimulatorOptions } from './args.js'
export { Agent, type AgentOptions } from './agent.js'
export { SqlEngine, type QueryResult, type QuerySource } from './sql-engine.js'
export { HostData, type HostRuntime, type Row } from './host-data.js'
export { PLATFORMS, TABLES, type Platform } from './tables.js'
export { Stats } from './stats.js'
