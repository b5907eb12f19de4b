import { describe, expect, test } from 'vitest';
import { formatCoordinates, inRange, parseDegrees, roundDegrees } from '../../../src/schemas/coordinates.ts';

describe('parseDegrees', () => {
  test.each([
    ['50°27′00″N', { value: 50.45, axis: 'lat' }],
    ['48°08′45″N', { value: 48.1458, axis: 'lat' }],
    ["48°08'45\"N", { value: 48.1458, axis: 'lat' }],
    ["48°08'45''N", { value: 48.1458, axis: 'lat' }],
    ['45°18′N', { value: 45.3, axis: 'lat' }],
    ['33°51′S', { value: -33.85, axis: 'lat' }],
    ['0°17′W', { value: -0.2833, axis: 'lon' }],
    ['30°31′E', { value: 30.5167, axis: 'lon' }],
    ['48.14°N', { value: 48.14, axis: 'lat' }],
    ['46°N', { value: 46, axis: 'lat' }],
    ['37 E', { value: 37, axis: 'lon' }],
    ['50,45', { value: 50.45 }],
    ['-0.2825', { value: -0.2825 }],
  ])('%s', (text, parsed) => {
    expect(parseDegrees(text)).toEqual(parsed);
  });

  test.each([['north'], ['50°61′N'], ['50°27′75″N'], ['48.14°N 37.74°E'], ['']])('cannot read %s', (text) => {
    expect(parseDegrees(text)).toBeUndefined();
  });
});

describe('roundDegrees', () => {
  test.each([
    [50.85045, 50.8505],
    [-0.28246, -0.2825],
    [-0.00004, 0],
    [37.80224, 37.8022],
    [53.9, 53.9],
  ])('%s → %s', (value, rounded) => {
    expect(roundDegrees(value)).toBe(rounded);
  });

  test('keeps fewer decimals when asked', () => {
    expect(roundDegrees(48.14583, 2)).toBe(48.15);
  });
});

describe('inRange', () => {
  test.each([
    [90, 'lat', true],
    [-90.0001, 'lat', false],
    [180, 'lon', true],
    [181, 'lon', false],
    [Number.NaN, 'lat', false],
    [Number.POSITIVE_INFINITY, 'lon', false],
  ] as const)('%s as %s → %s', (value, axis, expected) => {
    expect(inRange(value, axis)).toBe(expected);
  });
});

describe('formatCoordinates', () => {
  test.each([
    [50.4547, 30.5238, '50.4547° N, 30.5238° E'],
    [49.2415, -0.2825, '49.2415° N, 0.2825° W'],
    [-33.85, 151.2, '33.85° S, 151.2° E'],
  ])('%s, %s', (lat, lon, text) => {
    expect(formatCoordinates(lat, lon)).toBe(text);
  });
});
