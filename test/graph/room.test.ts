import { describe, expect, it } from 'vitest';
import { roomBelow } from '../../src/core/graph/room.ts';

const list = { x: 10, y: 100, width: 200, height: 300 };

describe('roomBelow', () => {
  it('nothing below → down to the floor, less the gap', () => {
    expect(roomBelow(list, [], 600)).toBe(600 - 8 - 100);
  });
  it('zoom buttons below in the same columns → down to their top', () => {
    expect(roomBelow(list, [{ x: 8, y: 420, width: 40, height: 100 }], 600)).toBe(420 - 8 - 100);
  });
  it('a legend below but in other columns → ignored', () => {
    expect(roomBelow(list, [{ x: 400, y: 300, width: 200, height: 200 }], 600)).toBe(492);
  });
  it('an overlay wholly above the list (the share bar) → ignored', () => {
    expect(roomBelow(list, [{ x: 10, y: 20, width: 300, height: 40 }], 600)).toBe(492);
  });
  it('the nearest of several obstacles wins', () => {
    expect(roomBelow(list, [{ x: 8, y: 500, width: 40, height: 40 }, { x: 150, y: 300, width: 100, height: 20 }], 600)).toBe(192);
  });
  it('an obstacle level with the list top → the minimum, so a few rows still show', () => {
    expect(roomBelow(list, [{ x: 0, y: 90, width: 400, height: 40 }], 600)).toBe(72);
  });
});
