/** "Share" button for the results page and the review step; the dialog loads on first use. */
import { Suspense, lazy, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ShareDialog = lazy(() => import('./share-dialog'));

export default function ShareButton({ className = 'btn btn--secondary' }: { className?: string }) {
  const { t } = useTranslation('share');
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={ref} type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} returnFocus={ref} />
        </Suspense>
      )}
    </>
  );
}
