import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { XmlError, allElements, childElements, elementText, escapeXml, optionalChild, parseXmlStrict } from './xml.js'

const strict = { allowDoctype: false }

describe('parseXmlStrict', () => {
  it('parses a well-formed document with namespaces', () => {
    const doc = parseXmlStrict('<?xml version="1.0"?><r xmlns:a="urn:a"><a:x>1</a:x><y/><a:x>2</a:x></r>', strict)
    const xs = childElements(doc.documentElement, 'urn:a', 'x')
    assert.deepEqual(xs.map(elementText), ['1', '2'])
    assert.equal(childElements(doc.documentElement).length, 3)
  })

  it('turns the warnings xmldom would ignore into errors', () => {
    for (const bad of ['<a><b></a>', '<a></b>', '<a x=1/>']) {
      assert.throws(() => parseXmlStrict(bad, strict), XmlError, bad)
    }
  })

  it('rejects non-XML, empty input, two roots and text after the root', () => {
    for (const bad of ['not xml', '', '<a/><b/>', '<a/>junk', '<a', '<a b="1" b="2"/>']) {
      assert.throws(() => parseXmlStrict(bad, strict), XmlError, JSON.stringify(bad))
    }
  })

  it('refuses entities and, unless allowed, any DOCTYPE', () => {
    assert.throws(() => parseXmlStrict('<a>&foo;</a>', strict), XmlError)
    const withDoctype = '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd"><plist/>'
    assert.throws(() => parseXmlStrict(withDoctype, strict), /DOCTYPE/)
    assert.equal(parseXmlStrict(withDoctype, { allowDoctype: true }).documentElement.localName, 'plist')
    assert.throws(() => parseXmlStrict('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', { allowDoctype: true }), XmlError)
  })

  it('gives a one-line reason without the xmldom prefix', () => {
    assert.throws(() => parseXmlStrict('<a><b></a>', strict), (err: Error) => !err.message.includes('\n') && !err.message.includes('[xmldom'))
  })
})

describe('element helpers', () => {
  it('optionalChild returns the single child, undefined, or throws on two', () => {
    const root = parseXmlStrict('<r><a>1</a><b/><b/></r>', strict).documentElement
    assert.equal(elementText(optionalChild(root, null, 'a') as Element), '1')
    assert.equal(optionalChild(root, null, 'c'), undefined)
    assert.throws(() => optionalChild(root, null, 'b'), /more than one b/)
  })

  it('elementText joins text and CDATA and refuses child elements', () => {
    const root = parseXmlStrict('<r><a>x<![CDATA[<y>]]>z</a><b><c/></b></r>', strict).documentElement
    assert.equal(elementText(childElements(root, null, 'a')[0]), 'x<y>z')
    assert.throws(() => elementText(childElements(root, null, 'b')[0]), /unexpected element/)
  })

  it('allElements walks a deep tree in document order without recursion', () => {
    const depth = 20_000
    const doc = parseXmlStrict('<e>'.repeat(depth) + '</e>'.repeat(depth), strict)
    assert.equal(allElements(doc.documentElement).length, depth)
    const small = parseXmlStrict('<a><b><c/></b><d/></a>', strict).documentElement
    assert.deepEqual(allElements(small).map((e) => e.localName), ['a', 'b', 'c', 'd'])
  })
})

describe('escapeXml', () => {
  it('escapes markup characters and replaces characters XML cannot carry', () => {
    assert.equal(escapeXml(`<Tom & "Jerry">`), '&lt;Tom &amp; &quot;Jerry&quot;&gt;')
    assert.equal(escapeXml('a\u0001b\tc\n'), 'a\uFFFDb\tc\n')
    assert.equal(escapeXml('emoji 😀 ok'), 'emoji 😀 ok')
    assert.equal(escapeXml('lone \uD800 surrogate'), 'lone \uFFFD surrogate')
  })
})
