import { describe, expect, test } from 'vitest'
import { rollUp, statusFromScore, type RollUp, type RollUpItem } from './roll-up.ts'

const item = (status: RollUpItem['status'], score: number | null): RollUpItem => ({ status, score })

describe('rollUp', () => {
  test.each<{ name: string; items: RollUpItem[]; expected: RollUp }>([
    {
      name: 'a mean of 3 reads on_track',
      items: [item('on_track', 4), item('moderate', 2)],
      expected: { score: 3, status: 'on_track', assessed: 2, total: 2 },
    },
    {
      name: 'a mean of exactly 2.5 reads on_track',
      items: [item('on_track', 3), item('moderate', 2)],
      expected: { score: 2.5, status: 'on_track', assessed: 2, total: 2 },
    },
    {
      name: 'a mean of 1 reads moderate',
      items: [item('on_track', 3.75), item('off_track', -1.75)],
      expected: { score: 1, status: 'moderate', assessed: 2, total: 2 },
    },
    {
      name: 'a mean of exactly 0 reads moderate',
      items: [item('on_track', 2.5), item('off_track', -2.5)],
      expected: { score: 0, status: 'moderate', assessed: 2, total: 2 },
    },
    {
      name: 'a mean of −1 reads off_track',
      items: [item('off_track', -1), item('off_track', -1)],
      expected: { score: -1, status: 'off_track', assessed: 2, total: 2 },
    },
    {
      name: 'a mean of −4 reads regressing',
      items: [item('regressing', -5), item('regressing', -3)],
      expected: { score: -4, status: 'regressing', assessed: 2, total: 2 },
    },
    {
      name: 'every item achieved reads achieved',
      items: [item('achieved', 5), item('achieved', 5)],
      expected: { score: 5, status: 'achieved', assessed: 2, total: 2 },
    },
    {
      name: 'some items achieved reads the band of the mean',
      items: [item('achieved', 5), item('on_track', 5)],
      expected: { score: 5, status: 'on_track', assessed: 2, total: 2 },
    },
    {
      name: 'coverage counts only items with a score',
      items: [item('moderate', 1), item('insufficient_data', null), item('no_target', null), item('off_track', -2)],
      expected: { score: -0.5, status: 'off_track', assessed: 2, total: 4 },
    },
    {
      name: 'an achieved item beside an unscored one does not read achieved',
      items: [item('achieved', 5), item('insufficient_data', null)],
      expected: { score: 5, status: 'on_track', assessed: 1, total: 2 },
    },
    {
      name: 'no scored item reads insufficient_data',
      items: [item('insufficient_data', null), item('no_target', null)],
      expected: { score: null, status: 'insufficient_data', assessed: 0, total: 2 },
    },
    {
      name: 'no item at all reads insufficient_data',
      items: [],
      expected: { score: null, status: 'insufficient_data', assessed: 0, total: 0 },
    },
  ])('$name', ({ items, expected }) => {
    expect(rollUp(items)).toEqual(expected)
  })
})

describe('statusFromScore', () => {
  test.each([
    { score: 5, status: 'on_track' },
    { score: 2.5, status: 'on_track' },
    { score: 2.4999999999999996, status: 'on_track' },
    { score: 2.49, status: 'moderate' },
    { score: 0, status: 'moderate' },
    { score: -0.01, status: 'off_track' },
    { score: -2.5, status: 'off_track' },
    { score: -2.51, status: 'regressing' },
    { score: -5, status: 'regressing' },
  ])('$score → $status', ({ score, status }) => {
    expect(statusFromScore(score)).toBe(status)
  })
})
