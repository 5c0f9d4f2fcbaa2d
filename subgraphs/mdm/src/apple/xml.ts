// The one XML entry point for plists and SAML. @xmldom/xmldom 0.8 is lenient
// by default: a mismatched end tag is only a warning and text after the root
// element is kept. Documents we accept from clients must be well-formed, so
// every warning or error becomes an XmlError here.
// Its nodes are typed with the DOM lib's Document/Element/Node (tsconfig lib "DOM").
import { DOMParser } from '@xmldom/xmldom'

/** Thrown for input that is not well-formed XML; callers turn it into a Fleet error. */
export class XmlError extends Error {}

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4
const DOCUMENT_TYPE_NODE = 10

export interface ParseXmlOptions {
  /**
   * Plists carry Apple's DOCTYPE; SAML never has one, and refusing it there
   * removes entity tricks from the picture entirely. (xmldom never fetches
   * external DTDs nor expands entities declared in one: `&x;` is an error.)
   */
  allowDoctype: boolean
}

/** xmldom messages look like "[xmldom warning]\tunclosed xml attribute\n@#[line:..]". */
function cleanMessage(msg: string): string {
  const lastError = msg.split(/Error: /).pop() ?? msg
  return lastError.replace(/\[xmldom [a-zA-Z]+\]\s*/g, '').split('\n')[0].trim() || 'malformed XML'
}

/**
 * Parses a whole document strictly: exactly one root element, nothing but
 * whitespace, comments and processing instructions around it.
 *
 * @example
 *   const doc = parseXmlStrict(text, { allowDoctype: false })
 *   const root = doc.documentElement
 *   childElements(root, SAML_NS, 'Assertion')
 */
export function parseXmlStrict(text: string, opts: ParseXmlOptions): Document {
  const fail = (msg: string): never => { throw new XmlError(cleanMessage(msg)) }
  let doc: Document
  try {
    doc = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } })
      .parseFromString(text, 'text/xml')
  } catch (err) {
    if (err instanceof XmlError) throw err
    throw new XmlError(cleanMessage(err instanceof Error ? err.message : String(err)))
  }
  if (!doc?.documentElement) throw new XmlError('no root element')
  for (let n: Node | null = doc.firstChild; n; n = n.nextSibling) {
    if ((n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) && (n.nodeValue ?? '').trim() !== '') {
      throw new XmlError('text outside the root element')
    }
    if (n.nodeType === DOCUMENT_TYPE_NODE && !opts.allowDoctype) {
      throw new XmlError('DOCTYPE declarations are not allowed here')
    }
  }
  return doc
}

/** The element children of `parent` with the given namespace and local name (any, if omitted). */
export function childElements(parent: Node, ns?: string | null, localName?: string): Element[] {
  const out: Element[] = []
  for (let n: Node | null = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== ELEMENT_NODE) continue
    const el = n as Element
    if (localName !== undefined && el.localName !== localName) continue
    if (ns !== undefined && (el.namespaceURI ?? null) !== ns) continue
    out.push(el)
  }
  return out
}

/** The single child with that name, undefined if absent; two or more is malformed. */
export function optionalChild(parent: Node, ns: string | null, localName: string): Element | undefined {
  const found = childElements(parent, ns, localName)
  if (found.length > 1) throw new XmlError(`more than one ${localName} element`)
  return found[0]
}

/** Concatenated text and CDATA directly inside `el`. Child elements are an error. */
export function elementText(el: Element): string {
  let text = ''
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) text += n.nodeValue ?? ''
    else if (n.nodeType === ELEMENT_NODE) throw new XmlError(`unexpected element inside <${el.localName}>`)
  }
  return text
}

/** Every element of the tree in document order, without recursion (input depth is untrusted). */
export function allElements(root: Element): Element[] {
  const out: Element[] = []
  const stack: Element[] = [root]
  while (stack.length) {
    const el = stack.pop() as Element
    out.push(el)
    const kids = childElements(el)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
  return out
}

// Characters XML 1.0 cannot carry even escaped (C0 controls except tab/LF/CR,
// lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Escapes text for element content and double-quoted attributes. Characters
 * XML cannot represent become U+FFFD so that building a document never fails
 * on, say, an organisation name pasted with a control character.
 */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
