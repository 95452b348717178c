# Sonae 画面表示用の文言（日本語）
# locales/en/ui.ftl と同じメッセージIDをすべて持つこと。
# 状態・分類・重要度などの区分名とエラーメッセージは common.ftl にある。

## アプリケーション全体

ui-app-name = Sonae
ui-app-name-ja = 備え
ui-app-subtitle = 情報セキュリティインシデント対応
ui-app-window-title = Sonae 備え
ui-skip-to-main = 本文へ移動
ui-lang-switch-label = 表示言語
ui-lang-ja = 日本語
ui-lang-en = English
ui-loading = 読み込んでいます…
ui-retry = 再読み込み

## エラー

ui-error-heading = 処理を完了できませんでした
ui-error-unknown = 予期しないエラーが発生しました。もう一度お試しください。解決しない場合は、情報システム担当者に連絡してください。
ui-error-code = エラー種別：{ $code }
ui-error-signed-out = サインインの有効期限が切れたため、処理を完了できませんでした。入力内容は保持されています。もう一度操作してください。

## 初回起動

ui-first-run-title = Sonaeへようこそ
ui-first-run-intro = Sonae（備え）は、市町村や一部事務組合における情報セキュリティインシデントへの対応を支援するアプリケーションです。職員からの報告の受付、CSIRTによる対応の記録、関係機関への報告期限の管理、訓練の実施までを一つにまとめて扱います。
ui-first-run-offline = インターネットには接続せず、データはすべてこの端末の中に保存されます。
ui-first-run-choose = はじめに、利用を開始する方法を選んでください。
ui-first-run-demo = 架空市のデモデータで試す
ui-first-run-demo-description = 架空の自治体「架空市」の事案が登録された状態で始めます。操作の確認や研修に適しています。登録されるデータはすべて架空のものです。
ui-first-run-setup = 組織を設定して始める
ui-first-run-setup-description = 団体名、CISO、文書の形式、情報資産の分類、管理者のアカウントを順に設定して、実際の運用を始めます。設定は後から変更できます。
ui-first-run-working = 準備しています…

## ホーム

ui-home-title = ホーム
ui-home-org-label = 組織
ui-home-org-prefecture = 都道府県
ui-home-org-kind = 団体区分
ui-home-org-unset-title = 組織情報は未設定です
ui-home-org-unset-body = 管理者が「団体・設定」の画面で設定してください。
ui-home-counts-title = 状態別件数
ui-home-counts-note = 訓練の事案は件数に含みません。
ui-home-count-unit = 件
ui-home-cases-title = 事案一覧
ui-home-cases-caption = 事案一覧（{ $count }件）
ui-home-cases-empty = 登録されている事案はありません。
ui-home-greeting = { $name }さんとしてサインインしています。
ui-home-cases-restricted = 事案の一覧は、CSIRTの担当者及び管理者に表示されます。
ui-home-report-title = 情報セキュリティ上の問題に気付いたら
ui-home-report-body = パソコンの様子がおかしい、USBメモリや書類をなくした、メールを誤った宛先に送ったなど、気になることがあれば、すぐに報告してください。3分ほどで入力できます。
ui-home-report-button = インシデントを報告する

## 事案一覧の列と表示

ui-case-col-receipt-no = 受付番号
ui-case-col-title = 件名
ui-case-col-category = 分類
ui-case-col-severity = 重要度
ui-case-col-state = 状態
ui-case-col-created-at = 受付日時
ui-case-drill-badge = 訓練
ui-case-severity-unset = －
ui-case-severity-unset-label = 未判定

## 共通の操作と入力欄

ui-save = 保存する
ui-saved = 保存しました。
ui-cancel = キャンセル
ui-close = 閉じる
ui-edit = 編集
ui-edit-named = { $name }を編集
ui-actions = 操作
ui-not-set = 未設定
ui-none-dash = －
ui-minutes = { $minutes }分
ui-form-required = 必須
ui-form-required-message = 「{ $field }」を入力してください。
ui-form-choose = 「{ $field }」を選択してください。
ui-form-whole-number = 「{ $field }」は半角数字（整数）で入力してください。
ui-form-check-errors = 入力内容に誤りがあります。各項目のメッセージを確認してください。
ui-form-select-placeholder = 選択してください
ui-form-none = （なし）
ui-phone-hint = 半角数字とハイフンで入力してください。例：048-000-1234
ui-login-id-rule = 半角英数字と「.」「_」「-」を使い、3文字以上32文字以内で入力してください。
ui-password-rule = 8文字以上で、ログインIDと異なるものとし、英字・数字・記号のうち2種類以上を含めてください。

## 区分名（common.ftl に追加されるまでここに置く）

ui-honorific-sama = 様
ui-honorific-dono = 殿
ui-scheme-soumu-guideline = 総務省ガイドライン（機密性3A〜1・完全性・可用性）
ui-scheme-soumu-guideline-description = 「地方公共団体における情報セキュリティポリシーに関するガイドライン」に準拠し、機密性（3A・3B・3C・2・1）、完全性（2・1）及び可用性（2・1）の3つの観点で分類します。
ui-scheme-info-category-4 = 情報区分Ⅰ〜Ⅳ
ui-scheme-info-category-4-description = 情報の重要度に応じて、情報区分Ⅰ（最も重要）から情報区分Ⅳまでの4段階で分類します。
ui-class-axis-confidentiality = 機密性
ui-class-axis-integrity = 完全性
ui-class-axis-availability = 可用性
ui-class-axis-category = 情報区分
ui-segment-my-number = マイナンバー利用事務系
ui-segment-lgwan = LGWAN接続系
ui-segment-internet = インターネット接続系

## 初回設定ウィザード

