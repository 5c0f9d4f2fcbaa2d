// A small, strict reader and writer for XML property lists (Apple's
// PropertyList-1.0 DTD), the format of .mobileconfig files. Written here on
// top of xml.ts instead of using the `plist` package because that package is
// lenient (it accepts unknown elements and dangling keys) and would bring a
// second xmldom major version next to the one xml-crypto needs.
import { XmlError, childElements, elementText, escapeXml, parseXmlStrict } from './xml.js'

export type PlistValue = string | number | boolean | Date | Buffer | PlistValue[] | PlistDict
export interface PlistDict { [key: string]: PlistValue }

/** A reason a person can act on; callers wrap it in a Fleet error. */
export class PlistError extends Error {}

// Apple's own tools nest a handful of levels; the bound keeps hostile input
// from exhausting the stack in the recursive conversion below.
const MAX_DEPTH = 64

const PLIST_DOCTYPE =
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">'

export function isPlistDict(v: PlistValue | undefined): v is PlistDict {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v) && !(v instanceof Date)
}

/** Sets a key without going through a `__proto__` setter, whatever the key. */
function defineKey(dict: PlistDict, key: string, value: PlistValue): void {
  Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true })
}

function decodeText(bytes: Buffer): string {
  if (bytes.subarray(0, 8).toString('latin1') === 'bplist00') {
    throw new PlistError('binary property lists are not supported; convert the file with `plutil -convert xml1`')
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PlistError('the property list is not valid UTF-8 text')
  }
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1]
  if (declared && !/^utf-?8$/i.test(declared)) {
    throw new PlistError(`unsupported encoding "${declared}"; save the property list as UTF-8`)
  }
  return text
}

function convert(el: Element, depth: number): PlistValue {
  if (depth > MAX_DEPTH) throw new PlistError(`the property list is nested more than ${MAX_DEPTH} levels deep`)
  const name = el.localName
  switch (name) {
    case 'string': return elementText(el)
    case 'true': case 'false':
      if (elementText(el).trim() !== '') throw new PlistError(`<${name}/> must be empty`)
      return name === 'true'
    case 'integer': {
      const t = elementText(el).trim()
      if (!/^[+-]?(\d+|0x[0-9a-f]+)$/i.test(t)) throw new PlistError(`invalid <integer>: "${t.slice(0, 40)}"`)
      return /0x/i.test(t) ? Number.parseInt(t, 16) : Number(t)
    }
    case 'real': {
      const t = elementText(el).trim()
      const n = Number(t)
      if (t === '' || (Number.isNaN(n) && t.toLowerCase() !== 'nan')) throw new PlistError(`invalid <real>: "${t.slice(0, 40)}"`)
      return n
    }
    case 'date': {
      const t = elementText(el).trim()
      const d = new Date(t)
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(t) || Number.isNaN(d.getTime())) {
        throw new PlistError(`invalid <date>: "${t.slice(0, 40)}" (expected YYYY-MM-DDThh:mm:ssZ)`)
      }
      return d
    }
    case 'data': {
      const t = elementText(el).replace(/\s+/g, '')
      if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(t)) throw new PlistError('invalid base64 in <data>')
      return Buffer.from(t, 'base64')
    }
    case 'array':
      assertNoText(el)
      return childElements(el).map((c) => convert(c, depth + 1))
    case 'dict': return convertDict(el, depth)
    default: throw new PlistError(`unknown property list element <${name}>`)
  }
}

/** Container elements may hold only whitespace between their children. */
function assertNoText(el: Element): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    const isText = n.nodeType === 3 || n.nodeType === 4 // TEXT_NODE, CDATA_SECTION_NODE
    if (isText && (n.nodeValue ?? '').trim() !== '') throw new PlistError(`unexpected text inside <${el.localName}>`)
  }
}

function convertDict(el: Element, depth: number): PlistDict {
  assertNoText(el)
  const dict: PlistDict = {}
  const kids = childElements(el)
  for (let i = 0; i < kids.length; i += 2) {
    if (kids[i].localName !== 'key') throw new PlistError(`expected <key> in <dict>, found <${kids[i].localName}>`)
    const key = elementText(kids[i])
    if (i + 1 >= kids.length) throw new PlistError(`key "${key.slice(0, 60)}" has no value`)
    if (Object.prototype.hasOwnProperty.call(dict, key)) throw new PlistError(`duplicate key "${key.slice(0, 60)}" in <dict>`)
    defineKey(dict, key, convert(kids[i + 1], depth + 1))
  }
  return dict
}

/**
 * Parses an XML property list. Throws PlistError with a human-readable reason.
 *
 * @example
 *   const top = parsePlist(bytes)
 *   if (!isPlistDict(top)) throw ...
 *   top.PayloadIdentifier
 */
export function parsePlist(input: Buffer | string): PlistValue {
  const text = typeof input === 'string' ? input : decodeText(input)
  let root: Element
  try {
    root = parseXmlStrict(text, { allowDoctype: true }).documentElement
  } catch (err) {
    if (err instanceof XmlError) throw new PlistError(`not a valid XML property list: ${err.message}`)
    throw err
  }
  if (root.localName !== 'plist' || root.namespaceURI) throw new PlistError(`the root element is <${root.localName}>, expected <plist>`)
  assertNoText(root)
  const values = childElements(root)
  if (values.length !== 1) throw new PlistError(`<plist> must contain exactly one value, found ${values.length}`)
  try {
    return convert(values[0], 1)
  } catch (err) {
    if (err instanceof XmlError) throw new PlistError(err.message)
    throw err
  }
}

function write(value: PlistValue, indent: string, out: string[]): void {
  if (typeof value === 'string') out.push(`${indent}<string>${escapeXml(value)}</string>`)
  else if (typeof value === 'boolean') out.push(`${indent}<${value}/>`)
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('plist numbers must be finite')
    out.push(Number.isInteger(value) ? `${indent}<integer>${value}</integer>` : `${indent}<real>${value}</real>`)
  } else if (value instanceof Date) out.push(`${indent}<date>${value.toISOString().replace(/\.\d{3}Z$/, 'Z')}</date>`)
  else if (Buffer.isBuffer(value)) out.push(`${indent}<data>${value.toString('base64')}</data>`)
  else if (Array.isArray(value)) {
    out.push(`${indent}<array>`)
    for (const v of value) write(v, `${indent}\t`, out)
    out.push(`${indent}</array>`)
  } else {
    out.push(`${indent}<dict>`)
    for (const [k, v] of Object.entries(value)) {
      out.push(`${indent}\t<key>${escapeXml(k)}</key>`)
      write(v, `${indent}\t`, out)
    }
    out.push(`${indent}</dict>`)
  }
}

/**
 * Serialises a value as an XML property list in Apple's layout (tabs, DOCTYPE).
 * Whole numbers become <integer>, others <real>.
 */
export function buildPlist(value: PlistValue): Buffer {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', PLIST_DOCTYPE, '<plist version="1.0">']
  write(value, '', out)
  out.push('</plist>', '')
  return Buffer.from(out.join('\n'), 'utf8')
}
