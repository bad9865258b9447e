// Starts a cohort worker thread: worker threads do not inherit tsx's loader, so register it here
// and load the TypeScript entry named in workerData (scripts/lib/cohort-worker.ts).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