ui-wizard-title = 組織の設定
ui-wizard-intro = 6つの手順で、Sonaeの利用を始めるための設定を行います。入力途中の内容は、画面を再読み込みしても失われません（パスワードを除く）。
ui-wizard-steps-label = 設定の手順
ui-wizard-step-of = 手順 { $current } / { $total }
ui-wizard-step-done = （完了）
ui-wizard-step-org = 団体
ui-wizard-step-ciso = CISO
ui-wizard-step-docs = 文書
ui-wizard-step-classification = 情報資産の分類
ui-wizard-step-admin = 管理者アカウント
ui-wizard-step-confirm = 確認
ui-wizard-next = 次へ
ui-wizard-back = 戻る
ui-wizard-back-to-start = 最初の画面に戻る
ui-wizard-submit = 設定を完了する
ui-wizard-submitting = 設定しています…
ui-wizard-org-name = 団体名
ui-wizard-org-name-hint = 例：架空市、架空地区広域行政事務組合
ui-wizard-org-kind = 団体の種類
ui-wizard-org-kind-hint = 議会は、個人情報保護法第68条に基づく個人情報保護委員会への漏えい等の報告の対象外です。
ui-wizard-prefecture = 都道府県
ui-wizard-head-title = 長の職名
ui-wizard-head-title-hint = 例：市長、町長、村長、管理者、議長
ui-wizard-ciso-intro = 最高情報セキュリティ責任者（CISO）は、インシデントの報告を受け、公表や緊急対策会議の開催を判断します。
ui-wizard-ciso-title = CISOの職名
ui-wizard-ciso-title-hint = 例：副市長、副町長、事務局長
ui-wizard-ciso-name = CISOの氏名
ui-wizard-ciso-name-hint = 姓と名の間に全角スペースを入れてください。例：佐藤　一郎
ui-wizard-ciso-target = CISOへの報告目標時間（分）
ui-wizard-ciso-target-hint = インシデントと判断してからCISOへ第一報を行うまでの目標時間を、5分から1440分までの分単位で入力してください。
ui-wizard-honorific = 文書の敬称
ui-wizard-honorific-hint = 報告書や通知文の宛名に付ける敬称です。
ui-wizard-doc-format = 文書番号の形式
ui-wizard-doc-format-hint = { $dept }は課等の略称に、{ $year }は年度（西暦）に、{ $n }は番号に置き換わります。{ $n }は必ず含めてください。
ui-wizard-doc-format-preview = 表示例：{ $example }
ui-wizard-ordinance = 条例要配慮個人情報の定め
ui-wizard-ordinance-hint = 個人情報保護法施行条例で条例要配慮個人情報を定めている場合、その漏えい等も個人情報保護委員会への報告の対象となります。
ui-wizard-ordinance-yes = 条例で定めている
ui-wizard-ordinance-no = 定めていない
ui-wizard-preset = 情報資産の分類の方式
ui-wizard-preset-hint = 情報セキュリティポリシーで定めている分類の方式を選択してください。各区分の名称と説明は、設定後に「情報資産の分類」の画面で変更できます。
ui-wizard-admin-intro = Sonaeの管理者のアカウントを作成します。管理者は、課等、職員・アカウント、情報システム台帳、緊急連絡網などを設定できます。
ui-wizard-admin-name = 管理者の氏名
ui-wizard-admin-dept = 所属課の名称
ui-wizard-admin-dept-hint = 例：総務部 情報政策課
ui-wizard-admin-dept-short = 所属課の略称
ui-wizard-admin-dept-short-hint = 文書番号に使用します。例：情政
ui-wizard-admin-login = ログインID
ui-wizard-admin-password = パスワード
ui-wizard-admin-password-confirm = パスワード（確認）
ui-wizard-password-mismatch = パスワードと確認用のパスワードが一致しません。同じものを入力してください。
ui-wizard-password-set = 設定済み（表示しません）
ui-wizard-confirm-intro = 次の内容で設定します。修正する場合は、各項目の「修正する」を押してください。
ui-wizard-edit = 修正する
ui-wizard-edit-section = { $section }を修正する

## サインイン・画面ロック・パスワード変更

ui-sign-in-title = サインイン
ui-sign-in-intro = ログインIDとパスワードを入力してください。
ui-sign-in-login = ログインID
ui-sign-in-password = パスワード
ui-sign-in-submit = サインイン
ui-sign-in-missing = ログインIDとパスワードを入力してください。
ui-sign-in-forgot = パスワードを忘れた場合や、アカウントがロックされた場合は、管理者に連絡してください。
ui-sign-in-demo-title = デモデータのアカウント
ui-sign-in-demo-body = 架空市のデモデータには、次のアカウントがあります。
ui-sign-in-demo-admin = yamamoto（山本 大輔・管理者）
ui-sign-in-demo-lead = tanaka（田中 美穂・CSIRT責任者）
ui-sign-in-demo-staff = nakamura（中村 さくら・職員）
ui-sign-in-demo-password = パスワードは、いずれも kakuu-2026 です。
ui-sign-out = サインアウト
ui-lock-title = 画面をロックしました
ui-lock-intro = 一定時間操作がなかったため、画面をロックしました。{ $name }さんのパスワードを入力すると、作業を再開できます。
ui-lock-submit = ロックを解除する
ui-lock-sign-out = 別の職員としてサインインする
ui-password-change-title = パスワードの変更
ui-password-change-intro = { $name }さん、管理者が設定した初期パスワードでサインインしています。作業を始める前に、ご自身のパスワードに変更してください。
ui-password-current = 現在のパスワード
ui-password-new = 新しいパスワード
ui-password-confirm = 新しいパスワード（確認）
ui-password-change-submit = パスワードを変更する

## 画面の枠・ナビゲーション

ui-header-user-label = サインイン中：
ui-header-user = { $name }（{ $title }）
ui-nav-label = メニュー
ui-nav-home = ホーム
ui-nav-settings = 組織の設定
ui-nav-org = 団体・設定
ui-nav-classification = 情報資産の分類
ui-nav-departments = 課等
ui-nav-people = 職員・アカウント
ui-nav-systems = 情報システム台帳
ui-nav-contacts = 緊急連絡網
ui-nav-report = インシデントを報告する
ui-nav-reports = 自分の報告
ui-nav-guidance = 初動対応の案内

## 団体・設定

ui-org-intro = 団体の基本情報と、文書、画面ロック等の設定です。
ui-org-ciso-person = CISOに充てる職員
ui-org-ciso-person-hint = 「職員・アカウント」に登録した職員から選択します。
ui-org-security-legend = 画面ロックとアカウントのロック
ui-org-idle-lock = 画面ロックまでの時間（分）
ui-org-idle-lock-hint = 操作がないまま、この時間が経過すると画面をロックします（1〜240分）。
ui-org-lockout = アカウントをロックするまでの失敗回数
ui-org-lockout-hint = パスワードをこの回数続けて誤ると、アカウントをロックします（3〜20回）。ロックは管理者が解除します。
ui-org-reset = 変更を取り消す
ui-org-receipt-format-hint = { $year }は西暦の年に、{ $fiscal }は年度（西暦）に、{ $n }は4桁の通し番号に置き換わります。{ $n }は必ず含めてください。通し番号は、年ごと（{ $fiscal }を使う場合は年度ごと）に1から数え直します。
ui-org-receipt-format-preview = 表示例：{ $example }

## 情報資産の分類

ui-class-intro = 情報セキュリティポリシーで定める情報資産の分類です。区分のコードは変更できませんが、名称と説明は自団体のポリシーの表現に合わせて変更できます。
ui-class-scheme = 分類の方式：{ $scheme }
ui-class-code = コード
ui-class-label = 名称
ui-class-description = 説明

## 課等

ui-dept-intro = 課等と、その略称（文書番号に使用）及び情報セキュリティ管理者です。
ui-dept-add = 課等を追加する
ui-dept-add-title = 課等の追加
ui-dept-edit-title = 課等の編集
ui-dept-name = 課等の名称
ui-dept-short = 略称
ui-dept-manager = 情報セキュリティ管理者
ui-dept-manager-hint = 通常は課等の長です。「職員・アカウント」に登録した職員から選択します。
ui-dept-empty = 登録されている課等はありません。
ui-dept-caption = 課等の一覧（{ $count }件）

## 職員・アカウント

