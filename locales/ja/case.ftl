# Case work: errors, field names and timeline lines of tasks, evidence, meetings, decisions,
# root cause and measures. Shared by Rust and the UI.

## Errors

error-task-waive-reason = 「不要」とする場合は、その理由を「{ $field }」に入力してください。
error-custody-same-holder = 引渡し元と引渡し先が同じです。
error-custody-before-previous = 「{ $field }」は、証拠の収集日時及び直前の引渡し日時より後にしてください。
error-measure-due-required = 実施予定の対策には「{ $field }」を入力してください。
error-playbook-empty = 手順書には少なくとも1つの手順が必要です。
error-playbook-too-many = 手順書の手順は100件までです。
error-playbook-due-hours = 「{ $field }」は1から8784（時間）までの数で入力してください。
error-decision-own-proposal = 自分が提案した決定事項を自分で承認又は却下することはできません（職務の分離）。他の責任者に承認を依頼してください。
error-decision-already-decided = この決定事項は既に承認又は却下されています。
error-evidence-file-too-large = ファイルが大きすぎます（上限 { $maxMb } MB）。大きな証拠は外部媒体に保全し、その保管場所を記録してください。
error-evidence-file-unreadable = ファイルの内容を読み取れませんでした。もう一度選び直してください。
error-evidence-file-empty = 空のファイルは証拠として添付できません。
error-evidence-file-name = ファイル名が長すぎるか、使えない文字を含んでいます。
error-date-format = 「{ $field }」は日付（年-月-日）で入力してください。

## Field names

field-description = 内容
field-source-detail = 取得元の詳細
field-collected-by = 収集者
field-collected-at = 収集日時
field-storage-place = 保管場所
field-from = 引渡し元
field-to = 引渡し先
field-purpose = 目的
field-participants = 出席者
field-agenda = 議題
field-notes = 議事の要旨
field-held-at = 開催日時
field-due-at = 期限
field-due-on = 期日
field-owner = 担当
field-narrative = 原因の詳細
field-ciso-instructions = CISOからの指示
field-assignee-person-id = 担当者
field-file-name = ファイル名
field-file = ファイル
field-steps = 手順
field-due-hours = 期限（時間）
field-meeting-id = 会議
field-page-size = 表示件数
field-cause-category = 原因の分類

## Tasks created when a case is judged an incident

task-ciso-report = { $ciso }（CISO）への第一報

## Timeline lines (written in Japanese: the case record is the organization's document)

timeline-task-added = 作業「{ $title }」を{ $list }に追加した。
timeline-task-edited = 作業「{ $title }」の内容を変更した。
timeline-task-done = 作業「{ $title }」を完了した。
timeline-task-done-note = 作業「{ $title }」を完了した。{ $note }
timeline-task-waived = 作業「{ $title }」を不要とした。理由：{ $reason }
timeline-task-reopened = 作業「{ $title }」を未完了に戻した。
timeline-evidence-added = 証拠「{ $description }」を収集した（保管場所：{ $place }）。
timeline-evidence-file-attached = 証拠「{ $description }」にファイル「{ $file }」を添付した（SHA-256：{ $sha256 }）。
timeline-custody-transferred = 証拠「{ $description }」を{ $from }から{ $to }へ引き渡した（目的：{ $purpose }）。
timeline-evidence-rechecked = 証拠ファイル{ $count }件を再確認し、すべて記録されたハッシュ値と一致した。
timeline-evidence-recheck-failed = 証拠ファイル{ $count }件を再確認したところ、{ $bad }件が記録されたハッシュ値と一致しなかった（{ $files }）。
timeline-meeting-held = 緊急対策会議を開催した。議題：{ $agenda }（出席者：{ $participants }）
timeline-decision-proposed = 決定事項を提案した：{ $text }
timeline-decision-approved = 決定事項を承認した：{ $text } { $note }
timeline-decision-rejected = 決定事項を却下した：{ $text } { $note }
timeline-root-cause-saved = 原因（{ $category }）を記録した。
timeline-measure-saved = 再発防止策（{ $status }）を記録した：{ $text }（担当：{ $owner }）
timeline-playbook-applied = 事故対応手順書（{ $category }、第{ $revision }版）から作業{ $count }件を作成した。

## Obligations and the notification tracker (timeline lines and errors)

error-notification-not-sent = 送付済みとなっていないため、受領確認又は追完とすることはできません。先に送付日時と方法を記録してください。
field-known-on = 知った日
field-sent-at = 送付日時
field-method = 送付方法
field-document = 送付文書
field-state = 状況
field-personal-info-max-persons = 本人の数（個人情報）
field-my-number-max-persons = 本人の数（特定個人情報）
timeline-obligations-assessed = 報告・通知の要否を判定した（知った日：{ $known }）。必要なもの：{ $owed }
timeline-obligation-added = { $obligation }が必要となった。{ $changes }（変わった事実：{ $because }）
timeline-obligation-removed = { $obligation }が不要となった。（変わった事実：{ $because }）
timeline-obligation-updated = { $obligation }の内容が変わった。{ $changes }（変わった事実：{ $because }）
timeline-obligation-final-days = 確報の期限が{ $from }日から{ $to }日になった。
timeline-obligation-final-deadline = 確報の期限日は{ $date }。
timeline-obligation-trigger-added = 該当事由「{ $trigger }」が加わった。
timeline-notification-state = { $destination }（{ $stage }）を「{ $state }」とした。

## Links between cases

link-kind-duplicate = 重複
link-kind-related = 関連
field-other-receipt-no = 関連付ける事案の受付番号
error-link-self = 事案を自分自身に関連付けることはできません。
error-link-unknown = 受付番号「{ $field }」に当たる事案が見つかりません。受付番号を確認してください。
error-link-exists = この事案とは既に関連付けられています。
timeline-case-linked = 事案 { $receipt } を{ $kind }する事案として関連付けた。
timeline-case-linked-from = 事案 { $receipt } から{ $kind }する事案として関連付けられた。
field-soumu-target-days = 総務省への報告の目標日数
field-prefecture-target-days = 都道府県への報告の目標日数
field-soumu-severity = 総務省へ報告する重要度
field-prefecture-severity = 都道府県へ報告する重要度

## Backups

error-backup-exists = バックアップの保存先に同名のファイルが既にあります: { $path }（上書きはしません）
error-backup-write = バックアップの作成又は復元の途中でファイルを書き込めませんでした。保存先の空き容量と権限を確認してください。
error-backup-evidence-missing = 証拠ファイル { $file } が見つからないため、バックアップを作成できません。「sonae check」で確認してください。
error-backup-evidence-changed = 証拠ファイル { $file } の内容が記録されたハッシュ値と一致しないため、バックアップを作成できません。「sonae check」で確認してください。
error-backup-unreadable = バックアップファイルを読み取れません（壊れているか、途中で切れています）。
error-backup-manifest = バックアップファイルに正しい目録（manifest.json）がありません。
error-backup-format = 対応していない形式のバックアップです（format = { $value }）。
error-backup-unexpected-entry = バックアップファイルに想定外の内容があります: { $entry }
error-backup-missing-entry = バックアップファイルに必要な内容がありません: { $entry }
error-backup-mismatch = バックアップファイルの内容が目録のハッシュ値と一致しません: { $entry }（改ざん又は破損のおそれ）
field-query = 検索語
