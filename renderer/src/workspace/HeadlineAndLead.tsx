import { useId, useSyncExternalStore, type RefObject } from 'react';
import { ARTICLE_LIMITS } from '../../../shared/domain/article';
import { useI18n } from '../i18n/i18n';
import { FieldFindHighlights } from '../editor/features/find/FieldFindHighlights';
import { CLOSED_FIND, type FindController } from '../editor/features/find/find-controller';
import { FieldLimitNote } from '../editor/features/limits/FieldLimitNote';
import { HeadlineLength } from '../editor/features/limits/HeadlineLength';
import { useFieldLimit } from '../editor/features/limits/use-field-limit';
import type { SpellSession } from '../editor/features/spellcheck/spell-session';
import { SpelledTextarea } from '../editor/features/spellcheck/SpelledTextarea';
import { enterMovesOn } from './enter-moves-on';

interface Props {
  headline: string;
  lead: string;
  headlineRef: RefObject<HTMLTextAreaElement | null>;
  leadRef: RefObject<HTMLTextAreaElement | null>;
  spellSession: SpellSession | null;
  readOnly: boolean;
  /** Find and replace: its matches are highlighted in the fields too. */
  find?: FindController;
  onChange(patch: { headline: string } | { lead: string }): void;
  /** Enter in the lead: the caret goes on to the start of the body. */
  onLeadDone(): void;
}

const noSubscription = () => () => undefined;
const closedFind = () => CLOSED_FIND;

/**
 * The article's headline and lead: spellchecked, cut to their limits (and saying so), the headline measured.
 * Each is one line or one paragraph, so Enter goes on to the next field (headline, lead, body).
 */
export function HeadlineAndLead({
  headline,
  lead,
  headlineRef,
  leadRef,
  spellSession,
  readOnly,
  find,
  onChange,
  onLeadDone,
}: Props) {
  const { t } = useI18n();
  const found = useSyncExternalStore(find?.subscribe ?? noSubscription, find?.getSnapshot ?? closedFind);
  const fieldId = useId();
  const headlineLimit = useFieldLimit(ARTICLE_LIMITS.headline);
  const leadLimit = useFieldLimit(ARTICLE_LIMITS.lead);
  return (
    <>
      <label htmlFor={`${fieldId}-headline`} className="visually-hidden">
        {t('editor.headline')}
      </label>
      <SpelledTextarea
        id={`${fieldId}-headline`}
        fieldRef={headlineRef}
        className="headline-input"
        rows={1}
        value={headline}
        session={spellSession}
        t={t}
        underlay={<FieldFindHighlights className="headline-input" value={headline} highlights={found.headline} />}
        placeholder={t('editor.headlinePlaceholder')}
        readOnly={readOnly}
        aria-describedby={`${fieldId}-headline-limit ${fieldId}-headline-length`}
        onKeyDown={(e) =>
          enterMovesOn(e, () => {
            leadRef.current?.focus();
            leadRef.current?.setSelectionRange(0, 0);
          })
        }
        onChange={(e) => onChange({ headline: headlineLimit.cut(oneLine(e.target.value)) })}
      />
      <FieldLimitNote
        id={`${fieldId}-headline-limit`}
        field={t('editor.headline')}
        limit={ARTICLE_LIMITS.headline}
        cutCount={headlineLimit.cutCount}
      />
      <HeadlineLength id={`${fieldId}-headline-length`} length={headline.length} />
      <label htmlFor={`${fieldId}-lead`} className="visually-hidden">
        {t('editor.lead')}
      </label>
      <SpelledTextarea
        id={`${fieldId}-lead`}
        fieldRef={leadRef}
        className="lead-input"
        rows={2}
        value={lead}
        session={spellSession}
        t={t}
        underlay={<FieldFindHighlights className="lead-input" value={lead} highlights={found.lead} />}
        placeholder={t('editor.leadPlaceholder')}
        readOnly={readOnly}
        aria-describedby={`${fieldId}-lead-limit`}
        onKeyDown={(e) => enterMovesOn(e, onLeadDone)}
        onChange={(e) => onChange({ lead: leadLimit.cut(oneLine(e.target.value)) })}
      />
      <FieldLimitNote
        id={`${fieldId}-lead-limit`}
        field={t('editor.lead')}
        limit={ARTICLE_LIMITS.lead}
        cutCount={leadLimit.cutCount}
      />
    </>
  );
}

/** A pasted or dropped line break becomes a space: neither field has a second line. */
function oneLine(value: string): string {
  return value.replace(/\r?\n/g, ' ');
}
