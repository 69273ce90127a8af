<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>meisai::ui::ActivityPage</name>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call Meisai made to an issuer and every change to a connection, with the interaction ID the issuer can look up. The log is chained so changes to it can be detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer, operation, result or interaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the integrity of the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ The activity log is intact (%n entries checked).</source>
        <translation>
            <numerusform>✔ The activity log is intact (%n entry checked).</numerusform>
            <numerusform>✔ The activity log is intact (%n entries checked).</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The activity log was altered at entry %1. %2 Contact %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::AlertModel</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::Ask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::AuditLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::ConnectionModel</name>
    <message>
        <source>Linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection is an access you granted Meisai at an issuer. You can stop any of them at any time; Meisai then asks the issuer to revoke the access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link an issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the selected connection now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Choose &quot;Link an issuer&quot; to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested, not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b43c00&apos;&gt;The issuer no longer accepts this access. Choose Reconnect to approve it again; your history is kept.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai will delete its access to %1 and ask %1 to revoke it. Syncing stops at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai could not disconnect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai deleted its access to %1 and can no longer use it. %1 could not be reached to confirm the revocation; Meisai keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed that Meisai&apos;s access is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the statements already downloaded from %1 in Meisai, or delete them from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data from %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data from %1 stays in Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::LinkWizard</name>
    <message>
        <source>Reconnect an issuer — Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an issuer — Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your card issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai reads your statements through the issuer&apos;s official API. You sign in and approve on the issuer&apos;s own page; Meisai never sees your issuer password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the above and want to continue to the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer is registered in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox issuer: test data only, for trying Meisai out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you continue: what you allow Meisai to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This screen is shown by &lt;b&gt;%1&lt;/b&gt;, not by %2.&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;Who gets access&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;For which service&lt;/td&gt;&lt;td&gt;%3 (household ledger for your card statements)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;How long&lt;/td&gt;&lt;td&gt;Up to %4 days from your approval, including renewals with a refresh token. After that you are asked again.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;How to stop it&lt;/td&gt;&lt;td&gt;Any time: Connections → Disconnect, or Stop all connections in Meisai, or at %2. Meisai then asks %2 to revoke its access at once.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#53646b&apos;&gt;Please note&lt;/td&gt;&lt;td&gt;Meisai only reads data; it cannot pay, change settings or see your full card number. Enter your issuer ID and password only on %2&apos;s page, never in Meisai.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;What Meisai asks for, and why&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for Meisai to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: you may leave this out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Who does what&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt; (%5) holds your card account, checks that it is you and decides what to share. Questions about your card, charges or payments: %6.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; runs Meisai, a separate service, and only shows and totals the data %2 provides. Meisai is not %2&apos;s app. Questions about Meisai: %3.&lt;/li&gt;&lt;li&gt;If you suffer a loss: %4&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Security reminders&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Use a password for Meisai and your computer that differs from your issuer password, and is not easy to guess. Never lend or tell it to anyone.&lt;/li&gt;&lt;li&gt;Keep antivirus software installed.&lt;/li&gt;&lt;li&gt;If a password may have leaked, contact us at once: %1.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai opened %1&apos;s page in your web browser. Sign in there and approve the access. This window continues by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your browser did not open, copy this link into it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai could not open your web browser. Copy the link below into your browser, sign in there and approve the access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval received. Finishing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined, or %1 refused, the access. Nothing was shared. Start again if this was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking was cancelled. Nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer did not come from the issuer you chose, so Meisai stopped to protect you. Close other sign-in tabs and start again. If it happens again, contact us: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval took too long. Start again and finish it in your browser within 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai could not reach %1 safely. Check your internet connection and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under maintenance. Try again after the maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it keeps failing, contact %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Meisai now syncs your statements from %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 granted less than Meisai asked for. The parts not granted will stay empty; reconnect to grant them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This consent lasts until %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::MainWindow</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a service of %2, not a card issuer&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is run by %1, not by your card issuer. Your issuers provide the data through their APIs; %1 shows it to you. Meisai never asks for your issuer password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is linked to test issuers; no real card data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Meisai&apos;s access at every issuer now and stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai will delete its access tokens, ask every issuer to revoke its access and stop syncing. Your downloaded statements stay in this app. To see new data later, link the issuers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking access at every issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop all connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n connection(s). The issuers confirmed the revocation of %1 token(s).</source>
        <translation>
            <numerusform>Stopped %n connection. The issuers confirmed the revocation of %1 token(s).</numerusform>
            <numerusform>Stopped %n connections. The issuers confirmed the revocation of %1 token(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked yet because an issuer could not be reached; Meisai keeps retrying. Meisai can no longer use them.</source>
        <translation>
            <numerusform>%n token could not be revoked yet because an issuer could not be reached; Meisai keeps retrying. Meisai can no longer use it.</numerusform>
            <numerusform>%n tokens could not be revoked yet because an issuer could not be reached; Meisai keeps retrying. Meisai can no longer use them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meisai::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link an issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer is linked yet. Choose &quot;Link an issuer&quot; to connect your first card account; you approve the access on the issuer&apos;s own page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed amount per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of billed amounts per month and issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted. The key is kept in your system keychain (Secret Service), so Meisai opens without a password while you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with a key derived from your Meisai passphrase (Argon2id). Meisai asks for it at every start; nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your accounts safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Use a password for Meisai and your computer that differs from your card issuers&apos; passwords.&lt;/li&gt;&lt;li&gt;Avoid passwords that are easy to guess; never lend or tell them to anyone.&lt;/li&gt;&lt;li&gt;Keep antivirus software installed and up to date.&lt;/li&gt;&lt;li&gt;Meisai never asks for your issuer ID or password; enter them only on your issuer&apos;s own page.&lt;/li&gt;&lt;/ul&gt;If a password may have leaked or you see access you do not recognise, press &lt;b&gt;Stop all connections&lt;/b&gt; and contact us at once: %1. For your card, contact your issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts. Meisai tells you here when an issuer revokes access, a consent is about to expire or an issuer publishes a security notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happened:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Whom to contact:&lt;/b&gt; %4&lt;/p&gt;&lt;p style=&apos;color:#53646b&apos;&gt;%5 · %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the provider of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai is provided by the company below, which is not a card issuer. These details come from the connector profile and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::StatementsPage</name>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant, remarks or approval number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions yet. Link an issuer under Connections, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All billing months. Choose a month to see its statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement from the issuer for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Statement %1&lt;/b&gt; &amp;nbsp; Closing date: %2 &amp;nbsp; Due date: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Billed amount: &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed (amounts may change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown, total %1</source>
        <translation>
            <numerusform>%n item shown, total %1</numerusform>
            <numerusform>%n items shown, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Provided by &lt;b&gt;%1&lt;/b&gt; through its card API (fetched %2). Questions about your card or charges: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is provided by your card issuers through their card APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by &lt;b&gt;%1&lt;/b&gt; in %2. Questions about this app: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal cardholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading %n transaction(s)…</source>
        <translation>
            <numerusform>Loading %n transaction…</numerusform>
            <numerusform>Loading %n transactions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meisai::ui::SyncController</name>
    <message>
        <source>%1: waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: card %2 of %3, %n transaction(s) received…</source>
        <translation>
            <numerusform>%1: card %2 of %3, %n transaction received…</numerusform>
            <numerusform>%1: card %2 of %3, %n transactions received…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading credit limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: synced, %n new transaction(s).</source>
        <translation>
            <numerusform>%1: synced, %n new transaction.</numerusform>
            <numerusform>%1: synced, %n new transactions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is under maintenance; Meisai tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts Meisai&apos;s access: reconnect it under Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not synced (not active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sync failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::TransactionModel</name>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revolving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payments)</source>
        <translation>
            <numerusform>%1 (%n payment)</numerusform>
            <numerusform>%1 (%n payments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::Unlock</name>
    <message>
        <source>Unlock Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a passphrase for Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a long passphrase that you use nowhere else — not the password of any card issuer. Nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of your Meisai data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai never keeps your data unencrypted. You can protect it with a passphrase instead, which you will enter at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
