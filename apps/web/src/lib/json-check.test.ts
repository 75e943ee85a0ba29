import { describe, expect, test } from 'vitest'
import { compactSchema, findMismatch, jsonParser, matches, type CheckSchema } from './json-check.ts'

const point: CheckSchema = {
  type: ['object'],
  properties: { year: { type: ['integer'] }, value: { type: ['number'] }, note: { type: ['string', 'null'] } },
  required: ['year', 'value'],
}

describe('compactSchema', () => {
  test.each<[string, unknown, CheckSchema]>([
    ['drops annotations', { type: 'string', description: 'd', $schema: 'x', title: 't', format: 'date-time' }, { type: ['string'] }],
    ['folds the safe-integer bounds of zod .int()', { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 }, { type: ['integer'] }],
    ['keeps other integer bounds', { type: 'integer', minimum: 0, maximum: 4 }, { type: ['integer'], minimum: 0, maximum: 4 }],
    ['turns const into a one-value enum', { const: 1 }, { enum: [1] }],
    ['reads oneOf as anyOf', { oneOf: [{ type: 'string' }, { type: 'null' }] }, { anyOf: [{ type: ['string'] }, { type: ['null'] }] }],
    ['reads a tuple', { type: 'array', prefixItems: [{ type: 'number' }], items: false, minItems: 1, maxItems: 1 }, { type: ['array'], prefixItems: [{ type: ['number'] }], items: false, minItems: 1, maxItems: 1 }],
    ['reads a record', { type: 'object', propertyNames: { type: 'string' }, additionalProperties: {} }, { type: ['object'], propertyNames: { type: ['string'] }, additionalProperties: {} }],
    ['reads true as the schema of anything', true, {}],
  ])('%s', (_name, input, expected) => {
    expect(compactSchema(input)).toEqual(expected)
  })

  test.each<[unknown, string]>([
    [{ type: 'string', not: { const: '' } }, 'json-check: #: unsupported keyword "not"'],
    [{ $ref: '#/$defs/x' }, 'json-check: #: unsupported keyword "$ref"'],
    [{ properties: { a: { type: 'date' } } }, 'json-check: #/properties/a: unknown type "date"'],
    [{ enum: [{}] }, 'json-check: #: enum must list strings, numbers, booleans or null'],
    [false, 'json-check: # is not a schema object'],
  ])('refuses %j: a constraint it cannot check is never skipped', (input, message) => {
    expect(() => compactSchema(input)).toThrow(message)
  })
})

describe('findMismatch', () => {
  test.each<[string, CheckSchema, unknown, string | null]>([
    ['accepts a matching object', point, { year: 2024, value: 22040.5, note: null }, null],
    ['allows properties the schema does not name (as zod strips them)', point, { year: 2024, value: 1, extra: [1] }, null],
    ['names a missing property', point, { year: 2024 }, '$.value: required'],
    ['names a wrong type', point, { year: 2024, value: '1' }, '$.value: expected number, got string'],
    ['refuses a fractional integer', point, { year: 2024.5, value: 1 }, '$.year: expected integer, got 2024.5'],
    ['refuses an unsafe integer', point, { year: 2 ** 53, value: 1 }, '$.year: expected integer, got 9007199254740992'],
    ['accepts null where allowed', { type: ['string', 'null'] }, null, null],
    ['refuses an array for an object', point, [], '$: expected object, got array'],
    ['refuses null for an object', point, null, '$: expected object, got null'],
    ['checks an enum', { type: ['string'], enum: ['CAN', 'MEX'] }, 'USA', '$: expected "CAN" | "MEX", got "USA"'],
    ['checks a literal', { enum: [1] }, -1, '$: expected 1, got -1'],
    ['checks every item', { type: ['array'], items: point }, [{ year: 1, value: 1 }, { year: 2 }], '$[1].value: required'],
    ['checks a tuple length', { type: ['array'], prefixItems: [{ type: ['number'] }, { type: ['number'] }], items: false, minItems: 2, maxItems: 2 }, [1, 2, 3], '$: expected at most 2 items, got 3'],
    ['checks a tuple item', { type: ['array'], prefixItems: [{ type: ['number'] }, { type: ['string'] }], items: false }, [1, 2], '$[1]: expected string, got 2'],
    ['accepts one branch of anyOf', { anyOf: [{ type: ['integer'] }, { type: ['null'] }] }, null, null],
    ['lists why no branch of anyOf matched', { anyOf: [{ type: ['integer'] }, { type: ['null'] }] }, 'x', '$: expected integer, got string; or $: expected null, got string'],
    ['checks the values of a record', { type: ['object'], additionalProperties: { type: ['number'] } }, { a: 1, b: 'x' }, '$.b: expected number, got string'],
    ['refuses extra properties when told to', { type: ['object'], properties: {}, additionalProperties: false }, { a: 1 }, '$.a: unexpected property'],
    ['quotes a property name that is not an identifier', { type: ['object'], required: ['a-b'] }, {}, '$["a-b"]: required'],
    ['checks number bounds', { type: ['number'], minimum: 0, exclusiveMaximum: 1 }, 1, '$: expected < 1, got 1'],
    ['checks a pattern', { type: ['string'], pattern: '^\\d{4}$' }, '20x4', '$: expected to match /^\\d{4}$/, got "20x4"'],
    ['checks a string length in characters', { type: ['string'], maxLength: 2 }, 'ééé', '$: expected at most 2 characters'],
  ])('%s', (_name, schema, value, expected) => {
    expect(findMismatch(schema, value)).toBe(expected)
    // The fast check (no message) gives the same answer.
    expect(matches(schema, value)).toBe(expected === null)
  })

  test('counts a string length in characters, a surrogate pair as one', () => {
    expect(matches({ type: ['string'], maxLength: 2 }, '😀😀')).toBe(true)
    expect(matches({ type: ['string'], minLength: 3 }, '😀😀')).toBe(false)
    expect(matches({ type: ['string'], maxLength: 1 }, '\ud83d')).toBe(true)
  })
})

describe('jsonParser', () => {
  test('answers like zod safeParse: the value itself on success, a message on failure', () => {
    const parser = jsonParser<{ year: number; value: number }>(point)
    const value = { year: 2024, value: 3 }
    expect(parser.safeParse(value)).toEqual({ success: true, data: value })
    expect(parser.safeParse({ year: '2024', value: 3 })).toEqual({ success: false, error: { message: '$.year: expected integer, got string' } })
  })
})
