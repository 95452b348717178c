# Playbooks (004 Art. 69(2)): the built-in steps per category (revision 0), the recovery checklist
# and the labels of the case-work enums. Shared by Rust and the UI.

# Step ids are playbook-<category>-<step>. Tasks are created with these titles when a case is
# judged an incident (or with an organization's own revision once it saved one).

## 組込みの事故対応手順書（分類ごとの標準）
playbook-generic-contain = 被害の拡大を防ぐ緊急措置（ネットワークからの切り離し、利用停止、アカウント停止等）を実施する
playbook-generic-evidence = ログ、端末・媒体、記録類など証拠となるものを消去・変更せずに保全する
playbook-generic-other-systems = 他の情報システムで同種の事象が発生していないか確認する
playbook-generic-inform = 関係する所管課・委託事業者に状況を連絡する

## 不正アクセス（004 第69条2(1)）
playbook-unauthorized-access-isolate = 不正アクセスを受けたサーバ・端末をネットワークから切り離す（電源は切らない）
playbook-unauthorized-access-block = 攻撃元のIPアドレス・不審な通信先をファイアウォール等で遮断する
playbook-unauthorized-access-accounts = 不正に使われたアカウントを停止し、管理者アカウントのパスワードを変更する
playbook-unauthorized-access-logs = アクセスログ・認証ログ・通信ログを複製し、書換えできない媒体に保全する
playbook-unauthorized-access-disk-image = 被害サーバのディスク・メモリの複製を取得する（委託事業者への依頼を含む）
playbook-unauthorized-access-traces = 不審なファイル・アカウント・設定変更を、発見日時とともに記録する
playbook-unauthorized-access-same-weakness = 同じ脆弱性・設定を持つ他のシステムに侵入の痕跡がないか確認する
playbook-unauthorized-access-same-credentials = 同じID・パスワードを使う他のシステムへの不正ログインの有無を確認する
playbook-unauthorized-access-owner-dept = システムを所管する課に被害状況と利用停止の範囲を連絡する
playbook-unauthorized-access-contractor = 保守・運用の委託事業者に連絡し、調査と復旧の支援を依頼する
playbook-unauthorized-access-police = 犯罪のおそれがある場合は、記録を保全したうえで警察に相談する
playbook-unauthorized-access-ipa-jpcert = IPA・JPCERT/CCへの届出・情報提供を検討する（任意）

## 内部からの情報漏えい（004 第69条2(2)）
playbook-data-leak-restrict-access = 関与が疑われる者のアカウント・アクセス権限を停止又は制限する
playbook-data-leak-block-channel = 持ち出しに使われた経路（外部へのメール、USBメモリ、クラウド共有等）を遮断する
playbook-data-leak-takedown = 外部に掲載・提供された情報の削除を掲載先・受領者に依頼する
playbook-data-leak-logs = アクセスログ・メール送信記録・外部媒体の利用記録を保全する
playbook-data-leak-devices = 関与が疑われる者の端末・媒体を確保し、操作せずに保管する
playbook-data-leak-identify = 漏えいした情報の項目・件数（個人情報・個人番号の有無）を特定する
playbook-data-leak-other-systems = 関与が疑われる者が権限を持つ他のシステム・共有フォルダからの持ち出しの有無を確認する
playbook-data-leak-other-depts = 他の課で同様の持ち出しが行われていないか確認する
playbook-data-leak-owner-dept = 漏えいした情報を所管する課に連絡する
playbook-data-leak-personnel = 所属長・人事担当課に連絡し、事情聴取の進め方を協議する
playbook-data-leak-police = 犯罪のおそれがある場合は警察に相談する

## マルウェア感染・ランサムウェア（004 第69条2(3)、000 §6.4(2)⑦）
playbook-malware-disconnect = 感染した端末・サーバをネットワークから切り離す（LANケーブルを抜く。電源は切らない）
playbook-malware-screen = 画面の表示（警告・脅迫文）を写真に撮り、時刻を記録する
playbook-malware-block = 不審な通信先をファイアウォール・プロキシで遮断する
playbook-malware-protect-backups = バックアップを切り離し、暗号化・削除されないよう保護する
playbook-malware-credentials = 感染端末で使われたアカウントのパスワードを、別の端末から変更する
playbook-malware-keep-powered = 感染端末は電源を入れたまま保全し、再起動・初期化・駆除をしない
playbook-malware-logs = ウイルス対策ソフト・プロキシ・ファイアウォールのログを保全する
playbook-malware-sample = 不審なファイル・メールを削除せず、検体として保管する
playbook-malware-scan = 最新の定義ファイルで、庁内の他の端末・サーバを検査する
playbook-malware-indicators = 同じ通信先・ファイル名の痕跡が他の端末・ログにないか確認する
playbook-malware-owner-dept = 影響を受けた業務の所管課に連絡し、業務継続の方法を協議する
playbook-malware-contractor = 保守の委託事業者・ウイルス対策製品の窓口に連絡する
playbook-malware-police = ランサムウェアの場合は警察に相談する（身代金は支払わない）
playbook-malware-ipa-jpcert = IPA・JPCERT/CCへの届出・情報提供を検討する（任意）

