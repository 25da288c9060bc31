import type { Locale, MessageKey, MessageValues } from '@shared/i18n'
import type { DisplayUnit } from '@shared/format/display-unit'
import type { IpcResult, MenuCommand, OpenedFile, OpenFileRequest, PrintToPdfRequest, SavedFile, SaveFileRequest } from '@shared/ipc/contract'
import type { Currency, Project, ValidationIssue } from '@shared/model'
import type { StoredReviewData } from '@shared/review'
import type { FieldInfo } from './issue-text'
import type { CreateProjectInput, PersistenceResult, ProjectSummary, ReviewCopySummary, StoredLot, StoredReview } from '@renderer/db/repository'

/** One undo (or redo) step: the document that step returns to. */
export type HistoryEntry = { label: string; doc: Project; session?: string }

/** An edit the schema refused: the user's text stays in the field with the reasons. */
export type RejectedEdit = { label: string; draft: string; issues: ValidationIssue[]; field?: FieldInfo }

export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'error'; message: string }

export type EditOptions = {
  /** Model path of the field being edited (`costs.opex.escalation`), as `parseProject` reports it. */
  path?: string
  /** The text as typed; kept (not stored) when the edit is refused. */
  draft?: string
  /**
   * Edits carrying the same session id in a row merge into ONE undo step (a field sends one
   * session per focus, so typing "1250" is one undo, not four).
   */
  session?: string
  /** How the field is labelled and what unit it shows, so a refusal names it in its own terms (store/issue-text.ts). */
  field?: FieldInfo
}

export type EditResult = { ok: true } | { ok: false; issues: ValidationIssue[] }

/** Mutate the draft in place, or return a replacement. It receives a deep clone: no aliasing. */
export type Mutator = (draft: Project) => void | Project

export type Workspace = {
  projectId: string
  doc: Project
  rev: number
  undo: HistoryEntry[]
  redo: HistoryEntry[]
  rejected: Record<string, RejectedEdit>
  save: SaveStatus
  /**
   * Set when this is the review copy of a file a financier opened for review (not a project of this
   * device): always read-only, never saved. `ownProject` names the owner's project of the same id
   * when it is also here (the only way back to editing).
   */
  reviewCopy?: { fileName: string; ownProject: { id: string; name: string } | null }
}

export type ProjectsSlice = {
  projects: ProjectSummary[]
  /** Project id → how many of its fields hold text not saved (only projects with some). */
  unsavedFields: Record<string, number>
  projectsStatus: 'loading' | 'ready' | 'error'
  loadProjects(): Promise<void>
  /** Returns the new project's id, or null when it failed (the reason is toasted). */
  createProject(input: CreateProjectInput): Promise<string | null>
  /** Adds a project read from a file (a copy under a new id when its id exists); returns the id, or null (toasted). */
  importProject(doc: Project): Promise<string | null>
  /** The stored document of a project (null when it is not here or cannot be read), e.g. to compare a file with it. */
  storedProjectDoc(id: string): Promise<Project | null>
  renameProject(id: string, name: string): Promise<boolean>
  duplicateProject(id: string): Promise<string | null>
  setArchived(id: string, archived: boolean): Promise<void>
  /** Moves to the trash and shows an "Undo" toast. */
  deleteProject(id: string): Promise<void>
  undoDeleteProject(id: string): Promise<void>
  /** A stored project's document and rev (for the portfolio list's metrics); null when it is gone or no longer valid. */
  loadProjectDoc(id: string): Promise<{ doc: Project; rev: number } | null>
}

export type WorkspaceSlice = {
  workspace: Workspace | null
  workspaceStatus: 'idle' | 'loading' | 'ready' | 'not-found'
  openProject(id: string): Promise<void>
  /** Opens the review copy of `id` (kept by openForReview) read-only, in review mode. */
  openReviewCopy(id: string): Promise<void>
  closeProject(): void
  applyEdit(label: string, mutator: Mutator, options?: EditOptions): EditResult
  /** Forget a refused draft (the field shows the stored value again). */
  discardDraft(path: string): void
  /**
   * Keep text that is not even a number (`12,5`, `abc`) as a refused draft at `path`, with the
   * field's message: nothing is stored, but the header counts it as a field not saved.
   */
  holdDraft(path: string, label: string, draft: string, message: string, field?: FieldInfo): void
  undo(): void
  redo(): void
  /** Resolves when every accepted edit so far has been written (or failed). */
  flushSave(): Promise<void>
}

export type ToastTone = 'info' | 'success' | 'error'
/** `labelKey`: the label's catalog key, so a banner's button follows a change of language while it shows. */
export type Action = { label: string; labelKey?: MessageKey; run: () => void }
/** A message by its catalog key: a notice that lasts (a banner) is said again in the new language when the reader switches. */
export type Said = { key: MessageKey; values?: MessageValues }
/** `text`: the message by key, so a toast still showing when the reader switches language is said in the new one. */
export type Toast = { id: number; tone: ToastTone; message: string; text?: Said; action?: Action }
export type BannerTone = 'warning' | 'error'
export type Banner = { id: string; tone: BannerTone; message: string; text?: Said; action?: Action; dismissible: boolean }
export type ThemePreference = 'system' | 'light' | 'dark'
/** The app's language: the system's until the reader chooses (#20). */
export type LanguagePreference = 'system' | Locale
/** The first-run guide: 'unseen' (shown while there are no projects), 'open' (started or reopened from Help), 'dismissed'. */
export type GuideState = 'unseen' | 'open' | 'dismissed'
export type DialogName = 'create-project' | null