ui-person-intro = 職員と、インシデント対応における役割、連絡先、Sonaeのアカウントです。
ui-person-add = 職員を追加する
ui-person-add-title = 職員の追加
ui-person-edit-title = 職員の編集
ui-person-name = 氏名
ui-person-name-hint = 姓と名の間に全角スペースを入れてください。
ui-person-kana = ふりがな
ui-person-title = 職名
ui-person-title-hint = 例：課長、主査、主事
ui-person-dept = 所属
ui-person-roles = 役割
ui-person-roles-hint = インシデント対応で担う役割を、すべて選択してください。
ui-person-office-phone = 電話（庁内）
ui-person-mobile-phone = 携帯電話
ui-person-email = メールアドレス
ui-person-after-hours = 時間外の連絡
ui-person-after-hours-hint = 夜間・休日の連絡方法を記入してください。例：携帯に連絡可（22時まで）
ui-person-caption = 職員の一覧（{ $count }人）
ui-account = アカウント
ui-account-none = なし
ui-account-locked = ロック中
ui-account-must-change = 初期パスワード
ui-account-title = { $name }さんのアカウント
ui-account-intro-new = ログインIDと初期パスワードを設定すると、この職員がSonaeにサインインできるようになります。初期パスワードは、初回のサインイン時に本人が変更します。
ui-account-intro-existing = 初期パスワードを設定し直すと、この職員は次回のサインイン時にパスワードを変更します。
ui-account-login = ログインID
ui-account-initial-password = 初期パスワード
ui-account-initial-password-hint = 本人に安全な方法で伝えてください。8文字以上で、ログインIDと異なるものとし、英字・数字・記号のうち2種類以上を含めてください。
ui-account-create = アカウントを作成する
ui-account-reset = 初期パスワードを設定し直す
ui-account-saved = アカウントを設定しました。
ui-account-state = 状態
ui-account-state-active = 利用中
ui-account-state-must-change = 初期パスワード（初回サインイン時に変更）
ui-account-state-locked = ロック中（パスワードの誤り { $count }回）
ui-account-locked-note = パスワードを続けて誤ったため、このアカウントはロックされています。本人であることを確認してから解除してください。
ui-account-unlock = ロックを解除する
ui-account-unlocked = ロックを解除しました。

## 情報システム台帳

ui-system-intro = 情報システムと、接続するネットワーク（三層の対策）、個人情報・特定個人情報の取扱いです。インシデントの影響範囲と報告の要否の判断に使用します。
ui-system-add = 情報システムを追加する
ui-system-add-title = 情報システムの追加
ui-system-edit-title = 情報システムの編集
ui-system-name = システム名
ui-system-name-hint = 例：住民記録システム
ui-system-dept = 所管課
ui-system-segment = ネットワーク
ui-system-segment-hint = このシステムが接続するネットワークの区分を選択してください。
ui-system-info-legend = 取り扱う情報
ui-system-personal = 個人情報を取り扱う
ui-system-mynumber = 特定個人情報（マイナンバーを含む個人情報）を取り扱う
ui-system-mynumber-hint = 個人番号利用事務又は情報提供ネットワークシステムへの接続がある場合は、選択が必要です。
ui-system-mynumber-affairs = 個人番号利用事務に使用する
ui-system-provision-network = 情報提供ネットワークシステムに接続する
ui-system-contractor = 委託先
ui-system-contractor-hint = 運用・保守を委託している事業者名を記入してください。
ui-system-col-info = 取り扱う情報
ui-system-badge-personal = 個人情報
ui-system-badge-mynumber = 特定個人情報
ui-system-badge-mynumber-affairs = 個人番号利用事務
ui-system-badge-provision-network = 情報提供NW
ui-system-empty = 登録されている情報システムはありません。
ui-system-caption = 情報システムの一覧（{ $count }件）

## 緊急連絡網

ui-contacts-intro = インシデント発生時の連絡先です。夜間・休日に備え、印刷又はCSV出力して手元に置いてください。
ui-contacts-export = CSVに出力する
ui-contacts-exported = 緊急連絡網をCSVファイルに出力しました。保存先：
ui-contacts-staff-title = 庁内（職員）
ui-contacts-staff-note = インシデント対応の役割を持つ職員です。連絡先は「職員・アカウント」の画面で変更します。
ui-contacts-show-all-staff = すべての職員を表示する
ui-contacts-staff-empty = 該当する職員はいません。
ui-contacts-col-dept-title = 所属・職名
ui-contacts-outside-title = 関係機関・委託先
ui-contacts-outside-note = 報告先の関係機関、委託先の事業者等です。
ui-contacts-outside-empty = 登録されている連絡先はありません。
ui-contact-add = 連絡先を追加する
ui-contact-add-title = 連絡先の追加
ui-contact-edit-title = 連絡先の編集
ui-contact-kind = 区分
ui-contact-org = 機関・事業者名
ui-contact-org-hint = 例：個人情報保護委員会、架空情報サービス株式会社
ui-contact-section = 担当部署・担当者
ui-contact-phone = 電話番号
ui-contact-after-hours = 時間外の電話番号
ui-contact-email = メールアドレス
ui-contact-note = 備考

## インシデントの報告（職員報告）

ui-report-title = インシデントの報告
ui-report-intro = 分かる範囲で入力してください。分からない項目は「わからない」を選ぶか、空欄のままで構いません。入力した内容は、項目を移るたびに下書きとして保存されます。
ui-report-steps-label = 報告の手順
ui-report-step-1 = 何が起きたか
ui-report-step-2 = いつ
ui-report-step-3 = どこで
ui-report-step-4 = 関係する情報
ui-report-step-5 = 行った対応
ui-report-step-6 = 報告者と連絡先
ui-report-step-7 = 確認と提出
ui-report-step-1-intro = 誰から知らされたか、どのようなことが起きたかを教えてください。分類を選ぶと、すぐに行うことを案内します。
ui-report-step-2-intro = 気付いた日時と、分かれば発生した日時を入力してください。
ui-report-step-3-intro = 起きた場所と、関係する機器や情報システムを入力してください。
ui-report-step-4-intro = 漏えいや紛失のおそれがある情報について、分かる範囲で入力してください。
ui-report-step-5-intro = 報告の前に行ったことがあれば、入力してください。
ui-report-step-6-intro = CSIRTの担当者が、内容を確認するために連絡する先です。
ui-report-step-7-intro = 内容を確認して、「報告を提出する」を押してください。直す場合は、各項目の「修正」を押してください。
ui-report-submit = 報告を提出する
ui-report-submitting = 提出しています…
ui-report-autosave-note = 入力した内容は、自動で下書きとして保存されます。
ui-report-draft-saved = 下書きを保存しました { $time }
ui-report-draft-failed = 下書きを保存できませんでした。入力した内容はこの画面に残っています。
ui-report-guidance-title = 今すぐ行ってください
ui-report-guidance-category = 分類：{ $category }
ui-report-guidance-note = 判断に迷うときや急ぐときは、入力を終える前でも、CSIRTの担当者に電話してください。
ui-report-guidance-summary = 今すぐ行ってください（分類：{ $category }）
ui-report-symptoms-hint = 当てはまるものがあれば、すべて選んでください。選んだ内容から、当てはまりそうな分類を提案します。
ui-report-category-hint = いちばん近いものを一つ選んでください。迷う場合は「その他」で構いません。
ui-report-suggestion = 選んだ症状からは「{ $category }」が考えられます。違う場合は選び直してください。
ui-report-suggested = 提案
ui-report-what-happened-hint = 見たことや起きたことを、ご自身の言葉で書いてください。例：窓口で住民の方から、住民票の写しを入れたUSBメモリを落としたと電話があった。
ui-report-noticed-hint = 今の日時が入っています。違う場合は直してください。
ui-report-occurred-hint = 分かる場合だけ入力してください。
ui-report-occurred-note-hint = 日時がはっきりしない場合に書いてください。例：昨日の夕方ごろ、先週の金曜日以降
ui-report-department = 起きた場所（課等）
ui-report-department-hint = はじめは、あなたの所属が選ばれています。
ui-report-device-hint = 例：窓口用のノートパソコン（管理番号 PC-0123）、USBメモリ（黒色）
ui-report-system-none = 該当なし・わからない
ui-report-system-hint = 関係する情報システムがあれば選んでください。選ぶと、ネットワークの区分も入ります。
ui-report-segment-hint = 分からない場合は「わからない」を選んでください。
ui-report-class-hint = 情報セキュリティポリシーで定めた分類です。分からない場合は「わからない」のままで構いません。
ui-report-personal-info-hint = 氏名、住所、電話番号など、特定の個人が分かる情報です。
ui-report-my-number-hint = マイナンバー（個人番号）や、それを含む個人情報です。
ui-report-persons-hint = 半角又は全角の数字で入力してください。分からない場合は空欄のままで構いません。例：120
ui-report-actions-hint = まだ何もしていない場合は、空欄のままで構いません。例：LANケーブルを抜いた。所属長に報告した。
ui-report-contact-rule = 電話番号とメールアドレスの、少なくともどちらかを入力してください。
ui-report-entered-by = この報告は、{ $name }さんが受け付けたものとして記録されます。ここには、連絡をしてきた方の情報を入力してください。
ui-report-relay-name = 連絡者の氏名
ui-report-relay-phone = 連絡者の電話番号
ui-report-relay-email = 連絡者のメールアドレス
ui-report-relay-org-hint = 委託先から連絡を受けた場合は、必ず入力してください。例：架空情報サービス株式会社
ui-report-reachability-hint = 例：平日9時から17時までは内線2301、それ以外は携帯電話へ
ui-report-review-edit = 修正
ui-report-review-edit-step = 「{ $step }」を修正
ui-report-review-empty = （未入力）
ui-report-review-issues = まだ入力が必要な項目があります。
ui-report-resume-title = 途中の報告があります。続きから入力しますか？
ui-report-resume-continue = 続きから
ui-report-resume-discard = 破棄して新しく始める
ui-report-resume-discard-note = 破棄した報告は、ここに表示されなくなります（入力した内容は記録として残ります）。
ui-report-resume-meta = { $time } に保存（「{ $step }」まで入力）
ui-report-resume-no-category = 分類は未選択です
ui-report-resume-no-summary = （説明は未入力です）

