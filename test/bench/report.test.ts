import { describe, expect, it } from 'vitest';
import type { CaseResult } from '../../bench/harness';
import { formatTable } from '../../bench/report';

const result = (id: string, median: number, p95: number): CaseResult => ({
  case: id,
  unit: 'ms',
  median,
  p95,
  runs: 150,
});

describe('bench report', () => {
  it('marks a budget met or missed by its own statistic', () => {
    const table = formatTable([result('editor.keystroke.50k', 7.8, 15.9), result('library.search.10k', 10, 31)]);
    expect(table).toMatch(/editor\.keystroke\.50k .*p95 < 16 ✓/);
    expect(table).toMatch(/library\.search\.10k .*p95 < 30 ✗/);
  });

  it('prints the app against bare TipTap, and the tail over the median of the machine beside the keystrokes', () => {
    const table = formatTable([
      result('machine.fixed-work.typing-pace', 8, 20),
      result('editor.keystroke.50k', 7.8, 15.6),
      result('baseline.tiptap.keystroke.50k', 12, 18),
    ]);
    expect(table).toContain('editor.keystroke.50k / baseline.tiptap.keystroke.50k: медіана ×0.65, p95 ×0.87');
    expect(table.split('\n').at(-1)).toBe(
      'p95 / медіана: machine.fixed-work.typing-pace ×2.50, editor.keystroke.50k ×2.00, baseline.tiptap.keystroke.50k ×1.50',
    );
  });

  it('leaves out what was not measured', () => {
    const table = formatTable([result('library.list.10k', 1.5, 2.6)]);
    expect(table).not.toContain('медіана ×');
    expect(table).not.toContain('p95 / медіана');
  });
});
