import { describe, expect, test } from 'vitest'
import { ApiError } from '@/lib/api-client.ts'
import { testTranslator } from '@/testing/catalogs.ts'
import { errorText } from '../../utils/error-text.ts'
import { importRefusal } from './refusal.ts'

const t = testTranslator('en')
const conflictText = (count: number) => t('admin.imports.apply.conflict', { count })
const changedSince = {
  indicator: 'unemployment-rate',
  country: 'MEX',
  period: '2024',
  version: 3,
  current: { value: 2.7, version: 4, deleted: false, updatedAt: '2026-03-01T10:00:00.000Z', author: 'Ana Editor' },
}

describe('importRefusal', () => {
  test('no error: nothing to say', () => {
    expect(importRefusal(null, t, conflictText)).toEqual({ text: null, conflicts: null })
  })

  test('a 409 listing the points changed since: the sentence with their count, and the list', () => {
    const error = new ApiError(409, 'conflict', 'changed since the dry run', [], { total: 1, conflicts: [changedSince] })
    const refusal = importRefusal(error, t, conflictText)
    expect(refusal.text).toBe(conflictText(1))
    expect(refusal.conflicts).toEqual({ total: 1, conflicts: [changedSince] })
  })

  test.each([
    ['already_committed', t('admin.imports.state.alreadyCommitted')],
    ['already_reverted', t('admin.imports.state.alreadyReverted')],
    ['not_committed', t('admin.imports.state.notCommitted')],
  ])('a 409 about the import\'s state (%s): in words, no list', (code, words) => {
    expect(importRefusal(new ApiError(409, code, 'refused'), t, conflictText)).toEqual({ text: words, conflicts: null })
  })

  test('any other error: the general error text, no list', () => {
    const error = new ApiError(403, 'csrf', 'missing CSRF token')
    expect(importRefusal(error, t, conflictText)).toEqual({ text: errorText(error, t), conflicts: null })
    expect(errorText(error, t)).not.toBe(conflictText(1))
  })
})
