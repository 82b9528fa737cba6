import { useEffect, useState, type RefObject } from 'react';
import type { Apostrophe } from '../../../shared/text/typography';
import type { ArticleMeta } from '../panel/MetadataPanel';
import { useTypingTypography } from '../editor/features/typography/use-typing-typography';
import { CommandUndo, type CommandFieldChange } from '../editor/features/undo/command-undo';
import { useFieldHistory, type FieldUndo } from '../editor/features/undo/use-field-history';
import { useUndoGuard } from '../editor/features/undo/use-undo-guard';

export type TextFieldName = 'headline' | 'lead';

export interface ArticleFields {
  headlineRef: RefObject<HTMLTextAreaElement | null>;
  leadRef: RefObject<HTMLTextAreaElement | null>;
  /** Buttons' commands («Виправити типографіку», a suggestion) as one undo step across body and fields. */
  commandUndo: CommandUndo;
  /** A field a command is about to set to `after`: its step is recorded, so the command can be undone as a whole. */
  commandFieldChange(field: TextFieldName, after: string, current: () => string): CommandFieldChange;
  /** Another version took the window's place: the fields' and the commands' undo steps are moot. */
  forgetHistory(): void;
}

/**
 * The headline and lead as text fields: typing typography, an undo history of their own, and the caret in
 * the headline when the article was just made. A value the field's own undo gives back goes in as typing does.
 */
export function useArticleFields(
  apostrophe: Apostrophe,
  focusHeadline: boolean,
  onValue: (patch: Partial<Pick<ArticleMeta, TextFieldName>>) => void,
): ArticleFields {
  const headlineRef = useTypingTypography<HTMLTextAreaElement>(apostrophe);
  const leadRef = useTypingTypography<HTMLTextAreaElement>(apostrophe);
  const headlineUndo = useFieldHistory(headlineRef, (headline) => onValue({ headline }));
  const leadUndo = useFieldHistory(leadRef, (lead) => onValue({ lead }));
  const [commandUndo] = useState(() => new CommandUndo());
  useUndoGuard(commandUndo);
  const [focusOnOpen] = useState(focusHeadline);
  useEffect(() => {
    if (focusOnOpen) headlineRef.current?.focus();
  }, [headlineRef, focusOnOpen]);

  const undoOf = (field: TextFieldName): FieldUndo => (field === 'headline' ? headlineUndo : leadUndo);
  return {
    headlineRef,
    leadRef,
    commandUndo,
    commandFieldChange(field, after, current) {
      const undo = undoOf(field);
      undo.recordCommand();
      return { undo, after, current };
    },
    forgetHistory() {
      headlineUndo.clear();
      leadUndo.clear();
      commandUndo.forget();
    },
  };
}
