// Fleet Desktop's identity: a device token (written by the host's orbit agent,
// see the inventory subgraph's orbit folder, which also looks it up) names one host. It travels as
// `Authorization: Device <token>` — a scheme of its own, so it can never be
// mistaken for a user's bearer token: a device caller has no Viewer, and every
// user-only check (requireViewer, requireRole, requireReader) refuses it.

// The header is read by authorization.ts (deviceToken), with every other scheme.

/** The calling device: the host its token belongs to. */
export interface DeviceViewer { hostId: number }
