import { describe, expect, test } from 'vitest'
import { methodologyEn } from './methodology-en.ts'
import { methodologyEs } from './methodology-es.ts'
import { methodologyFr } from './methodology-fr.ts'
import type { MethodologyContent } from './types.ts'

const shape = (content: MethodologyContent) =>
  content.sections.map((s) => ({ id: s.id, blocks: s.blocks.map((b) => (b.kind === 'list' ? `list:${b.items.length}` : b.kind)) }))

describe('methodology content', () => {
  test.each([
    ['es', methodologyEs],
    ['fr', methodologyFr],
  ] as const)('the %s version has the same sections and blocks as the English one', (_lang, content) => {
    expect(shape(content)).toEqual(shape(methodologyEn))
    expect(content.intro).toHaveLength(methodologyEn.intro.length)
  })

  test('states the thresholds of the pace ratio in every language', () => {
    for (const content of [methodologyEn, methodologyEs, methodologyFr]) {
      const text = JSON.stringify(content)
      expect(text).toMatch(/R ≥ 0[.,]95/)
      expect(text).toMatch(/0[.,]60 ≤ R < 0[.,]95/)
    }
  })
})
