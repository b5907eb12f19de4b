import { describe, expect, test } from 'vitest';
import { lastUpdate, machineDate, newestCorrection } from '../../../../src/lib/corrections/updated.ts';

const fix = (date: string) => ({ date, text: `Fixed on ${date}.` });

describe('lastUpdate', () => {
  test.each([
    { name: 'neither updated nor corrected', updated: undefined, corrections: [], expected: undefined },
    { name: 'an event’s or a term’s updated day', updated: '2026-11-01', corrections: [], expected: { day: '2026-11-01' } },
    {
      name: 'an article’s updated date-time keeps its moment',
      updated: new Date('2026-11-01T10:00:00+02:00'),
      corrections: [],
      expected: { day: '2026-11-01', moment: new Date('2026-11-01T08:00:00Z') },
    },
    { name: 'a correction alone', updated: undefined, corrections: [fix('2026-11-29')], expected: { day: '2026-11-29' } },
    { name: 'the newest of several corrections', updated: undefined, corrections: [fix('2026-11-01'), fix('2026-11-29')], expected: { day: '2026-11-29' } },
    { name: 'the newest even when the list is out of order', updated: undefined, corrections: [fix('2026-11-29'), fix('2026-11-01')], expected: { day: '2026-11-29' } },
    { name: 'a correction newer than updated', updated: '2026-11-01', corrections: [fix('2026-11-29')], expected: { day: '2026-11-29' } },
    { name: 'updated newer than the correction', updated: '2026-12-05', corrections: [fix('2026-11-29')], expected: { day: '2026-12-05' } },
    {
      name: 'on the same day, updated wins, for its time of day',
      updated: new Date('2026-11-29T15:00:00Z'),
      corrections: [fix('2026-11-29')],
      expected: { day: '2026-11-29', moment: new Date('2026-11-29T15:00:00Z') },
    },
    { name: 'a correction after an article’s update', updated: new Date('2026-11-01T15:00:00Z'), corrections: [fix('2026-11-29')], expected: { day: '2026-11-29' } },
  ])('$name', ({ updated, corrections, expected }) => {
    expect(lastUpdate({ updated, corrections })).toEqual(expected);
  });
});

describe('newestCorrection', () => {
  test.each([
    { corrections: [], expected: undefined },
    { corrections: [fix('2026-11-01')], expected: fix('2026-11-01') },
    { corrections: [fix('2026-11-29'), fix('2026-11-01')], expected: fix('2026-11-29') },
  ])('of $corrections.length', ({ corrections, expected }) => {
    expect(newestCorrection(corrections)).toEqual(expected);
  });

  test('on the same day, the later-listed one', () => {
    const second = { date: '2026-11-29', text: 'Second.' };
    expect(newestCorrection([fix('2026-11-29'), second])).toBe(second);
  });
});

describe('machineDate', () => {
  test.each([
    { update: { day: '2026-11-29' }, expected: '2026-11-29' },
    { update: { day: '2026-11-29', moment: new Date('2026-11-29T15:00:00+03:00') }, expected: '2026-11-29T12:00:00.000Z' },
  ])('$expected', ({ update, expected }) => {
    expect(machineDate(update)).toBe(expected);
  });
});