## 受付の画面

ui-receipt-title = 報告を受け付けました
ui-receipt-no-label = 受付番号
ui-receipt-submitted-at = 受付日時
ui-receipt-keep-number = 受付番号を控えておいてください。問合せの際にお伝えください。
ui-receipt-next-title = このあとの流れ
ui-receipt-next-csirt = CSIRTの担当者が内容を確認し、報告者の連絡先に連絡します。
ui-receipt-next-device = 関係する機器や書類は、今の状態のまま保管してください（電源を切る、ファイルやメールを消すなどはしないでください）。
ui-receipt-next-guidance = 下の「今すぐ行ってください」の手順を続けてください。
ui-receipt-contacts-title = 連絡先
ui-receipt-contacts-note = 急ぎの用件があるときや、状況が変わったときは、次の連絡先に電話してください。
ui-receipt-contacts-caption = 連絡先（{ $count }件）
ui-receipt-contacts-empty = 連絡先が登録されていません。管理者に緊急連絡網の登録を依頼してください。
ui-receipt-col-name = 氏名・所属
ui-receipt-col-contact = 連絡先
ui-receipt-col-phone = 電話
ui-receipt-col-mobile = 携帯電話
ui-receipt-col-after-hours = 時間外
ui-receipt-col-email = メール
ui-receipt-my-reports = 自分の報告を見る
ui-receipt-home = ホームに戻る
ui-receipt-new = 別の報告をする

## 自分の報告

ui-reports-intro = あなたが報告した、又は受け付けて入力した報告と、その対応の状況です。
ui-reports-caption = 自分の報告（{ $count }件）
ui-reports-col-source = 出どころ
ui-reports-col-submitted-at = 報告日時
ui-reports-col-state = 対応の状況
ui-reports-empty = まだ報告はありません。

## 初動対応の案内（設定）

ui-guidance-intro = 報告の画面で、分類を選んだ職員に最初に示す手順です。自団体の手順に合わせて書き換えられます。
ui-guidance-custom = 団体で変更済み
ui-guidance-default = 既定の案内
ui-guidance-steps-hint = 1行に一つの手順を書いてください（10行まで、1行200文字まで）。空にして保存すると、既定の案内に戻ります。
ui-guidance-restore = 既定の案内に戻す

## 都道府県

ui-prefecture-hokkaido = 北海道
ui-prefecture-aomori = 青森県
ui-prefecture-iwate = 岩手県
ui-prefecture-miyagi = 宮城県
ui-prefecture-akita = 秋田県
ui-prefecture-yamagata = 山形県
ui-prefecture-fukushima = 福島県
ui-prefecture-ibaraki = 茨城県
ui-prefecture-tochigi = 栃木県
ui-prefecture-gunma = 群馬県
ui-prefecture-saitama = 埼玉県
ui-prefecture-chiba = 千葉県
ui-prefecture-tokyo = 東京都
ui-prefecture-kanagawa = 神奈川県
ui-prefecture-niigata = 新潟県
ui-prefecture-toyama = 富山県
ui-prefecture-ishikawa = 石川県
ui-prefecture-fukui = 福井県
ui-prefecture-yamanashi = 山梨県
ui-prefecture-nagano = 長野県
ui-prefecture-gifu = 岐阜県
ui-prefecture-shizuoka = 静岡県
ui-prefecture-aichi = 愛知県
ui-prefecture-mie = 三重県
ui-prefecture-shiga = 滋賀県
ui-prefecture-kyoto = 京都府
ui-prefecture-osaka = 大阪府
ui-prefecture-hyogo = 兵庫県
ui-prefecture-nara = 奈良県
ui-prefecture-wakayama = 和歌山県
ui-prefecture-tottori = 鳥取県
ui-prefecture-shimane = 島根県
ui-prefecture-okayama = 岡山県
ui-prefecture-hiroshima = 広島県
ui-prefecture-yamaguchi = 山口県
ui-prefecture-tokushima = 徳島県
ui-prefecture-kagawa = 香川県
ui-prefecture-ehime = 愛媛県
ui-prefecture-kochi = 高知県
ui-prefecture-fukuoka = 福岡県
ui-prefecture-saga = 佐賀県
ui-prefecture-nagasaki = 長崎県
ui-prefecture-kumamoto = 熊本県
ui-prefecture-oita = 大分県
ui-prefecture-miyazaki = 宮崎県
ui-prefecture-kagoshima = 鹿児島県
ui-prefecture-okinawa = 沖縄県

## 事故対応手順書（設定）

