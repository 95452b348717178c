# forms-public: PDF documents (sonae-forms), see forms.ftl
# 本人通知文, 報道発表資料 and 緊急連絡網: documents for the persons concerned, the press and the
# organisation's own staff.

## Shared by the 本人通知 and the 報道発表資料

forms-public-inquiry-none = （未記入）
forms-public-secondary-yes = 二次被害又はそのおそれがあります。
forms-public-secondary-no = 現時点で、二次被害又はそのおそれは確認されていません。
forms-public-secondary-unknown = 二次被害の有無については、現在確認中です。
forms-public-sent-ppc = 個人情報保護委員会へ報告
forms-public-sent-soumu = 総務省へ報告
forms-public-sent-prefecture = { $prefecture }へ報告
forms-public-sent-police = 警察へ相談
forms-public-sent-ipa = 独立行政法人情報処理推進機構（IPA）へ届出
forms-public-sent-jpcert = JPCERT/CCへ報告

## 本人通知文 (個人情報保護法68条2項, 規則45条): a letter of apology to each person concerned

forms-notice-title = 個人情報の漏えいに関するお知らせとお詫び
forms-notice-subject = 個人情報の漏えいに関するお知らせとお詫び
forms-notice-addressee = 　　　　　　　　　　様
forms-notice-preamble-what = 　このたび、{ $org }において、あなた様の個人情報が漏えいし、又は漏えいしたおそれがある事態が発生しました。あなた様には多大なご迷惑とご心配をおかけすることとなり、心より深くお詫び申し上げます。今後、このような事態が生じることのないよう、個人情報の適正な管理に一層努めてまいります。
forms-notice-preamble-below = 　本件の概要等は下記のとおりです。ご不明な点や、本件に関係すると思われる不審な電話、郵便物等がございましたら、下記の問合せ窓口までご連絡ください。
forms-notice-item-summary = 概要
forms-notice-item-data = 漏えい等が発生し、又は発生したおそれがある個人情報の項目
forms-notice-item-cause = 原因
forms-notice-item-secondary = 二次被害又はそのおそれの有無及びその内容
forms-notice-item-other = その他参考となる事項
forms-notice-field-occurred = 発生日
forms-notice-field-noticed = 判明日
forms-notice-field-department = 発生した部署
forms-notice-field-what = 事案の内容
forms-notice-field-discovered-by = 発見者
forms-notice-field-contractor = 委託先
forms-notice-under-investigation = 現在調査中です。
forms-notice-sent = { $date }、{ $what }しました。
forms-notice-other-none = 特にありません。
forms-notice-item-inquiry = 問合せ窓口

## 報道発表資料 (draft)

forms-press-title = 報道発表資料（案）
forms-press-draft-mark = 【案】
forms-press-in-charge = 担当　{ $department }
forms-press-subject = { $what }について
forms-press-subject-personal = 個人情報を含む{ $what }について
forms-press-preamble = 　このたび、{ $org }{ $department }において、{ $what }が判明しましたので、下記のとおりお知らせします。
forms-press-preamble-no-department = 　このたび、{ $org }において、{ $what }が判明しましたので、下記のとおりお知らせします。
forms-press-item-summary = 概要
forms-press-item-timeline = 経過
forms-press-item-data = 漏えい等した個人情報及び影響
forms-press-item-impact = 影響
forms-press-item-cause = 原因
forms-press-item-measures = 今後の対応及び再発防止策
forms-press-item-apology = お詫び
forms-press-item-inquiry = 問合せ先
forms-press-field-occurred = 発生日時
forms-press-field-noticed = 判明日時
forms-press-field-department = 発生部署
forms-press-field-what = 内容
forms-press-field-persons = 対象者数
forms-press-persons-confirmed = { $persons }（うち確認済み { $confirmed } 人、{ $at }時点）
forms-press-persons-confirmed-no-time = { $persons }（うち確認済み { $confirmed } 人）
forms-press-field-data-items = 情報の項目
forms-press-field-medium = 媒体
forms-press-field-impact = 影響範囲
forms-press-field-services = 影響を受けた業務等
forms-press-field-secondary = 二次被害
forms-press-column-when = 日時
forms-press-column-what = 経過
forms-press-sent-row = { $what }した。
forms-press-field-subjects = 対象の方への対応
forms-press-subjects-done = 対象となる方には、個別にお詫びと経緯の説明を行いました。
forms-press-subjects-planned = 対象となる方には、個別にお詫びと経緯の説明を行います。
forms-press-subjects-impossible = 対象となる方への個別の連絡が困難なため、本発表及び問合せ窓口の設置により対応します。
forms-press-field-measures-done = 実施済みの措置
forms-press-field-measures-planned = 今後実施予定の措置
forms-press-measure-done = ・{ $text }
forms-press-measure-done-on = ・{ $text }（{ $date }実施）
forms-press-measure-planned = ・{ $text }（{ $date }までに実施予定）
forms-press-measures-none = 再発防止策を検討しています。
forms-press-apology-personal = 個人情報を適切に管理すべき立場にありながら、このような事態を招き、関係する皆様に多大なご迷惑とご心配をおかけしましたことを、深くお詫び申し上げます。今後、このような事態が生じることのないよう再発防止に全力で取り組み、信頼の回復に努めてまいります。
forms-press-apology = このような事態を招き、関係する皆様に多大なご迷惑とご心配をおかけしましたことを、深くお詫び申し上げます。今後、このような事態が生じることのないよう再発防止に全力で取り組み、信頼の回復に努めてまいります。

## 情報セキュリティインシデント緊急連絡網

forms-contacts-title = 情報セキュリティインシデント緊急連絡網
forms-contacts-handling = 【取扱注意】
forms-contacts-created = 作成日　{ $date }
forms-contacts-preamble = 　情報セキュリティインシデント（そのおそれのあるものを含む。）が発生したときの連絡先を、情報セキュリティ対策の体制の上位から順に示します。
forms-contacts-item-ciso = 最高情報セキュリティ責任者（CISO）
forms-contacts-item-chief = 統括情報セキュリティ責任者
forms-contacts-item-csirt-lead = CSIRT責任者
forms-contacts-item-csirt-member = CSIRT要員
forms-contacts-item-system-administrator = 情報システム担当者
forms-contacts-item-departments = 各課の情報セキュリティ管理者及び職員
forms-contacts-item-handling = 取扱い上の注意
forms-contacts-role-ciso = CISO
forms-contacts-role-chief = 統括情報セキュリティ責任者
forms-contacts-role-csirt-lead = CSIRT責任者
forms-contacts-role-csirt-member = CSIRT要員
forms-contacts-role-system-administrator = 情報システム担当者
forms-contacts-role-manager = 情報セキュリティ管理者
forms-contacts-role-staff = 職員
forms-contacts-column-role = 役割
forms-contacts-column-department = 所属
forms-contacts-column-title = 職名
forms-contacts-column-name = 氏名
forms-contacts-column-office-phone = 電話（内線）
forms-contacts-column-mobile = 携帯
forms-contacts-column-email = メール
forms-contacts-column-after-hours = 時間外連絡
forms-contacts-none = （登録なし）
forms-contacts-no-department = （所属なし）
forms-contacts-handling-note = この連絡網には、職員個人の携帯電話番号等の個人情報が含まれています。取扱注意とし、関係者以外に見せたり、複製したりしないでください。新しい版を受け取ったときは、古い版を確実に廃棄してください。登録内容に変更があったときは、速やかに管理者に連絡してください。
