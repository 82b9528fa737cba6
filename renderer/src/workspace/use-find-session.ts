import { useEffect, useRef, useState } from 'react';
import type { Apostrophe } from '../../../shared/text/typography';
import { fixApostrophes } from '../../../shared/text/typography/apostrophe';
import { FindController, type FieldPart } from '../editor/features/find/find-controller';
import { useFindKeys } from '../editor/features/find/use-find-keys';
import type { ArticleMeta } from '../panel/MetadataPanel';
import type { EditedArticle } from './edited-article';
import type { ArticleFields } from './use-article-fields';

interface Options {
  edited: EditedArticle;
  fields: ArticleFields;
  apostrophe: Apostrophe;
  headline: string;
  lead: string;
  changeMeta(patch: Partial<ArticleMeta>): void;
}

/**
 * Find and replace over the open article (Ctrl+F, Ctrl+H): a replacement is a command like «Виправити
 * типографіку», one undo step across the body and the fields.
 */
export function useFindSession({ edited, fields, apostrophe, headline, lead, changeMeta }: Options): FindController {
  // The controller lives as long as the article; it reads the latest of these through the ref.
  const latest = useRef({ fields, apostrophe, changeMeta });
  latest.current = { fields, apostrophe, changeMeta };
  const [controller] = useState(
    () =>
      new FindController({
        editor: () => edited.editor,
        field: (part) =>
          (part === 'headline' ? latest.current.fields.headlineRef : latest.current.fields.leadRef).current,
        value: (part) => edited.meta[part],
        readOnly: () => edited.readOnly,
        written: (text) => fixApostrophes(text, latest.current.apostrophe),
        runCommand: (body, values) => {
          const { fields: current, changeMeta: change } = latest.current;
          const parts = Object.keys(values) as FieldPart[];
          const changes = parts.map((part) =>
            current.commandFieldChange(part, values[part] ?? '', () => edited.meta[part]),
          );
          current.commandUndo.run(
            edited.editor,
            () => {
              if (parts.length > 0) change(values);
              return body ? body() : false;
            },
            () => changes,
          );
        },
      }),
  );
  useFindKeys(controller);
  useEffect(() => controller.setFields(), [controller, headline, lead]);
  useEffect(() => () => controller.detach(), [controller]);
  return controller;
}