ui-nav-playbooks = 事故対応手順書
ui-playbook-intro = 事案を「インシデント」と判断したときに作られる作業の元になる手順書です（004 第69条2）。分類ごとに、緊急措置、他システムでの同種事象の確認、証拠保全及び連絡の手順を定めます。保存するたびに新しい版となり、過去の版は変更されません。既に作られた事案の作業も変わりません。
ui-playbook-list-caption = 分類ごとの事故対応手順書
ui-playbook-col-category = 分類
ui-playbook-col-revision = 版
ui-playbook-col-steps = 手順の数
ui-playbook-col-saved = 最終改訂
ui-playbook-built-in = 組込み
ui-playbook-revision = 第{ $revision }版
ui-playbook-step-count = { $count }件
ui-playbook-showing = 表示中
ui-playbook-open = 表示
ui-playbook-open-edit = 表示・編集
ui-playbook-open-named = { $name }の手順書を開く
ui-playbook-editor-title = { $category }の事故対応手順書
ui-playbook-current-built-in = 現在の版：組込み（Sonaeの標準の手順書）
ui-playbook-current = 現在の版：第{ $revision }版
ui-playbook-steps = 手順
ui-playbook-steps-hint = 手順は上から順に事案の作業として作られます。「必須」の作業は、完了するか、理由を記録して「不要」としない限り、事案を完了できません。期限は「インシデント」と判断した時点からの時間数です（空欄は期限なし）。CISOへの第一報と復旧確認の作業は、手順書とは別に必ず作られます。
ui-playbook-col-number = 番号
ui-playbook-col-kind = 区分
ui-playbook-col-title = 手順
ui-playbook-col-mandatory = 必須
ui-playbook-col-due-hours = 期限（時間）
ui-playbook-step-kind-label = 手順{ $row }の区分
ui-playbook-step-title-label = 手順{ $row }の内容
ui-playbook-step-mandatory-label = 手順{ $row }を必須とする
ui-playbook-step-due-label = 手順{ $row }の期限（時間）
ui-playbook-move-up = 上へ
ui-playbook-move-down = 下へ
ui-playbook-remove = 削除
ui-playbook-move-up-label = 手順{ $row }を一つ上へ移動
ui-playbook-move-down-label = 手順{ $row }を一つ下へ移動
ui-playbook-remove-label = 手順{ $row }を削除
ui-playbook-moved = 「{ $title }」を{ $position }番目に移動しました。
ui-playbook-removed = 「{ $title }」を削除しました。保存するまで手順書には反映されません。
ui-playbook-untitled = 内容が未入力の手順
ui-playbook-add-step = 手順を追加する
ui-playbook-note = 改訂の内容・理由
ui-playbook-note-hint = 何を、なぜ変更したかを記録します（例：訓練の結果を受けて、委託事業者への連絡を必須にした）。改訂履歴に残ります。
ui-playbook-save = 新しい版として保存する
ui-playbook-discard = 編集を取り消す
ui-playbook-discarded = 編集を取り消し、現在の版の内容に戻しました。
ui-playbook-saved = 第{ $revision }版として保存しました。これから「インシデント」と判断する事案には、この版の手順から作業が作られます。
ui-playbook-history-title = 改訂履歴
ui-playbook-col-saved-by = 改訂者
ui-playbook-col-saved-at = 改訂日時
ui-playbook-col-note = 改訂の内容・理由
ui-playbook-in-use = 使用中
ui-playbook-built-in-note = Sonaeに組み込まれた標準の手順書
ui-playbook-restore = 編集欄に読み込む
ui-playbook-restore-label = 第{ $revision }版の内容を編集欄に読み込む
ui-playbook-restore-built-in-label = 組込みの手順書の内容を編集欄に読み込む
ui-playbook-restored = 第{ $revision }版の内容を編集欄に読み込みました。保存すると新しい版になります。
ui-playbook-restored-built-in = 組込みの手順書の内容を編集欄に読み込みました。保存すると新しい版になります。
ui-playbook-note-restored = 第{ $revision }版の内容に戻した。
ui-playbook-note-restored-built-in = 組込みの手順書の内容に戻した。
ui-playbook-mandatory = 必須
ui-playbook-due-hours = { $hours }時間以内

## 事案（CSIRT）: 一覧と詳細

ui-nav-cases = 事案一覧
ui-case-list-intro = 受け付けたすべての事案です。状態、重要度、担当者などで絞り込めます。行を選ぶと事案の詳細を開きます。
ui-case-filters-title = 絞り込みと並べ替え
ui-case-filter-state = 状態
ui-case-filter-state-open = 未完了のすべて
ui-case-filter-all = すべて
ui-case-filter-severity = 重要度
ui-case-filter-assignee = 担当者
ui-case-filter-category = 分類
ui-case-filter-overdue = 期限を過ぎた作業がある事案だけを表示する
ui-case-filter-reset = 条件を初期状態に戻す
ui-case-sort = 並び順
ui-case-sort-newest = 受付が新しい順
ui-case-sort-oldest = 受付が古い順
ui-case-sort-severity = 重要度が高い順
ui-case-sort-next-due = 作業の期限が近い順
ui-case-list-empty = 条件に合う事案はありません。
ui-case-list-caption = 事案一覧（全{ $total }件中 { $first }～{ $last }件目）
ui-case-page-range = { $total ->
    [0] 0件
   *[other] { $first }～{ $last }件目 ／ 全{ $total }件
}
ui-case-pages = 一覧のページ
ui-case-page-prev = 前の20件
ui-case-page-next = 次の20件
ui-case-col-handler = 担当者
ui-case-col-tasks = 作業
ui-case-col-next-due = 次の期限
ui-case-row-open-tasks = 未完了 { $count }件
ui-case-row-overdue-tasks = うち期限超過 { $count }件
ui-case-overdue = 期限超過
ui-case-count = { $count }件

ui-case-back = 事案一覧に戻る
ui-case-readonly = この事案は閲覧のみできます。変更はCSIRTの担当者が行います。
ui-case-ended = この事案は完了又は非該当として終了しています。変更するには、CSIRT責任者が事案を再開してください。
ui-case-tabs-label = 事案の記録
ui-case-tab-overview = 概要・評価
ui-case-tab-tasks = 対応作業
ui-case-tab-evidence = 証拠
ui-case-tab-meetings = 会議・決定
ui-case-tab-recovery = 復旧確認
ui-case-tab-prevention = 原因・再発防止
ui-case-tab-timeline = 経過記録
ui-case-tab-open-count = （未完了 { $count }）
ui-case-tab-pending-count = （承認待ち { $count }）
ui-case-tab-count = { $count }
ui-case-recorded-by = 記録者：{ $name }

ui-case-moves-title = 状態の変更
ui-case-no-moves = この事案で、あなたが行える状態の変更はありません。
ui-case-move-ready = 条件を満たしています。
ui-case-move-missing-title = まだ満たしていない条件
ui-case-move-reason = 理由
ui-case-move-reason-hint = 経過記録に残ります。判断の根拠が後から分かるように記入してください。
ui-case-move-refused = 「{ $move }」はまだ行えません。次の条件を満たしてください。
ui-case-moved = 「{ $move }」を行いました。

ui-case-ciso-title = CISOへの第一報
ui-case-ciso-due = 報告期限
ui-case-ciso-remaining-label = 期限まで
ui-case-ciso-remaining = 残り{ $hours ->
    [0] {""}
   *[other] { $hours }時間
}{ $minutes }分
ui-case-ciso-overdue = 期限を{ $hours ->
    [0] {""}
   *[other] { $hours }時間
}{ $minutes }分過ぎています
ui-case-ciso-informed-at = 報告日時
ui-case-ciso-informed = 報告済み
ui-case-ciso-at = 報告した日時
ui-case-ciso-note = 報告の方法・内容
ui-case-ciso-note-hint = 例：電話で概要と影響範囲を報告し、了承を得た。
ui-case-ciso-record = 第一報を記録する
ui-case-ciso-recorded = CISOへの第一報を記録しました。

ui-case-triage-title = 評価（トリアージ）
ui-case-triage-incident = 情報セキュリティインシデントに該当するか
ui-case-triage-incident-yes = 該当する
ui-case-triage-incident-no = 該当しない
ui-case-triage-incident-unknown = 判断中
ui-case-triage-rationale = 判断理由
ui-case-triage-rationale-hint = インシデントに該当する（又は該当しない）と判断した根拠を記入してください。
ui-case-triage-impact = 影響範囲
ui-case-triage-impact-hint = 影響を受ける情報、情報システム、住民等の範囲を記入してください。
ui-case-triage-severity = 重要度
ui-case-triage-severity-unset = 未判定
ui-case-triage-handler = 担当者
ui-case-triage-save = 評価を保存する

