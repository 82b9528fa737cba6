import { describe, expect, it } from 'vitest';
import { cropStyle } from '../../../../renderer/src/preview/cards/crop-style';

describe('cropStyle', () => {
  it('the whole picture fills the frame when the box is the whole picture', () => {
    expect(cropStyle({ x: 0, y: 0, width: 1, height: 1 })).toMatchObject({
      width: '100%',
      height: '100%',
      left: '0%',
      top: '0%',
    });
  });

  it('scales the picture so the box fills the frame, and shifts the box to the frame’s corner', () => {
    expect(cropStyle({ x: 0.25, y: 0.1, width: 0.5, height: 0.8 })).toMatchObject({
      position: 'absolute',
      width: '200%',
      height: '125%',
      left: '-50%',
      top: '-12.5%',
    });
  });
});
