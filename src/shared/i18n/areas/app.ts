import type { Translation } from '../merge'

/** The app frame around the sections (#20): the project name in the header, the workspace's loading and not-found states. */
export const appEn = {
  'app.rename': 'Rename project',
  'app.projectName': 'Project name',
  'app.nameError': 'Name {error}',
  'app.reviewNotFound': 'Review not found',
  'app.projectNotFound': 'Project not found',
  'app.backToProjects': 'Back to projects',
  'app.notFoundBody': 'It may have been deleted, or the link points to another computer’s project.',
  'app.opening': 'Opening project…'
} as const

export const appJa = {
  'app.rename': 'プロジェクト名を変更',
  'app.projectName': 'プロジェクト名',
  'app.nameError': 'プロジェクト名: {error}',
  'app.reviewNotFound': 'レビューが見つかりません',
  'app.projectNotFound': 'プロジェクトが見つかりません',
  'app.backToProjects': 'プロジェクト一覧へ戻る',
  'app.notFoundBody': '削除されたか、別のコンピューターのプロジェクトへのリンクです。',
  'app.opening': 'プロジェクトを開いています…'
} satisfies Translation<typeof appEn>
