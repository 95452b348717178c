# The sonae command-line tool.

cli-usage-error = コマンドの指定に誤りがあります: { $detail }（「sonae --help」で使い方を表示します）
cli-init-done = データベースを準備しました: { $path }（スキーマ v{ $version }）
cli-demo-done = 架空市のデモデータを読み込みました（事案 { $cases } 件）: { $path }
cli-audit-ok = 監査ログを検証しました: { $entries } 件、改ざんは見つかりません。
cli-audit-broken = 監査ログの検証で問題が見つかりました（{ $count } 件）。最初の問題: { $first }
cli-integrity-failed = データベースの整合性検査で問題が見つかりました（{ $count } 件）。最初の問題: { $first }
cli-check-ok = 検査に合格しました: 整合性に問題はなく、監査ログ { $entries } 件に改ざんは見つかりません。
cli-case-list-empty = 事案はありません。
cli-case-list-header = 受付番号	受付日時（日本時間）	状態	分類	重要度	件名
cli-drill-mark = 【訓練】
cli-severity-none = —
cli-org-exported = 組織設定を書き出しました: { $path }
cli-org-imported = 組織設定を読み込みました（職員 { $people } 名）。パスワードは「sonae account reset --login ログインID」で設定してください。
cli-account-reset = { $login } の初期パスワード: { $password }（初回サインイン時に変更が必要です。この表示は一度だけです）

## sonae obligations / sonae calendar (docs/cli.md)

cli-input-root = 入力全体
cli-input-stdin-unreadable = 標準入力を UTF-8 のテキストとして読み取れません。
cli-input-not-json = 入力が JSON として読めません（{ $line } 行 { $column } 列付近）。
cli-input-type = 「{ $field }」は{ $expected }で指定してください。
cli-input-expected-boolean = true または false
cli-input-expected-integer = 0 以上の整数
cli-input-expected-string = 文字列
cli-input-expected-object = オブジェクト（{ "{" } … { "}" }）
cli-input-unknown-field = 「{ $field }」という項目はありません（綴りを確認してください）。
cli-input-value = 「{ $field }」の値「{ $value }」は使えません。使える値: { $allowed }
cli-input-missing = 「{ $field }」を指定してください。
cli-input-date = 「{ $field }」の「{ $value }」は日付（YYYY-MM-DD）ではありません。
cli-input-range = 「{ $field }」の値 { $value } は範囲外です（{ $min }〜{ $max }）。
cli-input-previous = --previous のファイル: { $detail }

# 国民の祝日 (calendar::HolidayKind; cli-holiday-<code>)
cli-holiday-new-years-day = 元日
cli-holiday-coming-of-age-day = 成人の日
cli-holiday-national-foundation-day = 建国記念の日
cli-holiday-emperors-birthday = 天皇誕生日
cli-holiday-vernal-equinox-day = 春分の日
cli-holiday-showa-day = 昭和の日
cli-holiday-constitution-memorial-day = 憲法記念日
cli-holiday-greenery-day = みどりの日
cli-holiday-childrens-day = こどもの日
cli-holiday-marine-day = 海の日
cli-holiday-mountain-day = 山の日
cli-holiday-respect-for-the-aged-day = 敬老の日
cli-holiday-autumnal-equinox-day = 秋分の日
cli-holiday-health-and-sports-day = 体育の日
cli-holiday-sports-day = スポーツの日
cli-holiday-culture-day = 文化の日
cli-holiday-labor-thanksgiving-day = 勤労感謝の日
cli-holiday-enthronement-day = 即位の日
cli-holiday-enthronement-ceremony-day = 即位礼正殿の儀の行われる日
cli-holiday-substitute-holiday = 振替休日
cli-holiday-citizens-holiday = 国民の休日
cli-evidence-broken = 証拠ファイル { $count } 件の内容が記録されたハッシュ値と一致しません（最初のもの: { $first }）。ファイルが変更又は削除されています。
cli-check-evidence-ok = 証拠ファイル { $count } 件の内容も、記録されたハッシュ値と一致しました。
cli-backup-created = バックアップを作成しました: { $path }（事案 { $cases } 件、証拠ファイル { $files } 件）
cli-backup-verified = バックアップを検証しました: { $files } 件の内容が目録のハッシュ値と一致します（事案 { $cases } 件、作成 { $at }）。
cli-backup-restored = バックアップ（作成 { $at }、事案 { $cases } 件）を { $path } に復元しました。元のデータベースは「.before-restore-日時」を付けて残しています。「sonae check」で確認してください。

## sonae report (docs/cli.md)

cli-report-case-unknown = 事案「{ $case }」はありません（受付番号又は事案IDを指定してください。「sonae case list」で一覧を表示します）。
cli-report-write-failed = { $path } に書き出せません。
cli-report-written = 受付番号 { $receipt } の報告書を書き出しました: { $path }（{ $bytes } バイト）
cli-report-drill-note = 訓練の事案のため、すべてのページに「訓練用 — 提出しないこと」が入っています。
cli-drill-unknown-scenario = シナリオ「{ $key }」はありません（あるもの: { $keys }）。
cli-drill-unreadable = { $path } を読めません。
cli-drill-field-error = { $field }: { $message }

