import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useShownSignal } from '../../../renderer/src/workspace/use-shown-signal';

afterEach(() => {
  vi.useRealTimers();
});

function Article({ id, onShown }: { id: string; onShown: (id: string) => void }) {
  useShownSignal(id, onShown);
  return null;
}

describe('useShownSignal', () => {
  it('tells once the article was drawn: a frame after it mounted', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const shown: string[] = [];
    render(<Article id="a1" onShown={(id) => shown.push(id)} />);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([]); // no frame yet: the page has not been painted
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a1']);
  });

  it('tells the latest listener, and only once per article', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const heard: string[] = [];
    const view = render(<Article id="a1" onShown={(id) => heard.push(`first:${id}`)} />);
    view.rerender(<Article id="a1" onShown={(id) => heard.push(`second:${id}`)} />);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(heard).toEqual(['second:a1']);
  });

  it('tells nothing for an article closed before it was drawn', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const shown: string[] = [];
    const view = render(<Article id="a1" onShown={(id) => shown.push(id)} />);
    view.rerender(<Article id="a2" onShown={(id) => shown.push(id)} />);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a2']);
  });
});
