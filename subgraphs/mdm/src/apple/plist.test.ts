import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { PlistError, buildPlist, isPlistDict, parsePlist } from './plist.js'

const wrap = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
${body}
</plist>`

describe('parsePlist', () => {
  it('reads every value type of an XML property list', () => {
    const v = parsePlist(Buffer.from(wrap(`<dict>
      <key>s</key><string>a &amp; b</string>
      <key>empty</key><string/>
      <key>i</key><integer>-42</integer>
      <key>hex</key><integer>0x1F</integer>
      <key>r</key><real>1.5</real>
      <key>t</key><true/>
      <key>f</key><false/>
      <key>d</key><date>2023-01-02T03:04:05Z</date>
      <key>b</key><data>
        aGVs
        bG8=
      </data>
      <key>a</key><array><integer>1</integer><dict/></array>
    </dict>`)))
    assert.ok(isPlistDict(v))
    assert.equal(v.s, 'a & b')
    assert.equal(v.empty, '')
    assert.equal(v.i, -42)
    assert.equal(v.hex, 31)
    assert.equal(v.r, 1.5)
    assert.equal(v.t, true)
    assert.equal(v.f, false)
    assert.deepEqual(v.d, new Date('2023-01-02T03:04:05Z'))
    assert.deepEqual(v.b, Buffer.from('hello'))
    assert.deepEqual(v.a, [1, {}])
  })

  it('keeps a "__proto__" key as plain data', () => {
    const v = parsePlist(wrap('<dict><key>__proto__</key><dict><key>polluted</key><true/></dict></dict>'))
    assert.ok(isPlistDict(v))
    assert.equal(Object.getPrototypeOf(v), Object.prototype)
    assert.deepEqual(Object.keys(v), ['__proto__'])
    assert.equal(({} as Record<string, unknown>).polluted, undefined)
  })

  const rejects: Array<[string, string | Buffer, RegExp]> = [
    ['not XML', 'hello', /not a valid XML property list/],
    ['a mismatched tag', wrap('<dict><key>a</key><string>x</dict>'), /not a valid XML property list/],
    ['another root element', '<dict/>', /root element is <dict>, expected <plist>/],
    ['an empty plist', wrap(''), /exactly one value, found 0/],
    ['two values', wrap('<string/><string/>'), /exactly one value, found 2/],
    ['a key without a value', wrap('<dict><key>a</key></dict>'), /key "a" has no value/],
    ['a value without a key', wrap('<dict><string>a</string></dict>'), /expected <key>/],
    ['a duplicate key', wrap('<dict><key>a</key><true/><key>a</key><false/></dict>'), /duplicate key "a"/],
    ['an unknown element', wrap('<dict><key>a</key><bogus/></dict>'), /unknown property list element <bogus>/],
    ['a bad integer', wrap('<integer>12abc</integer>'), /invalid <integer>/],
    ['a bad date', wrap('<date>yesterday</date>'), /invalid <date>/],
    ['bad base64 data', wrap('<data>@@@@</data>'), /invalid base64 in <data>/],
    ['text inside a dict', wrap('<dict>oops<key>a</key><true/></dict>'), /unexpected text inside <dict>/],
    ['markup inside a string', wrap('<string>a<b/></string>'), /unexpected element inside <string>/],
    ['a binary plist', Buffer.concat([Buffer.from('bplist00'), Buffer.alloc(8)]), /binary property lists are not supported/],
    ['invalid UTF-8', Buffer.from([0x3c, 0xff, 0xfe, 0x3e]), /not valid UTF-8/],
    ['a UTF-16 declaration', '<?xml version="1.0" encoding="UTF-16"?><plist><true/></plist>', /unsupported encoding "UTF-16"/],
    ['deep nesting', wrap('<array>'.repeat(100) + '</array>'.repeat(100)), /nested more than 64 levels/],
  ]
  for (const [what, input, reason] of rejects) {
    it(`rejects ${what} with a readable reason`, () => {
      assert.throws(() => parsePlist(typeof input === 'string' ? Buffer.from(input) : input), (err: unknown) => {
        assert.ok(err instanceof PlistError)
        assert.match(err.message, reason)
        return true
      })
    })
  }
})

describe('buildPlist', () => {
  it('writes Apple-style XML that parses back to the same value', () => {
    const value = {
      Name: 'Acme <&> "Corp"',
      Count: 3,
      Ratio: 0.25,
      On: true,
      Off: false,
      When: new Date('2024-05-06T07:08:09Z'),
      Blob: Buffer.from([1, 2, 3]),
      List: ['a', { nested: 1 }],
    }
    const xml = buildPlist(value)
    const text = xml.toString('utf8')
    assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE plist PUBLIC/)
    assert.ok(text.includes('<string>Acme &lt;&amp;&gt; &quot;Corp&quot;</string>'))
    assert.ok(text.includes('<integer>3</integer>') && text.includes('<real>0.25</real>'))
    assert.deepEqual(parsePlist(xml), value)
  })

  it('refuses numbers a plist cannot hold', () => {
    assert.throws(() => buildPlist({ n: Number.NaN }), TypeError)
  })
})
