// SockJS's info request for the live-query results stream (GET .../results/info):
// tells the client the websocket transport is available. Public, as SockJS's info is.
import { randomInt } from 'node:crypto'
import { z } from 'zod'
import { reads } from '../endpoint.js'

const sockjsInfo = z.object({
  websocket: z.boolean(), cookie_needed: z.boolean(), origins: z.array(z.string()), entropy: z.number().int(),
}).meta({ description: "SockJS's info answer" })

export const resultsInfo = reads({ response: sockjsInfo, auth: 'none' }, () => async (ctx) => {
  const info: z.infer<typeof sockjsInfo> = { websocket: true, cookie_needed: false, origins: ['*:*'], entropy: randomInt(2 ** 31) }
  ctx.set('Cache-Control', 'no-store, no-cache, no-transform, must-revalidate, max-age=0')
  ctx.type = 'application/json; charset=utf-8'
  ctx.body = JSON.stringify(info)
})
