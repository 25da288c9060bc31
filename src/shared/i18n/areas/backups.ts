import type { Translation } from '../merge'

/** Backups (#20): the restore dialog, the backup toasts and the service's own refusals. */
export const backupsEn = {
  'backups.title': 'Restore from backup',
  'backups.description': 'Restoring replaces every project with the backup\'s content. A backup of the current data is made first, so a restore can be undone by restoring that one.',
  'backups.cancel': 'Cancel',
  'backups.restoring': 'Checking and restoring…',
  'backups.replace': 'Replace current data',
  'backups.fromFile': 'Restore from a file…',
  'backups.close': 'Close',
  'backups.confirmFile': 'Restore from a backup file you choose? The file is checked completely (checksum, row counts, every project) before anything is replaced.',
  'backups.confirmEntry': 'Restore the backup of {when}? The file is checked completely (checksum, row counts, every project) before anything is replaced.',
  'backups.loading': 'Loading backups…',
  'backups.none': 'No backups are kept here yet. Choose “Restore from a file…” to use a backup file.',
  'backups.list': 'Backups',
  'backups.restore': 'Restore…',
  'backups.reason.auto': 'Automatic',
  'backups.reason.manual': 'Manual',
  'backups.reason.pre-upgrade': 'Before an update',
  'backups.pickTitle': 'Restore from a backup file',
  'backups.saved': 'Backup saved ({when}).',
  'backups.unchanged': 'Nothing changed since the last backup.',
  'backups.autoFailed': 'Automatic backup failed: {message}'
} as const

export const backupsJa = {
  'backups.title': 'バックアップから復元',
  'backups.description': '復元すると、すべてのプロジェクトがバックアップの内容に置き換わります。先に現在のデータのバックアップを作成するので、そのバックアップを復元すれば元に戻せます。',
  'backups.cancel': 'キャンセル',
  'backups.restoring': '検証して復元しています…',
  'backups.replace': '現在のデータを置き換える',
  'backups.fromFile': 'ファイルから復元…',
  'backups.close': '閉じる',
  'backups.confirmFile': '選んだバックアップ・ファイルから復元しますか？ 置き換える前に、ファイル全体（チェックサム、行数、すべてのプロジェクト）を検証します。',
  'backups.confirmEntry': '{when}のバックアップを復元しますか？ 置き換える前に、ファイル全体（チェックサム、行数、すべてのプロジェクト）を検証します。',
  'backups.loading': 'バックアップを読み込み中…',
  'backups.none': 'この端末にはまだバックアップがありません。バックアップ・ファイルを使うには「ファイルから復元…」を選んでください。',
  'backups.list': 'バックアップ',
  'backups.restore': '復元…',
  'backups.reason.auto': '自動',
  'backups.reason.manual': '手動',
  'backups.reason.pre-upgrade': '更新前',
  'backups.pickTitle': 'バックアップ・ファイルから復元',
  'backups.saved': 'バックアップを保存しました（{when}）。',
  'backups.unchanged': '前回のバックアップから変更はありません。',
  'backups.autoFailed': '自動バックアップに失敗しました: {message}'
} satisfies Translation<typeof backupsEn>