ui-case-tasks-title = 対応作業
ui-case-tasks-summary = 全{ $total }件（未完了 { $open }件）
ui-case-tasks-playbook = 事故対応手順書 第{ $revision }版から作成
ui-case-tasks-empty = 作業はまだありません。インシデントと判断すると、事故対応手順書から作業が作成されます。
ui-case-task-add = 作業を追加する
ui-case-task-add-title = 作業を追加する
ui-case-task-edit-title = 作業を編集する
ui-case-task-title = 作業の内容
ui-case-task-kind = 作業の種類
ui-case-task-mandatory = 必須
ui-case-task-mandatory-label = 必須の作業とする
ui-case-task-mandatory-hint = 必須の作業が完了していない（又は理由を付けて不要としていない）間は、事案を完了できません。
ui-case-task-assignee = 担当
ui-case-task-due = 期限
ui-case-task-due-hint = 期限がない場合は空欄にしてください。
ui-case-task-status = 状況
ui-case-task-closed = 処理
ui-case-task-done = 完了
ui-case-task-done-named = 「{ $title }」を完了にする
ui-case-task-done-note = 完了時のメモ（任意）
ui-case-task-done-confirm = 完了にする
ui-case-task-waive = 不要
ui-case-task-waive-named = 「{ $title }」を不要にする
ui-case-task-waive-reason = 不要とする理由
ui-case-task-waive-hint = 例：該当する端末が庁外に持ち出されていないため。
ui-case-task-waive-confirm = 不要にする
ui-case-task-waived-because = 不要とした理由：{ $reason }
ui-case-task-reopen = 未完了に戻す
ui-case-task-reopen-named = 「{ $title }」を未完了に戻す
ui-case-task-status-saved = 「{ $title }」を「{ $status }」にしました。

ui-case-evidence-title = 証拠
ui-case-evidence-intro = 収集した証拠と保管場所、引渡しの記録です。添付したファイルはハッシュ値（SHA-256）で改ざんの有無を確認できます。
ui-case-evidence-add = 証拠を登録する
ui-case-evidence-add-title = 証拠を登録する
ui-case-evidence-empty = 証拠はまだ登録されていません。
ui-case-evidence-description = 証拠の内容
ui-case-evidence-description-hint = 例：紛失したUSBメモリの管理台帳の写し
ui-case-evidence-source = 取得元
ui-case-evidence-source-detail = 取得元の詳細
ui-case-evidence-source-detail-hint = 端末の管理番号、システム名、ログの種類など
ui-case-evidence-collected-by = 収集者
ui-case-evidence-collected-at = 収集日時
ui-case-evidence-collected = 収集
ui-case-evidence-storage-place = 保管場所
ui-case-evidence-storage-place-hint = 例：情報政策課 金庫（施錠）
ui-case-evidence-holder = 現在の保管者
ui-case-evidence-recorded-by = 登録者
ui-case-evidence-files = 添付ファイル
ui-case-evidence-no-files = 添付ファイルはありません。
ui-case-evidence-file = 添付するファイル
ui-case-evidence-file-hint = 50MBまで。大きな証拠は外部媒体に保全し、その保管場所を記録してください。
ui-case-evidence-file-choose = 添付するファイルを選んでください。
ui-case-evidence-file-too-large = ファイルが大きすぎます（上限 { $maxMb } MB）。大きな証拠は外部媒体に保全し、その保管場所を記録してください。
ui-case-evidence-file-unreadable = ファイルを読み取れませんでした。もう一度選び直してください。
ui-case-evidence-attach = 添付する
ui-case-evidence-attaching = 添付しています…
ui-case-evidence-file-attached = 「{ $name }」を添付しました。
ui-case-evidence-file-added = 添付：{ $name }
ui-case-evidence-recheck = ハッシュ値を再確認する
ui-case-recheck-ok = 証拠ファイル{ $count }件すべてが記録されたハッシュ値と一致しました。
ui-case-recheck-failed = 証拠ファイル{ $count }件のうち{ $bad }件が記録されたハッシュ値と一致しません。改ざん又は破損のおそれがあります。
ui-case-recheck-at = 確認日時
ui-case-recheck-expected = 記録されたハッシュ値
ui-case-recheck-actual = 現在のハッシュ値
ui-case-recheck-missing = ファイルが見つかりません
ui-case-custody-title = 引渡しの記録
ui-case-custody-none = 引渡しの記録はありません（収集者 { $name } が保管）。
ui-case-custody-line = { $from } から { $to } へ（目的：{ $purpose }）
ui-case-custody-open = 引渡しを記録する
ui-case-custody-open-named = 「{ $name }」の引渡しを記録する
ui-case-custody-form-title = 引渡しを記録する
ui-case-custody-from = 引渡し元
ui-case-custody-to = 引渡し先
ui-case-custody-at = 引渡し日時
ui-case-custody-purpose = 目的
ui-case-custody-purpose-hint = 例：解析のため委託事業者へ
ui-case-custody-save = 引渡しを記録する
ui-case-size-bytes = { $n } バイト
ui-case-size-kb = { $n } KB
ui-case-size-mb = { $n } MB

ui-case-meetings-title = 緊急対策会議
ui-case-meetings-empty = 会議の記録はありません。
ui-case-meeting-add = 会議を記録する
ui-case-meeting-add-title = 会議を記録する
ui-case-meeting-held-at = 開催日時
ui-case-meeting-participants = 出席者
ui-case-meeting-participants-hint = 1行に1人ずつ、職名と氏名を記入してください。
ui-case-meeting-agenda = 議題
ui-case-meeting-notes = 議事の要旨
ui-case-decisions-title = 決定事項
ui-case-decisions-intro = 提案した決定事項は、提案者以外の責任者（CSIRT責任者、統括情報セキュリティ責任者又はCISO）が承認又は却下します。
ui-case-decisions-empty = 決定事項はまだありません。
ui-case-decision-add = 決定事項を提案する
ui-case-decision-add-title = 決定事項を提案する
ui-case-decision-text = 決定事項の内容
ui-case-decision-text-hint = 例：全庁に対し、私物USBメモリの使用停止を通知する。
ui-case-decision-meeting = 会議
ui-case-decision-no-meeting = 会議によらない
ui-case-decision-propose = 提案する
ui-case-decision-proposed = 決定事項を提案しました。
ui-case-decision-proposer = 提案
ui-case-decision-decider = 承認・却下
ui-case-decision-note = コメント（任意）
ui-case-decision-approve = 承認する
ui-case-decision-reject = 却下する
ui-case-decision-approved = 決定事項を承認しました。
ui-case-decision-rejected = 決定事項を却下しました。
ui-case-decision-own = あなたが提案した決定事項です。職務の分離のため、承認又は却下は他の責任者が行います。

ui-case-recovery-title = 復旧確認
ui-case-recovery-intro = 復旧の際は、セキュリティ機能が正常に動作していることを項目ごとに確認してください。すべての項目を完了（又は理由を付けて不要）とし、少なくとも1項目を完了とすると、復旧確認済みとなります。
ui-case-recovery-verified = 復旧確認済み
ui-case-recovery-not-verified = 復旧確認は未完了です
ui-case-recovery-counts = 全{ $total }項目：完了 { $done }、不要 { $waived }、未完了 { $open }
ui-case-recovery-needs-done = 少なくとも1項目を「完了」としてください（すべて不要では確認したことになりません）。
ui-case-recovery-empty = 復旧確認の項目はまだありません。インシデントと判断すると作成されます。
ui-case-recovery-add = 確認項目を追加する
ui-case-recovery-add-title = 確認項目を追加する
ui-case-recovery-edit-title = 確認項目を編集する

