// SockJS's info request for the live-query results stream (GET .../results/info):
// tells the client the websocket transport is available.
import { randomInt } from 'node:crypto'
import type { Endpoint } from '../endpoint.js'

export const resultsInfo: Endpoint = () => async (ctx) => {
  ctx.set('Cache-Control', 'no-store, no-cache, no-transform, must-revalidate, max-age=0')
  ctx.type = 'application/json; charset=utf-8'
  ctx.body = JSON.stringify({ websocket: true, cookie_needed: false, origins: ['*:*'], entropy: randomInt(2 ** 31) })
}
