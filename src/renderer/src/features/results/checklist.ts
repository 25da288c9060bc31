/**
 * The bankability checklist is the shared one (src/shared/format/checklist.ts), so the Results
 * section, the project sheet and the review memo grade a project identically.
 */
export { AMBER_BAND, gradeAgainst, bankabilityChecklist, overallGrade, type Grade, type CheckItem } from '@shared/format/checklist'
