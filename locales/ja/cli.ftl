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
