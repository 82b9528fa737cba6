import { describe, expect, it } from 'vitest';
import {
  LIBRARY_VIEWS,
  activeView,
  viewCount,
  viewFilters,
  type LibraryViewId,
  type StatusCounts,
} from '../../../shared/workflow/library-views';

const view = (id: LibraryViewId) => LIBRARY_VIEWS.find((candidate) => candidate.id === id)!;
const counts: StatusCounts = {
  all: { draft: 7, submitted: 2, 'in-review': 1, returned: 3, published: 10, correction: 1, withdrawn: 4 },
  mine: { draft: 2, returned: 1 },
};

describe('the library’s workflow views', () => {
  it('«Мої чернетки» are the drafts that name the person, or every draft when they gave no name', () => {
    expect(viewFilters(view('my-drafts'), ' Олена Петренко ')).toEqual({
      statuses: ['draft'],
      author: 'Олена Петренко',
    });
    expect(viewFilters(view('my-drafts'), '')).toEqual({ statuses: ['draft'], author: '' });
    expect(viewCount(view('my-drafts'), counts, 'Олена Петренко')).toBe(2);
    expect(viewCount(view('my-drafts'), counts, '')).toBe(7);
  });

  it('counts a view over all of its statuses: review holds both steps, published holds corrections', () => {
    expect(viewCount(view('in-review'), counts, 'Олена')).toBe(3);
    expect(viewCount(view('published'), counts, 'Олена')).toBe(11);
    expect(viewCount(view('scheduled'), counts, 'Олена')).toBe(0);
  });

  it('names the view the filters are exactly, and none for anything else', () => {
    expect(activeView({ statuses: ['in-review', 'submitted'], author: '' }, 'Олена')?.id).toBe('in-review');
    expect(activeView({ statuses: ['draft'], author: 'Олена' }, 'Олена')?.id).toBe('my-drafts');
    expect(activeView({ statuses: ['draft'], author: '' }, 'Олена')).toBeNull();
    expect(activeView({ statuses: ['submitted'], author: '' }, 'Олена')).toBeNull();
    expect(activeView({ statuses: [], author: '' }, 'Олена')).toBeNull();
  });
});
