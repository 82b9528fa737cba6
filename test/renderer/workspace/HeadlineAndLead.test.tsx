import { fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ARTICLE_LIMITS } from '../../../shared/domain/article';
import { HeadlineAndLead } from '../../../renderer/src/workspace/HeadlineAndLead';

function Fields({ readOnly = false, onLeadDone = () => {} }: { readOnly?: boolean; onLeadDone?: () => void }) {
  const [meta, setMeta] = useState({ headline: 'Заголовок', lead: 'Лід' });
  const headlineRef = useRef<HTMLTextAreaElement>(null);
  const leadRef = useRef<HTMLTextAreaElement>(null);
  return (
    <HeadlineAndLead
      headline={meta.headline}
      lead={meta.lead}
      headlineRef={headlineRef}
      leadRef={leadRef}
      spellSession={null}
      readOnly={readOnly}
      onChange={(patch) => setMeta((current) => ({ ...current, ...patch }))}
      onLeadDone={onLeadDone}
    />
  );
}

const field = (name: string) => screen.getByRole<HTMLTextAreaElement>('textbox', { name });

describe('HeadlineAndLead', () => {
  it('labels both fields and hands their changes on; a headline stays one line, a lead one paragraph', () => {
    render(<Fields />);
    fireEvent.change(field('Заголовок'), { target: { value: 'Два\nрядки' } });
    fireEvent.change(field('Лід'), { target: { value: 'Перше речення.\nДруге.' } });
    expect(field('Заголовок').value).toBe('Два рядки');
    expect(field('Лід').value).toBe('Перше речення. Друге.');
  });

  it('goes on from the headline to the lead and from the lead to the body on Enter', () => {
    let leadDone = 0;
    render(<Fields onLeadDone={() => (leadDone += 1)} />);
    field('Заголовок').focus();
    expect(fireEvent.keyDown(field('Заголовок'), { key: 'Enter' })).toBe(false);
    expect(document.activeElement).toBe(field('Лід'));
    expect(field('Лід').selectionStart).toBe(0);
    expect(fireEvent.keyDown(field('Лід'), { key: 'Enter' })).toBe(false);
    expect(leadDone).toBe(1);
  });

  it('adds no line break on Shift+Enter and leaves modified Enters to shortcuts', () => {
    let leadDone = 0;
    render(<Fields onLeadDone={() => (leadDone += 1)} />);
    field('Лід').focus();
    expect(fireEvent.keyDown(field('Лід'), { key: 'Enter', shiftKey: true })).toBe(false);
    expect(fireEvent.keyDown(field('Лід'), { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(field('Лід'), { key: 'Enter', isComposing: true })).toBe(true);
    expect(leadDone).toBe(0);
    expect(document.activeElement).toBe(field('Лід'));
  });

  it('cuts a field at its limit and says so', () => {
    render(<Fields />);
    fireEvent.change(field('Заголовок'), { target: { value: 'я'.repeat(ARTICLE_LIMITS.headline + 5) } });
    expect(field('Заголовок').value).toHaveLength(ARTICLE_LIMITS.headline);
    expect(screen.getByText(/кінець відрізано \(знаків: 5\)/)).toBeTruthy();
  });

  it('takes no typing in a read-only article', () => {
    render(<Fields readOnly />);
    expect(field('Заголовок').readOnly).toBe(true);
    expect(field('Лід').readOnly).toBe(true);
  });
});
