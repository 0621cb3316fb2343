/** A report card's colour from its share: green at or above the target, amber below it, none without a figure. */
import { describe, expect, it } from 'vitest';
import { shareTone } from '../../console/lib/report-format.js';

describe('shareTone', () => {
  it('colours a share against its target, and leaves a card with no figure uncoloured', () => {
    expect(shareTone(0.85, 0.8)).toBe('good');
    expect(shareTone(0.8, 0.8)).toBe('good');
    expect(shareTone(0.7976, 0.8)).toBe('warn');
    expect(shareTone(null, 0.8)).toBe('');
    expect(shareTone(undefined, 1)).toBe('');
    expect(shareTone(1, 1)).toBe('good');
  });
});
