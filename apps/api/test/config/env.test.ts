import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { DEFAULT_DATABASE_PATH, REPO_ROOT } from '@nap/db'
import { DEFAULT_WEB_DIST, loadEnv } from '../../src/config/env.ts'

describe('loadEnv', () => {
  test.each([
    ['unset', {}, DEFAULT_DATABASE_PATH],
    ['empty', { DATABASE_PATH: '' }, DEFAULT_DATABASE_PATH],
    ['blank', { DATABASE_PATH: '   ' }, DEFAULT_DATABASE_PATH],
    ['relative: from the repository root, whatever the working folder', { DATABASE_PATH: 'data/x.sqlite' }, join(REPO_ROOT, 'data', 'x.sqlite')],
    ['absolute', { DATABASE_PATH: '/tmp/y.sqlite' }, '/tmp/y.sqlite'],
    ['in memory', { DATABASE_PATH: ':memory:' }, ':memory:'],
  ])('DATABASE_PATH %s', (_case, source, expected) => {
    expect(loadEnv(source).DATABASE_PATH).toBe(expected)
  })

  test('empty variables mean the defaults', () => {
    const env = loadEnv({ PORT: '', HOST: '', LOG_LEVEL: '', WEB_DIST: '' })
    expect(env).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', LOG_LEVEL: 'info', WEB_DIST: DEFAULT_WEB_DIST })
  })

  test('a bad value names the variable', () => {
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => loadEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/)
  })
})
