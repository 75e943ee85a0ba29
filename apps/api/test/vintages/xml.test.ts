import { describe, expect, test } from 'vitest'
import { child, parseXml, XmlError } from './xml.ts'

describe('the test XML reader', () => {
  test('reads a well-formed document into elements, attributes and decoded text', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- c --><feed a="1" b=\'x &amp; y\'><t>A &lt;b&gt; &#233;&#x41;</t><e/><![CDATA[<raw>]]></feed>\n',
    )
    expect(root.name).toBe('feed')
    expect(root.attributes).toEqual({ a: '1', b: 'x & y' })
    expect(child(root, 't').text).toBe('A <b> éA')
    expect(root.children.map((c) => c.name)).toEqual(['t', 'e'])
    expect(root.text).toBe('<raw>')
  })

  test.each([
    ['an unclosed element', '<a><b></a>'],
    ['a missing end tag', '<a><b></b>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['a raw ampersand', '<a>x & y</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a raw < in an attribute', '<a b="<"/>'],
    ['an unquoted attribute', '<a b=1/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['a control character', '<a>\u0001</a>'],
    ['no root', '<?xml version="1.0"?>'],
    ['text before the root', 'x<a/>'],
  ])('refuses %s', (_name, doc) => {
    expect(() => parseXml(doc)).toThrow(XmlError)
  })
})
