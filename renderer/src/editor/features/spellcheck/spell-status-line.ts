import { PERSONAL_WORDS_MAX } from '../../../../../shared/text/spell/personal-words';
import type { Translate } from '../../../i18n/i18n';
import type { CheckerStatus } from './spell-service';
import type { SpellNotice } from './spell-session';
import './spellcheck.css';

/** The status line's text for the checker's state and the latest notice, or null when all is well. */
export function spellStatusText(status: CheckerStatus, notice: SpellNotice | null, t: Translate): string | null {
  if (status.kind === 'error') return t('spell.unavailable', { reason: status.message });
  if (!notice) return null;
  switch (notice.kind) {
    case 'personal-words-unreadable':
      return t('spell.personalWordsError', { reason: notice.reason });
    case 'word-not-saved':
      return t('spell.saveWordError', { word: notice.word, reason: notice.reason });
    case 'dictionary-full':
      return t('spell.dictionaryFull', { count: PERSONAL_WORDS_MAX });
  }
}

/**
 * A small line under the body that says when spellcheck cannot do its job (the dictionary did not load, a
 * word was not saved). Plain DOM beside the editor's own element: the editor is not re-rendered by React.
 */
export class SpellStatusLine {
  private element: HTMLElement | null = null;
  private dismissed: string | null = null;

  constructor(
    private readonly editorElement: HTMLElement,
    private readonly t: Translate,
  ) {}

  show(text: string | null): void {
    if (text === null || text === this.dismissed) {
      this.remove();
      return;
    }
    const parent = this.editorElement.parentElement;
    if (!parent) return;
    if (!this.element) {
      this.element = document.createElement('div');
      this.element.className = 'spell-status';
      this.element.setAttribute('role', 'status');
      parent.insertBefore(this.element, this.editorElement.nextSibling);
    }
    const message = document.createElement('span');
    message.textContent = text;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'spell-status-close';
    close.textContent = '×';
    close.setAttribute('aria-label', this.t('spell.dismiss'));
    close.addEventListener('click', () => {
      this.dismissed = text;
      this.remove();
    });
    this.element.replaceChildren(message, close);
  }

  remove(): void {
    this.element?.remove();
    this.element = null;
  }
}