export type UiSlice = {
  theme: ThemePreference
  /**
   * The money display unit the reader chose, per currency (₹ crore / lakh / full; million / full).
   * A reader's preference, kept with the theme on this device, not in the project: the file, its
   * hash and a review of it stay the same whoever reads it, and an INR choice applies to every INR project.
   */
  displayUnits: Partial<Record<Currency, DisplayUnit>>
  setDisplayUnit(currency: Currency, unit: DisplayUnit): void
  /** What the reader chose, kept on this device like the display unit: a language, or `system`. */
  languagePreference: LanguagePreference
  /** The language the app speaks now: the chosen one, else the system's (English if the system's is not offered). */
  locale: Locale
  setLanguage(preference: LanguagePreference): void
  toasts: Toast[]
  banners: Banner[]
  dialog: DialogName
  persistence: PersistenceResult | null
  /** True once another window upgraded the database: every write is refused until reload. */
  writesBlocked: boolean
  guide: GuideState
  setTheme(theme: ThemePreference): void
  /** Kept in preferences, like the theme. */
  setGuide(guide: 'open' | 'dismissed'): void
  pushToast(toast: Omit<Toast, 'id'>): number
  dismissToast(id: number): void
  showBanner(banner: Banner): void
  dismissBanner(id: string): void
  openDialog(dialog: DialogName): void
  /** Startup: persistence request, stale-window hook, menu commands, project list. */
  start(): Promise<void>
  runCommand(command: MenuCommand): void
  /** Later features register menu commands (export, backup…); returns unregister. */
  registerCommand(command: MenuCommand, handler: () => void): () => void
}

/** Purchased lots of a project (Dexie `lots` table), loaded by the Feedstock section. */
export type LotsSlice = {
  lots: { projectId: string; items: StoredLot[] } | null
  loadLots(projectId: string): Promise<void>
  /** Validates every lot first (all or nothing); `replace` swaps the project's lots of the same lot ids; false when refused (the reason is toasted). */
  addLots(projectId: string, lots: readonly unknown[], options?: { replace?: boolean }): Promise<boolean>
  deleteLot(id: string): Promise<void>
}

/** Reviews of the open project (Dexie `reviews` table) and reviewer mode (read-only inputs). */
export type ReviewsSlice = {
  reviews: { projectId: string; items: StoredReview[] } | null
  /** The project open "for review" by a financier: while it is the open project, applyEdit/undo/redo refuse. */
  reviewModeProjectId: string | null
  loadReviews(projectId: string): Promise<void>
  /** Adds a review, or replaces the row `id` (the draft); the stored row, or null when refused (toasted). */
  saveReview(projectId: string, data: StoredReviewData, id?: string): Promise<StoredReview | null>
  deleteReview(id: string): Promise<void>
  /** Enter (project id) or leave (null) reviewer mode; shows or removes the read-only banner. */
  setReviewMode(projectId: string | null): void
  /** Files open for review on this device (review copies), for the project list. */
  reviewCopies: ReviewCopySummary[]
  loadReviewCopies(): Promise<void>
  /** Keeps a file opened for review as a read-only review copy (no project is created); its id, or null (toasted). */
  openForReview(doc: Project, fileName: string): Promise<string | null>
  /** Closes a review for good: the copy and, when the project is not on this device, the financier's draft. */
  removeReviewCopy(projectId: string): Promise<void>
}

/** What to toast after a save: the saved file's name, or the bridge's reason (a cancelled dialog says nothing). */
export type FileToasts = { saved(name: string): string; failed(message: string): string }

/** Files through the bridge (dialogs, downloads, print to PDF); components never call the bridge themselves. */
export type FilesSlice = {
  openFile(req: OpenFileRequest): Promise<IpcResult<OpenedFile>>
  saveFile(req: SaveFileRequest, say?: FileToasts): Promise<IpcResult<SavedFile>>
  printToPdf(req: PrintToPdfRequest, say?: FileToasts): Promise<IpcResult<SavedFile>>
}

/** Analyses kept with a project (Dexie `meta`): the Monte Carlo's settings and last result. */
export type AnalysisSlice = {
  /** The stored value as it is (the caller validates it), or undefined when there is none. */
  loadMonteCarlo(projectId: string): Promise<unknown>
  /** False when not stored (a review copy, or a failure: toasted). */
  saveMonteCarlo(projectId: string, value: unknown): Promise<boolean>
}

export type AppState = ProjectsSlice & WorkspaceSlice & UiSlice & LotsSlice & ReviewsSlice & FilesSlice & AnalysisSlice