## 標的型攻撃メール（000 §6.5(7)）
playbook-targeted-mail-isolate-opened = 添付ファイル・URLを開いた端末をネットワークから切り離す（電源は切らない）
playbook-targeted-mail-original = メールをヘッダ付きの原本（eml形式等）で保存する
playbook-targeted-mail-block = 送信元アドレス・ドメインと本文中のURLを、メールサーバ・プロキシで遮断する
playbook-targeted-mail-purge = 同じメールを受信者の受信箱から削除する（保全した原本を除く）
playbook-targeted-mail-logs = メールサーバ・プロキシのログを保全する
playbook-targeted-mail-recipients = 同じメールの受信者と、開封・クリックした者をログで確認する
playbook-targeted-mail-warn-staff = 全職員に注意喚起する（開かない、削除せず報告する）
playbook-targeted-mail-spoofed-party = なりすまされた組織・人物に連絡する
playbook-targeted-mail-ipa-jpcert = IPA・JPCERT/CCへの情報提供を検討する（任意）

## Webページ改ざん（000 §6.5(1)③）
playbook-web-defacement-record-page = 公開停止の前に、改ざんされたページの画面・URL・ソースを記録する
playbook-web-defacement-take-down = 改ざんされたページの公開を停止し、お知らせ等の表示に切り替える
playbook-web-defacement-credentials = CMS・サーバの管理者パスワードを変更し、不審なアカウントを停止する
playbook-web-defacement-restrict-admin = 管理画面への接続元を庁内・保守事業者に限定する
playbook-web-defacement-logs = Webサーバのアクセスログ・更新履歴・改ざんされたファイルを保全する
playbook-web-defacement-visitors = 閲覧者への被害（不正なスクリプト・誘導先）の有無と改ざん期間を確認する
playbook-web-defacement-other-sites = 同じCMS・サーバで運用する他のWebサイトの改ざんの有無を確認する
playbook-web-defacement-contractor = Webサイトの保守・ホスティング事業者に連絡し、調査を依頼する
playbook-web-defacement-public-notice = 広報担当課と協議し、閲覧者向けのお知らせを掲載する
playbook-web-defacement-police = 犯罪のおそれがある場合は、記録を保全したうえで警察に相談する
playbook-web-defacement-ipa-jpcert = IPA・JPCERT/CCへの届出・情報提供を検討する（任意）

## サービス不能攻撃（000 §6.5(2)(6)）
playbook-dos-upstream-filter = 回線事業者・クラウド事業者に攻撃通信の遮断を依頼する
playbook-dos-limit = 攻撃元からの通信を遮断・制限し、必要に応じてサービスを縮小・停止する
playbook-dos-logs = 通信量の推移とファイアウォール・Webサーバのログを保全する
playbook-dos-threat = 攻撃の予告・脅迫文があれば原文のまま保存する
playbook-dos-shared-systems = 同じ回線・設備を使う他のシステムへの影響を確認する
playbook-dos-owner-dept = サービスの所管課に連絡し、住民への周知と代替手段を調整する
playbook-dos-police = 業務妨害のおそれがある場合は警察に相談する
playbook-dos-jpcert = JPCERT/CCへの情報提供を検討する（任意）

## メール誤送信（004 第85条1(2)）
playbook-misdirected-mail-ask-delete = 誤送信先に電話で連絡し、メール・添付ファイルの削除と転送の有無を確認する
playbook-misdirected-mail-disable-link = ファイル共有のリンク・パスワードを無効にする（クラウド共有の場合）
playbook-misdirected-mail-confirm-deletion = 削除したことを誤送信先から書面又はメールで確認する
playbook-misdirected-mail-copy = 誤送信したメールの写し（ヘッダ・本文・添付ファイル）を保存する
playbook-misdirected-mail-send-log = メールサーバの送信ログを保全する
playbook-misdirected-mail-identify = 誤送信した情報の項目・件数（個人情報・個人番号の有無）を特定する
playbook-misdirected-mail-other-sends = 同じ担当者・アドレス帳からの他の誤送信（宛先・CC・BCCの誤り）を送信ログで確認する
playbook-misdirected-mail-intended-recipient = 本来の送信先に誤送信の事実と再送の予定を連絡する
playbook-misdirected-mail-owner-dept = 情報を所管する課・所属長に連絡する

## 誤送付・誤交付（紙）
playbook-misdelivery-hold-batch = 同じ発送物の発送・交付を止め、未発送分を確保する
playbook-misdelivery-retrieve = 誤送付・誤交付の相手方に連絡し、書類を回収する（訪問又は返送）
playbook-misdelivery-confirm-no-copies = 回収時に、複写・撮影・第三者への提供がないことを確認する
playbook-misdelivery-records = 誤送付した書類の写しと発送・交付の記録を確保する
playbook-misdelivery-check-batch = 同じ発送・交付の他の分に誤封入・宛名誤りがないか確認する
playbook-misdelivery-intended-recipient = 本来の送付先・交付先に連絡し、経緯を説明する
playbook-misdelivery-contractor = 封入・発送を委託している場合は、委託事業者に連絡し作業記録を求める