ui-case-root-cause-title = 原因
ui-case-root-cause-filled = 記入済み
ui-case-root-cause-unfilled = 未記入
ui-case-root-cause-category = 原因の分類
ui-case-root-cause-narrative = 原因の詳細
ui-case-root-cause-narrative-hint = 何が、なぜ起きたのかを記入してください。
ui-case-root-cause-ciso-instructions = CISOからの指示
ui-case-root-cause-ciso-instructions-hint = 再発防止についてCISOから受けた指示を記録してください。
ui-case-measures-title = 再発防止策
ui-case-measures-empty = 登録されていません。
ui-case-measure-add = 再発防止策を登録する
ui-case-measure-add-title = 再発防止策を登録する
ui-case-measure-edit-title = 再発防止策を編集する
ui-case-measure-text = 対策の内容
ui-case-measure-status = 実施状況
ui-case-measure-owner = 担当
ui-case-measure-owner-hint = 課名又は職名・氏名
ui-case-measure-done-date = 実施日
ui-case-measure-due-date = 実施予定日
ui-case-measure-owner-is = 担当：{ $owner }
ui-case-measure-done-on = 実施日：{ $date }
ui-case-measure-due-on = 実施予定日：{ $date }

ui-case-timeline-title = 経過記録
ui-case-timeline-intro = 古い順に表示しています。「発生」はその事柄が起きた日時、「記録」は記録した日時です。
ui-case-timeline-occurred = 発生
ui-case-timeline-recorded = 記録
ui-case-timeline-add-title = 経過を記録する
ui-case-timeline-kind = 種類
ui-case-timeline-occurred-at = 発生日時
ui-case-timeline-occurred-at-hint = 後から記録する場合は、実際に起きた日時を入力してください。
ui-case-timeline-text = 内容
ui-case-timeline-save = 記録する
ui-case-timeline-added = 経過を記録しました。
ui-case-timeline-kind-action = 対応
ui-case-timeline-kind-observation = 確認事項
ui-case-timeline-kind-decision = 判断
ui-case-timeline-kind-communication = 連絡

## Case links (関連事案)
ui-case-links-title = 関連事案
ui-case-links-empty = 関連付けられた事案はありません。
ui-case-link-receipt-no = 受付番号
ui-case-link-kind = 関係
ui-case-link-note = 備考
ui-case-link-save = 関連付ける
ui-case-link-outgoing = { $name }がこの事案から関連付けた
ui-case-link-incoming = { $name }が相手の事案から関連付けた

## 重要度の表示名 (団体・設定)
ui-severity-labels-title = 重要度の表示名
ui-severity-labels-intro = 重要度の4段階を、自団体の対応手順で使う呼び方（レベル1〜4 など）で表示できます。空欄の段階は標準の表示名のままです。
ui-severity-labels-for = 「{ $standard }」の表示名
ui-severity-labels-hint = 20文字以内。空欄なら標準の表示名
ui-severity-labels-label = 重要度の表示名
ui-severity-labels-save = 表示名を保存する
ui-case-evidence-file-pick = ファイルを選ぶ
ui-case-evidence-file-none = 選択されていません

## 報告・通知 (the obligations tab) and 期限一覧
ui-case-tab-obligations = 報告・通知
ui-nav-deadlines = 期限一覧
ui-obligation-facts-title = 報告・通知の要否の判定
ui-obligation-facts-intro = 分かっている事実を入力して「判定して保存する」を押すと、個人情報保護委員会への報告（速報・確報）、本人への通知などの要否と期限が表示されます。事実が変わったら入力し直してください。知った日は変わりません。
ui-obligation-known-on = 知った日
ui-obligation-known-on-hint = 組織として漏えい等を知った日（期限はこの日を1日目として数えます）。最初の保存の後は変更できません。
ui-obligation-known-on-fixed = 知った日は最初の判定で確定しており、事実が変わっても動きません。
ui-obligation-pi-title = 個人情報
ui-obligation-pi-involved = 保有個人情報の漏えい、滅失又は毀損（そのおそれを含む）がある
ui-obligation-pi-max-persons = 本人の数（最大の見込み）
ui-obligation-mn-max-persons = 特定個人情報の本人の数（最大の見込み）
ui-obligation-max-persons-hint = 分かっている範囲で最も多い人数を数字で入力（分からなければ空欄）
ui-obligation-pi-malicious = 不正の目的をもって行われたおそれがある（サイバー攻撃、持ち出し等）
ui-obligation-encrypted = 高度な暗号化等の措置が講じられている
ui-obligation-recovered = 第三者が閲覧する前に全て回収した
ui-obligation-mn-title = 特定個人情報（マイナンバー）
ui-obligation-mn-involved = 特定個人情報の漏えい等（そのおそれを含む）がある
ui-obligation-mn-system-none = 該当なし
ui-obligation-mn-system-network = 情報提供ネットワークシステムに接続するシステム
ui-obligation-mn-system-usage = 個人番号利用事務に使うシステム
ui-obligation-mn-system-related-public = 個人番号関係事務に使うシステム（行政機関等）
ui-obligation-crime-title = 犯罪のおそれ・委託先
ui-obligation-facts-save = 判定して保存する
ui-obligation-saved = 報告・通知の要否を判定しました。
ui-obligation-count-invalid = 人数は数字で入力してください（分からなければ空欄）。
ui-obligation-rows-title = 報告・通知の状況
ui-obligation-rows-empty = まだ判定していません。上の事実を入力して判定してください。
ui-obligation-triggers = 該当事由
ui-obligation-due = 期限
ui-obligation-target-minutes = 判断から{ $minutes }分以内（目標）
ui-obligation-no-date = 速やかに（期限日の定めなし）
ui-obligation-final-days = { $days }日以内
ui-obligation-state = 状況
ui-obligation-overdue = 期限超過
ui-obligation-due-soon = 期限間近
ui-obligation-not-owed = 現在の事実では不要
ui-obligation-sent = 送付
ui-obligation-reason = 不要の理由
ui-obligation-change = 状況を更新する
ui-obligation-sent-at = 送付日時
ui-obligation-method = 送付方法
ui-obligation-method-hint = 電子申請、電子メール、郵送、持参など
ui-obligation-document = 送付文書
ui-obligation-note = 備考
ui-obligation-state-save = 状況を保存する
ui-obligation-not-required-title = 報告不要と判定したもの
ui-deadlines-title = 期限一覧
ui-deadlines-intro = 対応中の事案（訓練を除く）について、まだ送付していない報告・通知を期限の早い順に表示します。
ui-deadlines-today = 本日：{ $date }
ui-deadlines-empty = 期限のある未送付の報告・通知はありません。
ui-deadlines-due = 期限
ui-deadlines-case = 事案
ui-deadlines-destination = 提出先・区分
ui-deadlines-state = 状況

