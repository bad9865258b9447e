/**
 * localStorage that never throws: private modes, disabled storage and a full quota are reported
 * as a status the UI can explain ("drafts will not be kept"), never as a crash. A read that
 * throws is told apart from an absent key, so the store never mistakes "could not read" for
 * "nothing saved" and writes a blank draft over the user's work.
 */
/** 'stoppedElsewhere': another tab wrote an assessment this tab holds in a form it cannot read (assessment-store.ts) */
export type StorageStatus = 'ok' | 'unavailable' | 'full' | 'unreadable' | 'stoppedElsewhere';

export type ReadResult = { ok: true; value: string | null } | { ok: false };

export interface SafeStorage {
  status(): StorageStatus;
  get(key: string): string | null;
  read(key: string): ReadResult;
  set(key: string, value: string): StorageStatus;
  remove(key: string): void;
  /** null when the key list cannot be read */
  keys(): string[] | null;
  /** another tab changed `key` (null = removed); returns an unsubscribe function */
  onExternalChange?(listener: (key: string | null, value: string | null) => void): () => void;
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
}

export function createSafeStorage(getBackend: () => Storage | undefined, events?: Pick<Window, 'addEventListener' | 'removeEventListener'>): SafeStorage {
  let backend: Storage | undefined;
  let status: StorageStatus = 'ok';
  try {
    backend = getBackend();
    if (!backend) status = 'unavailable';
    else {
      const probe = '__ready4_probe__';
      backend.setItem(probe, '1');
      backend.removeItem(probe);
    }
  } catch (e) {
    status = isQuotaError(e) ? 'full' : 'unavailable';
    if (status === 'unavailable') backend = undefined;
  }
  const read = (key: string): ReadResult => {
    if (!backend) return { ok: true, value: null };
    try {
      return { ok: true, value: backend.getItem(key) };
    } catch {
      return { ok: false };
    }
  };
  return {
    status: () => status,
    read,
    get(key) {
      const r = read(key);
      return r.ok ? r.value : null;
    },
    set(key, value) {
      if (!backend) return status;
      try {
        backend.setItem(key, value);
        if (status !== 'unreadable') status = 'ok';
      } catch (e) {
        if (status !== 'unreadable') status = isQuotaError(e) ? 'full' : 'unavailable';
        return isQuotaError(e) ? 'full' : 'unavailable';
      }
      return 'ok';
    },
    remove(key) {
      try {
        backend?.removeItem(key);
      } catch {
        /* nothing to do: the key stays */
      }
    },
    keys() {
      if (!backend) return [];
      try {
        return Array.from({ length: backend.length }, (_, i) => backend!.key(i)).filter((k): k is string => k !== null);
      } catch {
        return null;
      }
    },
    onExternalChange: events && backend
      ? (listener) => {
        const handler = (e: Event) => {
          const se = e as StorageEvent;
          // Events for sessionStorage or another Storage object are not ours.
          if (se.storageArea !== undefined && se.storageArea !== null && se.storageArea !== backend) return;
          listener(se.key, se.newValue);
        };
        events.addEventListener('storage', handler);
        return () => events.removeEventListener('storage', handler);
      }
      : undefined,
  };
}

export function browserStorage(): SafeStorage {
  return createSafeStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage), typeof window === 'undefined' ? undefined : window);
}

/** sessionStorage: this tab only (the current assessment, a review session). Never throws. */
export function tabStorage(): SafeStorage {
  return createSafeStorage(() => (typeof window === 'undefined' ? undefined : window.sessionStorage));
}
