import { describe, expect, test } from 'vitest'
import type { Locale } from '@nap/domain'
import { fileProblem, formatFileSize, MAX_FILE_BYTES, progressPercent } from './file-checks.ts'

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('fileProblem', () => {
  test.each([
    [0, 'empty'],
    [1, null],
    [MAX_FILE_BYTES, null],
    [MAX_FILE_BYTES + 1, 'tooLarge'],
  ] as const)('a file of %i bytes → %s', (size, problem) => {
    expect(fileProblem({ size })).toBe(problem)
  })

  test('the limit is the API’s 20 MiB', () => {
    expect(MAX_FILE_BYTES).toBe(20_971_520)
  })
})

describe('formatFileSize', () => {
  test.each<[number, Locale, string]>([
    [812, 'en', '812 bytes'],
    [812, 'es', '812 bytes'],
    [812, 'fr', '812 octets'],
    [4_300, 'en', '4.2 kB'],
    [4_300, 'fr', '4,2 ko'],
    [50_000, 'en', '49 kB'],
    [20_971_520, 'en', '20 MB'],
    [20_971_520, 'fr', '20 Mo'],
    [2_621_440, 'es', '2.5 MB'],
  ])('%i bytes in %s → %s', (bytes, lang, text) => {
    expect(plain(formatFileSize(bytes, lang))).toBe(text)
  })
})

describe('progressPercent', () => {
  test.each([
    [0, 1000, 0],
    [333, 1000, 33],
    [999, 1000, 99],
    [1000, 1000, 100],
    [1200, 1000, 100],
    [10, null, null],
    [10, 0, null],
  ] as const)('%i of %s → %s', (loaded, total, percent) => {
    expect(progressPercent(loaded, total)).toBe(percent)
  })
})