## 報告先の方針 (団体・設定)
ui-policy-title = 報告先の方針
ui-policy-intro = 法令で定められた報告（個人情報保護委員会、本人通知）のほか、どこに、どのような場合に報告するかを定めます。保存すると、対応中の事案の「報告・通知」はこの方針で判定されます。
ui-policy-when = 報告する場合
ui-policy-when-always = 全てのインシデント
ui-policy-when-statutory = 法定の報告を要する場合
ui-policy-when-severity = 重要度が一定以上の場合
ui-policy-when-never = 報告しない
ui-policy-severity-of = { $who }へ報告する重要度
ui-policy-severity-or-above = 「{ $severity }」以上
ui-policy-target-days-of = { $who }への報告の目標日数
ui-policy-target-days-hint = 知った日を1日目として数えます。空欄は「速やかに」
ui-policy-target-days-invalid = 目標日数は1から365までの数字で入力してください（空欄なら「速やかに」）。
ui-policy-publication = 公表基準
ui-policy-publication-from = 直ちに公表する重要度
ui-policy-publication-never-by-severity = 重要度だけでは直ちに公表しない
ui-policy-publication-statutory = 個人情報保護委員会への報告を要する事案は直ちに公表する
ui-policy-publication-batch = その他の事案は半期ごとにまとめて公表する
ui-policy-others = その他の報告先
ui-policy-police-malware = ランサムウェア以外のマルウェア感染も警察に相談する
ui-policy-ipa = マルウェア感染・不正アクセスをIPAに届け出る（任意）
ui-policy-jpcert = マルウェア感染・不正アクセスをJPCERT/CCに連絡する（任意）
ui-policy-committee = 再発防止策を情報セキュリティ委員会に報告する
ui-policy-save = 方針を保存する

## Case search
ui-case-search = キーワード検索
ui-case-search-hint = 件名、報告内容、経過記録、作業、証拠の記載から探します（2文字以上を推奨）
ui-case-search-button = 検索する
ui-case-search-clear = 検索を解除する

## 文書 (issue 7)

ui-case-tab-documents = 文書
ui-doc-kinds-title = 作成できる文書
ui-doc-kinds-intro = 事案の記録から報告書等を作成します。プレビューで内容を確認し、保存先を選んで保存してください。提出した版は「提出版として記録」すると、そのファイルとハッシュ値（SHA-256）が事案に残り、後から変更できません。
ui-doc-kinds-intro-drill = 訓練の事案です。作成する文書のすべてのページに「訓練」の透かしと「訓練用－提出しないこと」が入ります。
ui-doc-kind-first-report = 情報セキュリティインシデント報告書（第一報）
ui-doc-kind-ppc-appi = 漏えい等報告（個人情報保護委員会・個人情報保護法）
ui-doc-kind-ppc-mynumber = 漏えい等報告（個人情報保護委員会・番号法）
ui-doc-kind-prefecture = 総務省・都道府県への報告
ui-doc-kind-final-report = 事故報告書（CISO・情報セキュリティ委員会）
ui-doc-kind-subject-notice = 本人通知文
ui-doc-kind-press-release = 報道発表資料（案）
ui-doc-kind-police = 警察相談用資料
ui-doc-kind-contacts = 緊急連絡網
ui-doc-ppc-kind = 報告の種類
ui-doc-ppc-kind-preliminary = 速報
ui-doc-ppc-kind-final = 確報
ui-doc-ppc-kind-combined = 速報兼確報
ui-doc-ppc-kind-supplement = 追完
ui-doc-preview = プレビュー
ui-doc-save = 保存…
ui-doc-preview-title = プレビュー: { $title }
ui-doc-preview-close = 閉じる
ui-doc-drill-banner = 訓練用－提出しないこと
ui-doc-drill-watermark = 訓練
ui-doc-ki = 記
ui-doc-ijou = 以上
ui-doc-paste = オンライン報告用の文字列
ui-doc-paste-intro = 個人情報保護委員会のオンライン報告フォームの各欄に、対応する文字列を貼り付けてください（欄をクリックすると全体が選択されます）。
ui-doc-save-title = PDFを保存
ui-doc-save-version-title = 記録した版を保存
ui-doc-save-path = 保存先（ファイル名を含む）
ui-doc-save-path-hint = フォルダとファイル名を含む完全なパスです。フォルダがなければ作成します。
ui-doc-save-overwrite = 同じ名前のファイルがあれば上書きする
ui-doc-record-hint = 「提出版として記録して保存」は、保存するファイルそのもの（PDFとSHA-256）を事案に記録します。提出する版はこちらで保存してください。記録は変更・削除できず、後の版（追完等）は新しい記録になります。
ui-doc-save-copy = 控えとして保存
ui-doc-record = 提出版として記録して保存
ui-doc-save-version = この版を保存
ui-doc-saved = 保存しました: { $path }（SHA-256 { $sha256 }）
ui-doc-saved-status = PDFを保存しました
ui-doc-recorded-status = 提出版として記録し、保存しました
ui-doc-submissions-title = 提出版の記録
ui-doc-submissions-empty = 提出版として記録した文書はまだありません。
ui-doc-col-document = 文書
ui-doc-col-recorded = 記録日時
ui-doc-col-sha256 = SHA-256
ui-doc-col-actions = 操作
ui-doc-superseded = 後の版あり
ui-doc-particulars-title = 報告事項
ui-doc-particulars-intro = 個人情報保護委員会への報告等に記載する事項のうち、報告義務の判定（「報告・通知」タブ）以外のものです。分かっている範囲で入力してください。未入力の項目は報告書に「調査中」等と記載されます。
ui-doc-particulars-save = 報告事項を保存
ui-doc-particulars-saved = 報告事項を保存しました
ui-doc-p-discovered-by = 発見者
ui-doc-p-contractor = 委託元・委託先（関係する場合）
ui-doc-p-data-items = 漏えい等した個人情報の項目
ui-doc-p-data-items-hint = 例: 氏名、住所、電話番号、個人番号
ui-doc-p-data-kind = 個人情報の種類
ui-doc-p-confirmed-persons = 本人の数（確認済み）
ui-doc-p-confirmed-persons-hint = 半角数字。最大の人数は「報告・通知」タブで入力します。
ui-doc-p-persons-counted-at = 本人の数を確認した日時
ui-doc-p-cause-actor = 原因となった者
ui-doc-p-secondary-damage = 二次被害又はそのおそれ
ui-doc-p-secondary-damage-detail = 二次被害の内容
ui-doc-p-subject-response = 本人への対応
ui-doc-p-subject-response-detail = 本人への対応の方法・日時
ui-doc-p-publication = 公表
ui-doc-p-publication-detail = 公表の方法・日時
ui-doc-p-other = その他参考となる事項
ui-doc-p-network-segments = 発生したネットワーク（三層の対策）
ui-doc-p-affected-services = 影響を受けた業務・サービス
ui-doc-p-inquiry-desk = 問合せ窓口
ui-doc-p-inquiry-desk-hint = 本人通知と報道発表に記載します。例: 福祉部 福祉課　電話 048-000-0000（平日8時30分〜17時15分）
ui-doc-tri-yes = あり
ui-doc-tri-no = なし
ui-doc-tri-unknown = 不明
ui-doc-subject-undecided = 未定
ui-doc-subject-done = 通知済み
ui-doc-subject-planned = 通知予定
ui-doc-subject-impossible = 本人への通知が困難（公表等で代替）
ui-doc-publication-undecided = 未定
ui-doc-publication-done = 公表済み
ui-doc-publication-planned = 公表予定
ui-doc-publication-not-planned = 公表しない
ui-doc-segment-my-number = マイナンバー利用事務系
ui-doc-segment-lgwan = LGWAN接続系
ui-doc-segment-internet = インターネット接続系
ui-addressees-title = 文書の宛先
ui-addressees-intro = 外部機関への報告書等の宛先です。報告書には、ここに入力した宛先に「様」又は「殿」（組織の設定）を付けて記載します。空欄にすると既定の宛先に戻ります。
ui-addressee-ppc = 個人情報保護委員会
ui-addressee-soumu = 総務省
ui-addressee-prefecture = 都道府県
ui-addressee-police = 警察
ui-addressees-save = 宛先を保存
