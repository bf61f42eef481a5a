import { describe, expect, it } from 'vitest';
import { correctSeparatorDeletion } from '../../../../src/core/phone/separator-deletion.js';

describe('correctSeparatorDeletion', () => {
  it('turns Backspace over a separator into deleting the digit before it', () => {
    // "138 |0013" → Backspace removed the space: remove the "8" instead.
    expect(correctSeparatorDeletion('138 0013', '1380013', 3, 'backward')).toEqual({
      rawText: '130013',
      caretChars: 2,
    });
    expect(correctSeparatorDeletion('138 0013', '1380013', 3, 'forward')).toEqual({
      rawText: '138013',
      caretChars: 3,
    });
  });

  it('leaves real digit deletions alone', () => {
    expect(correctSeparatorDeletion('138 0013', '138 013', 3, 'backward')).toBeUndefined();
  });

  it('counts the caret in meaningful characters, separators before it left out', () => {
    // "(201) |555" → Backspace removed the space after the bracket: 3 digits before the caret.
    expect(correctSeparatorDeletion('(201) 555', '(201)555', 3, 'backward')).toEqual({
      rawText: '20555',
      caretChars: 2,
    });
  });
});
