import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../state/i18n';

interface Props {
  /** What broke, in the reader's words, e.g. "The map". */
  label: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps one broken view from blanking the page: the others go on working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return <ViewFailed label={this.props.label} message={this.state.error.message} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}

/** What a broken view shows instead, in the reader's language (a class component has no hooks). */
function ViewFailed({ label, message, onRetry }: { label: string; message: string; onRetry: () => void }) {
  const { t } = useT();
  return (
    <div role="alert" className="panel-error">
      <p>
        <strong>{t('error.viewFailed', { view: label })}</strong> {message}
      </p>
      <button type="button" onClick={onRetry}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}
