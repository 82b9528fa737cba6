import { describe, expect, it } from 'vitest';
import { dockedPanels, fitsBeside, panelModes } from '../../../../renderer/src/app/layout/panel-layout';

const ALL = { library: true, panel: true };

describe('panel layout', () => {
  it('docks both at 1440, the library alone at 1024, neither at 800', () => {
    expect(dockedPanels(1440, ALL)).toEqual({ library: true, panel: true });
    expect(dockedPanels(1024, ALL)).toEqual({ library: true, panel: false });
    expect(dockedPanels(800, ALL)).toEqual({ library: false, panel: false });
  });

  it('gives the metadata the room of a library the journalist hid', () => {
    expect(dockedPanels(1024, { library: false, panel: true })).toEqual({ library: false, panel: true });
  });

  it('never docks a panel the journalist hid', () => {
    expect(dockedPanels(1920, { library: false, panel: false })).toEqual({ library: false, panel: false });
  });

  it('shows a collapsed panel over the text only while it is opened so', () => {
    expect(panelModes(800, ALL, 'panel')).toEqual({ library: 'closed', panel: 'overlay' });
    expect(panelModes(1440, ALL, 'panel')).toEqual({ library: 'docked', panel: 'docked' });
  });

  it('tells which toggles pin (fits beside) and which open over the text', () => {
    expect(fitsBeside(1440, { library: false, panel: true }, 'library')).toBe(true);
    expect(fitsBeside(1024, ALL, 'panel')).toBe(false);
    expect(fitsBeside(800, ALL, 'library')).toBe(false);
  });
});
