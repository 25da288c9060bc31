export type EnegFinding = { ruleId: string; level: string; message: string; location: string; allowed: boolean; why?: string }
export type EnegEvaluation = { ok: boolean; error?: string; findings: EnegFinding[]; passed: number; failed: number }
export declare const REVIEWED_FINDINGS: ReadonlyArray<{ ruleId: string; why: string; accepts(message: string): boolean }>
export declare function evaluateSarif(sarif: unknown): EnegEvaluation
export declare function formatReport(evaluation: EnegEvaluation): string
