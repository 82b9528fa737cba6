import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { BUDGETS, RATIOS, SPREADS } from './budgets';
import type { CaseFailure, CaseResult } from './harness';

/** A readable table of the results, their budgets, the app/baseline ratios and the tails over the median. */
export function formatTable(results: readonly CaseResult[], failures: readonly CaseFailure[] = []): string {
  const header = ['випадок', 'медіана, мс', 'p95, мс', 'вимірів', 'бюджет'];
  const rows = [
    header,
    ...results.map((result) => [
      result.case,
      result.median.toFixed(2),
      result.p95.toFixed(2),
      String(result.runs),
      budgetCell(result),
    ]),
    ...failures.map((failure) => [failure.case, '—', '—', '0', 'ПОМИЛКА']),
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  const out = [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.slice(1).map(line)];
  const ratios = RATIOS.flatMap(({ numerator, denominator, limit }) => {
    const top = results.find((result) => result.case === numerator);
    const bottom = results.find((result) => result.case === denominator);
    if (!top || !bottom) return [];
    const median = divide(top.median, bottom.median);
    const p95 = divide(top.p95, bottom.p95);
    const budget =
      limit === undefined ? '' : ` (бюджет ×${limit} ${Number(median) < limit && Number(p95) < limit ? '✓' : '✗'})`;
    return [`${numerator} / ${denominator}: медіана ×${median}, p95 ×${p95}${budget}`];
  });
  if (ratios.length > 0) out.push('', ...ratios);
  const spreads = SPREADS.flatMap((id) => {
    const result = results.find((candidate) => candidate.case === id);
    return result ? [`${id} ×${divide(result.p95, result.median)}`] : [];
  });
  if (spreads.length > 0) out.push(`p95 / медіана: ${spreads.join(', ')}`);
  return out.join('\n');
}

function budgetCell(result: CaseResult): string {
  const budget = BUDGETS[result.case];
  if (!budget) return '';
  const ok = result[budget.stat] < budget.limitMs;
  return `${budget.stat} < ${budget.limitMs} ${ok ? '✓' : '✗'}`;
}

function divide(a: number, b: number): string {
  return b > 0 ? (a / b).toFixed(2) : '∞';
}

/** bench/results/latest.json (exactly the cases of this run) and latest.meta.json beside it. */
export async function writeResults(dir: string, results: readonly CaseResult[], meta: object): Promise<string> {
  await fsp.mkdir(dir, { recursive: true });
  const file = path.join(dir, 'latest.json');
  const ordered = results.map(({ case: id, unit, median, p95, runs }) => ({ case: id, unit, median, p95, runs }));
  await fsp.writeFile(file, `${JSON.stringify(ordered, null, 2)}\n`);
  await fsp.writeFile(path.join(dir, 'latest.meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return file;
}
