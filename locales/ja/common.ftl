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

## 組織の設定・サインイン
error-not-signed-in = サインインしてください。
error-session-locked = 一定時間操作がなかったため、画面をロックしました。パスワードを入力してください。
error-account-locked = サインインに続けて失敗したため、このアカウントはロックされています。管理者にロックの解除を依頼してください。
error-password-change-required = 初期パスワードを変更してください。
error-sign-in-failed = ログインIDまたはパスワードが正しくありません（あと { $remaining } 回失敗するとアカウントがロックされます）。
error-wrong-current-password = 現在のパスワードが正しくありません。
error-password-too-short = パスワードは8文字以上にしてください。
error-password-same-as-login = パスワードにログインIDと同じ文字列は使えません。
error-password-repeated = 同じ文字の繰り返しだけのパスワードは使えません。
error-password-kinds = パスワードには英字・数字・記号のうち2種類以上を含めてください。
error-login-id-format = ログインIDは3〜32文字の半角英数字と「.」「_」「-」で入力してください。
error-login-id-taken = このログインIDは既に使われています。
error-doc-number-format = 文書番号の形式には {"{"}n{"}"} を含め、使える差込項目は {"{"}課略称{"}"}・{"{"}年度{"}"}・{"{"}n{"}"} だけです。
error-out-of-range = 「{ $field }」の値が範囲外です。
error-phone-format = 「{ $field }」は半角数字とハイフンで入力してください。
error-email-format = 「{ $field }」の形式が正しくありません。
error-my-number-inconsistent = 個人番号利用事務に使う、又は情報提供ネットワークシステムに接続するシステムは、特定個人情報を保有するシステムとして登録してください。
error-duplicate = 「{ $field }」が他の登録と重複しています。
error-last-administrator = 最後の管理者から管理者の役割を外すことはできません。
error-export-failed = ファイルを書き出せませんでした。保存先を確認してください。
error-org-file = 組織設定ファイルの { $location } に誤りがあります: { $reason }
error-org-file-line = 組織設定ファイルの { $line } 行目に誤りがあります: { $reason }
error-file-unreadable = ファイルを読み取れません: { $path }
error-org-file-syntax = 書式の誤り（{ $detail }）
error-org-file-format = 対応していない形式の版です（format = { $value }）。
error-unknown-code = 「{ $value }」は使えない値です。
error-unknown-reference = 「{ $value }」が見つかりません。
field-org-name = 団体名
field-ciso-name = CISOの氏名
field-admin-name = 管理者の氏名
field-admin-department-name = 所属課の名称
field-admin-department-short-name = 所属課の略称
field-admin-login-id = ログインID
field-admin-password = パスワード
field-login-id = ログインID
field-password = パスワード
field-new-password = 新しいパスワード
field-current-password = 現在のパスワード
field-initial-password = 初期パスワード
field-doc-number-format = 文書番号の形式
field-ciso-report-target-minutes = CISOへの報告目標時間（分）
field-idle-lock-minutes = 画面ロックまでの時間（分）
field-lockout-attempts = ロックまでのサインイン失敗回数
field-office-phone = 電話（勤務先）
field-mobile-phone = 携帯電話
field-email = メールアドレス
field-phone = 電話
field-after-hours-phone = 夜間・休日の電話
field-organization = 機関・会社名
field-section = 担当部署・担当者
field-note = 備考
field-holds-my-number = 特定個人情報の保有
field-manager-person-id = 情報セキュリティ管理者
field-manager = 情報セキュリティ管理者
field-ciso-person-id = CISO
field-ciso = CISO
field-department-id = 所属
field-department = 所属
field-person-id = 職員
field-id = 識別子
field-label = 表示名
field-code = 符号
field-level = 分類の区分
field-kind = 種類
field-honorific = 敬称
field-segment = ネットワーク
field-axis = 分類の観点
field-scheme = 分類体系
field-format = 形式の版

## 緊急連絡網
contact-kind-internal = 庁内
contact-kind-external = 関係機関
contact-kind-contractor = 委託先
contacts-csv-kind = 区分
contacts-csv-roles = 役割
contacts-csv-organization = 所属・機関
contacts-csv-name = 氏名・担当
contacts-csv-phone = 電話
contacts-csv-mobile = 携帯・夜間休日の電話
contacts-csv-email = メールアドレス
contacts-csv-note = 時間外の連絡・備考

## 事案の記録（経過に残る文）
timeline-triage-updated = 評価の内容（インシデントか否か、影響範囲、重要度、担当者）を更新した。
timeline-case-moved = 状態を「{ $from }」から「{ $to }」に変更した。
timeline-case-moved-reason = 状態を「{ $from }」から「{ $to }」に変更した。理由: { $reason }
timeline-ciso-informed = { $ciso }（CISO）に第一報を行った。{ $note }

## 事案の操作
case-move-start-triage = 評価を始める
case-move-not-incident = 非該当として終える
case-move-judge-incident = インシデントと判断する
case-move-start-recovery = 復旧に移る
case-move-start-prevention = 再発防止に移る
case-move-close = 完了する
case-move-step-back = 前の段階に戻す
case-move-reopen = 再開する
missing-reason = 理由が入力されていません
missing-rationale = インシデントか否かの判断理由が入力されていません
missing-severity = 重要度が選ばれていません
missing-impact = 影響範囲が入力されていません
missing-handler = 担当者が決まっていません
missing-open-tasks = 完了又は理由付きで省略していない必須の作業があります
missing-recovery-not-verified = 復旧の確認（セキュリティ機能の正常動作）が終わっていません
missing-root-cause = 原因が入力されていません
missing-measures = 再発防止策が登録されていません
missing-ciso-not-informed = CISOへの第一報が記録されていません
field-reason = 理由
field-rationale = 判断理由
field-impact = 影響範囲
field-handler-person-id = 担当者
field-at = 日時
error-case-closed = 完了又は非該当となった事案は変更できません。先に再開してください。
error-case-move-not-allowed = 現在の状態からは、その操作はできません。
error-case-move-missing = まだ条件を満たしていないため、この操作はできません。

