/**
 * Progress of a long report generation (issue 14, "long generations show progress"): a PDF or
 * CSV download or an issue goes through `rendering` (the server computes and renders; the
 * seconds waited are shown) and, for a file, `receiving` (its bytes as they arrive, against the
 * answer's length), then `done`. The page shows each step instead of a button that seems frozen.
 */
import { type MouseEvent, useEffect, useState } from 'react';
import { type ApiError, asApiError, downloadFile } from '../api/client.js';
import { browserNow } from '../clock.js';
import { fileSize } from '../format.js';
import { useI18n } from '../i18n.js';

/** What is generated: a file in one format, or an issue into the archive. */
export type Generated = 'pdf' | 'csv' | 'issue';

/** Where a generation is. */
export type Stage =
  | { step: 'rendering'; what: Generated; since: number }
  | { step: 'receiving'; what: Generated; received: number; total: number | null }
  | { step: 'done'; what: Generated; bytes: number };

/** Seconds since `since`, ticking once a second while it is set. */
function useSeconds(since: number | null): number {
  const [now, setNow] = useState(() => browserNow());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(browserNow()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

/** Saves a downloaded file under its name, as following the link would. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The generation in progress, and how to start one: a file download, or an issue. */
export function useGeneration() {
  const [stage, setStage] = useState<Stage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const busy = stage !== null && stage.step !== 'done';
  const start = (what: Generated) => {
    setError(null);
    setStage({ step: 'rendering', what, since: browserNow() });
  };
  /** Click handler of a file link: downloads it with progress (the link still works without it). */
  const download = (what: 'pdf' | 'csv') => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (busy) return;
    start(what);
    const path = event.currentTarget.getAttribute('href') ?? '';
    downloadFile(
      path,
      () => setStage({ step: 'receiving', what, received: 0, total: null }),
      (received, total) => setStage({ step: 'receiving', what, received, total }),
    ).then(
      (file) => {
        save(file.blob, file.name);
        setStage({ step: 'done', what, bytes: file.blob.size });
      },
      (failure) => {
        setStage(null);
        setError(asApiError(failure));
      },
    );
  };
  /** Runs an issue with its progress shown; the caller says what it became. */
  const issue = async (run: () => Promise<void>) => {
    if (busy) return;
    start('issue');
    try {
      await run();
    } finally {
      setStage(null);
    }
  };
  return { stage, error, busy, download, issue };
}

/** The generation's step in words, with a progress bar (indeterminate until the size is known). */
export function GenerationStatus({ stage }: { stage: Stage | null }) {
  const { t, locale } = useI18n();
  const seconds = useSeconds(stage?.step === 'rendering' ? stage.since : null);
  if (stage === null) return null;
  const what = stage.what === 'issue' ? '' : stage.what.toUpperCase();
  if (stage.step === 'done')
    return (
      <p role="status" className="muted">
        {t('reports.web.progress.done', { what, size: fileSize(locale, stage.bytes) })}
      </p>
    );
  if (stage.step === 'rendering')
    return (
      <p role="status" className="muted" aria-busy="true">
        <progress />{' '}
        {stage.what === 'issue'
          ? t('reports.web.progress.issuing', { seconds })
          : t('reports.web.progress.rendering', { what, seconds })}
      </p>
    );
  const received = fileSize(locale, stage.received);
  return (
    <p role="status" className="muted" aria-busy="true">
      {stage.total === null ? <progress /> : <progress value={stage.received} max={stage.total} />}{' '}
      {stage.total === null
        ? t('reports.web.progress.receivingUnknown', { what, received })
        : t('reports.web.progress.receiving', {
            what,
            received,
            total: fileSize(locale, stage.total),
          })}
    </p>
  );
}
