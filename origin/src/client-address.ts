// Which client a request comes from, for the limits keyed on it (failed logins and device
// authentications per address). The socket's peer, unless that peer is a proxy the operator trusts
// (TRUSTED_PROXIES): then X-Forwarded-For is read from the right, past every trusted hop, to the
// first address no trusted proxy vouches for. A client that reaches the server directly cannot name
// itself another address by sending the header. proxy-addr is Express's implementation of the rule.
import type { IncomingMessage } from 'node:http'
import proxyaddr from 'proxy-addr'

/** The trusted proxies as TRUSTED_PROXIES lists them: `none`, or addresses, CIDR ranges and proxy-addr's names (loopback, linklocal, uniquelocal). */
export function parseTrustedProxies(value: string): string[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean)
  if (list.length === 1 && list[0] === 'none') return []
  proxyaddr.compile(list) // throws TypeError on an address it cannot read
  return list
}

/**
 * The client address of a request under the given trusted proxies.
 * @example
 *   const addressOf = clientAddressResolver(['loopback'])
 *   server.on('request', (req, res) => withClientAddress(addressOf(req), () => handle(req, res)))
 */
export function clientAddressResolver(trusted: string[]): (req: IncomingMessage) => string {
  const trust = proxyaddr.compile(trusted)
  return (req) => {
    try {
      return proxyaddr(req, trust) || 'unknown'
    } catch {
      return req.socket.remoteAddress || 'unknown' // a malformed header is the client's own doing: key on its socket
    }
  }
}
