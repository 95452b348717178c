# 職員報告（インシデント報告の入力）: 選択肢の表示名、平易な説明、初動対応の案内、入力エラー。
# Rust 側（受付の記録、今後の受付票 PDF）と画面の両方で使う。

## 報告の出どころ
report-source-staff = 自分で気付いた
report-source-resident = 住民等から連絡を受けた
report-source-contractor = 委託先から連絡を受けた
report-source-other = その他の機関等から連絡を受けた

## 連絡を受けた方法
relay-channel-phone = 電話
relay-channel-visit = 来庁・窓口
relay-channel-email = 電子メール
relay-channel-letter = 文書・郵送
relay-channel-other = その他

## はい・いいえ・わからない
tri-state-yes = はい
tri-state-no = いいえ
tri-state-unknown = わからない

## 媒体
medium-paper = 紙
medium-electronic = 電子データ
medium-both = 紙と電子データの両方
medium-unknown = わからない

## 症状のチェックリスト（004 第85条）
symptom-pc-lost-stolen = パソコンや記録媒体（USBメモリ等）が盗まれた、又はなくした
symptom-mail-misaddressed = 秘密の情報を含むメールを誤った宛先に送った
symptom-forms-lost-stolen = 重要な帳票・書類が盗まれた、又はなくした
symptom-pc-connects-by-itself = パソコンが勝手にインターネットに接続しようとする
symptom-pc-slow = パソコンの動作が急に遅くなった、メモリ不足と表示される
symptom-strange-screen = 画面に見慣れないメッセージや画像が表示される
symptom-files-altered = ファイルが書き換えられた、壊された、開けなくなった
symptom-unknown-files = 作った覚えのないファイルがある
symptom-unsent-mail-in-sent-box = 送った覚えのないメールが送信済みフォルダにある

## 分類ごとの平易な説明
category-unauthorized-access-hint = 誰かが許可なくシステムやアカウントに入った、又は入ろうとした形跡がある。
category-malware-hint = パソコンやサーバがウイルス等に感染した疑いがある（身代金を要求する画面を含む）。
category-targeted-mail-hint = 職員を狙った不審なメールを受け取った、又は添付ファイルやURLを開いてしまった。
category-web-defacement-hint = 団体のホームページの内容が勝手に書き換えられている。
category-dos-hint = 大量のアクセス等により、ホームページやシステムが使えない、又は極端に遅い。
category-data-leak-hint = 情報が外部に持ち出された、又は漏れた疑いがある。
category-misdirected-mail-hint = メールやFAXを誤った宛先に送った、又は宛先を隠さずに一斉送信した。
category-misdelivery-hint = 書類を誤った相手に郵送・交付した、又は他人の書類を同封した。
category-loss-theft-hint = パソコン、USBメモリ等の記録媒体、書類をなくした、又は盗まれた。
category-sns-hijack-hint = 団体のSNSアカウントに入れない、又は身に覚えのない投稿がされている。
category-misconfig-exposure-hint = 設定の誤りで、本来公開しない情報が誰でも見られる状態になっていた。
category-system-failure-hint = システムが止まった、正しく動かない、データが消えた。
category-policy-violation-hint = 情報セキュリティポリシーに反する取扱いがあった（私物の持込み、無断の持出し等）。
category-other-hint = 上のどれにも当てはまらないが、情報セキュリティ上気になること。

## 初動対応の案内（1行に1手順。団体ごとに設定画面で書き換えられる）
guidance-unauthorized-access =
    パスワードが漏れた疑いがあれば、すぐに情報システム担当者に連絡する。
    画面に表示された内容や気付いた時刻をメモし、可能なら画面を写真に撮る。
    ログや不審なファイルを削除しない。
    指示があるまで、そのアカウントで操作を続けない。
guidance-malware =
    LANケーブルを抜く（無線LANは切断する）。
    電源は切らない。再起動もしない。
    ファイルやメールを削除しない。
    画面に表示された内容と時刻をメモし、可能なら画面を写真に撮る。
    USBメモリ等を抜き差ししない。
guidance-targeted-mail =
    添付ファイルやURLをこれ以上開かない。
    メールを削除せず、転送もしない（指示があるまで保管する）。
    開いてしまった場合は、LANケーブルを抜き、電源は切らない。
    同じメールが他の職員にも届いていないか、CSIRTの指示を待つ。
guidance-web-defacement =
    改ざんされた画面を写真に撮り、URLと時刻を記録する。
    ページを自分で修正したり削除したりしない。
    ホームページの委託先に連絡するのは、CSIRTと相談してから行う。
guidance-dos =
    使えなくなったシステム・ページと時刻を記録する。
    表示されたエラーメッセージを写真に撮る。
    利用者（住民等）からの問合せがあれば、内容と時刻を記録する。
