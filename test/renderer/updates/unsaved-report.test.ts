import { describe, expect, it } from 'vitest';
import type { ShpaltaApi } from '../../../shared/api/contract';
import { UnsavedReport } from '../../../renderer/src/updates/unsaved-report';

/** Records the reports a page sends. */
function recordingApi() {
  const sent: unknown[] = [];
  const api = {
    invoke: async (method: string, input: unknown) => {
      sent.push([method, input]);
      return {};
    },
    on: () => () => undefined,
  } as unknown as ShpaltaApi;
  return { api, sent };
}

describe('UnsavedReport', () => {
  it('tells the host only when the page as a whole changes between all saved and not', () => {
    const { api, sent } = recordingApi();
    const report = new UnsavedReport(api);
    const open = {};
    const left = {};
    report.set(open, false);
    expect(sent).toEqual([]);
    report.set(open, true);
    report.set(open, true);
    report.set(left, true);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual(['view.unsaved', { view: expect.any(String), unsaved: true }]);
    report.set(open, false); // the article left before is still saving
    expect(sent).toHaveLength(1);
    report.set(left, false);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(['view.unsaved', { view: expect.any(String), unsaved: false }]);
  });
});
