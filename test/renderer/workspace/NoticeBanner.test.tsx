import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NoticeBanner } from '../../../renderer/src/workspace/NoticeBanner';

function Page({ initial }: { initial: string | null }) {
  const [notice, setNotice] = useState(initial);
  return <NoticeBanner notice={notice} onDismiss={() => setNotice(null)} />;
}

describe('NoticeBanner', () => {
  it('shows the notice until it is dismissed', () => {
    render(<Page initial="Статтю оновлено з диска." />);
    expect(screen.getByRole('status').textContent).toContain('Статтю оновлено з диска.');
    fireEvent.click(screen.getByRole('button', { name: 'Закрити' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows nothing without a notice', () => {
    const { container } = render(<Page initial={null} />);
    expect(container.innerHTML).toBe('');
  });
});
