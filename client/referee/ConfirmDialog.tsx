import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  testId: string;
  proceedTestId: string;
  title: string;
  proceedLabel: string;
  proceedDisabled?: boolean;
  onCancel(): void;
  onProceed(): void;
  children?: ReactNode;
}

/** A question before something is locked or overwritten: cancel, or go ahead. */
export function ConfirmDialog({ testId, proceedTestId, title, proceedLabel, proceedDisabled, onCancel, onProceed, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="modal-backdrop" role="dialog" data-testid={testId}>
      <div className="modal">
        <h2>{title}</h2>
        {children}
        <div className="modal-actions">
          <button type="button" className="big secondary-btn" onClick={onCancel}>
            {t('referee.cancel')}
          </button>
          <button type="button" className="big primary-btn" data-testid={proceedTestId} disabled={proceedDisabled} onClick={onProceed}>
            {proceedLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
