# Shared by the Rust side (CLI, errors, PDFs) and the UI: enum labels and error messages.

## 事案の状態
case-state-received = 受付
case-state-triage = 評価中
case-state-responding = 対応中
case-state-recovering = 復旧中
case-state-prevention = 再発防止
case-state-closed = 完了
case-state-not-incident = 非該当

## 分類
category-unauthorized-access = 不正アクセス
category-malware = マルウェア感染（ランサムウェアを含む）
category-targeted-mail = 標的型攻撃メール
category-web-defacement = Webページ改ざん
category-dos = サービス不能攻撃（DoS）
category-data-leak = 情報漏えい（内部不正・持ち出し）
category-misdirected-mail = メール誤送信
category-misdelivery = 誤送付・誤交付（紙）
category-loss-theft = 紛失・盗難（PC・媒体・帳票）
category-sns-hijack = SNSアカウント乗っ取り
category-misconfig-exposure = 設定ミスによる公開
category-system-failure = システム障害
category-policy-violation = ポリシー違反
category-other = その他

## 重要度
severity-low = 低
severity-medium = 中
severity-high = 高
severity-critical = 緊急

## 団体の種類
org-kind-municipality = 市町村
org-kind-partial-affairs-association = 一部事務組合
org-kind-assembly = 議会

## 役割
role-staff = 職員
role-csirt-member = CSIRT要員
role-csirt-lead = CSIRT責任者
role-chief-security-officer = 統括情報セキュリティ責任者
role-ciso = 最高情報セキュリティ責任者（CISO）
role-system-administrator = 情報システム担当者
role-administrator = 管理者

## 項目名（エラー表示で使用）
field-name = 名称
field-prefecture = 都道府県
field-head-title = 長の職名
field-ciso-title = CISOの職名
field-short-name = 略称
field-roles = 役割
field-title = 件名
field-summary = 概要
field-reporter-name = 報告者氏名
field-text = 内容

## エラー
error-field-required = 「{ $field }」を入力してください。
error-field-too-long = 「{ $field }」が長すぎます。
error-validation = 入力内容に誤りがあります。
error-not-found = 対象のデータが見つかりません。
error-forbidden = この操作を行う権限がありません。
error-conflict = 他のデータと矛盾するため、処理できませんでした。
error-already-initialized = このデータベースには既に組織のデータがあります。デモデータは空のデータベースにのみ読み込めます。
error-storage = データベースの処理中に問題が発生しました。データは変更されていません。
error-db-not-found = データベースファイルが見つかりません: { $path }
error-db-unreadable = データベースファイルを読み取れません: { $path }（ファイルには手を加えていません）
error-not-sonae-database = Sonae のデータベースではありません: { $path }（ファイルには手を加えていません）
error-schema-too-new = このデータベースはより新しい版の Sonae で作成されています（スキーマ v{ $found }、この版が扱えるのは v{ $known } まで）。Sonae を更新してください。ファイルには手を加えていません。
error-needs-migration = このデータベースは古い形式です（スキーマ v{ $found }、最新は v{ $known }）。先に「sonae init」で更新してください。
error-bad-value = データベースに解釈できない値があります（{ $table }.{ $column }）。
error-no-data-dir = データの保存先を決められません。SONAE_DATA_DIR を設定してください。
error-internal = 予期しない問題が発生しました。

## 監査ログの検証
audit-sequence-gap = 監査ログ #{ $found }: 番号が連続していません（#{ $expected } が見つかりません）
audit-broken-link = 監査ログ #{ $seq }: 直前の記録とのつながりが壊れています
audit-hash-mismatch = 監査ログ #{ $seq }: 記録の内容がハッシュ値と一致しません（記録が書き換えられています）
audit-row-changed = 監査ログ #{ $seq }: { $table } の行 { $id } が記録の後に書き換えられています
audit-row-missing = 監査ログ #{ $seq }: { $table } の行 { $id } が削除されています
audit-row-unaudited = { $table } の行 { $id } に監査記録がありません
