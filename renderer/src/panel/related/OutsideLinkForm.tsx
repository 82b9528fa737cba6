import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { outsideLink, type LinkProblem, type RelatedArticle } from './related-list';

interface Props {
  related: readonly RelatedArticle[];
  disabled: boolean;
  onAdd(item: RelatedArticle): void;
}

/** An article that is not in the library: its address and headline, typed in. */
export function OutsideLinkForm({ related, disabled, onAdd }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [url, setUrl] = useState('');
  const [headline, setHeadline] = useState('');
  const [problem, setProblem] = useState<{ key: LinkProblem; field: 'url' | 'headline' } | null>(null);

  // A form inside the panel's own form would be invalid HTML: Enter in a field and the button submit here.
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const result = outsideLink(url, headline, related);
    if (!result.ok) {
      setProblem({ key: result.problem, field: result.field });
      document.getElementById(`${id}-${result.field}`)?.focus();
      return;
    }
    setProblem(null);
    setUrl('');
    setHeadline('');
    onAdd(result.item);
  };
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') submit(event);
  };
  const describedBy = (field: 'url' | 'headline') => (problem?.field === field ? `${id}-problem` : undefined);

  return (
    <fieldset className="related-link" disabled={disabled}>
      <legend>{t('related.link')}</legend>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('related.linkUrl')}</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          spellCheck={false}
          value={url}
          aria-invalid={problem?.field === 'url' || undefined}
          aria-describedby={describedBy('url')}
          onChange={(event) => setUrl(event.target.value)}
          onKeyDown={onEnter}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-headline`}>{t('related.linkHeadline')}</label>
        <input
          id={`${id}-headline`}
          value={headline}
          aria-invalid={problem?.field === 'headline' || undefined}
          aria-describedby={describedBy('headline')}
          onChange={(event) => setHeadline(event.target.value)}
          onKeyDown={onEnter}
        />
      </div>
      <p id={`${id}-problem`} className="related-problem" role="status">
        {problem ? t(problem.key) : null}
      </p>
      <button type="button" onClick={() => submit()}>
        {t('related.linkAdd')}
      </button>
    </fieldset>
  );
}
