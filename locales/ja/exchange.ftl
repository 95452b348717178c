# 端末間の事案ファイル受渡し（署名付き）: エラー、項目名、経過記録、CLI 以外の共通の語。
# 事案ファイルの形式は docs/exchange.md。

error-bundle-tampered = 事案ファイルが改変されているか壊れています（ハッシュ値又は署名が一致しません）。取り込みませんでした。
error-bundle-unknown-key = 事案ファイルの署名鍵（フィンガープリント { $fingerprint }）は信頼する鍵として登録されていません。取り込みませんでした。
error-bundle-revoked-key = 事案ファイルの署名鍵「{ $name }」（フィンガープリント { $fingerprint }）は失効しています。取り込みませんでした。
error-bundle-truncated = 事案ファイルを読み取れません（途中で切れているか、事案ファイルではありません）。取り込みませんでした。
error-bundle-too-large = 事案ファイルが大きすぎます（上限 { $limit } MB）。取り込みませんでした。
error-bundle-format = 事案ファイルの形式が正しくありません（{ $detail }）。取り込みませんでした。
error-bundle-format-version = 事案ファイルの形式の版（{ $value }）に対応していません（対応する版: { $known }）。取り込みませんでした。
error-bundle-schema = 事案ファイルは別の版の備えで作成されています（データベースの版 { $value }、この端末は { $known }）。取り込みませんでした。
error-bundle-conflict = 同じ識別子のデータがこの端末に既にあり、内容が異なります（{ $table }、{ $id }）。何も取り込みませんでした。
error-bundle-reference = 事案が参照する{ $kind }「{ $name }」がこの端末の組織にありません。組織の設定に登録してから取り込んでください。
error-bundle-evidence-missing = 証拠ファイル（SHA-256: { $file }）が見つからないか、記録されたハッシュ値と一致しないため、事案ファイルを作成できません。
error-key-file = 端末の署名鍵ファイル（{ $path }）を読み書きできません。
error-key-name = 鍵の名称を100文字以内で入力してください。
error-key-invalid = 公開鍵は64桁の16進数で入力してください。
error-key-unknown = フィンガープリント { $fingerprint } の鍵は登録されていません。

field-key-name = 鍵の名称
field-public-key = 公開鍵

exchange-ref-person = 職員
exchange-ref-department = 所属
exchange-ref-system = 情報システム
exchange-ref-class-level = 情報資産の分類

timeline-bundle-imported = { $who }が、「{ $name }」（鍵 { $fingerprint }）から受け取った事案ファイルを取り込んだ（新規 { $count } 件）。
timeline-bundle-renumbered = 受付番号 { $original } はこの端末で使用済みのため、受付番号を { $receipt } とした。

cli-exchange-key = この端末の鍵のフィンガープリント: { $fingerprint }
    公開鍵: { $key }
cli-exchange-trusted = 鍵「{ $name }」（フィンガープリント { $fingerprint }）を信頼する鍵として登録しました。
cli-exchange-revoked = 鍵「{ $name }」（フィンガープリント { $fingerprint }）を失効させました。
cli-exchange-key-revoked = 失効 { $at }
cli-export-exists = { $path } は既にあります。上書きしません。
cli-export-case-unknown = 事案 { $case } が見つかりません（受付番号又は ID を指定してください）。
cli-export-written = 事案 { $receipt } を { $path } に書き出しました（署名鍵 { $fingerprint }）。
cli-import-done = 事案 { $receipt } を「{ $name }」（鍵 { $fingerprint }）から取り込みました（新規 { $count } 件）。
cli-import-unchanged = 事案 { $receipt } は取り込み済みです。何も変更していません（「{ $name }」、鍵 { $fingerprint }）。

# 職員報告の受渡し（報告ファイル）
error-bundle-file-exists = { $path } は既にあります。上書きしません。別のファイル名を指定してください。
error-bundle-write = { $path } に書き込めません。保存先のフォルダと空き容量を確認してください。
timeline-report-bundle-imported = { $who }が、「{ $name }」（鍵 { $fingerprint }）から受け取った職員報告のファイルを取り込んだ（報告元の端末での受付番号 { $original }）。
cli-export-report-unknown = 報告 { $report } が見つかりません（報告の ID を指定してください）。
cli-export-report-written = 報告（受付番号 { $receipt }）を { $path } に書き出しました（署名鍵 { $fingerprint }）。CSIRT の端末で「sonae import」により取り込んでください。
cli-import-report-done = 職員報告を「{ $name }」（鍵 { $fingerprint }）から取り込み、受付番号 { $receipt } の事案として受け付けました（新規 { $count } 件）。
cli-import-report-unchanged = 職員報告（受付番号 { $receipt }）は取り込み済みです。何も変更していません（「{ $name }」、鍵 { $fingerprint }）。

# 長い処理の進捗（CLI は標準エラー出力に、画面は進捗バーの上に表示する）
cli-progress-backup-database = データベースを複製中…
cli-progress-backup-files = バックアップ作成中… { $done }/{ $total } ファイル
cli-progress-verify = バックアップ検証中… { $percent } %
cli-progress-restore = 復元中… { $percent } %
cli-progress-bundle-export = ファイル作成中… { $done }/{ $total } 件
cli-progress-bundle-check = ファイル検証中… { $done }/{ $total } 件
cli-progress-bundle-import = 取込み中… { $done }/{ $total } 件
field-backup-path = バックアップの保存先
field-bundle-path = ファイルの場所
