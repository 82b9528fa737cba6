import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { message, type Message } from '../../../../../shared/i18n/message';
import { WEB_RENDITION_LONG_SIDE } from '../../../../../shared/media/web-rendition';
import type { Translate } from '../../../i18n/i18n';
import type { OriginalReport, RenditionReport } from './image-import';
import './rendition-notice.css';

/** The words shown under the body after a reduced photo was inserted; null: none. */
const noticeKey = new PluginKey<string | null>('renditionNotice');

/** What the person is told about a picture the library got without its camera data (reduced, or at its size). */
export function renditionNoticeMessage(report: RenditionReport): Message {
  return report.made === 'reduced' ? reducedNotice(report) : cleanedNotice(report);
}

function reducedNotice(report: OriginalReport): Message {
  const size = WEB_RENDITION_LONG_SIDE;
  switch (report.original) {
    case 'not-kept':
      return message('media.rendition.reduced', { size });
    case 'kept':
      return message('media.rendition.reducedKept', { size });
    case 'failed':
      return message('media.rendition.reducedNotKept', { size, reason: report.reason });
  }
}

function cleanedNotice(report: OriginalReport): Message {
  switch (report.original) {
    case 'not-kept':
      return message('media.metadata.removed');
    case 'kept':
      return message('media.metadata.removedKept');
    case 'failed':
      return message('media.metadata.removedNotKept', { reason: report.reason });
  }
}

/** Tells, once, under the body, what the library got of the photo just inserted (nothing for a picture stored as it was). */
export function announceRendition(view: EditorView, t: Translate, report: RenditionReport | null): void {
  if (!report || view.isDestroyed) return;
  const text = t.message(renditionNoticeMessage(report));
  view.dispatch(view.state.tr.setMeta(noticeKey, text).setMeta('addToHistory', false));
}

/**
 * The notice's place: a polite status line right under the body (a screen reader says it without moving the
 * focus from the text). It stays until dismissed or replaced by the next photo's, and goes with the editor.
 */
export function renditionNoticePlugin(t: Translate): Plugin<string | null> {
  return new Plugin<string | null>({
    key: noticeKey,
    state: {
      init: () => null,
      apply: (tr, value) => {
        const meta = tr.getMeta(noticeKey) as string | null | undefined;
        return meta === undefined ? value : meta;
      },
    },
    view: (view) => new NoticeLine(view, t),
  });
}

class NoticeLine {
  private element: HTMLElement | null = null;
  private shown: string | null = null;

  constructor(
    view: EditorView,
    private readonly t: Translate,
  ) {
    this.update(view);
  }

  update(view: EditorView): void {
    const text = noticeKey.getState(view.state) ?? null;
    if (text === this.shown) return;
    this.shown = text;
    if (text === null) return this.destroy();
    const parent = view.dom.parentNode;
    if (!parent) return;
    if (!this.element) {
      this.element = view.dom.ownerDocument.createElement('div');
      this.element.className = 'rendition-notice';
      this.element.setAttribute('role', 'status');
      parent.insertBefore(this.element, view.dom.nextSibling);
    }
    const words = view.dom.ownerDocument.createElement('span');
    words.textContent = text;
    const close = view.dom.ownerDocument.createElement('button');
    close.type = 'button';
    close.className = 'rendition-notice-close';
    close.textContent = '×';
    close.setAttribute('aria-label', this.t('media.rendition.dismiss'));
    close.addEventListener('click', () => {
      view.dispatch(view.state.tr.setMeta(noticeKey, null).setMeta('addToHistory', false));
      view.focus();
    });
    this.element.replaceChildren(words, close);
  }

  destroy(): void {
    this.element?.remove();
    this.element = null;
  }
}
