/**
 * localStorage that never throws: private modes, disabled storage and a full quota are reported
 * as a status the UI can explain ("drafts will not be kept"), never as a crash.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

export interface SafeStorage {
  status(): StorageStatus;
  get(key: string): string | null;
  set(key: string, value: string): StorageStatus;
  remove(key: string): void;
  keys(): string[];
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
}

export function createSafeStorage(getBackend: () => Storage | undefined): SafeStorage {
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
  return {
    status: () => status,
    get(key) {
      if (!backend) return null;
      try {
        return backend.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      if (!backend) return status;
      try {
        backend.setItem(key, value);
        status = 'ok';
      } catch (e) {
        status = isQuotaError(e) ? 'full' : 'unavailable';
      }
      return status;
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
        return [];
      }
    },
  };
}

export function browserStorage(): SafeStorage {
  return createSafeStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));
}
