// @fleetgraph/agent-api/enroll: osquery enrollment for inventory's enrollAgent mutation, which shares
// the agent API's one implementation of the rule (and the device lock orbit enrollment takes too).
export { EnrollService, type EnrollRequest, type Enrolled } from './enroll.service.js'
export { EnrollRepository, lockHardwareUuid, type EnrollStore } from './enroll.repository.js'
export { hostFieldsFromDetails, type HostFields } from './host-details.js'