## sonae training (docs/training.md)

cli-training-sessions-none = { $year }年度の研修は登録されていません。
cli-training-attended-of = 出席 { $attended }／{ $recorded } 名
cli-training-alert-heading = 過去12か月以内（{ $from } 〜 { $today }）に「サイバー脅威と対策」の研修を受講していない特定個人情報の事務取扱担当者（氏名・所属・指定日・状況）:
cli-training-alert-none = 過去12か月以内に研修を受講していない特定個人情報の事務取扱担当者はいません（{ $today } 現在）。
cli-training-alert-last-attended = { $reason }（最終受講 { $date }）
cli-training-alert-last-absent = { $reason }（最終の欠席 { $date }）
cli-training-imported = { $count } 名の出欠を取り込みました（{ $date } { $title }）。
cli-training-session-unknown = 指定した研修がありません（「sonae training sessions」で研修のIDを確認してください）。何も取り込んでいません。
cli-training-unreadable = { $path } を読めません。何も取り込んでいません。
cli-training-not-utf8 = { $path } は UTF-8 のテキストではありません。Excel では「CSV UTF-8（コンマ区切り）」で保存してください。何も取り込んでいません。
cli-training-report-written = 研修実施報告を書き出しました: { $path }（{ $bytes } バイト）
cli-drill-record-written = 訓練実施記録を { $path } に書き出しました（{ $bytes } バイト）。
cli-backup-auto-made = 自動バックアップを { $path } に作成しました（古い自動バックアップ { $removed } 件を削除）。
cli-backup-auto-exists = 本日の自動バックアップは作成済みです: { $path }

## sonae bench (docs/performance.md)
cli-bench-progress = 生成中: { $done } / { $total } 件
cli-bench-measuring = 計測しています…
cli-bench-dir-unusable = { $path } は使えません（作成できないか、データベースが既にあります）。何も書き込んでいません。
cli-bench-generated = 生成: 事案 { $cases } 件、時系列 { $timeline } 件、対応作業 { $tasks } 件（{ $seconds } 秒）
cli-bench-encrypted = データベース: 暗号化あり（SQLCipher、SONAE_PASSPHRASE）
cli-bench-plain = データベース: 暗号化なし（SONAE_PASSPHRASE を設定すると暗号化して計測します）
cli-bench-open = データベースを開く（移行の確認を含む）: { $ms } ms
cli-bench-list = 事案一覧の1ページ（50件）: 中央値 { $p50 } ms、95パーセンタイル { $p95 } ms（{ $samples } 回）
cli-bench-search = 検索（{ $chars } 文字）: 中央値 { $p50 } ms、95パーセンタイル { $p95 } ms
cli-bench-search-short = 検索（2 文字、全文走査）: { $ms } ms
cli-bench-home = ホーム画面: { $ms } ms
cli-bench-dashboard = ダッシュボード: { $ms } ms
cli-bench-obligations = 未完了事案の報告期限（{ $cases } 件を評価）: { $ms } ms
cli-bench-fonts = 最初の文書（フォントの読み込みを含む）: { $ms } ms
cli-bench-pdf = 文書 { $kind }（{ $case }、{ $pages } ページ）: { $ms } ms
cli-bench-org-pdf = 文書 { $kind }（今年度）: { $ms } ms
cli-bench-db-size = データベースの大きさ: { $mb } MB
cli-bench-rss = 最大メモリ使用量: { $mb } MB
cli-bench-total = 全体: { $seconds } 秒
cli-bench-kept = データベースを残しました: { $path }

# Encryption at rest (issue 9)
cli-passphrase-prompt = { $path } のパスフレーズ:
cli-passphrase-new = 新しいパスフレーズ:
cli-passphrase-again = もう一度:
cli-encrypted = { $path } を暗号化しました（証拠ファイル { $files } 件を暗号化）。
cli-encrypted-plain-copy = 注意: 暗号化前のファイルを { $plain } に残しています。暗号化後のデータベースで `sonae check` が通ることを確かめてから、安全に消去してください（例: shred -u）。
cli-passphrase-changed = { $path } のパスフレーズを変更しました（データベースを新しい鍵で暗号化し直しました）。

## sonae stats（issue 10）
cli-stats-duration = { $hours }時間{ $minutes }分
cli-stats-median = { $interval }（中央値）
cli-stats-drills-left-out = 訓練事案 { $count } 件は集計に含めていません。
cli-stats-csv-written = 統計のCSVを書き出しました：{ $path }
cli-annual-written = { $year }年度の年次報告を書き出しました：{ $path }（{ $bytes }バイト）
cli-report-year-only-annual = --year は annual（年次報告）にだけ指定できます（{ $kind } には --case を指定してください）。
cli-report-case-missing = { $kind } には --case で事案を指定してください。
cli-annual-year-missing = annual（年次報告）には --year で年度を指定してください（例：--year 2026）。
