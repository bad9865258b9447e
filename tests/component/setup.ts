import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { appStore } from '../../src/store/app-store';
// as main.tsx does: a lazy component unmounted while it loaded does not throw when the load ends
import '../../src/app/preact-detached-suspense';

afterEach(() => {
  cleanup();
  // A fresh assessment for the next test: the app's store is a module singleton.
  const s = appStore.getState();
  const old = [...s.order];
  s.createBlank();
  for (const id of old) appStore.getState().remove(id);
  localStorage.clear();
});
