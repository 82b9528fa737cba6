import { useState } from 'react';
import { fixTypography, type Apostrophe } from '../../../shared/text/typography';
import { useI18n } from '../i18n/i18n';
import type { ArticleMeta } from '../panel/MetadataPanel';
import { applyToString, fieldSuggestions } from '../editor/features/typography/field-suggestions';
import type { PlacedSuggestion, SuggestionsStore } from '../editor/features/typography/suggestions-store';
import type { CommandFieldChange } from '../editor/features/undo/command-undo';
import type { ArticleFields } from './use-article-fields';
import type { EditedArticle } from './edited-article';
import { useFixTypographyShortcut } from './use-fix-typography-shortcut';

export interface TypographyActionsOptions {
  edited: EditedArticle;
  apostrophe: Apostrophe;
  suggestions: SuggestionsStore;
  fields: ArticleFields;
  changeMeta(patch: Partial<ArticleMeta>): void;
}

export interface TypographyActions {
  /** What the last «Виправити типографіку» did, for the panel; null when there is nothing to say. */
  fixResult: string | null;
  /** «Виправити типографіку» over headline, lead and body, as one undo step (also Ctrl+Shift+F). */
  fixAll(): void;
  /** Applies one suggestion of the panel. */
  apply(item: PlacedSuggestion): void;
  /** Selects a suggestion's text in the body and scrolls to it. */
  show(item: PlacedSuggestion): void;
}

/** The typography panel's commands over the open article. Nothing of a read-only article changes. */
export function useTypographyActions({
  edited,
  apostrophe,
  suggestions,
  fields,
  changeMeta,
}: TypographyActionsOptions): TypographyActions {
  const { t } = useI18n();
  const [fixResult, setFixResult] = useState<string | null>(null);
  const { commandUndo } = fields;
  const fieldChange = (field: 'headline' | 'lead', after: string) =>
    fields.commandFieldChange(field, after, () => edited.meta[field]);

  const fixAll = () => {
    if (edited.readOnly) return;
    const { headline, lead } = edited.meta;
    const fixedHeadline = fixTypography(headline, { apostrophe });
    const fixedLead = fixTypography(lead, { apostrophe });
    const editor = edited.editor;
    const changed: CommandFieldChange[] = [];
    if (fixedHeadline !== headline) changed.push(fieldChange('headline', fixedHeadline));
    if (fixedLead !== lead) changed.push(fieldChange('lead', fixedLead));
    let bodyCount = 0;
    commandUndo.run(
      editor,
      () => {
        if (changed.length > 0) changeMeta({ headline: fixedHeadline, lead: fixedLead });
        if (!editor) return false;
        editor.commands.fixTypography();
        bodyCount = editor.storage.typography.lastFixCount;
        return bodyCount > 0;
      },
      () => changed,
    );
    const count = changed.length + bodyCount;
    setFixResult(count > 0 ? t('typography.fixed', { count }) : t('typography.nothingToFix'));
  };
  useFixTypographyShortcut(fixAll);

  const apply = (item: PlacedSuggestion) => {
    if (edited.readOnly) return;
    setFixResult(null);
    const editor = edited.editor;
    if (item.field !== 'body') {
      const field = item.field;
      const next = applyToString(edited.meta[field], item);
      if (next === null) suggestions.setFields(fieldSuggestions(edited.meta.headline, edited.meta.lead));
      else {
        const change = fieldChange(field, next);
        commandUndo.run(
          editor,
          () => {
            changeMeta({ [field]: next });
            return false;
          },
          () => [change],
        );
      }
      return;
    }
    if (!editor) return;
    const holds = (at: PlacedSuggestion) =>
      at.end <= editor.state.doc.content.size &&
      editor.state.doc.textBetween(at.start, at.end, undefined, '\n') === at.original;
    // The text may have moved since the panel was drawn (typing, «Виправити типографіку»): look again.
    const target = holds(item) ? item : suggestions.refind(item);
    if (!target || !holds(target)) {
      setFixResult(t('typography.stale'));
      return;
    }
    commandUndo.run(
      editor,
      () => {
        editor.view.dispatch(editor.state.tr.insertText(target.replacement, target.start, target.end));
        return true;
      },
      () => [],
    );
  };

  const show = (item: PlacedSuggestion) => {
    edited.editor?.chain().focus().setTextSelection({ from: item.start, to: item.end }).scrollIntoView().run();
  };

  return { fixResult, fixAll, apply, show };
}
