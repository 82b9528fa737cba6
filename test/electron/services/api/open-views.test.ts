import { describe, expect, it } from 'vitest';
import { OpenViews } from '../../../../electron/services/api/open-views';

function record() {
  const heard: Array<[string, string[]]> = [];
  const views = new OpenViews((id, open) => heard.push([id, open]));
  return { views, heard };
}

describe('OpenViews', () => {
  it('tells every change of who has an article open, and answers the opener with all of them', () => {
    const { views, heard } = record();
    expect(views.open('tab-one-0001', 'kyiv')).toEqual(['tab-one-0001']);
    expect(views.open('tab-two-0002', 'kyiv')).toEqual(['tab-one-0001', 'tab-two-0002']);
    expect(heard).toEqual([
      ['kyiv', ['tab-one-0001']],
      ['kyiv', ['tab-one-0001', 'tab-two-0002']],
    ]);
  });

  it('moving to another article leaves the first, and a view that is gone leaves its article', () => {
    const { views, heard } = record();
    views.open('tab-one-0001', 'kyiv');
    views.open('tab-two-0002', 'kyiv');
    heard.length = 0;
    views.open('tab-two-0002', 'lviv');
    views.leave('tab-one-0001');
    expect(heard).toEqual([
      ['kyiv', ['tab-one-0001']],
      ['lviv', ['tab-two-0002']],
      ['kyiv', []],
    ]);
    expect(views.viewsOf('kyiv')).toEqual([]);
  });

  it('reminds a view of who has its article open, and says nothing for a view with none', () => {
    const { views, heard } = record();
    views.open('tab-one-0001', 'kyiv');
    views.open('tab-two-0002', 'kyiv');
    heard.length = 0;
    views.remind('tab-one-0001');
    views.remind('never-seen-0003');
    expect(heard).toEqual([['kyiv', ['tab-one-0001', 'tab-two-0002']]]);
  });

  it('says nothing when a view announces what it already has open', () => {
    const { views, heard } = record();
    views.open('tab-one-0001', 'kyiv');
    views.open('tab-one-0001', 'kyiv');
    views.leave('never-seen-0003');
    expect(heard).toEqual([['kyiv', ['tab-one-0001']]]);
  });
});
