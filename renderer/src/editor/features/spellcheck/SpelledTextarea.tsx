import type { VirtualElement } from '@floating-ui/dom';
import { useRef, useState, type MouseEvent, type ReactNode, type RefObject, type TextareaHTMLAttributes } from 'react';
import type { SpellToken } from '../../../../../shared/text/spell/spell-tokens';
import type { StyleAdvice } from '../../../../../shared/text/spell/style-advice';
import type { Translate } from '../../../i18n/i18n';
import { insertText } from '../typography/use-typing-typography';
import { fieldSegments, leavesWordUnfinished, misspellingAt } from './field-spelling';
import { AddWordDialog } from './AddWordDialog';
import { SpellMenu } from './SpellMenu';
import type { SpellSession } from './spell-session';
import { useFieldSpelling } from './use-field-spelling';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'className'> {
  fieldRef: RefObject<HTMLTextAreaElement | null>;
  className: string;
  value: string;
  /** The window's spelling session; none where there are no workers (jsdom). */
  session: SpellSession | null;
  t: Translate;
  /** Another backdrop behind the field (find's highlights), laid out like the spelling's. */
  underlay?: ReactNode;
}

interface OpenMenu {
  token: SpellToken;
  word: string;
  suggestions: Promise<string[]>;
  advice: StyleAdvice | null;
  anchor: VirtualElement;
}

/**
 * A headline or lead field with the body's spellcheck: a textarea can draw no underline of its own, so a
 * backdrop behind it (class `<className>-backdrop`, styled like the field) lays the same text out and
 * underlines the misspelled words.
 * A right-click on one (or the menu key with the caret in it) opens the body's spelling menu; a
 * suggestion is typed in as the browser types, so one Ctrl+Z takes it back. Chromium's own spellcheck
 * is off, so no word is underlined twice.
 */
export function SpelledTextarea({
  fieldRef,
  className,
  value,
  session,
  t,
  underlay,
  onContextMenu,
  onChange,
  onBlur,
  onSelect,
  ...rest
}: Props) {
  // Set in React's own handlers, batched with the value's update: a state change from a native listener
  // would re-render the controlled field with its old value and drop the typed character.
  const [typingAt, setTypingAt] = useState<number | null>(null);
  const misspellings = useFieldSpelling(session, value, typingAt);
  const backdropRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [adding, setAdding] = useState<{ token: SpellToken; word: string } | null>(null);

  const open = (token: SpellToken, mark: Element) => {
    if (!session) return;
    const advice = session.service.styleAdvice(token.key);
    const suggestions = advice ? Promise.resolve(advice.replacements) : session.service.suggest(token.key);
    setMenu({
      token,
      word: value.slice(token.from, token.to),
      suggestions: suggestions.then((list) => list.map((s) => session.written(s))),
      advice,
      anchor: { getBoundingClientRect: () => mark.getBoundingClientRect() },
    });
  };

  const onMenuRequest = (event: MouseEvent<HTMLTextAreaElement>) => {
    onContextMenu?.(event);
    const marks = [...(backdropRef.current?.querySelectorAll('.spell-error, .spell-style') ?? [])];
    // The mouse: the underlined word under the pointer, in the backdrop that lays the text out the same way.
    let index = marks.findIndex((mark) =>
      [...mark.getClientRects()].some(
        (r) =>
          event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom,
      ),
    );
    // The menu key or Shift+F10 (no pointer): the word at the caret, or the word selected (an undone
    // correction comes back selected).
    const field = event.currentTarget;
    const fromKeyboard = (event.nativeEvent as PointerEvent).pointerType === '' || event.button !== 2;
    if (index < 0 && fromKeyboard) {
      const token = misspellingAt(misspellings, field.selectionStart);
      index = token && field.selectionEnd <= token.to ? misspellings.indexOf(token) : -1;
    }
    const token = misspellings[index];
    const mark = marks[index];
    if (!token || !mark) return;
    event.preventDefault();
    open(token, mark);
  };

  const close = (refocus: boolean) => {
    setMenu(null);
    if (refocus) fieldRef.current?.focus();
  };

  const act = (action: (token: SpellToken) => void) => () => {
    if (!menu) return;
    close(true);
    action(menu.token);
  };

  const replace = (token: SpellToken, suggestion: string) => {
    const field = fieldRef.current;
    if (!field || field.value.slice(token.from, token.to) !== menu?.word) return;
    field.focus();
    field.setSelectionRange(token.from, token.to);
    insertText(field, suggestion);
  };

  return (
    <div className="spelled-field">
      <div ref={backdropRef} className={`${className}-backdrop spelled-field-backdrop`} aria-hidden="true">
        {fieldSegments(value, misspellings).map((segment) =>
          segment.mark ? (
            <span key={segment.start} className={segment.mark === 'style' ? 'spell-style' : 'spell-error'}>
              {segment.text}
            </span>
          ) : (
            segment.text
          ),
        )}
        {/* A last empty line still has its height, as in the textarea. */}
        {'\u200b'}
      </div>
      {underlay}
      <textarea
        ref={fieldRef}
        className={className}
        value={value}
        spellCheck={false}
        // Screen readers hear that the field has spelling mistakes; the underline itself is only drawn.
        aria-invalid={misspellings.some((token) => !token.style) ? 'spelling' : undefined}
        onContextMenu={onMenuRequest}
        onChange={(event) => {
          const typing = leavesWordUnfinished((event.nativeEvent as InputEvent).inputType);
          setTypingAt(typing ? event.target.selectionStart : null);
          onChange?.(event);
        }}
        onBlur={(event) => {
          setTypingAt(null);
          onBlur?.(event);
        }}
        onSelect={(event) => {
          // The caret left the word being typed (arrows, Home, a click): it is checked now.
          if (typingAt !== null && event.currentTarget.selectionStart !== typingAt) setTypingAt(null);
          onSelect?.(event);
        }}
        {...rest}
      />
      {menu && session ? (
        <SpellMenu
          word={menu.word}
          suggestions={menu.suggestions}
          advice={menu.advice}
          anchor={menu.anchor}
          t={t}
          onChoose={(suggestion) => act((token) => replace(token, suggestion))()}
          onAdd={() => {
            setMenu(null);
            setAdding({ token: menu.token, word: menu.word });
          }}
          onIgnore={act((token) => session.service.ignore(token.key))}
          onClose={close}
        />
      ) : null}
      {adding && session ? (
        <AddWordDialog
          word={adding.word}
          models={session.service.models(adding.token.key)}
          written={(w) => session.written(w)}
          t={t}
          onAdd={(choice) => {
            void (choice
              ? session.addToDictionary(choice.word, choice.model)
              : session.addToDictionary(adding.token.key, null));
            setAdding(null);
            fieldRef.current?.focus();
          }}
          onClose={() => {
            setAdding(null);
            fieldRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
