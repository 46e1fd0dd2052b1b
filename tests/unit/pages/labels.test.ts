import { describe, expect, it } from 'vitest';
import { BOARDS } from '../../../boards/index';
import { BOARD_NAMES } from '../../../components/pages/evidence/labels';

describe('board names in the evidence log', () => {
  it('are the readers\' own names, for every board', () => {
    expect(BOARD_NAMES).toEqual(Object.fromEntries(BOARDS.map((b) => [b.id, b.name])));
  });
});
