/// <reference lib="webworker" />
import { handleImport, type ImportRequest } from './import-job'

/**
 * The lot-import module worker: a picked lot file (JSON or spreadsheet) is read and checked here,
 * off the UI thread, posting progress while the rows are typed and checked (see ./import-job).
 * Cancelling terminates the worker (the client starts a fresh one for the next file).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = (e: MessageEvent<ImportRequest>) => handleImport(e.data, (reply) => scope.postMessage(reply))
