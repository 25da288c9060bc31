import type { Project } from '@shared/model'
import type { EncodedResult } from '@renderer/model/codec'

/**
 * Messages between the model client and model.worker.ts (plain data). Kept apart from the client so
 * the worker never imports the module that starts it.
 */
export type WorkerRequest = { id: number; doc: Project }
export type WorkerResponse = { id: number; ok: true; result: EncodedResult; engineMs: number } | { id: number; ok: false; message: string; engineMs: number }

export const messageOfError = (e: unknown): string => (e instanceof Error ? e.message : String(e))
