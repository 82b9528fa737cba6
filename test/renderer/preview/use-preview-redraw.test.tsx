import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreviewChanges } from '../../../renderer/src/preview/preview-changes';
import { usePreviewRedraw } from '../../../renderer/src/preview/use-preview-redraw';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => vi.useRealTimers());

function Preview({ open, changes, draw }: { open: boolean; changes: PreviewChanges; draw: () => void }) {
  usePreviewRedraw(open, changes, draw, []);
  return null;
}

describe('usePreviewRedraw', () => {
  it('never draws a closed preview; draws it at once when opened, and after changes only while open', async () => {
    const changes = new PreviewChanges();
    const draw = vi.fn();
    const { rerender } = render(<Preview open={false} changes={changes} draw={draw} />);
    changes.notify();
    await act(() => vi.runAllTimersAsync());
    expect(draw).not.toHaveBeenCalled();

    rerender(<Preview open changes={changes} draw={draw} />);
    expect(draw).toHaveBeenCalledTimes(1);
    changes.notify();
    await act(() => vi.runAllTimersAsync());
    expect(draw).toHaveBeenCalledTimes(2);

    changes.notify();
    rerender(<Preview open={false} changes={changes} draw={draw} />);
    changes.notify();
    await act(() => vi.runAllTimersAsync());
    expect(draw).toHaveBeenCalledTimes(2);
  });
});