guidance-data-leak =
    漏れた疑いのある情報の種類と件数の見込みを確認する。
    持出しに使われた機器や記録媒体があれば、そのまま保管する。
    関係するファイルやログを削除しない。
    本人や外部への説明は、CSIRTと相談してから行う。
guidance-misdirected-mail =
    送信した日時、宛先、件名、添付ファイルを記録する。
    誤った宛先の相手に連絡し、メールの削除を依頼する（削除したことの返信をお願いする）。
    同じメールを送り直さない。
    送信済みのメールは削除せず、そのまま残す。
guidance-misdelivery =
    送付・交付した日時、相手、書類の内容を記録する。
    誤って渡した相手に連絡し、書類の回収又は返送を依頼する。
    回収できた書類は、そのまま保管する。
guidance-loss-theft =
    最後に見た場所と日時を思い出して記録する。
    立ち寄った場所（店舗、交通機関等）に問い合わせる。
    盗難の疑いがあれば警察に届け出て、受理番号を控える。
    紛失した物に入っていた情報（個人情報の有無、件数）を確認する。
    パソコン・スマートフォンの場合は、情報システム担当者にアカウントの停止を依頼する。
guidance-sns-hijack =
    不審な投稿や表示された画面を写真に撮り、時刻を記録する。
    ログインできる場合は、CSIRTの指示を受けてパスワードを変更する。
    投稿を自分で削除しない（証拠として残す）。
guidance-misconfig-exposure =
    公開されていた場所（URL等）と、気付いた時刻を記録する。
    公開を止める操作は、情報システム担当者と相談して行う。
    アクセスの記録（ログ）を削除しない。
guidance-system-failure =
    止まったシステムと時刻、表示されたメッセージを記録する。
    何度も再起動したり設定を変えたりしない。
    窓口業務に影響がある場合は、所属長に報告する。
guidance-policy-violation =
    起きたことと関係する人、日時を記録する。
    関係する機器や記録媒体は、そのまま保管する。
    当事者を責めず、事実の確認はCSIRTに任せる。
guidance-other =
    起きたことと時刻を記録する。
    関係しそうなファイル、メール、機器はそのまま残す。
    判断に迷ったら、まずCSIRTに電話する。

## 受付の記録での出どころ
report-origin-staff = 職員からの報告
report-origin-resident = 住民等からの連絡
report-origin-contractor = 委託先からの連絡
report-origin-other = 関係機関等からの連絡

## 受付の記録（事案の経過に残る文）
timeline-report-received = { $source }を受け付けた（報告者: { $reporter }、受付番号: { $receipt }）。

## 入力項目名
field-source = 報告の出どころ
field-symptoms = 当てはまる症状
field-category = 何が起きたか（分類）
field-what-happened = 起きたことの説明
field-noticed-at = 気付いた日時
field-occurred-at = 発生した日時（推定）
field-occurred-note = 発生時期についての補足
field-device = 機器（パソコン名、USBメモリ等）
field-system-id = 情報システム
field-network-segment = ネットワークの区分
field-class-level-id = 情報の分類
field-personal-info = 個人情報を含むか
field-my-number = マイナンバー（特定個人情報）を含むか
field-max-persons = 関係する人数（最大の見込み）
field-medium = 紙か電子データか
field-actions-taken = 既に行った対応
field-reporter-phone = 連絡先の電話番号
field-reporter-email = 連絡先のメールアドレス
field-reporter-reachability = 連絡がつく時間帯・方法
field-relay-org = 連絡者の所属・団体名
field-relay-channel = 連絡を受けた方法
field-relay-received-at = 連絡を受けた日時
field-step = 手順
field-guidance-steps = 初動対応の手順
field-receipt-format = 受付番号の形式

## 入力エラー
error-invalid-choice = 「{ $field }」に選べない値が指定されています。選び直してください。
error-choice-not-found = 「{ $field }」で選んだものが見つかりません。選び直してください。
error-datetime-format = 「{ $field }」は日付と時刻で入力してください。
error-datetime-future = 「{ $field }」に未来の日時は入力できません。
error-occurred-after-noticed = 「{ $field }」が気付いた日時より後になっています。
error-reporter-unreachable = 連絡先の電話番号又はメールアドレスのどちらかを入力してください。
error-not-a-number = 「{ $field }」は数字で入力してください（わからなければ空欄のままで構いません）。
error-negative = 「{ $field }」に負の数は入力できません。
error-too-large = 「{ $field }」の数が大きすぎます。
error-too-many-steps = 「{ $field }」は10項目までです。
error-receipt-format = 受付番号の形式には {"{"}n{"}"} を含め、使える差込項目は {"{"}年{"}"}、{"{"}年度{"}"}、{"{"}n{"}"} だけです。
error-report-needs-person = 報告はサインインした職員として行ってください。
error-draft-closed = この下書きは既に提出済み、又は破棄済みです。