# training (研修, issue 8): enum labels, field names and errors, shared by Rust and the UI
training-topic-cyber-threats = サイバー脅威と対策
training-topic-security-policy = 情報セキュリティポリシー
training-topic-personal-info = 個人情報・特定個人情報の取扱い
training-topic-incident-response = インシデント発生時の対応
training-topic-targeted-mail-drill = 標的型攻撃メール訓練
training-topic-system-operation = 情報システムの運用・管理
training-topic-contractor-management = 外部委託先の管理
training-topic-other = その他
training-audience-all-staff = 全職員
training-audience-my-number-handlers = 特定個人情報の事務取扱担当者
training-audience-managers = 管理職
training-audience-csirt = CSIRT要員
training-audience-system-staff = 情報システム担当者
training-audience-contractors = 委託事業者
training-attendance-attended = 出席
training-attendance-absent = 欠席
training-alert-reason-never-trained = 受講記録なし
training-alert-reason-expired = 最終受講から12か月超
training-alert-reason-only-absent = 欠席のみ（補講未受講）
field-fiscal-year = 年度
field-plan-title = 計画名
field-goals = 方針・目標
field-plan-content = 実施計画
field-approved-on = 承認日
field-approved-by = 承認機関
field-held-on = 実施日
field-session-title = 研修名
field-topics = 内容
field-audience = 対象者
field-instructor = 講師
field-makeup-of = 補講の対象とする研修
field-session-id = 研修
field-comprehension = 理解度
field-designated-on = 指定日
field-day = 日付
field-csv = 出欠のCSV
error-date-future = 「{ $field }」に未来の日付は入力できません。
error-training-topics-required = 研修の内容を一つ以上選んでください。
error-training-makeup-of-makeup = 補講は、補講ではない元の研修に対してだけ登録できます（補講がある研修を補講にすることもできません）。
error-training-makeup-before-original = 補講の実施日は、元の研修の実施日以後にしてください。
error-training-not-held-yet = 実施日前の研修には出欠を記録できません。
error-training-attended-future = 出欠が記録されている研修の実施日を、未来の日付に変えることはできません。
error-training-score-format = 「{ $field }」は0から100までの整数で入力してください。
error-training-score-absent = 欠席した職員には「{ $field }」を入力できません。
error-training-released-before-designated = 指定の解除日は指定日以後にしてください。
error-training-not-handler = この職員は事務取扱担当者に指定されていません。
error-training-csv-empty = CSVが空です。1行目に見出し（氏名,出欠,理解度）を入れてください。何も取り込んでいません。
error-training-csv-quote = CSVの { $line } 行目で始まる引用符（"）が閉じられていません。何も取り込んでいません。
error-training-csv-header-missing = CSVの見出し（{ $line } 行目）に「{ $column }」の列がありません。職員は氏名で照合します。何も取り込んでいません。
error-training-csv-header-twice = CSVの見出し（{ $line } 行目）に「{ $column }」の列が二つあります。何も取り込んでいません。
error-training-csv-no-rows = CSVに出欠のデータがありません。何も取り込んでいません。
error-training-csv-required = CSVの { $row } 件目（{ $line } 行目）の「{ $column }」が空欄です。何も取り込んでいません。
error-training-csv-name-unknown = CSVの { $row } 件目（{ $line } 行目）の「{ $column }」に当たる職員が登録されていません。何も取り込んでいません。
error-training-csv-name-ambiguous = CSVの { $row } 件目（{ $line } 行目）の「{ $column }」と同じ氏名の職員が複数登録されているため、特定できません。この職員は画面から記録してください。何も取り込んでいません。
error-training-csv-name-twice = CSVの { $row } 件目（{ $line } 行目）の職員は、前の行にも記載されています。何も取り込んでいません。
error-training-csv-attendance = CSVの { $row } 件目（{ $line } 行目）の「{ $column }」は「出席」又は「欠席」で入力してください。何も取り込んでいません。
error-training-csv-score = CSVの { $row } 件目（{ $line } 行目）の「{ $column }」は0から100までの整数で入力してください。何も取り込んでいません。
error-training-csv-score-absent = CSVの { $row } 件目（{ $line } 行目）は欠席ですが、「{ $column }」が入力されています。何も取り込んでいません。

# Encryption at rest (issue 9)
error-db-encrypted = データベースは暗号化されています。組織のパスフレーズを入力してください（{ $path }）。
error-passphrase-wrong = パスフレーズが違います（または暗号化された Sonae のデータベースではありません）。ファイルには手を加えていません。
error-passphrase-too-short = パスフレーズは { $min } 文字以上にしてください。
error-passphrase-mismatch = 確認のために入力したパスフレーズが一致しません。
error-passphrase-unchanged = 新しいパスフレーズが現在のものと同じです。
error-passphrase-env = パスフレーズを読み取れません。端末で実行するか、環境変数 { $name } に設定してください。
error-db-not-encrypted = データベースは暗号化されていません。
error-db-already-encrypted = データベースはすでに暗号化されています。
error-encrypt-check-failed = 暗号化したデータベースの検査に失敗しました。元のデータベースはそのまま使えます。
error-no-database = データベースがまだありません。組織のパスフレーズを決めて作成してください。
field-passphrase = パスフレーズ
field-confirm-passphrase = パスフレーズ（確認）
field-current-passphrase = 現在のパスフレーズ
field-new-passphrase = 新しいパスフレーズ
