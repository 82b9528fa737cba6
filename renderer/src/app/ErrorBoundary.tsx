import { Component, type ErrorInfo, type ReactNode } from 'react';
import { I18nContext } from '../i18n/i18n';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a rendering fault in one part of the screen from blanking the whole window. */
export class ErrorBoundary extends Component<Props, State> {
  static override contextType = I18nContext;
  declare context: React.ContextType<typeof I18nContext>;
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { t } = this.context;
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error-state">
        <h2>{t('error.title')}</h2>
        <p>{t('error.body')}</p>
        <p className="error-detail">{this.state.error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    );
  }
}