## 紛失・盗難（004 第85条1(1)(3)、000 §5.4(1)②）
playbook-loss-theft-search = 最後に確認した場所・経路を捜索し、立ち寄り先・交通機関に問い合わせる
playbook-loss-theft-remote-lock = 遠隔ロック・遠隔消去を実施する（端末管理の仕組みがある場合）
playbook-loss-theft-credentials = 紛失した端末・ICカードで使えるアカウント・証明書を停止する
playbook-loss-theft-record = 紛失物の内容（機器番号、保存された情報、暗号化の有無）と経緯を記録する
playbook-loss-theft-access-records = 持出し記録・入退室記録・防犯カメラ映像の保存を依頼する
playbook-loss-theft-inventory = 持出し管理簿と照合し、他の端末・媒体・帳票の所在を確認する
playbook-loss-theft-police = 警察に遺失届・盗難届を提出し、受理番号を控える
playbook-loss-theft-owner-dept = 情報を所管する課に連絡し、影響を受ける本人の範囲を確認する

## SNSアカウント乗っ取り
playbook-sns-hijack-screenshots = 不審な投稿・メッセージ・ログイン履歴の画面を保存する
playbook-sns-hijack-secure-account = パスワードを変更し、不審なログイン中の端末・連携アプリを解除する
playbook-sns-hijack-platform = ログインできない場合は、SNS事業者にアカウントの回復・凍結を申請する
playbook-sns-hijack-two-factor = 二段階認証を有効にし、登録メールアドレス・電話番号を確認する
playbook-sns-hijack-remove-posts = 記録を取ったうえで、なりすまし投稿・送信されたメッセージを削除する
playbook-sns-hijack-other-accounts = 同じパスワード・管理端末を使う他の公式アカウントを確認する
playbook-sns-hijack-public-notice = 公式Webサイト・他の公式アカウントで乗っ取りの事実と注意を周知する
playbook-sns-hijack-pr-dept = 広報担当課・アカウント運用の委託事業者に連絡する

## 設定ミスによる公開
playbook-misconfig-exposure-record = 修正の前に、公開されていた情報・URL・設定画面を記録する
playbook-misconfig-exposure-close = 公開設定を修正し、外部から閲覧できないことを確認する
playbook-misconfig-exposure-caches = 検索エンジンのキャッシュ・外部の転載の削除を依頼する
playbook-misconfig-exposure-access-logs = 公開期間中のアクセスログを保全し、外部からの閲覧の有無を確認する
playbook-misconfig-exposure-other-settings = 同じ仕組み（クラウド共有、公開フォルダ等）の他の設定を点検する
playbook-misconfig-exposure-owner-dept = 情報を所管する課・システムの委託事業者に連絡する

## 復旧確認（004 第71条1: 情報システムのセキュリティ機能の正常動作の確認）
recovery-check-cause-removed = 原因（不正プログラム、脆弱性、設定の誤り等）が取り除かれていることを確認する
recovery-check-patches = 修正プログラムが適用され、ソフトウェアが最新の状態であることを確認する
recovery-check-security-functions = ウイルス対策ソフト・ファイアウォール等のセキュリティ機能が正常に動作していることを確認する
recovery-check-access-control = アカウント・アクセス権限が適正であること（不要なアカウントの削除、パスワードの変更）を確認する
recovery-check-logs = ログが正常に取得・保存されていることを確認する
recovery-check-monitoring = 復旧後の一定期間を監視し、再発や不審な通信がないことを確認する

## 作業の一覧
task-list-response = 対応作業
task-list-recovery = 復旧確認

## 作業の種類（手順書の区分）
task-kind-containment = 緊急措置
task-kind-other-systems = 他システムでの同種事象の確認
task-kind-evidence = 証拠保全
task-kind-inform = 連絡
task-kind-ciso-report = CISOへの第一報
task-kind-recovery-check = 復旧確認
task-kind-other = その他

## 作業の状況
task-status-open = 未完了
task-status-done = 完了
task-status-waived = 不要

## 証拠の取得元
evidence-source-device = 端末・媒体
evidence-source-system = 情報システム
evidence-source-log = ログ
evidence-source-document = 文書・帳票・メール
evidence-source-other = その他

## 決定事項の状況
decision-status-proposed = 提案中
decision-status-approved = 承認
decision-status-rejected = 却下

## 原因の分類（000 §5.3(3)④）
cause-category-human-error = 人為的ミス（誤操作・確認不足）
cause-category-rule-violation = 規程・手順の不遵守
cause-category-procedure-gap = 規程・手順の不備
cause-category-vulnerability = 脆弱性・修正プログラムの未適用
cause-category-misconfiguration = 設定の不備
cause-category-external-attack = 外部からの攻撃
cause-category-insider-misconduct = 内部不正
cause-category-contractor = 委託先に起因
cause-category-failure-or-disaster = 障害・災害
cause-category-unknown = 不明（調査中）
cause-category-other = その他

## 再発防止策の状況（004 第71条2）
measure-status-done = 実施済み
measure-status-planned = 実施予定
