<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>meisai::ui::ActivityPage</name>
    <message>
        <source>Activity log</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>Every call Meisai made to an issuer and every change to a connection, with the interaction ID the issuer can look up. The log is chained so changes to it can be detected.</source>
        <translation>「明細」が発行者に対して行ったすべての API 呼び出しと連携の変更を、発行者側で照会できるインタラクション ID とともに記録しています。記録は連鎖して保存されるため、改ざんを検出できます。</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>Issuer, operation, result or interaction ID</source>
        <translation>発行者・操作・結果・インタラクション ID</translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation>操作履歴を絞り込む</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>改ざんの有無を確認(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the integrity of the activity log</source>
        <translation>操作履歴に改ざんがないか確認する</translation>
    </message>
    <message>
        <source>Could not check the log: %1</source>
        <translation>履歴を確認できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ The activity log is intact (%n entries checked).</source>
        <translation>
            <numerusform>✔ 操作履歴に改ざんはありません（%n 件を確認）。</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The activity log was altered at entry %1. %2 Contact %3.</source>
        <translation>✘ 操作履歴の %1 番目の記録が改ざんされています。%2 %3 までご連絡ください。</translation>
    </message>
</context>
<context>
    <name>meisai::ui::AlertModel</name>
    <message>
        <source>Information</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>New</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>発生日時</translation>
    </message>
</context>
<context>
    <name>meisai::ui::Ask</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>meisai::ui::AuditLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Interaction ID</source>
        <translation>インタラクション ID</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>meisai::ui::ConnectionModel</name>
    <message>
        <source>Linking</source>
        <translation>連携手続き中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>連携中</translation>
    </message>
    <message>
        <source>Needs reconnecting</source>
        <translation>再連携が必要</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>連携解除済み</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Granted access</source>
        <translation>許可された権限</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>同意日時</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>同意の有効期限</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
</context>
<context>
    <name>meisai::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Each connection is an access you granted Meisai at an issuer. You can stop any of them at any time; Meisai then asks the issuer to revoke the access.</source>
        <translation>連携とは、お客さまが発行者のもとで「明細」に与えたアクセス権限です。いつでも停止でき、停止すると「明細」は発行者に権限の取消しを依頼します。</translation>
    </message>
    <message>
        <source>&amp;Link an issuer…</source>
        <translation>発行者と連携する(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>再連携(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>連携を解除(&amp;D)…</translation>
    </message>
    <message>
        <source>Link an issuer</source>
        <translation>発行者と連携する</translation>
    </message>
    <message>
        <source>Sync the selected connection now</source>
        <translation>選択した連携を今すぐ同期する</translation>
    </message>
    <message>
        <source>Reconnect the selected connection</source>
        <translation>選択した連携を再連携する</translation>
    </message>
    <message>
        <source>Disconnect the selected connection</source>
        <translation>選択した連携を解除する</translation>
    </message>
    <message>
        <source>No connections yet. Choose &quot;Link an issuer&quot; to add one.</source>
        <translation>まだ連携がありません。「発行者と連携する」から追加してください。</translation>
    </message>
    <message>
        <source>Granted access</source>
        <translation>許可された権限</translation>
    </message>
    <message>
        <source>Requested, not granted</source>
        <translation>要求したが許可されなかった権限</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>同意日時</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>同意の有効期限</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>直近のエラー</translation>
    </message>
    <message>
        <source>Issuer inquiries</source>
        <translation>発行者のお問い合わせ先</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b43c00&apos;&gt;The issuer no longer accepts this access. Choose Reconnect to approve it again; your history is kept.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b43c00&apos;&gt;発行者がこのアクセスを受け付けなくなりました。「再連携」からもう一度承認してください。これまでの明細はそのまま残ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 との連携を解除</translation>
    </message>
    <message>
        <source>Meisai will delete its access to %1 and ask %1 to revoke it. Syncing stops at once.</source>
        <translation>「明細」は %1 へのアクセス権限を削除し、%1 に権限の取消しを依頼します。同期はただちに停止します。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>連携を解除する</translation>
    </message>
    <message>
        <source>Meisai could not disconnect %1: %2</source>
        <translation>%1 との連携を解除できませんでした: %2</translation>
    </message>
    <message>
        <source>Meisai deleted its access to %1 and can no longer use it. %1 could not be reached to confirm the revocation; Meisai keeps trying.</source>
        <translation>「明細」は %1 へのアクセス権限を削除したため、今後は使用できません。%1 に接続できず取消しの確認が取れていないため、引き続き取消しを依頼します。</translation>
    </message>
    <message>
        <source>%1 confirmed that Meisai&apos;s access is revoked.</source>
        <translation>%1 が「明細」のアクセス権限の取消しを確認しました。</translation>
    </message>
    <message>
        <source>Keep the statements already downloaded from %1 in Meisai, or delete them from this computer?</source>
        <translation>%1 から取得済みの明細を「明細」に残しますか。それともこのコンピューターから削除しますか。</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>データを残す</translation>
    </message>
    <message>
        <source>Delete the data</source>
        <translation>データを削除する</translation>
    </message>
    <message>
        <source>The data from %1 was deleted.</source>
        <translation>%1 のデータを削除しました。</translation>
    </message>
    <message>
        <source>The data could not be deleted: %1</source>
        <translation>データを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The data from %1 stays in Meisai.</source>
        <translation>%1 のデータは「明細」に残しています。</translation>
    </message>
</context>
<context>
    <name>meisai::ui::LinkWizard</name>
    <message>
        <source>Reconnect an issuer — Meisai</source>
        <translation>発行者との再連携 — 明細</translation>
    </message>
    <message>
        <source>Link an issuer — Meisai</source>
        <translation>発行者との連携 — 明細</translation>
    </message>
    <message>
        <source>Choose your card issuer</source>
        <translation>カード発行者を選んでください</translation>
    </message>
    <message>
        <source>Meisai reads your statements through the issuer&apos;s official API. You sign in and approve on the issuer&apos;s own page; Meisai never sees your issuer password.</source>
        <translation>「明細」は発行者の公式 API を通じてご利用明細を取得します。ログインと承認は発行者自身のページで行うため、「明細」が発行者のパスワードを知ることはありません。</translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>I have read the above and want to continue to the issuer</source>
        <translation>上記の内容を確認し、発行者のページへ進むことに同意します</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>承認をお待ちしています</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation>ページをもう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>No issuer is registered in this profile.</source>
        <translation>このプロファイルには発行者が登録されていません。</translation>
    </message>
    <message>
        <source>Sandbox issuer: test data only, for trying Meisai out.</source>
        <translation>サンドボックスの発行者です。「明細」をお試しいただくためのテストデータのみを扱います。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>お問い合わせ</translation>
    </message>
    <message>
        <source>Fraud and security</source>
        <translation>不正利用・セキュリティ</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>サービス提供時間</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Before you continue: what you allow Meisai to do</source>
        <translation>先に進む前に: 「明細」に許可する内容</translation>
    </message>
    <message>
        <source>&lt;p&gt;This screen is shown by &lt;b&gt;%1&lt;/b&gt;, not by %2.&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;Who gets access&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;For which service&lt;/td&gt;&lt;td&gt;%3 (household ledger for your card statements)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;How long&lt;/td&gt;&lt;td&gt;Up to %4 days from your approval, including renewals with a refresh token. After that you are asked again.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;How to stop it&lt;/td&gt;&lt;td&gt;Any time: Connections → Disconnect, or Stop all connections in Meisai, or at %2. Meisai then asks %2 to revoke its access at once.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;Please note&lt;/td&gt;&lt;td&gt;Meisai only reads data; it cannot pay, change settings or see your full card number. Enter your issuer ID and password only on %2&apos;s page, never in Meisai.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;What Meisai asks for, and why&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;この画面は %2 ではなく、&lt;b&gt;%1&lt;/b&gt; が表示しています。&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;権限を受け取る者&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;利用するサービス&lt;/td&gt;&lt;td&gt;%3（カード明細の家計簿サービス）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;有効期限&lt;/td&gt;&lt;td&gt;承認から最長 %4 日間（リフレッシュトークンによる更新を含みます）。期限後はあらためて同意をお願いします。&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;停止・解除の方法&lt;/td&gt;&lt;td&gt;いつでも、「明細」の［連携］→［連携を解除］または［すべての連携を停止］から、あるいは %2 のサイトで解除できます。解除すると「明細」はただちに %2 へ権限の取消しを依頼します。&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;ご注意&lt;/td&gt;&lt;td&gt;「明細」はデータを読み取るだけで、支払いや設定の変更はできず、カード番号の全桁を見ることもありません。発行者の ID とパスワードは %2 のページでのみ入力し、「明細」には決して入力しないでください。&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;「明細」が求める権限とその目的&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Needed for Meisai to work</source>
        <translation>「明細」の動作に必要です</translation>
    </message>
    <message>
        <source>Optional: you may leave this out</source>
        <translation>任意: 外すこともできます</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Who does what&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt; (%5) holds your card account, checks that it is you and decides what to share. Questions about your card, charges or payments: %6.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; runs Meisai, a separate service, and only shows and totals the data %2 provides. Meisai is not %2&apos;s app. Questions about Meisai: %3.&lt;/li&gt;&lt;li&gt;If you suffer a loss: %4&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;それぞれの役割&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt;（%5）は、お客さまのカード口座を管理し、ご本人確認を行い、提供するデータを決定します。カード・ご利用代金・お支払いに関するお問い合わせ: %6&lt;/li&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; は別のサービスである「明細」を運営し、%2 が提供するデータの表示と集計のみを行います。「明細」は %2 のアプリではありません。「明細」に関するお問い合わせ: %3&lt;/li&gt;&lt;li&gt;損害が生じた場合: %4&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Security reminders&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Use a password for Meisai and your computer that differs from your issuer password, and is not easy to guess. Never lend or tell it to anyone.&lt;/li&gt;&lt;li&gt;Keep antivirus software installed.&lt;/li&gt;&lt;li&gt;If a password may have leaked, contact us at once: %1.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;セキュリティに関するお願い&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;「明細」やコンピューターのパスワードには、発行者のパスワードとは異なり、推測されにくいものを設定してください。第三者に貸与・開示しないでください。&lt;/li&gt;&lt;li&gt;ウイルス対策ソフトを導入してください。&lt;/li&gt;&lt;li&gt;パスワードの漏えいなどのおそれがある場合は、ただちに当社までご連絡ください: %1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Continue to %1</source>
        <translation>%1 のページへ進む</translation>
    </message>
    <message>
        <source>Meisai opened %1&apos;s page in your web browser. Sign in there and approve the access. This window continues by itself when you are done.</source>
        <translation>Web ブラウザーで %1 のページを開きました。そちらでログインし、アクセスを承認してください。完了すると、この画面は自動的に次へ進みます。</translation>
    </message>
    <message>
        <source>Preparing the link…</source>
        <translation>リンクを準備しています…</translation>
    </message>
    <message>
        <source>If your browser did not open, copy this link into it:
%1</source>
        <translation>ブラウザーが開かない場合は、次のリンクをブラウザーに貼り付けてください:
%1</translation>
    </message>
    <message>
        <source>Meisai could not open your web browser. Copy the link below into your browser, sign in there and approve the access.</source>
        <translation>Web ブラウザーを開けませんでした。下のリンクをブラウザーに貼り付け、ログインしてアクセスを承認してください。</translation>
    </message>
    <message>
        <source>Approval received. Finishing the connection…</source>
        <translation>承認を受け付けました。連携を完了しています…</translation>
    </message>
    <message>
        <source>You declined, or %1 refused, the access. Nothing was shared. Start again if this was a mistake.</source>
        <translation>アクセスが拒否されたか、%1 が許可しませんでした。データは共有されていません。誤りだった場合は、もう一度やり直してください。</translation>
    </message>
    <message>
        <source>Linking was cancelled. Nothing was shared.</source>
        <translation>連携を取り消しました。データは共有されていません。</translation>
    </message>
    <message>
        <source>The answer did not come from the issuer you chose, so Meisai stopped to protect you. Close other sign-in tabs and start again. If it happens again, contact us: %1.</source>
        <translation>選択した発行者以外からの応答だったため、安全のため処理を中止しました。ほかのログイン画面のタブを閉じてから、やり直してください。繰り返し発生する場合は当社までご連絡ください: %1</translation>
    </message>
    <message>
        <source>The approval took too long. Start again and finish it in your browser within 10 minutes.</source>
        <translation>承認までに時間がかかりすぎました。もう一度やり直し、10 分以内にブラウザーで承認を完了してください。</translation>
    </message>
    <message>
        <source>Meisai could not reach %1 safely. Check your internet connection and try again later.</source>
        <translation>%1 に安全に接続できませんでした。インターネット接続を確認し、しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>%1 is under maintenance. Try again after the maintenance window.</source>
        <translation>%1 はメンテナンス中です。メンテナンス終了後にやり直してください。</translation>
    </message>
    <message>
        <source>Try again later. If it keeps failing, contact %1: %2.</source>
        <translation>しばらくしてからやり直してください。解決しない場合は %1 にお問い合わせください: %2</translation>
    </message>
    <message>
        <source>%1 is reconnected</source>
        <translation>%1 と再連携しました</translation>
    </message>
    <message>
        <source>%1 is linked</source>
        <translation>%1 と連携しました</translation>
    </message>
    <message>
        <source>&lt;p&gt;Meisai now syncs your statements from %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;これから %1 のご利用明細を同期します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 granted less than Meisai asked for. The parts not granted will stay empty; reconnect to grant them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 が許可した権限は、要求した一部のみでした。許可されなかった部分は表示されません。必要な場合は再連携して許可してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This consent lasts until %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この同意の有効期限は %1 です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 was not linked</source>
        <translation>%1 と連携できませんでした</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;理由:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;対処方法:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
</context>
<context>
    <name>meisai::ui::MainWindow</name>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>同期が完了しました。</translation>
    </message>
    <message>
        <source>%1 — a service of %2, not a card issuer&apos;s app</source>
        <translation>%1 — %2 のサービス（カード発行者のアプリではありません）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（提供: %2）</translation>
    </message>
    <message>
        <source>This app is run by %1, not by your card issuer. Your issuers provide the data through their APIs; %1 shows it to you. Meisai never asks for your issuer password.</source>
        <translation>このアプリはカード発行者ではなく %1 が運営しています。データは各発行者が API を通じて提供し、%1 が表示しています。「明細」が発行者のパスワードをおたずねすることはありません。</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>This profile is linked to test issuers; no real card data is shown.</source>
        <translation>このプロファイルはテスト用の発行者と連携しています。実際のカードデータは表示されません。</translation>
    </message>
    <message>
        <source>Stop all connections</source>
        <translation>すべての連携を停止</translation>
    </message>
    <message>
        <source>Revoke Meisai&apos;s access at every issuer now and stop syncing</source>
        <translation>すべての発行者で「明細」のアクセス権限をただちに取り消し、同期を停止します</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同期の進行状況</translation>
    </message>
    <message>
        <source>Security (%1)</source>
        <translation>セキュリティ（%1）</translation>
    </message>
    <message>
        <source>Meisai will delete its access tokens, ask every issuer to revoke its access and stop syncing. Your downloaded statements stay in this app. To see new data later, link the issuers again.</source>
        <translation>「明細」はアクセストークンを削除し、すべての発行者に権限の取消しを依頼して、同期を停止します。取得済みの明細はこのアプリに残ります。新しいデータを表示するには、あらためて発行者と連携してください。</translation>
    </message>
    <message>
        <source>Revoking access at every issuer…</source>
        <translation>すべての発行者でアクセス権限を取り消しています…</translation>
    </message>
    <message>
        <source>Could not stop all connections: %1</source>
        <translation>すべての連携を停止できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n connection(s). The issuers confirmed the revocation of %1 token(s).</source>
        <translation>
            <numerusform>%n 件の連携を停止しました。発行者は %1 件のトークンの取消しを確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked yet because an issuer could not be reached; Meisai keeps retrying. Meisai can no longer use them.</source>
        <translation>
            <numerusform>発行者に接続できなかったため、%n 件のトークンはまだ取り消されていません。引き続き取消しを依頼します。これらのトークンを「明細」が使うことはもうありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meisai::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>&amp;Link an issuer…</source>
        <translation>発行者と連携する(&amp;L)…</translation>
    </message>
    <message>
        <source>Link an issuer</source>
        <translation>発行者と連携する</translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation>ご利用中の連携</translation>
    </message>
    <message>
        <source>No issuer is linked yet. Choose &quot;Link an issuer&quot; to connect your first card account; you approve the access on the issuer&apos;s own page.</source>
        <translation>まだ発行者と連携していません。「発行者と連携する」からカード口座を連携してください。アクセスの承認は発行者自身のページで行います。</translation>
    </message>
    <message>
        <source>Billed amount per month</source>
        <translation>月別のご請求額</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>次回の同期</translation>
    </message>
    <message>
        <source>Next payment due</source>
        <translation>次回のお支払日</translation>
    </message>
    <message>
        <source>Billed amount</source>
        <translation>ご請求額</translation>
    </message>
    <message>
        <source>Connections overview</source>
        <translation>連携の概要</translation>
    </message>
    <message>
        <source>Chart of billed amounts per month and issuer</source>
        <translation>発行者別・月別のご請求額のグラフ</translation>
    </message>
    <message>
        <source>Thousand yen</source>
        <translation>千円</translation>
    </message>
</context>
<context>
    <name>meisai::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認済みにする(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>選択した警告を確認済みにする</translation>
    </message>
    <message>
        <source>Your data on this computer</source>
        <translation>このコンピューター上のデータ</translation>
    </message>
    <message>
        <source>Encrypted. The key is kept in your system keychain (Secret Service), so Meisai opens without a password while you are logged in.</source>
        <translation>暗号化されています。鍵はシステムのキーチェーン（Secret Service）に保管されているため、ログイン中はパスワードなしで「明細」を開けます。</translation>
    </message>
    <message>
        <source>Encrypted with a key derived from your Meisai passphrase (Argon2id). Meisai asks for it at every start; nobody can recover it for you.</source>
        <translation>「明細」のパスフレーズから導出した鍵（Argon2id）で暗号化されています。起動のたびに入力が必要です。パスフレーズを忘れた場合、誰も復元できません。</translation>
    </message>
    <message>
        <source>Keep your accounts safe</source>
        <translation>アカウントを安全に保つために</translation>
    </message>
    <message>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Use a password for Meisai and your computer that differs from your card issuers&apos; passwords.&lt;/li&gt;&lt;li&gt;Avoid passwords that are easy to guess; never lend or tell them to anyone.&lt;/li&gt;&lt;li&gt;Keep antivirus software installed and up to date.&lt;/li&gt;&lt;li&gt;Meisai never asks for your issuer ID or password; enter them only on your issuer&apos;s own page.&lt;/li&gt;&lt;/ul&gt;If a password may have leaked or you see access you do not recognise, press &lt;b&gt;Stop all connections&lt;/b&gt; and contact us at once: %1. For your card, contact your issuer.</source>
        <translation>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;「明細」やコンピューターのパスワードには、カード発行者のパスワードとは異なるものを設定してください。&lt;/li&gt;&lt;li&gt;推測されやすいパスワードは避け、第三者に貸与・開示しないでください。&lt;/li&gt;&lt;li&gt;ウイルス対策ソフトを導入し、最新の状態に保ってください。&lt;/li&gt;&lt;li&gt;「明細」が発行者の ID やパスワードをおたずねすることはありません。入力は発行者自身のページでのみ行ってください。&lt;/li&gt;&lt;/ul&gt;パスワードが漏えいしたおそれがある場合や、身に覚えのないアクセスがある場合は、&lt;b&gt;すべての連携を停止&lt;/b&gt; を押し、ただちに当社へご連絡ください: %1。カードについては発行者にお問い合わせください。</translation>
    </message>
    <message>
        <source>No alerts. Meisai tells you here when an issuer revokes access, a consent is about to expire or an issuer publishes a security notice.</source>
        <translation>警告はありません。発行者による権限の取消し、同意の期限切れが近いとき、発行者からのセキュリティに関するお知らせがあったときに、ここでお知らせします。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happened:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Whom to contact:&lt;/b&gt; %4&lt;/p&gt;&lt;p style=&apos;color:#53646b&apos;&gt;%5 · %6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;発生した事象:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;対処方法:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;連絡先:&lt;/b&gt; %4&lt;/p&gt;&lt;p style=&apos;color:#53646b&apos;&gt;%5 · %6&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>meisai::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>S&amp;ync every</source>
        <translation>同期の間隔(&amp;Y)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 時間ごと</translation>
    </message>
    <message>
        <source>Sync interval in hours</source>
        <translation>同期の間隔（時間）</translation>
    </message>
    <message>
        <source>About the provider of this app</source>
        <translation>このアプリの提供者について</translation>
    </message>
    <message>
        <source>Meisai is provided by the company below, which is not a card issuer. These details come from the connector profile and cannot be edited.</source>
        <translation>「明細」は、カード発行者ではない下記の会社が提供しています。この情報は API 接続先のプロファイルに基づくもので、変更できません。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>商号</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>お問い合わせ</translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation>不正アクセス・漏えいの連絡先</translation>
    </message>
    <message>
        <source>Compensation policy</source>
        <translation>補償の方針</translation>
    </message>
    <message>
        <source>Compensation desk</source>
        <translation>補償の受付窓口</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>当社の役割</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>meisai::ui::StatementsPage</name>
    <message>
        <source>Statements</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>&amp;Billing month</source>
        <translation>請求月(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>カード(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状態(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Merchant, remarks or approval number</source>
        <translation>利用店名・備考・承認番号</translation>
    </message>
    <message>
        <source>Billing month</source>
        <translation>請求月</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>ご利用明細を検索</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>ご利用明細</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>ご利用明細の詳細</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>取引 ID</translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation>ご利用日</translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation>売上計上日</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>ご利用店名</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ご利用金額</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>支払区分</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>今回お支払金額</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>承認番号</translation>
    </message>
    <message>
        <source>Foreign currency</source>
        <translation>現地通貨額</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>換算レート</translation>
    </message>
    <message>
        <source>Conversion date</source>
        <translation>換算日</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>No transactions yet. Link an issuer under Connections, then sync.</source>
        <translation>まだご利用明細がありません。［連携］で発行者と連携し、同期してください。</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>すべての月</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>すべてのカード</translation>
    </message>
    <message>
        <source>All billing months. Choose a month to see its statement.</source>
        <translation>すべての請求月を表示しています。請求月を選ぶと、その月のご請求内容を表示します。</translation>
    </message>
    <message>
        <source>No statement from the issuer for %1 yet.</source>
        <translation>%1 のご請求情報は、まだ発行者から提供されていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statement %1&lt;/b&gt; &amp;nbsp; Closing date: %2 &amp;nbsp; Due date: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Billed amount: &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; %5</source>
        <translation>&lt;b&gt;%1 のご請求&lt;/b&gt; &amp;nbsp; 締め日: %2 &amp;nbsp; お支払日: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; ご請求額: &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; %5</translation>
    </message>
    <message>
        <source>Not yet confirmed (amounts may change)</source>
        <translation>未確定（金額が変わる場合があります）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown, total %1</source>
        <translation>
            <numerusform>%n 件を表示、合計 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Provided by &lt;b&gt;%1&lt;/b&gt; through its card API (fetched %2). Questions about your card or charges: %3.</source>
        <translation>データ提供: &lt;b&gt;%1&lt;/b&gt;（カード API により %2 に取得）。カード・ご利用代金に関するお問い合わせ: %3</translation>
    </message>
    <message>
        <source>Data is provided by your card issuers through their card APIs.</source>
        <translation>データは各カード発行者がカード API を通じて提供しています。</translation>
    </message>
    <message>
        <source>Shown by &lt;b&gt;%1&lt;/b&gt; in %2. Questions about this app: %3.</source>
        <translation>表示: &lt;b&gt;%1&lt;/b&gt;（%2）。このアプリに関するお問い合わせ: %3</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家族会員</translation>
    </message>
    <message>
        <source>Principal cardholder</source>
        <translation>本会員</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n transaction(s)…</source>
        <translation>
            <numerusform>%n 件のご利用明細を読み込んでいます…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meisai::ui::SyncController</name>
    <message>
        <source>%1: waiting…</source>
        <translation>%1: 待機中…</translation>
    </message>
    <message>
        <source>%1: reading cards…</source>
        <translation>%1: カード情報を取得中…</translation>
    </message>
    <message numerus="yes">
        <source>%1: card %2 of %3, %n transaction(s) received…</source>
        <translation>
            <numerusform>%1: カード %2/%3、%n 件の明細を受信…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading statements…</source>
        <translation>%1: ご請求情報を取得中…</translation>
    </message>
    <message>
        <source>%1: reading credit limits…</source>
        <translation>%1: ご利用可能額を取得中…</translation>
    </message>
    <message>
        <source>%1: reading notices…</source>
        <translation>%1: お知らせを取得中…</translation>
    </message>
    <message>
        <source>%1: waiting (%2)</source>
        <translation>%1: 待機中（%2）</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message numerus="yes">
        <source>%1: synced, %n new transaction(s).</source>
        <translation>
            <numerusform>%1: 同期しました（新しい明細 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is under maintenance; Meisai tries again later.</source>
        <translation>%1 はメンテナンス中です。後ほど自動的に再試行します。</translation>
    </message>
    <message>
        <source>%1 no longer accepts Meisai&apos;s access: reconnect it under Connections.</source>
        <translation>%1 が「明細」のアクセスを受け付けなくなりました。［連携］から再連携してください。</translation>
    </message>
    <message>
        <source>%1: sync stopped.</source>
        <translation>%1: 同期を停止しました。</translation>
    </message>
    <message>
        <source>%1: not synced (not active).</source>
        <translation>%1: 連携が有効でないため同期しませんでした。</translation>
    </message>
    <message>
        <source>%1: sync failed: %2</source>
        <translation>%1: 同期に失敗しました: %2</translation>
    </message>
    <message>
        <source>Syncing is not available in this build.</source>
        <translation>このビルドでは同期を利用できません。</translation>
    </message>
</context>
<context>
    <name>meisai::ui::TransactionModel</name>
    <message>
        <source>One-time</source>
        <translation>1回払い</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>ボーナス一括払い</translation>
    </message>
    <message>
        <source>Bonus combined</source>
        <translation>ボーナス併用払い</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Revolving</source>
        <translation>リボ払い</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payments)</source>
        <translation>
            <numerusform>%1（%n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation>ご利用日</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>ご利用店名</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>支払区分</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ご利用金額</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>お支払金額</translation>
    </message>
    <message>
        <source>Billing month</source>
        <translation>請求月</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>meisai::ui::Unlock</name>
    <message>
        <source>Unlock Meisai</source>
        <translation>「明細」のロック解除</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Create a passphrase for Meisai</source>
        <translation>「明細」のパスフレーズを作成</translation>
    </message>
    <message>
        <source>Choose a long passphrase that you use nowhere else — not the password of any card issuer. Nobody can recover it for you.</source>
        <translation>ほかでは使っていない長いパスフレーズを設定してください。カード発行者のパスワードは使わないでください。忘れた場合、誰も復元できません。</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>もう一度入力(&amp;R)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>At least 12 characters.</source>
        <translation>12 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>2 回の入力が一致しません。</translation>
    </message>
    <message>
        <source>OK.</source>
        <translation>問題ありません。</translation>
    </message>
    <message>
        <source>Meisai</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Enter the passphrase of your Meisai data.</source>
        <translation>「明細」のデータのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Meisai never keeps your data unencrypted. You can protect it with a passphrase instead, which you will enter at every start.</source>
        <translation>「明細」はデータを暗号化せずに保存することはありません。代わりにパスフレーズで保護できます（起動のたびに入力が必要です）。</translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation>パスフレーズを使う</translation>
    </message>
</context>
</TS>
