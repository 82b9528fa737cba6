import type { WebContents } from 'electron';

/** The parts of a window's contents whose events end a view; a real WebContents satisfies it. */
export type ViewContents = Pick<WebContents, 'on'>;

/**
 * Desktop windows have no event stream whose end says a page is gone: the views a window's page announced
 * are forgotten when the window closes or loads another page (a reload, a crash reload).
 */
export function followViewLifetimes(leave: (view: string) => void): (contents: ViewContents, view: string) => void {
  const viewsOf = new WeakMap<ViewContents, Set<string>>();
  return (contents, view) => {
    let views = viewsOf.get(contents);
    if (!views) {
      const followed = new Set<string>();
      views = followed;
      viewsOf.set(contents, followed);
      const forget = () => {
        for (const gone of followed) leave(gone);
        followed.clear();
      };
      contents.on('destroyed', forget);
      contents.on('did-navigate', forget);
    }
    views.add(view);
  };
}
