import type { Editor } from '@tiptap/core';
import { memo, useEffect, useId, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { PlainKey } from '../../../i18n/i18n';
import { matchesShortcut } from '../shortcuts/match-shortcut';
import { applyLink, linkTarget, removeLink, type LinkTarget } from './link-commands';
import { linkHrefFromInput, type LinkHrefProblem } from './link-href';
import { onMenuRequest } from './menu-requests';
import { useSelectionAnchor } from './use-selection-anchor';
import './menus.css';

const PROBLEM_MESSAGES: Record<LinkHrefProblem, PlainKey> = {
  empty: 'link.errorEmpty',
  invalid: 'link.errorInvalid',
  unsafe: 'link.errorUnsafe',
};

interface Opened {
  target: LinkTarget;
  /** Where the focus was, to give it back on cancel: the body, or a toolbar button. */
  opener: HTMLElement | null;
}

/**
 * The small form that adds, changes or removes a link. It opens on request (Ctrl+K in the body, the
 * toolbar's and bubble menu's link buttons) beside the selected text. Links are not opened from here:
 * the body is for writing, and links there are not clickable.
 */
export const LinkEditor = memo(function LinkEditor({ editor }: { editor: Editor }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(
    () =>
      onMenuRequest(editor, (request) => {
        if (request !== 'link' || !editor.isEditable) return;
        const active = document.activeElement;
        setOpened({ target: linkTarget(editor), opener: active instanceof HTMLElement ? active : null });
        setGeneration((n) => n + 1);
      }),
    [editor],
  );

  if (!opened) return null;
  return <LinkForm key={generation} editor={editor} opened={opened} onClose={() => setOpened(null)} />;
});

function LinkForm({ editor, opened, onClose }: { editor: Editor; opened: Opened; onClose(): void }) {
  const { t } = useI18n();
  const id = useId();
  const { target } = opened;
  const popoverRef = useRef<HTMLDivElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(target.href);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<LinkHrefProblem | null>(null);

  useSelectionAnchor(popoverRef, editor, target.from, target.to);

  useEffect(() => {
    urlRef.current?.focus();
    urlRef.current?.select();
  }, []);

  const cancel = () => {
    onClose();
    const { opener } = opened;
    if (opener && opener !== editor.view.dom && opener.isConnected) opener.focus();
    else editor.commands.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = linkHrefFromInput(url);
    if (!result.ok) {
      setProblem(result.problem);
      urlRef.current?.focus();
      return;
    }
    onClose();
    applyLink(editor, target, result.href, text.trim() || url.trim());
  };

  const remove = () => {
    onClose();
    removeLink(editor, target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Ctrl+K again while the form is open stays here rather than jumping to the library search.
    const linkKey = matchesShortcut(event, 'link');
    if (event.key !== 'Escape' && !linkKey) return;
    event.preventDefault();
    event.stopPropagation();
    if (!linkKey) cancel();
  };

  // A click elsewhere closes the form without changing anything, as a popover does.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose();
  };

  return (
    <div
      ref={popoverRef}
      className="link-editor"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <form noValidate onSubmit={submit}>
        <h2 id={`${id}-title`} className="link-editor-title">
          {t(target.editing ? 'link.editTitle' : 'link.addTitle')}
        </h2>
        <label htmlFor={`${id}-url`}>{t('link.url')}</label>
        <input
          ref={urlRef}
          id={`${id}-url`}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('link.urlPlaceholder')}
          value={url}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => {
            setUrl(event.target.value);
            setProblem(null);
          }}
        />
        {target.needsText ? (
          <>
            <label htmlFor={`${id}-text`}>{t('link.text')}</label>
            <input id={`${id}-text`} type="text" value={text} onChange={(event) => setText(event.target.value)} />
          </>
        ) : null}
        {problem ? (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {t(PROBLEM_MESSAGES[problem])}
          </p>
        ) : null}
        <div className="link-editor-actions">
          <button type="submit" className="primary">
            {t('link.apply')}
          </button>
          {target.editing ? (
            <button type="button" onClick={remove}>
              {t('link.remove')}
            </button>
          ) : null}
          <button type="button" onClick={cancel}>
            {t('link.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
