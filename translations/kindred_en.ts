<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityPrediction</name>
    <message>
        <source>the %1 window (cut-off %2) has %3 members active in the 90 days before it; prediction needs at least %4</source>
        <translation>the %1 window (cut-off %2) has %3 members active in the 90 days before it; prediction needs at least %4</translation>
    </message>
    <message>
        <source>the %1 window (cut-off %2) has %3 churned of %4 members: the churn model needs both churned and retained members</source>
        <translation>the %1 window (cut-off %2) has %3 churned of %4 members: the churn model needs both churned and retained members</translation>
    </message>
    <message>
        <source>the community has no messages to learn from</source>
        <translation>the community has no messages to learn from</translation>
    </message>
    <message>
        <source>the history spans %1 days (%2 to %3); prediction needs at least %4 (90 days of behaviour and two 30-day windows to learn and to check)</source>
        <translation>the history spans %1 days (%2 to %3); prediction needs at least %4 (90 days of behaviour and two 30-day windows to learn and to check)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluation</translation>
    </message>
</context>
<context>
    <name>AnalyticsSource</name>
    <message>
        <source>%1: the workspace holds no community yet (import an export first)</source>
        <translation>%1: the workspace holds no community yet (import an export first)</translation>
    </message>
    <message>
        <source>%1: cannot read members</source>
        <translation>%1: cannot read members</translation>
    </message>
</context>
<context>
    <name>BatchRemover</name>
    <message>
        <source>cannot remove the import batch: %1</source>
        <translation>cannot remove the import batch: %1</translation>
    </message>
    <message>
        <source>there is no import batch %1</source>
        <translation>there is no import batch %1</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Newcomer</source>
        <translation>Newcomer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Occasional</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silent</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Churned</translation>
    </message>
    <message>
        <source>DAU</source>
        <translation>DAU</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>WAU</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>CommunityStore</name>
    <message>
        <source>cannot read the community: %1</source>
        <translation>cannot read the community: %1</translation>
    </message>
    <message>
        <source>the community name must not be empty</source>
        <translation>the community name must not be empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone (use an IANA id such as Asia/Shanghai)</source>
        <translation>&apos;%1&apos; is not a known time zone (use an IANA id such as Asia/Shanghai)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three capital letters A–Z, such as CNY)</source>
        <translation>&apos;%1&apos; is not a currency code (three capital letters A–Z, such as CNY)</translation>
    </message>
    <message>
        <source>cannot save the community settings: %1</source>
        <translation>cannot save the community settings: %1</translation>
    </message>
</context>
<context>
    <name>ContentInsights</name>
    <message>
        <source>marking a post as essence needs the actor&apos;s name</source>
        <translation>marking a post as essence needs the actor&apos;s name</translation>
    </message>
    <message>
        <source>there is no message %1</source>
        <translation>there is no message %1</translation>
    </message>
    <message>
        <source>message %1 is a service message, not a post</source>
        <translation>message %1 is a service message, not a post</translation>
    </message>
    <message>
        <source>message %1 is not marked as essence</source>
        <translation>message %1 is not marked as essence</translation>
    </message>
    <message>
        <source>Essence of %1</source>
        <translation>Essence of %1</translation>
    </message>
    <message>
        <source>Essence posts: %1.</source>
        <translation>Essence posts: %1.</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Note (%1): %2</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ContributionRules</name>
    <message>
        <source>every weight k1, k2, k3 must be between 0 and %1</source>
        <translation>every weight k1, k2, k3 must be between 0 and %1</translation>
    </message>
    <message>
        <source>at least one of the weights k1, k2, k3 must be above 0</source>
        <translation>at least one of the weights k1, k2, k3 must be above 0</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
        <source>cannot save the contribution rules: %1</source>
        <translation>cannot save the contribution rules: %1</translation>
    </message>
</context>
<context>
    <name>ContributionScore</name>
    <message>
        <source>the period is not valid</source>
        <translation>the period is not valid</translation>
    </message>
    <message>
        <source>cannot read messages: %1</source>
        <translation>cannot read messages: %1</translation>
    </message>
    <message>
        <source>Q = k1 × interactions + k2 × content + k3 × knowledge = %1 × %2 + %3 × %4 + %5 × %6 = %7</source>
        <translation>Q = k1 × interactions + k2 × content + k3 × knowledge = %1 × %2 + %3 × %4 + %5 × %6 = %7</translation>
    </message>
    <message>
        <source>interactions: %1 of %2 (%3 replies + %4 reactions given)</source>
        <translation>interactions: %1 of %2 (%3 replies + %4 reactions given)</translation>
    </message>
    <message>
        <source>content: %1 of %2 messages</source>
        <translation>content: %1 of %2 messages</translation>
    </message>
    <message>
        <source>knowledge: %1 of %2 posts (%3 long, %4 with links, %5 with code, %6 with files)</source>
        <translation>knowledge: %1 of %2 posts (%3 long, %4 with links, %5 with code, %6 with files)</translation>
    </message>
    <message>
        <source>points: %1 in the period (%2 in all) = %3 messages × %4 + %5 repliers × %6 + %7 reactors × %8</source>
        <translation>points: %1 in the period (%2 in all) = %3 messages × %4 + %5 repliers × %6 + %7 reactors × %8</translation>
    </message>
    <message>
        <source>badges: %1</source>
        <translation>badges: %1</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>First reply</translation>
    </message>
    <message>
        <source>100 replies</source>
        <translation>100 replies</translation>
    </message>
    <message>
        <source>First link shared</source>
        <translation>First link shared</translation>
    </message>
    <message>
        <source>First code shared</source>
        <translation>First code shared</translation>
    </message>
    <message>
        <source>30-day streak</source>
        <translation>30-day streak</translation>
    </message>
    <message>
        <source>Helper of the month</source>
        <translation>Helper of the month</translation>
    </message>
    <message>
        <source>%1 %2 (%3 replies to questions), %4</source>
        <translation>%1 %2 (%3 replies to questions), %4</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the text is not valid %1 (within bytes %2–%3)</source>
        <translation>the text is not valid %1 (within bytes %2–%3)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Member id</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>Row id</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Memberships / payments</source>
        <translation>Memberships / payments</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Activities / attendance</source>
        <translation>Activities / attendance</translation>
    </message>
    <message>
        <source>a member column (id, username, display name, email or phone)</source>
        <translation>a member column (id, username, display name, email or phone)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>import canceled; nothing was stored</source>
        <translation>import canceled; nothing was stored</translation>
    </message>
    <message>
        <source>invalid mapping: %1</source>
        <translation>invalid mapping: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>cannot read the file</translation>
    </message>
    <message>
        <source>identical content was already imported (batch %1): nothing to add</source>
        <translation>identical content was already imported (batch %1): nothing to add</translation>
    </message>
    <message>
        <source>%1 of %2 row(s) are invalid; nothing was imported (correct them, or skip invalid rows)</source>
        <translation>%1 of %2 row(s) are invalid; nothing was imported (correct them, or skip invalid rows)</translation>
    </message>
    <message>
        <source>database busy: %1</source>
        <translation>database busy: %1</translation>
    </message>
    <message>
        <source>cannot create the community in the workspace</source>
        <translation>cannot create the community in the workspace</translation>
    </message>
    <message>
        <source>cannot record the import batch</source>
        <translation>cannot record the import batch</translation>
    </message>
    <message>
        <source>%1 (row skipped)</source>
        <translation>%1 (row skipped)</translation>
    </message>
    <message>
        <source>the file holds no data rows</source>
        <translation>the file holds no data rows</translation>
    </message>
    <message>
        <source>&quot;source&quot;: &apos;%1&apos; is not a source name (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64)</source>
        <translation>&quot;source&quot;: &apos;%1&apos; is not a source name (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64)</translation>
    </message>
    <message>
        <source>&quot;member.platform&quot;: &apos;%1&apos; is not a platform name</source>
        <translation>&quot;member.platform&quot;: &apos;%1&apos; is not a platform name</translation>
    </message>
    <message>
        <source>&quot;encoding&quot;: &apos;%1&apos; is not supported (auto, utf-8, gb18030 or utf-16)</source>
        <translation>&quot;encoding&quot;: &apos;%1&apos; is not supported (auto, utf-8, gb18030 or utf-16)</translation>
    </message>
    <message>
        <source>&quot;delimiter&quot;: &apos;%1&apos; is not supported (auto, &quot;,&quot;, &quot;;&quot;, &quot;\t&quot; or &quot;|&quot;)</source>
        <translation>&quot;delimiter&quot;: &apos;%1&apos; is not supported (auto, &quot;,&quot;, &quot;;&quot;, &quot;\t&quot; or &quot;|&quot;)</translation>
    </message>
    <message>
        <source>&quot;header_row&quot;: %1 is not a record number (0 = no header)</source>
        <translation>&quot;header_row&quot;: %1 is not a record number (0 = no header)</translation>
    </message>
    <message>
        <source>&quot;date_format&quot; is empty (use &quot;auto&quot; or a Qt date format)</source>
        <translation>&quot;date_format&quot; is empty (use &quot;auto&quot; or a Qt date format)</translation>
    </message>
    <message>
        <source>&quot;timezone&quot;: &apos;%1&apos; is not a time zone (an IANA id such as Asia/Shanghai)</source>
        <translation>&quot;timezone&quot;: &apos;%1&apos; is not a time zone (an IANA id such as Asia/Shanghai)</translation>
    </message>
    <message>
        <source>&quot;currency&quot;: &apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&quot;currency&quot;: &apos;%1&apos; is not an ISO 4217 currency code</translation>
    </message>
    <message>
        <source>&quot;member.match&quot;: &apos;%1&apos; is not one of %2</source>
        <translation>&quot;member.match&quot;: &apos;%1&apos; is not one of %2</translation>
    </message>
    <message>
        <source>&quot;columns&quot;: a column name is empty</source>
        <translation>&quot;columns&quot;: a column name is empty</translation>
    </message>
    <message>
        <source>&quot;columns&quot;: field &apos;%1&apos; (column &apos;%2&apos;) is not a field of target &apos;%3&apos;</source>
        <translation>&quot;columns&quot;: field &apos;%1&apos; (column &apos;%2&apos;) is not a field of target &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&quot;columns&quot;: field &apos;%1&apos; or column &apos;%2&apos; is assigned twice</source>
        <translation>&quot;columns&quot;: field &apos;%1&apos; or column &apos;%2&apos; is assigned twice</translation>
    </message>
    <message>
        <source>the mapping has version %1, newer than this Kindred (%2)</source>
        <translation>the mapping has version %1, newer than this Kindred (%2)</translation>
    </message>
    <message>
        <source>&quot;target&quot;: &apos;%1&apos; is not one of members, messages, memberships, feedback, activities</source>
        <translation>&quot;target&quot;: &apos;%1&apos; is not one of members, messages, memberships, feedback, activities</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an object of column -&gt; field</source>
        <translation>&quot;columns&quot; must be an object of column -&gt; field</translation>
    </message>
    <message>
        <source>&quot;columns&quot;: &apos;%1&apos; (column &apos;%2&apos;) is not a field</source>
        <translation>&quot;columns&quot;: &apos;%1&apos; (column &apos;%2&apos;) is not a field</translation>
    </message>
    <message>
        <source>%1: no such preset (presets: %2)</source>
        <translation>%1: no such preset (presets: %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the mapping: %2</source>
        <translation>%1: cannot read the mapping: %2</translation>
    </message>
    <message>
        <source>%1: not a mapping JSON object (%2)</source>
        <translation>%1: not a mapping JSON object (%2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>%1: cannot write the mapping: %2</source>
        <translation>%1: cannot write the mapping: %2</translation>
    </message>
    <message>
        <source>cannot remember the mapping: %1</source>
        <translation>cannot remember the mapping: %1</translation>
    </message>
    <message>
        <source>cannot prepare the member statements: %1</source>
        <translation>cannot prepare the member statements: %1</translation>
    </message>
    <message>
        <source>database error while storing a member: %1</source>
        <translation>database error while storing a member: %1</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; names several members; it was not used to find the member</source>
        <translation>line %1: &apos;%2&apos; names several members; it was not used to find the member</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency</source>
        <translation>&apos;%1&apos; is not an ISO 4217 currency</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in %2 but the currency column says %3</source>
        <translation>&apos;%1&apos; is in %2 but the currency column says %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no currency and the default currency &apos;%2&apos; is not an ISO 4217 code</source>
        <translation>&apos;%1&apos; has no currency and the default currency &apos;%2&apos; is not an ISO 4217 code</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 has (%3)</source>
        <translation>&apos;%1&apos; has more decimals than %2 has (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; is too large</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>read error: %1</translation>
    </message>
    <message>
        <source>the quoted field that starts here is not closed before the end of the file</source>
        <translation>the quoted field that starts here is not closed before the end of the file</translation>
    </message>
    <message>
        <source>unexpected character after the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>unexpected character after the closing quote of a field (a quote inside a quoted field must be doubled)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 here (choose its encoding, e.g. GB18030)</source>
        <translation>the text is not valid UTF-8 here (choose its encoding, e.g. GB18030)</translation>
    </message>
    <message>
        <source>the record that starts here is larger than %1 MiB</source>
        <translation>the record that starts here is larger than %1 MiB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a supported delimiter</source>
        <translation>&apos;%1&apos; is not a supported delimiter</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>this build of Kindred cannot decode %1 text</source>
        <translation>this build of Kindred cannot decode %1 text</translation>
    </message>
    <message>
        <source>the file has no header row %1 (it has %2 record(s))</source>
        <translation>the file has no header row %1 (it has %2 record(s))</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>column &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>the mapping&apos;s column(s) %1 are not in the file (its columns: %2)</source>
        <translation>the mapping&apos;s column(s) %1 are not in the file (its columns: %2)</translation>
    </message>
    <message>
        <source>%1 needs a column for: %2</source>
        <translation>%1 needs a column for: %2</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is before the start &apos;%2&apos;</source>
        <translation>&apos;%1&apos; is before the start &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the row has neither a score nor a text</source>
        <translation>the row has neither a score nor a text</translation>
    </message>
    <message>
        <source>the row names no member: its member columns (id, username, name, email, phone) are empty</source>
        <translation>the row names no member: its member columns (id, username, name, email, phone) are empty</translation>
    </message>
    <message>
        <source>cannot prepare the import statements: %1</source>
        <translation>cannot prepare the import statements: %1</translation>
    </message>
    <message>
        <source>database error while storing a row: %1</source>
        <translation>database error while storing a row: %1</translation>
    </message>
    <message>
        <source>%1 (BOM)</source>
        <translation>%1 (BOM)</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030 (save it as UTF-8 and import it again)</source>
        <translation>the text is neither UTF-8 nor GB18030 (save it as UTF-8 and import it again)</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>the text is not valid %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected ISO 8601, yyyy-MM-dd HH:mm, yyyy/M/d H:mm or unix seconds)</source>
        <translation>&apos;%1&apos; is not a date (expected ISO 8601, yyyy-MM-dd HH:mm, yyyy/M/d H:mm or unix seconds)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format &apos;%2&apos;</source>
        <translation>&apos;%1&apos; does not match the date format &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a membership status (trial, active, expired, refunded, cancelled; 试用, 有效, 过期, 退款, 取消)</source>
        <translation>&apos;%1&apos; is not a membership status (trial, active, expired, refunded, cancelled; 试用, 有效, 过期, 退款, 取消)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an attendance (registered, attended, absent; 报名, 签到, 缺席)</source>
        <translation>&apos;%1&apos; is not an attendance (registered, attended, absent; 报名, 签到, 缺席)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>&apos;%1&apos; is not an email address</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>&apos;%1&apos; is not a phone number</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open workspace: %2</source>
        <translation>%1: cannot open workspace: %2</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no native handle</source>
        <translation>%1: the SQLite driver gave no native handle</translation>
    </message>
    <message>
        <source>%1: not a Kindred workspace (%2)</source>
        <translation>%1: not a Kindred workspace (%2)</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>cannot create the community in the workspace</source>
        <translation>cannot create the community in the workspace</translation>
    </message>
    <message>
        <source>cannot set up the community</source>
        <translation>cannot set up the community</translation>
    </message>
    <message>
        <source>demo: the workspace is not open</source>
        <translation>demo: the workspace is not open</translation>
    </message>
    <message>
        <source>demo: invalid options (members 20..100000, days 14..3650, a valid end date and a community name)</source>
        <translation>demo: invalid options (members 20..100000, days 14..3650, a valid end date and a community name)</translation>
    </message>
    <message>
        <source>demo: unknown time zone &apos;%1&apos;</source>
        <translation>demo: unknown time zone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <source>cannot record the import batch</source>
        <translation>cannot record the import batch</translation>
    </message>
    <message>
        <source>cannot write the demo memberships: %1</source>
        <translation>cannot write the demo memberships: %1</translation>
    </message>
</context>
<context>
    <name>DiscordImporter</name>
    <message>
        <source>malformed JSON (a missing or misplaced comma, colon, bracket or brace, or the file ends too early)</source>
        <translation>malformed JSON (a missing or misplaced comma, colon, bracket or brace, or the file ends too early)</translation>
    </message>
    <message>
        <source>the JSON ends before all arrays and objects are closed (truncated file?)</source>
        <translation>the JSON ends before all arrays and objects are closed (truncated file?)</translation>
    </message>
    <message>
        <source>a string is not closed (truncated file?)</source>
        <translation>a string is not closed (truncated file?)</translation>
    </message>
    <message>
        <source>invalid UTF-8 text (the export must be UTF-8 encoded)</source>
        <translation>invalid UTF-8 text (the export must be UTF-8 encoded)</translation>
    </message>
    <message>
        <source>invalid escape sequence or control character in a string</source>
        <translation>invalid escape sequence or control character in a string</translation>
    </message>
    <message>
        <source>invalid or out-of-range number</source>
        <translation>invalid or out-of-range number</translation>
    </message>
    <message>
        <source>invalid literal (expected a string, number, object, array, true, false or null)</source>
        <translation>invalid literal (expected a string, number, object, array, true, false or null)</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>a value has the wrong type</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>the JSON is nested too deeply</translation>
    </message>
    <message>
        <source>the file contains no JSON value</source>
        <translation>the file contains no JSON value</translation>
    </message>
    <message>
        <source>the file is too large (more than 4 GiB)</source>
        <translation>the file is too large (more than 4 GiB)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>an invalid value</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>the file is empty (expected a DiscordChatExporter JSON export)</source>
        <translation>the file is empty (expected a DiscordChatExporter JSON export)</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most 4 GiB)</source>
        <translation>the file is too large (%1 bytes; at most 4 GiB)</translation>
    </message>
    <message>
        <source>not enough memory to load the file (%1 MB)</source>
        <translation>not enough memory to load the file (%1 MB)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>the import was canceled</translation>
    </message>
    <message>
        <source>expected a JSON object ({ ... }) as DiscordChatExporter writes, but the file holds an array</source>
        <translation>expected a JSON object ({ ... }) as DiscordChatExporter writes, but the file holds an array</translation>
    </message>
    <message>
        <source>this is not JSON: a DiscordChatExporter export starts with &apos;{&apos;</source>
        <translation>this is not JSON: a DiscordChatExporter export starts with &apos;{&apos;</translation>
    </message>
    <message>
        <source>the top-level object</source>
        <translation>the top-level object</translation>
    </message>
    <message>
        <source>unexpected content after the end of the top-level JSON object</source>
        <translation>unexpected content after the end of the top-level JSON object</translation>
    </message>
    <message>
        <source> at the end of the file (truncated file?)</source>
        <translation> at the end of the file (truncated file?)</translation>
    </message>
    <message>
        <source> (while reading %1)</source>
        <translation> (while reading %1)</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation> (in %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, but is %3</source>
        <translation>&quot;%1&quot; must be %2, but is %3</translation>
    </message>
    <message>
        <source>the import stopped while storing %1 of %2</source>
        <translation>the import stopped while storing %1 of %2</translation>
    </message>
    <message>
        <source>a string of digits (a snowflake id)</source>
        <translation>a string of digits (a snowflake id)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 date and time such as 2023-01-06T16:11:26.414+00:00, but is &quot;%2&quot;%3</source>
        <translation>&quot;%1&quot; must be an ISO 8601 date and time such as 2023-01-06T16:11:26.414+00:00, but is &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>an array of message objects</source>
        <translation>an array of message objects</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>a message</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>message #%1</translation>
    </message>
    <message>
        <source>message #%1 (id %2)</source>
        <translation>message #%1 (id %2)</translation>
    </message>
    <message>
        <source>no &quot;channel&quot; object or no &quot;messages&quot; array: this JSON is not a DiscordChatExporter export</source>
        <translation>no &quot;channel&quot; object or no &quot;messages&quot; array: this JSON is not a DiscordChatExporter export</translation>
    </message>
    <message>
        <source>the guild object</source>
        <translation>the guild object</translation>
    </message>
    <message>
        <source>the channel object</source>
        <translation>the channel object</translation>
    </message>
    <message>
        <source>the &quot;channel&quot; object has no &quot;id&quot;</source>
        <translation>the &quot;channel&quot; object has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>the channel</translation>
    </message>
    <message>
        <source>the messages array</source>
        <translation>the messages array</translation>
    </message>
    <message>
        <source>a message has no &quot;id&quot; (in %1)</source>
        <translation>a message has no &quot;id&quot; (in %1)</translation>
    </message>
    <message>
        <source>a message has no &quot;timestamp&quot; (in %1)</source>
        <translation>a message has no &quot;timestamp&quot; (in %1)</translation>
    </message>
    <message>
        <source>%1: message type &quot;%2&quot; is not known; such messages are kept as service lines</source>
        <translation>%1: message type &quot;%2&quot; is not known; such messages are kept as service lines</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>an event</translation>
    </message>
    <message>
        <source>the file is empty: it holds no DiscordChatExporter CSV header</source>
        <translation>the file is empty: it holds no DiscordChatExporter CSV header</translation>
    </message>
    <message>
        <source>not a DiscordChatExporter CSV export: the first line must be the header &quot;AuthorID,Author,Date,Content,Attachments,Reactions&quot;</source>
        <translation>not a DiscordChatExporter CSV export: the first line must be the header &quot;AuthorID,Author,Date,Content,Attachments,Reactions&quot;</translation>
    </message>
    <message>
        <source>the import was stopped when starting the channel</source>
        <translation>the import was stopped when starting the channel</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>import canceled</translation>
    </message>
    <message>
        <source>%1 more record(s) had a Reactions field that was not understood</source>
        <translation>%1 more record(s) had a Reactions field that was not understood</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>read error: %1</translation>
    </message>
    <message>
        <source>the quoted field that starts here is not closed before the end of the file</source>
        <translation>the quoted field that starts here is not closed before the end of the file</translation>
    </message>
    <message>
        <source>unexpected character after the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>unexpected character after the closing quote of a field (a quote inside a quoted field must be doubled)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; DiscordChatExporter writes UTF-8</source>
        <translation>the text is not valid UTF-8; DiscordChatExporter writes UTF-8</translation>
    </message>
    <message>
        <source>the record that starts here is larger than %1 MiB</source>
        <translation>the record that starts here is larger than %1 MiB</translation>
    </message>
    <message>
        <source>record %1 has %2 field(s); a DiscordChatExporter CSV record has 6</source>
        <translation>record %1 has %2 field(s); a DiscordChatExporter CSV record has 6</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot;: expected ISO 8601 such as 2023-01-05T10:12:13.456+01:00 or DiscordChatExporter&apos;s dd-MMM-yy hh:mm tt such as 05-Jan-23 10:12 AM</source>
        <translation>invalid date &quot;%1&quot;: expected ISO 8601 such as 2023-01-05T10:12:13.456+01:00 or DiscordChatExporter&apos;s dd-MMM-yy hh:mm tt such as 05-Jan-23 10:12 AM</translation>
    </message>
    <message>
        <source>%1: the dates have no time zone (old DiscordChatExporter date format); they were read as UTC</source>
        <translation>%1: the dates have no time zone (old DiscordChatExporter date format); they were read as UTC</translation>
    </message>
    <message>
        <source>line %1: the Reactions field &quot;%2&quot; is not in the form &quot;emoji (count),...&quot;; its reactions were skipped</source>
        <translation>line %1: the Reactions field &quot;%2&quot; is not in the form &quot;emoji (count),...&quot;; its reactions were skipped</translation>
    </message>
    <message>
        <source>the import was stopped while storing record %1</source>
        <translation>the import was stopped while storing record %1</translation>
    </message>
    <message>
        <source>the import was stopped while storing the event of record %1</source>
        <translation>the import was stopped while storing the event of record %1</translation>
    </message>
</context>
<context>
    <name>EngagementCharts</name>
    <message>
        <source>Stickiness %</source>
        <translation>Stickiness %</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>EngagementReport</name>
    <message>
        <source>%1: cannot read the engagement figures (%2)</source>
        <translation>%1: cannot read the engagement figures (%2)</translation>
    </message>
    <message>
        <source>The period %1 is empty.</source>
        <translation>The period %1 is empty.</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; is not an ISO 4217 currency code</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate (write CUR=rate with a rate above 0, e.g. USD=7.2)</source>
        <translation>&apos;%1&apos; is not a rate (write CUR=rate with a rate above 0, e.g. USD=7.2)</translation>
    </message>
</context>
<context>
    <name>FlagEngine</name>
    <message>
        <source>the import is stored, but the flag rules did not run: %1</source>
        <translation>the import is stored, but the flag rules did not run: %1</translation>
    </message>
    <message>
        <source>flag rules failed: %1</source>
        <translation>flag rules failed: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>reported by %1 at %2: %3</source>
        <translation>reported by %1 at %2: %3</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>blocked words: %1</source>
        <translation>blocked words: %1</translation>
    </message>
    <message>
        <source>%1 distinct @mentions in one message (rule: %2 or more)</source>
        <translation>%1 distinct @mentions in one message (rule: %2 or more)</translation>
    </message>
    <message>
        <source>%1 messages in %2 s (rule: more than %3 in %4 s)</source>
        <translation>%1 messages in %2 s (rule: more than %3 in %4 s)</translation>
    </message>
    <message>
        <source>the same text (%1 characters) in %2 channels within %3 h (rule: %4 or more channels within %5 h): &quot;%6&quot;</source>
        <translation>the same text (%1 characters) in %2 channels within %3 h (rule: %4 or more channels within %5 h): &quot;%6&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n invite link(s)</source>
        <translation>
            <numerusform>%n invite link</numerusform>
            <numerusform>%n invite links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) in the member&apos;s message %3, %4 days after joining (rule: within %5 days or the first %6 messages)</source>
        <translation>%1 (%2) in the member&apos;s message %3, %4 days after joining (rule: within %5 days or the first %6 messages)</translation>
    </message>
</context>
<context>
    <name>FlagRules</name>
    <message>
        <source>Flooding</source>
        <translation>Flooding</translation>
    </message>
    <message>
        <source>Link spam from newcomers</source>
        <translation>Link spam from newcomers</translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation>Blocked words</translation>
    </message>
    <message>
        <source>Repeated text across channels</source>
        <translation>Repeated text across channels</translation>
    </message>
    <message>
        <source>Mass mentions</source>
        <translation>Mass mentions</translation>
    </message>
    <message>
        <source>Member reports</source>
        <translation>Member reports</translation>
    </message>
    <message>
        <source>more than %1 messages by one member within %2 s</source>
        <translation>more than %1 messages by one member within %2 s</translation>
    </message>
    <message>
        <source>a link outside the allowed domains posted within the first %1 days or the first %2 messages of a member</source>
        <translation>a link outside the allowed domains posted within the first %1 days or the first %2 messages of a member</translation>
    </message>
    <message>
        <source>%1 English words (whole word), %2 Chinese words (anywhere in the text)</source>
        <translation>%1 English words (whole word), %2 Chinese words (anywhere in the text)</translation>
    </message>
    <message>
        <source>the same text of at least %1 characters in %2 or more channels within %3 h</source>
        <translation>the same text of at least %1 characters in %2 or more channels within %3 h</translation>
    </message>
    <message>
        <source>%1 or more distinct @mentions in one message</source>
        <translation>%1 or more distinct @mentions in one message</translation>
    </message>
    <message>
        <source>each imported member report</source>
        <translation>each imported member report</translation>
    </message>
    <message>
        <source>the severity of rule %1 must be 1, 2 or 3</source>
        <translation>the severity of rule %1 must be 1, 2 or 3</translation>
    </message>
    <message>
        <source>every flag threshold must be between 1 and %1</source>
        <translation>every flag threshold must be between 1 and %1</translation>
    </message>
    <message>
        <source>repeated text needs at least 2 channels (one channel is not repetition across channels)</source>
        <translation>repeated text needs at least 2 channels (one channel is not repetition across channels)</translation>
    </message>
    <message>
        <source>word and domain lists cannot hold empty or multi-line entries</source>
        <translation>word and domain lists cannot hold empty or multi-line entries</translation>
    </message>
    <message>
        <source>cannot save the flag rules: %1</source>
        <translation>cannot save the flag rules: %1</translation>
    </message>
</context>
<context>
    <name>GuidanceList</name>
    <message>
        <source>Joined on %1 (%2 days ago) and has not posted a message yet.</source>
        <translation>Joined on %1 (%2 days ago) and has not posted a message yet.</translation>
    </message>
    <message>
        <source>Active on %1 of the last %3 days, down from %2 of the %3 days before.</source>
        <translation>Active on %1 of the last %3 days, down from %2 of the %3 days before.</translation>
    </message>
    <message>
        <source>Silent for %1 days (last active %2); active on %3 of the %4 days before that (active member threshold: %5).</source>
        <translation>Silent for %1 days (last active %2); active on %3 of the %4 days before that (active member threshold: %5).</translation>
    </message>
    <message>
        <source>Newcomer who has not posted yet</source>
        <translation>Newcomer who has not posted yet</translation>
    </message>
    <message>
        <source>Activity dropped</source>
        <translation>Activity dropped</translation>
    </message>
    <message>
        <source>Went silent</source>
        <translation>Went silent</translation>
    </message>
</context>
<context>
    <name>ImportBatches</name>
    <message>
        <source>cannot read the import batches: %1</source>
        <translation>cannot read the import batches: %1</translation>
    </message>
    <message>
        <source>there is no import batch %1</source>
        <translation>there is no import batch %1</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>%1 (byte %2): %3</source>
        <translation>%1 (byte %2): %3</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>unknown format &apos;%1&apos; (supported: %2)</source>
        <translation>unknown format &apos;%1&apos; (supported: %2)</translation>
    </message>
    <message>
        <source>database busy: %1</source>
        <translation>database busy: %1</translation>
    </message>
    <message>
        <source>identical content was already imported (batch %1): nothing to add</source>
        <translation>identical content was already imported (batch %1): nothing to add</translation>
    </message>
    <message>
        <source>cannot create the community in the workspace</source>
        <translation>cannot create the community in the workspace</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>cannot read the file</translation>
    </message>
    <message>
        <source>cannot record the import batch</source>
        <translation>cannot record the import batch</translation>
    </message>
    <message>
        <source>import canceled; nothing was stored</source>
        <translation>import canceled; nothing was stored</translation>
    </message>
    <message>
        <source>import failed</source>
        <translation>import failed</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>cannot prepare import statements: %1</source>
        <translation>cannot prepare import statements: %1</translation>
    </message>
    <message>
        <source>database error while storing %1: %2</source>
        <translation>database error while storing %1: %2</translation>
    </message>
    <message>
        <source>a channel</source>
        <translation>a channel</translation>
    </message>
    <message>
        <source>importer error: message before any channel</source>
        <translation>importer error: message before any channel</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>a member</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>a message</translation>
    </message>
    <message>
        <source>a reaction</source>
        <translation>a reaction</translation>
    </message>
    <message>
        <source>a reactor</source>
        <translation>a reactor</translation>
    </message>
    <message>
        <source>importer error: event before any channel</source>
        <translation>importer error: event before any channel</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>an event</translation>
    </message>
    <message>
        <source>(further warnings omitted)</source>
        <translation>(further warnings omitted)</translation>
    </message>
</context>
<context>
    <name>ImporterRegistry</name>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>unrecognised export format (supported: %1)</source>
        <translation>unrecognised export format (supported: %1)</translation>
    </message>
</context>
<context>
    <name>InteractionGraph</name>
    <message>
        <source>Cannot read the interactions of the period: %1</source>
        <translation>Cannot read the interactions of the period: %1</translation>
    </message>
</context>
<context>
    <name>KMeans</name>
    <message>
        <source>cannot make %1 clusters of %2 rows</source>
        <translation>cannot make %1 clusters of %2 rows</translation>
    </message>
    <message>
        <source>the data hold a non-finite value</source>
        <translation>the data hold a non-finite value</translation>
    </message>
    <message>
        <source>the initial centroids are not %1 × %2</source>
        <translation>the initial centroids are not %1 × %2</translation>
    </message>
    <message>
        <source>fewer than %1 distinct rows: cannot make %1 clusters</source>
        <translation>fewer than %1 distinct rows: cannot make %1 clusters</translation>
    </message>
    <message>
        <source>invalid range of k: %1..%2 (needs 2 &lt;= kMin &lt;= kMax)</source>
        <translation>invalid range of k: %1..%2 (needs 2 &lt;= kMin &lt;= kMax)</translation>
    </message>
    <message>
        <source>%1 rows are too few for %2 clusters</source>
        <translation>%1 rows are too few for %2 clusters</translation>
    </message>
</context>
<context>
    <name>LevelMovementChart</name>
    <message>
        <source>Moved up</source>
        <translation>Moved up</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>Moved down</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Members present</translation>
    </message>
</context>
<context>
    <name>LevelRules</name>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2</source>
        <translation>%1 must be between 0 and %2</translation>
    </message>
    <message>
        <source>the activity weight thresholds must rise with the level (participating &lt;= contributing &lt;= leading)</source>
        <translation>the activity weight thresholds must rise with the level (participating &lt;= contributing &lt;= leading)</translation>
    </message>
    <message>
        <source>cannot save the level rules: %1</source>
        <translation>cannot save the level rules: %1</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>activity weight %1 in 30 days (≥ %2) = %3 messages × %4 + %5 replies × %6 + %7 reactions × %8</source>
        <translation>activity weight %1 in 30 days (≥ %2) = %3 messages × %4 + %5 replies × %6 + %7 reactions × %8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, kept from the month-end review of %2 until the next one (%3); today earns %4: %5</source>
        <translation>%1, kept from the month-end review of %2 until the next one (%3); today earns %4: %5</translation>
    </message>
    <message>
        <source>%1 since %2 (%3), held until the month-end review; today earns %4: %5</source>
        <translation>%1 since %2 (%3), held until the month-end review; today earns %4: %5</translation>
    </message>
    <message>
        <source>active %1 of the last 90 days (≥ %2) and %3 contributions in 90 days, in the top %4% (≥ %5)</source>
        <translation>active %1 of the last 90 days (≥ %2) and %3 contributions in 90 days, in the top %4% (≥ %5)</translation>
    </message>
    <message>
        <source>active %1 of the last 30 days (≥ %2) and %3 contributions in 30 days (≥ %4)</source>
        <translation>active %1 of the last 30 days (≥ %2) and %3 contributions in 30 days (≥ %4)</translation>
    </message>
    <message>
        <source>active on ≥ %1 days in each of the last %2 weeks (fewest: %3)</source>
        <translation>active on ≥ %1 days in each of the last %2 weeks (fewest: %3)</translation>
    </message>
    <message>
        <source>active %1 of the last 30 days (≥ %2)</source>
        <translation>active %1 of the last 30 days (≥ %2)</translation>
    </message>
    <message>
        <source>no milestone met: active %1 of the last 30 days, %2 contributions, activity weight %3</source>
        <translation>no milestone met: active %1 of the last 30 days, %2 contributions, activity weight %3</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>Exploring</translation>
    </message>
    <message>
        <source>Participating</source>
        <translation>Participating</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Contributing</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Leading</translation>
    </message>
</context>
<context>
    <name>MemberFeatures</name>
    <message>
        <source>the period is not valid</source>
        <translation>the period is not valid</translation>
    </message>
    <message>
        <source>cannot register the link/code function: %1</source>
        <translation>cannot register the link/code function: %1</translation>
    </message>
    <message>
        <source>cannot read messages: %1</source>
        <translation>cannot read messages: %1</translation>
    </message>
    <message>
        <source>messages per week</source>
        <translation>messages per week</translation>
    </message>
    <message>
        <source>share of messages that are replies</source>
        <translation>share of messages that are replies</translation>
    </message>
    <message>
        <source>reactions received per message</source>
        <translation>reactions received per message</translation>
    </message>
    <message>
        <source>share of messages with links or code</source>
        <translation>share of messages with links or code</translation>
    </message>
    <message>
        <source>share of messages sent at night (00:00–05:59)</source>
        <translation>share of messages sent at night (00:00–05:59)</translation>
    </message>
    <message>
        <source>tenure in days</source>
        <translation>tenure in days</translation>
    </message>
    <message>
        <source>%1/week</source>
        <translation>%1/week</translation>
    </message>
    <message>
        <source>%1/message</source>
        <translation>%1/message</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>MemberMerger</name>
    <message>
        <source>the workspace is busy: %1</source>
        <translation>the workspace is busy: %1</translation>
    </message>
    <message>
        <source>there is no member %1</source>
        <translation>there is no member %1</translation>
    </message>
    <message>
        <source>members %1 and %2 are already the same person</source>
        <translation>members %1 and %2 are already the same person</translation>
    </message>
    <message>
        <source>there is no merge %1</source>
        <translation>there is no merge %1</translation>
    </message>
    <message>
        <source>merge %1 was already undone</source>
        <translation>merge %1 was already undone</translation>
    </message>
</context>
<context>
    <name>MemberProfile</name>
    <message>
        <source>there is no member %1 in this workspace</source>
        <translation>there is no member %1 in this workspace</translation>
    </message>
    <message>
        <source>member %1 is a bot or the account that made the export, not a community member</source>
        <translation>member %1 is a bot or the account that made the export, not a community member</translation>
    </message>
    <message>
        <source>member %1 was never seen (no message, reaction or join)</source>
        <translation>member %1 was never seen (no message, reaction or join)</translation>
    </message>
    <message>
        <source>cannot read member %1: %2</source>
        <translation>cannot read member %1: %2</translation>
    </message>
    <message>
        <source>No segment: first seen on %1, after the period&apos;s end (%2).</source>
        <translation>No segment: first seen on %1, after the period&apos;s end (%2).</translation>
    </message>
    <message>
        <source>No level: first seen on %1, after the period&apos;s end (%2).</source>
        <translation>No level: first seen on %1, after the period&apos;s end (%2).</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters</source>
        <translation>the tag &quot;%1&quot; is longer than %2 characters</translation>
    </message>
    <message>
        <source>the notes are longer than %1 characters (%2)</source>
        <translation>the notes are longer than %1 characters (%2)</translation>
    </message>
    <message>
        <source>cannot save member %1: %2</source>
        <translation>cannot save member %1: %2</translation>
    </message>
    <message>
        <source>cannot save member %1: there is no such member in this workspace</source>
        <translation>cannot save member %1: there is no such member in this workspace</translation>
    </message>
</context>
<context>
    <name>MemberTimelineChart</name>
    <message>
        <source>Messages per week</source>
        <translation>Messages per week</translation>
    </message>
</context>
<context>
    <name>MessageSearch</name>
    <message>
        <source>cannot search the messages: %1</source>
        <translation>cannot search the messages: %1</translation>
    </message>
    <message>
        <source>cannot read the message: %1</source>
        <translation>cannot read the message: %1</translation>
    </message>
    <message>
        <source>there is no message %1</source>
        <translation>there is no message %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>cannot read the schema version: %1</translation>
    </message>
    <message>
        <source>the workspace has schema version %1, newer than this Kindred (%2): update Kindred to open it</source>
        <translation>the workspace has schema version %1, newer than this Kindred (%2): update Kindred to open it</translation>
    </message>
    <message>
        <source>migration %1: %2</source>
        <translation>migration %1: %2</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>migration %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ModerationLabels</name>
    <message>
        <source>More than N messages within M seconds</source>
        <translation>More than N messages within M seconds</translation>
    </message>
    <message>
        <source>Links or invites posted by a newcomer</source>
        <translation>Links or invites posted by a newcomer</translation>
    </message>
    <message>
        <source>A word of the blocked lists (whole word in English, substring in Chinese)</source>
        <translation>A word of the blocked lists (whole word in English, substring in Chinese)</translation>
    </message>
    <message>
        <source>The same text posted in several channels</source>
        <translation>The same text posted in several channels</translation>
    </message>
    <message>
        <source>Many members mentioned in one message</source>
        <translation>Many members mentioned in one message</translation>
    </message>
    <message>
        <source>Reported by another member (imported reports)</source>
        <translation>Reported by another member (imported reports)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>actioned</source>
        <translation>actioned</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banned</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>ModerationStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>there is no flag %1 in this workspace</source>
        <translation>there is no flag %1 in this workspace</translation>
    </message>
    <message>
        <source>there is no member %1 in this workspace</source>
        <translation>there is no member %1 in this workspace</translation>
    </message>
    <message>
        <source>a reason is required for every decision</source>
        <translation>a reason is required for every decision</translation>
    </message>
    <message>
        <source>the moderator (actor) name is required</source>
        <translation>the moderator (actor) name is required</translation>
    </message>
    <message>
        <source>select at least one member or flag</source>
        <translation>select at least one member or flag</translation>
    </message>
    <message>
        <source>the workspace is busy: %1</source>
        <translation>the workspace is busy: %1</translation>
    </message>
    <message>
        <source>the decision could not be written to the workspace</source>
        <translation>the decision could not be written to the workspace</translation>
    </message>
    <message>
        <source>cannot read the members of the workspace</source>
        <translation>cannot read the members of the workspace</translation>
    </message>
    <message>
        <source>flag %1 is not open (it is %2)</source>
        <translation>flag %1 is not open (it is %2)</translation>
    </message>
    <message>
        <source>member %1 (%2) has no open flag to dismiss</source>
        <translation>member %1 (%2) has no open flag to dismiss</translation>
    </message>
    <message>
        <source>member %1 (%2) is neither muted nor banned</source>
        <translation>member %1 (%2) is neither muted nor banned</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warn</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Ban</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Unban</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PaidCharts</name>
    <message>
        <source>(no plan)</source>
        <translation>(no plan)</translation>
    </message>
    <message>
        <source>Revenue, %1 (converted)</source>
        <translation>Revenue, %1 (converted)</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>Revenue, %1</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>Renewal rate</translation>
    </message>
    <message>
        <source>Renewed, %</source>
        <translation>Renewed, %</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>PaidMetrics</name>
    <message>
        <source>%1: cannot read memberships</source>
        <translation>%1: cannot read memberships</translation>
    </message>
    <message>
        <source>%1: cannot read members</source>
        <translation>%1: cannot read members</translation>
    </message>
    <message>
        <source>%1: cannot link renewals</source>
        <translation>%1: cannot link renewals</translation>
    </message>
</context>
<context>
    <name>PaidSettings</name>
    <message>
        <source>the renewal grace and the trial window must be between 0 and %1 days</source>
        <translation>the renewal grace and the trial window must be between 0 and %1 days</translation>
    </message>
    <message>
        <source>cannot save the paid settings</source>
        <translation>cannot save the paid settings</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Daily, weekly and monthly active members, %1</source>
        <translation>Daily, weekly and monthly active members, %1</translation>
    </message>
    <message>
        <source>DAU, mean</source>
        <translation>DAU, mean</translation>
    </message>
    <message>
        <source>WAU, last day</source>
        <translation>WAU, last day</translation>
    </message>
    <message>
        <source>MAU, last day</source>
        <translation>MAU, last day</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>Member segments</source>
        <translation>Member segments</translation>
    </message>
    <message>
        <source>Every member is in exactly one segment on %1</source>
        <translation>Every member is in exactly one segment on %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Community report</source>
        <translation>Community report</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Kindred · generated %1</source>
        <translation>Kindred · generated %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 · timezone %2</source>
        <translation>%1 · timezone %2</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Headline figures</translation>
    </message>
    <message>
        <source>Change compared with the previous period (%1)</source>
        <translation>Change compared with the previous period (%1)</translation>
    </message>
    <message>
        <source>Members at end</source>
        <translation>Members at end</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>DAU (mean)</source>
        <translation>DAU (mean)</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>vs previous</translation>
    </message>
    <message>
        <source>In this report</source>
        <translation>In this report</translation>
    </message>
    <message>
        <source>Key figures and change vs the previous period</source>
        <translation>Key figures and change vs the previous period</translation>
    </message>
    <message>
        <source>Engagement (DAU / WAU / MAU) and member segments</source>
        <translation>Engagement (DAU / WAU / MAU) and member segments</translation>
    </message>
    <message>
        <source>Top content and top members</source>
        <translation>Top content and top members</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Workspace overview (all time)</source>
        <translation>Workspace overview (all time)</translation>
    </message>
    <message>
        <source>Members: %1 · Messages: %2 · Channels: %3</source>
        <translation>Members: %1 · Messages: %2 · Channels: %3</translation>
    </message>
    <message>
        <source>Generated %1 (%2) by Kindred</source>
        <translation>Generated %1 (%2) by Kindred</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Compared with the previous period of the same length (%1)</source>
        <translation>Compared with the previous period of the same length (%1)</translation>
    </message>
    <message>
        <source>Persons seen by the end of the period (bots excluded)</source>
        <translation>Persons seen by the end of the period (bots excluded)</translation>
    </message>
    <message>
        <source>Joined during the period</source>
        <translation>Joined during the period</translation>
    </message>
    <message>
        <source>Posts and replies by members</source>
        <translation>Posts and replies by members</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Messages + reactions</source>
        <translation>Messages + reactions</translation>
    </message>
    <message>
        <source>Mean number of members active per day</source>
        <translation>Mean number of members active per day</translation>
    </message>
    <message>
        <source>Members active in the 30 days to the period&apos;s end</source>
        <translation>Members active in the 30 days to the period&apos;s end</translation>
    </message>
    <message>
        <source>DAU (mean) / MAU</source>
        <translation>DAU (mean) / MAU</translation>
    </message>
    <message>
        <source>Activity rate</source>
        <translation>Activity rate</translation>
    </message>
    <message>
        <source>Interactions per member at the end</source>
        <translation>Interactions per member at the end</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>Growth rate</translation>
    </message>
    <message>
        <source>New members / members at the start</source>
        <translation>New members / members at the start</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>How to read this page</source>
        <translation>How to read this page</translation>
    </message>
    <message>
        <source>Change is the relative difference to the previous period of the same length; &quot;—&quot; means the previous value was 0, so no percentage can be given.</source>
        <translation>Change is the relative difference to the previous period of the same length; &quot;—&quot; means the previous value was 0, so no percentage can be given.</translation>
    </message>
    <message>
        <source>A member is active on a day when they posted, replied or reacted that day in the community&apos;s timezone (%1). MAU counts distinct members, it is never a sum of DAU.</source>
        <translation>A member is active on a day when they posted, replied or reacted that day in the community&apos;s timezone (%1). MAU counts distinct members, it is never a sum of DAU.</translation>
    </message>
    <message>
        <source>Interactions in the period: %1 messages (of which %2 replies) and %3 reactions.</source>
        <translation>Interactions in the period: %1 messages (of which %2 replies) and %3 reactions.</translation>
    </message>
    <message>
        <source>Top content</source>
        <translation>Top content</translation>
    </message>
    <message>
        <source>Posts of the period by score = reactions + 2 × replies + 3 × forwards</source>
        <translation>Posts of the period by score = reactions + 2 × replies + 3 × forwards</translation>
    </message>
    <message>
        <source>No posts in this period.</source>
        <translation>No posts in this period.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Author · channel, date</source>
        <translation>Author · channel, date</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>Top members</translation>
    </message>
    <message>
        <source>Members by messages sent in the period</source>
        <translation>Members by messages sent in the period</translation>
    </message>
    <message>
        <source>No member posted in this period.</source>
        <translation>No member posted in this period.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation>Replies received</translation>
    </message>
    <message>
        <source>Reactions received</source>
        <translation>Reactions received</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>Newcomer: joined within the last %1 days. Active: active on %2 or more of the last %3 days. Occasional: active on fewer of those days, but at least one. Silent: no activity in the last %3 days. Churned: left, or no activity for %4 days.</source>
        <translation>Newcomer: joined within the last %1 days. Active: active on %2 or more of the last %3 days. Occasional: active on fewer of those days, but at least one. Silent: no activity in the last %3 days. Churned: left, or no activity for %4 days.</translation>
    </message>
    <message>
        <source>Flow between segments</source>
        <translation>Flow between segments</translation>
    </message>
    <message>
        <source>Segment at the end of the previous month → segment at the end of the month</source>
        <translation>Segment at the end of the previous month → segment at the end of the month</translation>
    </message>
    <message>
        <source>The community had no member in this period.</source>
        <translation>The community had no member in this period.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: from %2 to %3</translation>
    </message>
    <message>
        <source>From \ to</source>
        <translation>From \ to</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>At the end</translation>
    </message>
    <message>
        <source>A row is where the members of one segment at the end of %1 were at the end of %2 (percent of the row); the diagonal (bold) stayed in their segment. New: members first seen in %3.</source>
        <translation>A row is where the members of one segment at the end of %1 were at the end of %2 (percent of the row); the diagonal (bold) stayed in their segment. New: members first seen in %3.</translation>
    </message>
    <message>
        <source>The month had not ended by the end of the period.</source>
        <translation>The month had not ended by the end of the period.</translation>
    </message>
    <message>
        <source>Stayed in their segment: %1; moved to another one: %2; entered Churned: %3.</source>
        <translation>Stayed in their segment: %1; moved to another one: %2; entered Churned: %3.</translation>
    </message>
    <message>
        <source>At start / at end: members at the end of the month before / of the month. Stayed: in the same segment at both ends; moved: in another one (stayed + moved = at start; + new = at end). To churned: members who entered Churned from another segment or as new members. Segments under the workspace&apos;s rules (newcomer: joined within %1 days; churned: left, or no activity for %2 days). * the month had not ended by the end of the period.</source>
        <translation>At start / at end: members at the end of the month before / of the month. Stayed: in the same segment at both ends; moved: in another one (stayed + moved = at start; + new = at end). To churned: members who entered Churned from another segment or as new members. Segments under the workspace&apos;s rules (newcomer: joined within %1 days; churned: left, or no activity for %2 days). * the month had not ended by the end of the period.</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>At start</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Stayed</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>To churned</source>
        <translation>To churned</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>At end</translation>
    </message>
    <message>
        <source>Retention by join month</source>
        <translation>Retention by join month</translation>
    </message>
    <message>
        <source>Flow between segments month to month</source>
        <translation>Flow between segments month to month</translation>
    </message>
    <message>
        <source>Members who joined %1, by join month: share active in each month after joining</source>
        <translation>Members who joined %1, by join month: share active in each month after joining</translation>
    </message>
    <message>
        <source>No member joined in this period, so there is no cohort to follow.</source>
        <translation>No member joined in this period, so there is no cohort to follow.</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>M%1</source>
        <comment>month k</comment>
        <translation>M%1</translation>
    </message>
    <message>
        <source>* the month had not ended by %1 · blank: after the end of the period</source>
        <translation>* the month had not ended by %1 · blank: after the end of the period</translation>
    </message>
    <message>
        <source>A cohort is the members who joined in one month of the period (first join event, else first sighting). A cell is the share of the cohort active (posted, replied or reacted) in month k after the join month; month 0 is the join month. Activity after %1 is not counted. Months are calendar months in %2.</source>
        <translation>A cohort is the members who joined in one month of the period (first join event, else first sighting). A cell is the share of the cohort active (posted, replied or reacted) in month k after the join month; month 0 is the join month. Activity after %1 is not counted. Months are calendar months in %2.</translation>
    </message>
    <message>
        <source>The first %1 months after joining are shown.</source>
        <translation>The first %1 months after joining are shown.</translation>
    </message>
    <message>
        <source>Choose a report period of several months to follow cohorts over time.</source>
        <translation>Choose a report period of several months to follow cohorts over time.</translation>
    </message>
    <message>
        <source>Every member active in the month counts, whenever they joined. From the month before the period; whole calendar months; activity after %1 is not counted (* the next month had not ended by then).</source>
        <translation>Every member active in the month counts, whenever they joined. From the month before the period; whole calendar months; activity after %1 is not counted (* the next month had not ended by then).</translation>
    </message>
    <message>
        <source>Month-to-month retention</source>
        <translation>Month-to-month retention</translation>
    </message>
    <message>
        <source>Active in both a month and the next / active in the month</source>
        <translation>Active in both a month and the next / active in the month</translation>
    </message>
    <message>
        <source>No member was active in a month followed by another one up to %1.</source>
        <translation>No member was active in a month followed by another one up to %1.</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active in both</source>
        <translation>Active in both</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Flags raised by the rules for behaviour in %1, and the moderators&apos; decisions</source>
        <translation>Flags raised by the rules for behaviour in %1, and the moderators&apos; decisions</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>%1 dismissed · %2 actioned</source>
        <translation>%1 dismissed · %2 actioned</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>%1 of the flags</source>
        <translation>%1 of the flags</translation>
    </message>
    <message>
        <source>Median time to handle</source>
        <translation>Median time to handle</translation>
    </message>
    <message>
        <source>over %1 handled flags</source>
        <translation>over %1 handled flags</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message numerus="yes">
        <source>by %n moderator(s)</source>
        <translation>
            <numerusform>by %n moderator</numerusform>
            <numerusform>by %n moderators</numerusform>
        </translation>
    </message>
    <message>
        <source>No flag was raised and no decision taken in this period.</source>
        <translation>No flag was raised and no decision taken in this period.</translation>
    </message>
    <message>
        <source>Flags per rule</source>
        <translation>Flags per rule</translation>
    </message>
    <message>
        <source>No flags in this period.</source>
        <translation>No flags in this period.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Actioned</translation>
    </message>
    <message>
        <source>Dismissed share</source>
        <translation>Dismissed share</translation>
    </message>
    <message>
        <source>Flags per channel</source>
        <translation>Flags per channel</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Decisions taken</translation>
    </message>
    <message>
        <source>No decision was recorded in this period.</source>
        <translation>No decision was recorded in this period.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Repeat offenders</source>
        <translation>Repeat offenders</translation>
    </message>
    <message>
        <source>No member had two or more actioned flags or sanctions in this period.</source>
        <translation>No member had two or more actioned flags or sanctions in this period.</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status now</translation>
    </message>
    <message>
        <source>Actioned flags</source>
        <translation>Actioned flags</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>A flag belongs to the period when the behaviour it flags happened; a decision when it was taken. Time to handle = handled − raised, over the period&apos;s flags that were dismissed or actioned (median; for an even count, the mean of the two middle values). Dismissed share = dismissed / (dismissed + actioned): how often moderators judged a rule&apos;s flags false positives. Repeat offenders: at least 2 actioned flags or at least 2 warn/mute/ban decisions (sanctions) in the period.</source>
        <translation>A flag belongs to the period when the behaviour it flags happened; a decision when it was taken. Time to handle = handled − raised, over the period&apos;s flags that were dismissed or actioned (median; for an even count, the mean of the two middle values). Dismissed share = dismissed / (dismissed + actioned): how often moderators judged a rule&apos;s flags false positives. Repeat offenders: at least 2 actioned flags or at least 2 warn/mute/ban decisions (sanctions) in the period.</translation>
    </message>
    <message>
        <source>%1 · member names pseudonymised</source>
        <translation>%1 · member names pseudonymised</translation>
    </message>
    <message>
        <source>Member names are pseudonymised: the same member has the same code in every report of this workspace.</source>
        <translation>Member names are pseudonymised: the same member has the same code in every report of this workspace.</translation>
    </message>
    <message>
        <source>Moderation: flags, decisions and time to handle</source>
        <translation>Moderation: flags, decisions and time to handle</translation>
    </message>
    <message>
        <source>Paid side: conversion, renewals, revenue, renewal risk</source>
        <translation>Paid side: conversion, renewals, revenue, renewal risk</translation>
    </message>
    <message>
        <source>Paid side</source>
        <translation>Paid side</translation>
    </message>
    <message>
        <source>Paying members, conversion, renewals and revenue, %1</source>
        <translation>Paying members, conversion, renewals and revenue, %1</translation>
    </message>
    <message>
        <source>Paying members</source>
        <translation>Paying members</translation>
    </message>
    <message>
        <source>Paid conversion</source>
        <translation>Paid conversion</translation>
    </message>
    <message>
        <source>Trial to paid</source>
        <translation>Trial to paid</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>Renewal rate</translation>
    </message>
    <message>
        <source>Paid conversion (付费转化率) = paying members / members at the end = %1 / %2. Trial to paid = %3 of %4 trials started in the period converted within %5 days of the trial&apos;s end (%6 still open). Renewal rate (续费率) = %7 of %8 paid memberships expiring in the period renewed within the %9-day grace period.</source>
        <translation>Paid conversion (付费转化率) = paying members / members at the end = %1 / %2. Trial to paid = %3 of %4 trials started in the period converted within %5 days of the trial&apos;s end (%6 still open). Renewal rate (续费率) = %7 of %8 paid memberships expiring in the period renewed within the %9-day grace period.</translation>
    </message>
    <message>
        <source>Revenue per currency (amounts are never added across currencies)</source>
        <translation>Revenue per currency (amounts are never added across currencies)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Paying</translation>
    </message>
    <message>
        <source>ARPPU</source>
        <translation>ARPPU</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Revenue: paid memberships started in the period (start = payment), refunds left out (%1 refunded). ARPPU = revenue / members who paid in that currency in the period.</source>
        <translation>Revenue: paid memberships started in the period (start = payment), refunds left out (%1 refunded). ARPPU = revenue / members who paid in that currency in the period.</translation>
    </message>
    <message>
        <source>Revenue per month by plan, %1 (%2)</source>
        <translation>Revenue per month by plan, %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Renewal rate per expiry month (grace period %n day(s))</source>
        <translation>
            <numerusform>Renewal rate per expiry month (grace period %n day)</numerusform>
            <numerusform>Renewal rate per expiry month (grace period %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Pending: not renewed yet, but the grace period has not ended; they may still renew. Refunded memberships are not counted.</source>
        <translation>Pending: not renewed yet, but the grace period has not ended; they may still renew. Refunded memberships are not counted.</translation>
    </message>
    <message>
        <source>Renewal risk</source>
        <translation>Renewal risk</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) expiring %1 – %2 and not renewed yet; the riskiest first</source>
        <translation>
            <numerusform>%n membership expiring %1 – %2 and not renewed yet; the riskiest first</numerusform>
            <numerusform>%n memberships expiring %1 – %2 and not renewed yet; the riskiest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Model on %1 past expiries it never saw (%2 not renewed): AUC %3 (baseline %4, days since last active), accuracy %5 (baseline %6). Trained on %7 earlier expiries.</source>
        <translation>Model on %1 past expiries it never saw (%2 not renewed): AUC %3 (baseline %4, days since last active), accuracy %5 (baseline %6). Trained on %7 earlier expiries.</translation>
    </message>
    <message>
        <source>The model is not usable (%1): ranked by days since last active.</source>
        <translation>The model is not usable (%1): ranked by days since last active.</translation>
    </message>
    <message>
        <source>No paid membership expires in these days.</source>
        <translation>No paid membership expires in these days.</translation>
    </message>
    <message>
        <source>Member · plan, paid</source>
        <translation>Member · plan, paid</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>%1 more in the Memberships page, which exports the full list to CSV.</source>
        <translation>%1 more in the Memberships page, which exports the full list to CSV.</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>Influencers</translation>
    </message>
    <message>
        <source>Opinion leaders and bridges of the reply and mention graph, %1</source>
        <translation>Opinion leaders and bridges of the reply and mention graph, %1</translation>
    </message>
    <message>
        <source>No member replied to or mentioned another member in this period.</source>
        <translation>No member replied to or mentioned another member in this period.</translation>
    </message>
    <message>
        <source>%1 members linked by %2 directed edges (density %3): A → B when A replied to a message of B in the same channel or @mentioned B (%4 messages address someone). PageRank: damping 0.85, edges weighted by messages (%5 iterations). Betweenness: Brandes&apos; algorithm over directed shortest paths, normalised by (n−1)(n−2). In / out: members who addressed the member / whom the member addressed.</source>
        <translation>%1 members linked by %2 directed edges (density %3): A → B when A replied to a message of B in the same channel or @mentioned B (%4 messages address someone). PageRank: damping 0.85, edges weighted by messages (%5 iterations). Betweenness: Brandes&apos; algorithm over directed shortest paths, normalised by (n−1)(n−2). In / out: members who addressed the member / whom the member addressed.</translation>
    </message>
    <message>
        <source>KOL #%1</source>
        <translation>KOL #%1</translation>
    </message>
    <message>
        <source>bridge #%1</source>
        <translation>bridge #%1</translation>
    </message>
    <message>
        <source>Top members by PageRank</source>
        <translation>Top members by PageRank</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Bridges between personas</source>
        <translation>Bridges between personas</translation>
    </message>
    <message>
        <source>No member links two or more personas in this period.</source>
        <translation>No member links two or more personas in this period.</translation>
    </message>
    <message>
        <source>No personas for this period (%1), so no bridges.</source>
        <translation>No personas for this period (%1), so no bridges.</translation>
    </message>
    <message>
        <source>Members with betweenness &gt; 0 whose partners belong to at least two personas, highest betweenness first: introducing topics through them reaches several groups.</source>
        <translation>Members with betweenness &gt; 0 whose partners belong to at least two personas, highest betweenness first: introducing topics through them reaches several groups.</translation>
    </message>
    <message>
        <source>Personas linked</source>
        <translation>Personas linked</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Topics: rising keywords and keyphrases</source>
        <translation>Topics: rising keywords and keyphrases</translation>
    </message>
    <message>
        <source>Influencers: opinion leaders (KOLs) and bridges</source>
        <translation>Influencers: opinion leaders (KOLs) and bridges</translation>
    </message>
    <message>
        <source>Top threads</source>
        <translation>Top threads</translation>
    </message>
    <message>
        <source>A first post and its replies; score = the sum of its posts&apos; scores</source>
        <translation>A first post and its replies; score = the sum of its posts&apos; scores</translation>
    </message>
    <message>
        <source>Started by · channel, date</source>
        <translation>Started by · channel, date</translation>
    </message>
    <message>
        <source>First post</source>
        <translation>First post</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Top shared links</source>
        <translation>Top shared links</translation>
    </message>
    <message>
        <source>Posts of the period sharing each link</source>
        <translation>Posts of the period sharing each link</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Sharers</source>
        <translation>Sharers</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Rising keywords and keyphrases of %1 against the previous %2 days</source>
        <translation>Rising keywords and keyphrases of %1 against the previous %2 days</translation>
    </message>
    <message>
        <source>No message text in this period.</source>
        <translation>No message text in this period.</translation>
    </message>
    <message>
        <source>%1 messages with words in the period (%2 in the previous period). Words are segmented with ICU (Chinese and English), without stop words, URLs, mentions and code. Rank = rising score = count × idf × ln((count + 1) / (expected + 1)), idf = ln((N + 1) / (df + 1)) + 1, expected = the previous count scaled to this period&apos;s number of words.</source>
        <translation>%1 messages with words in the period (%2 in the previous period). Words are segmented with ICU (Chinese and English), without stop words, URLs, mentions and code. Rank = rising score = count × idf × ln((count + 1) / (expected + 1)), idf = ln((N + 1) / (df + 1)) + 1, expected = the previous count scaled to this period&apos;s number of words.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Rising score</source>
        <translation>Rising score</translation>
    </message>
    <message>
        <source>Rising keywords</source>
        <translation>Rising keywords</translation>
    </message>
    <message>
        <source>Rising keyphrases</source>
        <translation>Rising keyphrases</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>Heavy posters</source>
        <translation>Heavy posters</translation>
    </message>
    <message>
        <source>many messages</source>
        <translation>many messages</translation>
    </message>
    <message>
        <source>Quiet lurkers</source>
        <translation>Quiet lurkers</translation>
    </message>
    <message>
        <source>few messages</source>
        <translation>few messages</translation>
    </message>
    <message>
        <source>Conversationalists (replies)</source>
        <translation>Conversationalists (replies)</translation>
    </message>
    <message>
        <source>many replies</source>
        <translation>many replies</translation>
    </message>
    <message>
        <source>Well received (reactions)</source>
        <translation>Well received (reactions)</translation>
    </message>
    <message>
        <source>many reactions</source>
        <translation>many reactions</translation>
    </message>
    <message>
        <source>Link and code sharers</source>
        <translation>Link and code sharers</translation>
    </message>
    <message>
        <source>links and code</source>
        <translation>links and code</translation>
    </message>
    <message>
        <source>Night owls</source>
        <translation>Night owls</translation>
    </message>
    <message>
        <source>night owls</source>
        <translation>night owls</translation>
    </message>
    <message>
        <source>Veterans (long tenure)</source>
        <translation>Veterans (long tenure)</translation>
    </message>
    <message>
        <source>long tenure</source>
        <translation>long tenure</translation>
    </message>
    <message>
        <source>Newcomers (short tenure)</source>
        <translation>Newcomers (short tenure)</translation>
    </message>
    <message>
        <source>short tenure</source>
        <translation>short tenure</translation>
    </message>
    <message>
        <source>%1 %2 SD above the mean</source>
        <translation>%1 %2 SD above the mean</translation>
    </message>
    <message>
        <source>%1 %2 SD below the mean</source>
        <translation>%1 %2 SD below the mean</translation>
    </message>
    <message>
        <source> on a log scale</source>
        <translation> on a log scale</translation>
    </message>
    <message>
        <source> (%1 vs %2 overall)</source>
        <translation> (%1 vs %2 overall)</translation>
    </message>
    <message>
        <source>Typical members</source>
        <translation>Typical members</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no feature is %2 SD or more from the mean; the largest difference: %3.</source>
        <translation>%1: no feature is %2 SD or more from the mean; the largest difference: %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>k = %1: not possible</source>
        <translation>k = %1: not possible</translation>
    </message>
    <message>
        <source>k = %1: %2</source>
        <translation>k = %1: %2</translation>
    </message>
    <message>
        <source>%1 clusters: the highest mean silhouette (%2) of k = %3..%4 (%5). The silhouette (−1..1) compares each member&apos;s distance to their own cluster with the nearest other one; higher = better separated.</source>
        <translation>%1 clusters: the highest mean silhouette (%2) of k = %3..%4 (%5). The silhouette (−1..1) compares each member&apos;s distance to their own cluster with the nearest other one; higher = better separated.</translation>
    </message>
    <message>
        <source>invalid range of k: %1..%2</source>
        <translation>invalid range of k: %1..%2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in the period: too few for personas</source>
        <translation>
            <numerusform>%n member in the period: too few for personas</numerusform>
            <numerusform>%n members in the period: too few for personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictionFeatures</name>
    <message>
        <source>cannot read messages: %1</source>
        <translation>cannot read messages: %1</translation>
    </message>
    <message>
        <source>active days, last 7</source>
        <translation>active days, last 7</translation>
    </message>
    <message>
        <source>active days, last 30</source>
        <translation>active days, last 30</translation>
    </message>
    <message>
        <source>active days, last 90</source>
        <translation>active days, last 90</translation>
    </message>
    <message>
        <source>messages, last 30 days (log)</source>
        <translation>messages, last 30 days (log)</translation>
    </message>
    <message>
        <source>days since last active</source>
        <translation>days since last active</translation>
    </message>
    <message>
        <source>tenure in days (capped at 90)</source>
        <translation>tenure in days (capped at 90)</translation>
    </message>
    <message>
        <source>share of posts replied to</source>
        <translation>share of posts replied to</translation>
    </message>
    <message>
        <source>trend: active days vs the previous 30</source>
        <translation>trend: active days vs the previous 30</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>(a member)</source>
        <translation>(a member)</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>the workspace&apos;s pseudonym salt is unreadable</source>
        <translation>the workspace&apos;s pseudonym salt is unreadable</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>Cannot read the engagement data: %1</source>
        <translation>Cannot read the engagement data: %1</translation>
    </message>
</context>
<context>
    <name>Regression</name>
    <message>
        <source>target %1 is not a finite number</source>
        <translation>target %1 is not a finite number</translation>
    </message>
    <message>
        <source>the ridge penalty must be &gt;= 0</source>
        <translation>the ridge penalty must be &gt;= 0</translation>
    </message>
    <message>
        <source>%1 observations cannot determine %2 parameters</source>
        <translation>%1 observations cannot determine %2 parameters</translation>
    </message>
    <message>
        <source>the ridge normal equations are singular</source>
        <translation>the ridge normal equations are singular</translation>
    </message>
    <message>
        <source>the L2 penalty must be &gt;= 0</source>
        <translation>the L2 penalty must be &gt;= 0</translation>
    </message>
    <message>
        <source>label %1 is %2, not 0 or 1</source>
        <translation>label %1 is %2, not 0 or 1</translation>
    </message>
    <message>
        <source>the Newton system is singular (collinear features?)</source>
        <translation>the Newton system is singular (collinear features?)</translation>
    </message>
    <message>
        <source>no observations to fit</source>
        <translation>no observations to fit</translation>
    </message>
    <message>
        <source>%1 rows of features but %2 targets</source>
        <translation>%1 rows of features but %2 targets</translation>
    </message>
    <message>
        <source>row %1 has %2 features, the first row %3</source>
        <translation>row %1 has %2 features, the first row %3</translation>
    </message>
    <message>
        <source>row %1, feature %2 is not a finite number</source>
        <translation>row %1, feature %2 is not a finite number</translation>
    </message>
</context>
<context>
    <name>RenewalRisk</name>
    <message>
        <source>renewal risk needs a valid as-of day and a horizon of 1 to 366 days</source>
        <translation>renewal risk needs a valid as-of day and a horizon of 1 to 366 days</translation>
    </message>
    <message>
        <source>too few past expiries before %1 to learn from: %2 (at least %3 needed)</source>
        <translation>too few past expiries before %1 to learn from: %2 (at least %3 needed)</translation>
    </message>
    <message>
        <source>the past expiries before %1 are almost all of one kind (%2 renewed, %3 not renewed; at least 3 of each needed)</source>
        <translation>the past expiries before %1 are almost all of one kind (%2 renewed, %3 not renewed; at least 3 of each needed)</translation>
    </message>
    <message>
        <source>the model could not be fitted: %1</source>
        <translation>the model could not be fitted: %1</translation>
    </message>
    <message>
        <source>active on %1 of the last 30 days (%2 in the 30 before: trend %3), last active %4 days ago, level %5, segment %6; %7 %8%</source>
        <translation>active on %1 of the last 30 days (%2 in the 30 before: trend %3), last active %4 days ago, level %5, segment %6; %7 %8%</translation>
    </message>
    <message>
        <source>model risk</source>
        <translation>model risk</translation>
    </message>
    <message>
        <source>baseline risk (days since active / 365)</source>
        <translation>baseline risk (days since active / 365)</translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>&apos;%1&apos; names %2 members; use a platform id</source>
        <translation>&apos;%1&apos; names %2 members; use a platform id</translation>
    </message>
    <message>
        <source>no member &apos;%1&apos;</source>
        <translation>no member &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>cannot read the file</translation>
    </message>
    <message>
        <source>database busy: %1</source>
        <translation>database busy: %1</translation>
    </message>
    <message>
        <source>cannot create the community</source>
        <translation>cannot create the community</translation>
    </message>
    <message>
        <source>identical content was already imported (batch %1): nothing to add</source>
        <translation>identical content was already imported (batch %1): nothing to add</translation>
    </message>
    <message>
        <source>line %1: malformed CSV</source>
        <translation>line %1: malformed CSV</translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos;</source>
        <translation>the header has no column &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reporter: %1</source>
        <translation>reporter: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or time</source>
        <translation>&apos;%1&apos; is not a date or time</translation>
    </message>
    <message>
        <source>no message &apos;%1&apos;: the report is kept without it</source>
        <translation>no message &apos;%1&apos;: the report is kept without it</translation>
    </message>
    <message>
        <source>message &apos;%1&apos; is in several channels (add a channel column): the report is kept without it</source>
        <translation>message &apos;%1&apos; is in several channels (add a channel column): the report is kept without it</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>%1 invalid rows; nothing was imported</source>
        <translation>%1 invalid rows; nothing was imported</translation>
    </message>
    <message>
        <source>cannot record the import batch</source>
        <translation>cannot record the import batch</translation>
    </message>
    <message>
        <source>line %1: cannot store the report</source>
        <translation>line %1: cannot store the report</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potential loyalists</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Can&apos;t lose them</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>RFM needs a valid as-of day and a frequency window of 1 to 3650 days</source>
        <translation>RFM needs a valid as-of day and a frequency window of 1 to 3650 days</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>active days</source>
        <translation>active days</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>never active</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since last active</source>
        <translation>
            <numerusform>%n day since last active</numerusform>
            <numerusform>%n days since last active</numerusform>
        </translation>
    </message>
    <message>
        <source>R %1 (%2), F %3 (%4 %5 in %6 days), M %7 (%8 %9 minor units) of %10 paying members, quintiles by rank: %11</source>
        <translation>R %1 (%2), F %3 (%4 %5 in %6 days), M %7 (%8 %9 minor units) of %10 paying members, quintiles by rank: %11</translation>
    </message>
</context>
<context>
    <name>SegmentFlowChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at the end of %2: %3 of %4 members&lt;br&gt;%5&lt;br&gt;&lt;i&gt;Click to show this month&apos;s flow.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; at the end of %2: %3 of %4 members&lt;br&gt;%5&lt;br&gt;&lt;i&gt;Click to show this month&apos;s flow.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>SegmentRules</name>
    <message>
        <source>every segment threshold must be between 1 and %1 days</source>
        <translation>every segment threshold must be between 1 and %1 days</translation>
    </message>
    <message>
        <source>the active threshold (%1 days) cannot exceed the activity window (%2 days)</source>
        <translation>the active threshold (%1 days) cannot exceed the activity window (%2 days)</translation>
    </message>
    <message>
        <source>the newcomer period (%1 days) must be shorter than the churn period (%2 days)</source>
        <translation>the newcomer period (%1 days) must be shorter than the churn period (%2 days)</translation>
    </message>
    <message>
        <source>cannot save the segment rules: %1</source>
        <translation>cannot save the segment rules: %1</translation>
    </message>
</context>
<context>
    <name>Segmentation</name>
    <message>
        <source>left %1 days before the end</source>
        <translation>left %1 days before the end</translation>
    </message>
    <message>
        <source>no activity for %1+ days</source>
        <translation>no activity for %1+ days</translation>
    </message>
    <message>
        <source>joined %1 days before the end (&lt; %2)</source>
        <translation>joined %1 days before the end (&lt; %2)</translation>
    </message>
    <message>
        <source>active on %1 of the last %2 days</source>
        <translation>active on %1 of the last %2 days</translation>
    </message>
    <message>
        <source>no activity in the last %1 days</source>
        <translation>no activity in the last %1 days</translation>
    </message>
</context>
<context>
    <name>SlackImporter</name>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <source>cannot read the zip archive (zip error %1): the archive is damaged</source>
        <translation>cannot read the zip archive (zip error %1): the archive is damaged</translation>
    </message>
    <message>
        <source>the file&apos;s checksum (CRC) does not match its content: the zip archive is damaged</source>
        <translation>the file&apos;s checksum (CRC) does not match its content: the zip archive is damaged</translation>
    </message>
    <message>
        <source>cannot read this file of the zip archive (zip error %1): the archive is damaged or the file encrypted</source>
        <translation>cannot read this file of the zip archive (zip error %1): the archive is damaged or the file encrypted</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>not a zip archive: a Slack workspace export is the .zip file that Slack produces (it starts with the bytes &quot;PK&quot;)</source>
        <translation>not a zip archive: a Slack workspace export is the .zip file that Slack produces (it starts with the bytes &quot;PK&quot;)</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated (zip error %1): its table of contents is missing</source>
        <translation>the zip archive is damaged or truncated (zip error %1): its table of contents is missing</translation>
    </message>
    <message>
        <source>the zip archive holds no channels.json: it is not a Slack workspace export</source>
        <translation>the zip archive holds no channels.json: it is not a Slack workspace export</translation>
    </message>
    <message>
        <source>the file is too large (more than %1 bytes): not a Slack export file</source>
        <translation>the file is too large (more than %1 bytes): not a Slack export file</translation>
    </message>
    <message>
        <source>the file is empty (expected a JSON array)</source>
        <translation>the file is empty (expected a JSON array)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON array ([ ... ]) as Slack writes it, but the file holds %1</source>
        <translation>expected a JSON array ([ ... ]) as Slack writes it, but the file holds %1</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>the import was canceled</translation>
    </message>
    <message>
        <source>the export has no users.json: people are named from their messages</source>
        <translation>the export has no users.json: people are named from their messages</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; is not listed in channels.json, groups.json, mpims.json or dms.json; its day files were imported into a channel named &quot;%1&quot;</source>
        <translation>the folder &quot;%1&quot; is not listed in channels.json, groups.json, mpims.json or dms.json; its day files were imported into a channel named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the import was stopped when starting the channel</source>
        <translation>the import was stopped when starting the channel</translation>
    </message>
    <message>
        <source>%1: message subtype &quot;%2&quot; is not known; such messages are kept as service lines</source>
        <translation>%1: message subtype &quot;%2&quot; is not known; such messages are kept as service lines</translation>
    </message>
    <message>
        <source>the import was stopped while storing message #%1</source>
        <translation>the import was stopped while storing message #%1</translation>
    </message>
    <message>
        <source>the import was stopped while storing the event of message #%1</source>
        <translation>the import was stopped while storing the event of message #%1</translation>
    </message>
    <message numerus="yes">
        <source>users.json does not list %n user id(s) used in the messages (%1); they are named from the messages&apos; user_profile or username, else by their id</source>
        <translation>
            <numerusform>users.json does not list %n user id used in the messages (%1); the user is named from the messages&apos; user_profile or username, else by the id</numerusform>
            <numerusform>users.json does not list %n user ids used in the messages (%1); they are named from the messages&apos; user_profile or username, else by their id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) without a valid &quot;ts&quot; timestamp were skipped (the first is %1)</source>
        <translation>
            <numerusform>%n message without a valid &quot;ts&quot; timestamp was skipped (%1)</numerusform>
            <numerusform>%n messages without a valid &quot;ts&quot; timestamp were skipped (the first is %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of day files are not message objects and were skipped (the first is %1)</source>
        <translation>
            <numerusform>%n entry of day files is not a message object and was skipped (%1)</numerusform>
            <numerusform>%n entries of day files are not message objects and were skipped (the first is %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n .json file(s) in conversation folders are not day files named YYYY-MM-DD.json and were skipped</source>
        <translation>
            <numerusform>%n .json file in conversation folders is not a day file named YYYY-MM-DD.json and was skipped</numerusform>
            <numerusform>%n .json files in conversation folders are not day files named YYYY-MM-DD.json and were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of users.json or the channel lists have no &quot;id&quot; (or repeat one) and were skipped</source>
        <translation>
            <numerusform>%n entry of users.json or the channel lists has no &quot;id&quot; (or repeats one) and was skipped</numerusform>
            <numerusform>%n entries of users.json or the channel lists have no &quot;id&quot; (or repeat one) and were skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncManager</name>
    <message>
        <source>the source was removed</source>
        <translation>the source was removed</translation>
    </message>
    <message>
        <source>no token or password is stored for this source: edit it and enter it again</source>
        <translation>no token or password is stored for this source: edit it and enter it again</translation>
    </message>
</context>
<context>
    <name>SyncManifest</name>
    <message>
        <source>the manifest is not valid JSON (%1 at byte %2)</source>
        <translation>the manifest is not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>the manifest has no &quot;files&quot; array</source>
        <translation>the manifest has no &quot;files&quot; array</translation>
    </message>
    <message>
        <source>manifest entry %1 has no usable http(s) &quot;url&quot;</source>
        <translation>manifest entry %1 has no usable http(s) &quot;url&quot;</translation>
    </message>
    <message>
        <source>manifest entry %1: &quot;sha256&quot; is not 64 hex digits</source>
        <translation>manifest entry %1: &quot;sha256&quot; is not 64 hex digits</translation>
    </message>
</context>
<context>
    <name>SyncSourceStore</name>
    <message>
        <source>cannot store the sync sources: %1</source>
        <translation>cannot store the sync sources: %1</translation>
    </message>
    <message>
        <source>the source needs a name</source>
        <translation>the source needs a name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address</source>
        <translation>&apos;%1&apos; is not an http:// or https:// address</translation>
    </message>
    <message>
        <source>the schedule must be 0 (manual) or a number of minutes up to %1 (a week)</source>
        <translation>the schedule must be 0 (manual) or a number of minutes up to %1 (a week)</translation>
    </message>
    <message>
        <source>basic authentication needs a user name</source>
        <translation>basic authentication needs a user name</translation>
    </message>
    <message>
        <source>there is already a source named &apos;%1&apos;</source>
        <translation>there is already a source named &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no sync source %1</source>
        <translation>there is no sync source %1</translation>
    </message>
    <message>
        <source>there is no source named &apos;%1&apos;</source>
        <translation>there is no source named &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>TelegramImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>the file is empty (expected a Telegram JSON export)</source>
        <translation>the file is empty (expected a Telegram JSON export)</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most 4 GiB)</source>
        <translation>the file is too large (%1 bytes; at most 4 GiB)</translation>
    </message>
    <message>
        <source>not enough memory to load the file (%1 MB)</source>
        <translation>not enough memory to load the file (%1 MB)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>the import was canceled</translation>
    </message>
    <message>
        <source>expected a JSON object ({ ... }) as in Telegram&apos;s result.json, but the file holds an array</source>
        <translation>expected a JSON object ({ ... }) as in Telegram&apos;s result.json, but the file holds an array</translation>
    </message>
    <message>
        <source>this is not JSON: a Telegram export (result.json) starts with &apos;{&apos;</source>
        <translation>this is not JSON: a Telegram export (result.json) starts with &apos;{&apos;</translation>
    </message>
    <message>
        <source>the start of the file</source>
        <translation>the start of the file</translation>
    </message>
    <message>
        <source>expected a JSON object ({ ... }) as in Telegram&apos;s result.json, but the file holds %1</source>
        <translation>expected a JSON object ({ ... }) as in Telegram&apos;s result.json, but the file holds %1</translation>
    </message>
    <message>
        <source>the top-level object</source>
        <translation>the top-level object</translation>
    </message>
    <message>
        <source>unexpected content after the end of the top-level JSON object</source>
        <translation>unexpected content after the end of the top-level JSON object</translation>
    </message>
    <message>
        <source> at the end of the file (truncated file?)</source>
        <translation> at the end of the file (truncated file?)</translation>
    </message>
    <message>
        <source> (while reading %1)</source>
        <translation> (while reading %1)</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation> (in %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, but is %3</source>
        <translation>&quot;%1&quot; must be %2, but is %3</translation>
    </message>
    <message>
        <source>the import stopped while storing %1 of %2</source>
        <translation>the import stopped while storing %1 of %2</translation>
    </message>
    <message>
        <source>malformed JSON (a missing or misplaced comma, colon, bracket or brace, or the file ends too early)</source>
        <translation>malformed JSON (a missing or misplaced comma, colon, bracket or brace, or the file ends too early)</translation>
    </message>
    <message>
        <source>the JSON ends before all arrays and objects are closed (truncated file?)</source>
        <translation>the JSON ends before all arrays and objects are closed (truncated file?)</translation>
    </message>
    <message>
        <source>a string is not closed (truncated file?)</source>
        <translation>a string is not closed (truncated file?)</translation>
    </message>
    <message>
        <source>invalid UTF-8 text (the export must be UTF-8 encoded)</source>
        <translation>invalid UTF-8 text (the export must be UTF-8 encoded)</translation>
    </message>
    <message>
        <source>invalid escape sequence or control character in a string</source>
        <translation>invalid escape sequence or control character in a string</translation>
    </message>
    <message>
        <source>invalid or out-of-range number</source>
        <translation>invalid or out-of-range number</translation>
    </message>
    <message>
        <source>invalid literal (expected a string, number, object, array, true, false or null)</source>
        <translation>invalid literal (expected a string, number, object, array, true, false or null)</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>a value has the wrong type</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>the JSON is nested too deeply</translation>
    </message>
    <message>
        <source>the file contains no JSON value</source>
        <translation>the file contains no JSON value</translation>
    </message>
    <message>
        <source>the file is too large (more than 4 GiB)</source>
        <translation>the file is too large (more than 4 GiB)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>an invalid value</translation>
    </message>
    <message>
        <source>%1: the export has no from_id; authors are identified by their display name</source>
        <translation>%1: the export has no from_id; authors are identified by their display name</translation>
    </message>
    <message>
        <source>%1: unreadable date &quot;%2&quot;</source>
        <translation>%1: unreadable date &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>a message</translation>
    </message>
    <message>
        <source>%1: unknown message type &quot;%2&quot;, read as a message</source>
        <translation>%1: unknown message type &quot;%2&quot;, read as a message</translation>
    </message>
    <message>
        <source>%1 has no date; skipped</source>
        <translation>%1 has no date; skipped</translation>
    </message>
    <message>
        <source>%1 has no id: messages without one get an id derived from their time (here &quot;%2&quot;)</source>
        <translation>%1 has no id: messages without one get an id derived from their time (here &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>an event</translation>
    </message>
    <message>
        <source>an array of names</source>
        <translation>an array of names</translation>
    </message>
    <message>
        <source>an array of reactions</source>
        <translation>an array of reactions</translation>
    </message>
    <message>
        <source>an array of reaction objects</source>
        <translation>an array of reaction objects</translation>
    </message>
    <message>
        <source>a reaction</source>
        <translation>a reaction</translation>
    </message>
    <message>
        <source>an array of reactors</source>
        <translation>an array of reactors</translation>
    </message>
    <message>
        <source>a reactor</source>
        <translation>a reactor</translation>
    </message>
    <message>
        <source>no &quot;messages&quot; array and no &quot;chats&quot; list: this JSON is not a Telegram Desktop chat export</source>
        <translation>no &quot;messages&quot; array and no &quot;chats&quot; list: this JSON is not a Telegram Desktop chat export</translation>
    </message>
    <message>
        <source>chat &quot;%1&quot;</source>
        <translation>chat &quot;%1&quot;</translation>
    </message>
    <message>
        <source>message #%1 (id %2) of chat &quot;%3&quot;</source>
        <translation>message #%1 (id %2) of chat &quot;%3&quot;</translation>
    </message>
    <message>
        <source>message #%1 (id %2) of the chat</source>
        <translation>message #%1 (id %2) of the chat</translation>
    </message>
    <message>
        <source>message #%1 of chat &quot;%2&quot;</source>
        <translation>message #%1 of chat &quot;%2&quot;</translation>
    </message>
    <message>
        <source>message #%1 of the chat</source>
        <translation>message #%1 of the chat</translation>
    </message>
    <message>
        <source>a chat object</source>
        <translation>a chat object</translation>
    </message>
    <message>
        <source>an object with a &quot;list&quot; of chats</source>
        <translation>an object with a &quot;list&quot; of chats</translation>
    </message>
    <message>
        <source>an array of chats</source>
        <translation>an array of chats</translation>
    </message>
    <message>
        <source>the chat list</source>
        <translation>the chat list</translation>
    </message>
    <message>
        <source>an array of chat objects</source>
        <translation>an array of chat objects</translation>
    </message>
    <message>
        <source>the import stopped while storing chat &quot;%1&quot;</source>
        <translation>the import stopped while storing chat &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array of messages</source>
        <translation>an array of messages</translation>
    </message>
    <message>
        <source>the &quot;messages&quot; array</source>
        <translation>the &quot;messages&quot; array</translation>
    </message>
    <message>
        <source>an array of message objects</source>
        <translation>an array of message objects</translation>
    </message>
    <message>
        <source>chat &quot;%1&quot;: %2 of &quot;%3&quot; (message %4): the export names the member but gives no id that matches</source>
        <translation>chat &quot;%1&quot;: %2 of &quot;%3&quot; (message %4): the export names the member but gives no id that matches</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>a string or null</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of seconds: &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; is not a number of seconds: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a string of seconds since 1970</source>
        <translation>a string of seconds since 1970</translation>
    </message>
    <message>
        <source>a user id</source>
        <translation>a user id</translation>
    </message>
    <message>
        <source>a user id (&quot;user123&quot; or a number)</source>
        <translation>a user id (&quot;user123&quot; or a number)</translation>
    </message>
    <message>
        <source>a string or an array of text pieces</source>
        <translation>a string or an array of text pieces</translation>
    </message>
    <message>
        <source>a text entity</source>
        <translation>a text entity</translation>
    </message>
    <message>
        <source>an array of strings and text entities</source>
        <translation>an array of strings and text entities</translation>
    </message>
    <message>
        <source>messages without a date were skipped</source>
        <translation>messages without a date were skipped</translation>
    </message>
    <message>
        <source>messages with an unreadable date were skipped</source>
        <translation>messages with an unreadable date were skipped</translation>
    </message>
    <message>
        <source>unreadable date_unixtime values were ignored</source>
        <translation>unreadable date_unixtime values were ignored</translation>
    </message>
    <message>
        <source>messages without an id got a derived id</source>
        <translation>messages without an id got a derived id</translation>
    </message>
    <message>
        <source>messages of an unknown type were read as normal messages</source>
        <translation>messages of an unknown type were read as normal messages</translation>
    </message>
    <message>
        <source>membership events name a member that could not be matched to a user id</source>
        <translation>membership events name a member that could not be matched to a user id</translation>
    </message>
    <message>
        <source>%1 more: %2</source>
        <translation>%1 more: %2</translation>
    </message>
    <message>
        <source>the personal_information object</source>
        <translation>the personal_information object</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Too few longer posts to cluster (%1 with at least %2 frequent terms).</source>
        <translation>Too few longer posts to cluster (%1 with at least %2 frequent terms).</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>The period is not valid.</translation>
    </message>
    <message>
        <source>ICU word segmentation is not available (missing ICU data).</source>
        <translation>ICU word segmentation is not available (missing ICU data).</translation>
    </message>
</context>
<context>
    <name>WeChatImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>the file is empty: it holds no CSV header</source>
        <translation>the file is empty: it holds no CSV header</translation>
    </message>
    <message>
        <source>not a WeChat CSV export: the first line must be a MemoTrace header (localId,TalkerId,Type,SubType,IsSender,CreateTime,...,StrContent) or a PyWxDump header (id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime)</source>
        <translation>not a WeChat CSV export: the first line must be a MemoTrace header (localId,TalkerId,Type,SubType,IsSender,CreateTime,...,StrContent) or a PyWxDump header (id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime)</translation>
    </message>
    <message>
        <source>the %1 header lacks the column(s) %2</source>
        <translation>the %1 header lacks the column(s) %2</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>import canceled</translation>
    </message>
    <message>
        <source>the import was stopped while storing record %1</source>
        <translation>the import was stopped while storing record %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>read error: %1</translation>
    </message>
    <message>
        <source>the quoted field that starts here is not closed before the end of the file</source>
        <translation>the quoted field that starts here is not closed before the end of the file</translation>
    </message>
    <message>
        <source>unexpected character after the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>unexpected character after the closing quote of a field (a quote inside a quoted field must be doubled)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; WeChat export tools write UTF-8 (a file re-saved by Excel as GB18030/ANSI must be saved again as &quot;CSV UTF-8&quot;)</source>
        <translation>the text is not valid UTF-8; WeChat export tools write UTF-8 (a file re-saved by Excel as GB18030/ANSI must be saved again as &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the record that starts here is larger than %1 MiB</source>
        <translation>the record that starts here is larger than %1 MiB</translation>
    </message>
    <message>
        <source>line %1: the message this quote-reply quotes is not in the file (or its text and time do not match); the reply was kept without a link</source>
        <translation>line %1: the message this quote-reply quotes is not in the file (or its text and time do not match); the reply was kept without a link</translation>
    </message>
    <message>
        <source>line %1: unknown message type &quot;%2&quot;; the record was kept as text</source>
        <translation>line %1: unknown message type &quot;%2&quot;; the record was kept as text</translation>
    </message>
    <message>
        <source>record %1 has %2 field(s); the header has %3</source>
        <translation>record %1 has %2 field(s); the header has %3</translation>
    </message>
    <message>
        <source>record %1 has %2 field(s) and text after the last column; the header has %3 (is a comma inside a field not quoted?)</source>
        <translation>record %1 has %2 field(s) and text after the last column; the header has %3 (is a comma inside a field not quoted?)</translation>
    </message>
    <message>
        <source>line %1: empty fields after the last column ignored</source>
        <translation>line %1: empty fields after the last column ignored</translation>
    </message>
    <message>
        <source>China Standard Time (UTC+8)</source>
        <translation>China Standard Time (UTC+8)</translation>
    </message>
    <message>
        <source>%1: the times have no time zone (WeChat exports write the exporting computer&apos;s local time); they were read as %2</source>
        <translation>%1: the times have no time zone (WeChat exports write the exporting computer&apos;s local time); they were read as %2</translation>
    </message>
    <message>
        <source>invalid CreateTime &quot;%1&quot;: expected Unix seconds such as 1700000000</source>
        <translation>invalid CreateTime &quot;%1&quot;: expected Unix seconds such as 1700000000</translation>
    </message>
    <message>
        <source>invalid CreateTime &quot;%1&quot;: expected a time such as 2023-08-12 23:22:41 or 2024/10/4 11:42, or Unix seconds</source>
        <translation>invalid CreateTime &quot;%1&quot;: expected a time such as 2023-08-12 23:22:41 or 2024/10/4 11:42, or Unix seconds</translation>
    </message>
    <message>
        <source>line %1: MsgSvrID &quot;%2&quot; is not a number (a spreadsheet may have rounded it); an id was derived from the record instead</source>
        <translation>line %1: MsgSvrID &quot;%2&quot; is not a number (a spreadsheet may have rounded it); an id was derived from the record instead</translation>
    </message>
    <message>
        <source>line %1: the sender flag &quot;%2&quot; is neither 0 nor 1; read as 0</source>
        <translation>line %1: the sender flag &quot;%2&quot; is neither 0 nor 1; read as 0</translation>
    </message>
    <message>
        <source>line %1: the content field is not the JSON object {&quot;src&quot;, &quot;msg&quot;}; it was kept as text</source>
        <translation>line %1: the content field is not the JSON object {&quot;src&quot;, &quot;msg&quot;}; it was kept as text</translation>
    </message>
    <message>
        <source>line %1: is_sender is 0 but the talker &quot;%2&quot; is not the chat partner &quot;%3&quot;; the message was given to the partner</source>
        <translation>line %1: is_sender is 0 but the talker &quot;%2&quot; is not the chat partner &quot;%3&quot;; the message was given to the partner</translation>
    </message>
    <message>
        <source>record(s) with an unusable MsgSvrID</source>
        <translation>record(s) with an unusable MsgSvrID</translation>
    </message>
    <message>
        <source>record(s) whose content is not {&quot;src&quot;,&quot;msg&quot;} JSON</source>
        <translation>record(s) whose content is not {&quot;src&quot;,&quot;msg&quot;} JSON</translation>
    </message>
    <message>
        <source>record(s) whose talker is not the chat partner</source>
        <translation>record(s) whose talker is not the chat partner</translation>
    </message>
    <message>
        <source>record(s) of an unknown type</source>
        <translation>record(s) of an unknown type</translation>
    </message>
    <message>
        <source>record(s) with an IsSender value other than 0 or 1</source>
        <translation>record(s) with an IsSender value other than 0 or 1</translation>
    </message>
    <message>
        <source>quote-replies whose quoted message was not found</source>
        <translation>quote-replies whose quoted message was not found</translation>
    </message>
    <message>
        <source>record(s) with more fields than the header</source>
        <translation>record(s) with more fields than the header</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%1 more %2</translation>
    </message>
</context>
<context>
    <name>WhatsAppImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>cannot open the zip archive (zip error %1)</source>
        <translation>cannot open the zip archive (zip error %1)</translation>
    </message>
    <message>
        <source>the zip archive holds no .txt chat file (a WhatsApp export has _chat.txt)</source>
        <translation>the zip archive holds no .txt chat file (a WhatsApp export has _chat.txt)</translation>
    </message>
    <message>
        <source>the zip archive holds %1 .txt files and no _chat.txt; unzip it and import the chat&apos;s .txt file</source>
        <translation>the zip archive holds %1 .txt files and no _chat.txt; unzip it and import the chat&apos;s .txt file</translation>
    </message>
    <message>
        <source>cannot read %1 in the zip archive (zip error %2)</source>
        <translation>cannot read %1 in the zip archive (zip error %2)</translation>
    </message>
    <message>
        <source>the file mixes day-first and month-first dates (both 13/1 and 1/13 style); ambiguous dates were read day-first, others the way they are valid</source>
        <translation>the file mixes day-first and month-first dates (both 13/1 and 1/13 style); ambiguous dates were read day-first, others the way they are valid</translation>
    </message>
    <message>
        <source>the import was stopped when starting the chat</source>
        <translation>the import was stopped when starting the chat</translation>
    </message>
    <message>
        <source>%1 line(s) had a date valid only with day and month swapped; read that way</source>
        <translation>%1 line(s) had a date valid only with day and month swapped; read that way</translation>
    </message>
    <message>
        <source>%1 more line(s) with an invalid date were kept as text of the previous message</source>
        <translation>%1 more line(s) with an invalid date were kept as text of the previous message</translation>
    </message>
    <message>
        <source> (in %1 of the zip archive)</source>
        <translation> (in %1 of the zip archive)</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>read error: %1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes: not a WhatsApp chat export, or a damaged one</source>
        <translation>line %1 is longer than %2 bytes: not a WhatsApp chat export, or a damaged one</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>import canceled</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8 text (byte 0x%2 at byte column %3); WhatsApp exports are UTF-8</source>
        <translation>line %1 is not valid UTF-8 text (byte 0x%2 at byte column %3); WhatsApp exports are UTF-8</translation>
    </message>
    <message>
        <source>not a WhatsApp chat export: line %1 does not start with a date and time such as &quot;31/12/20, 23:59 - &quot; or &quot;[12/31/20, 11:59:59 PM] &quot;</source>
        <translation>not a WhatsApp chat export: line %1 does not start with a date and time such as &quot;31/12/20, 23:59 - &quot; or &quot;[12/31/20, 11:59:59 PM] &quot;</translation>
    </message>
    <message>
        <source>the message ending at line %1 is longer than %2 characters: not a WhatsApp chat export, or a damaged one</source>
        <translation>the message ending at line %1 is longer than %2 characters: not a WhatsApp chat export, or a damaged one</translation>
    </message>
    <message>
        <source>the file is empty: it holds no WhatsApp chat messages</source>
        <translation>the file is empty: it holds no WhatsApp chat messages</translation>
    </message>
    <message>
        <source>line %1: invalid date or time; the line was kept as text of the previous message</source>
        <translation>line %1: invalid date or time; the line was kept as text of the previous message</translation>
    </message>
    <message>
        <source>the import was stopped while storing the message of line %1</source>
        <translation>the import was stopped while storing the message of line %1</translation>
    </message>
    <message>
        <source>the import was stopped while storing the event of line %1</source>
        <translation>the import was stopped while storing the event of line %1</translation>
    </message>
</context>
<context>
    <name>kindred::AboutDialog</name>
    <message>
        <source>About Kindred</source>
        <translation>About Kindred</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;A console for the managers of paid technical communities: members, engagement, content and reports, from your chat exports.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: nothing is sent anywhere unless you sync or export on purpose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;A console for the managers of paid technical communities: members, engagement, content and reports, from your chat exports.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: nothing is sent anywhere unless you sync or export on purpose.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kindred::AsyncQuery</name>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>The workspace file %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>kindred::AuditLogModel</name>
    <message>
        <source>Entry #%1, recorded %2 UTC</source>
        <translation>Entry #%1, recorded %2 UTC</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Member #%1 (double-click to open)</source>
        <translation>Member #%1 (double-click to open)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>kindred::AuditLogPanel</name>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 of %2 entries</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Export the audit log as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1</source>
        <translation>
            <numerusform>Exported %n audit entry to %1</numerusform>
            <numerusform>Exported %n audit entries to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All moderators</source>
        <translation>All moderators</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Member name or #id…</source>
        <translation>Member name or #id…</translation>
    </message>
    <message>
        <source>Shows entries whose member name contains this text, or the member with this id (#12 or 12)</source>
        <translation>Shows entries whose member name contains this text, or the member with this id (#12 or 12)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Only entries between these days (community time, inclusive)</source>
        <translation>Only entries between these days (community time, inclusive)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV (UTF-8; times in UTC, ISO 8601)</source>
        <translation>Save the entries shown as CSV (UTF-8; times in UTC, ISO 8601)</translation>
    </message>
    <message>
        <source>The audit log is append-only: the database refuses to change or delete an entry.</source>
        <translation>The audit log is append-only: the database refuses to change or delete an entry.</translation>
    </message>
</context>
<context>
    <name>kindred::CafMemberModel</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 of the period&apos;s %2 messages = %3</source>
        <translation>%1 of the period&apos;s %2 messages = %3</translation>
    </message>
    <message>
        <source>Members 1–%1 wrote %2 of %3 messages = %4 (the factor stops once this is more than 50%)</source>
        <translation>Members 1–%1 wrote %2 of %3 messages = %4 (the factor stops once this is more than 50%)</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Double-click to open %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
</context>
<context>
    <name>kindred::ChannelCountModel</name>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>%1 of the period&apos;s %2 flags</source>
        <translation>%1 of the period&apos;s %2 flags</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>kindred::ChannelMessagesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 of %2 messages</translation>
    </message>
    <message>
        <source>%1 messages / %2 days</source>
        <translation>%1 messages / %2 days</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>Busiest day</translation>
    </message>
</context>
<context>
    <name>kindred::ContentPage</name>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Export top content as CSV</source>
        <translation>Export top content as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1</source>
        <translation>
            <numerusform>Exported %n post to %1</numerusform>
            <numerusform>Exported %n posts to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactions ×</source>
        <translation>&amp;Reactions ×</translation>
    </message>
    <message>
        <source>R&amp;eplies ×</source>
        <translation>R&amp;eplies ×</translation>
    </message>
    <message>
        <source>&amp;Forwards ×</source>
        <translation>&amp;Forwards ×</translation>
    </message>
    <message>
        <source>&amp;Half-life</source>
        <translation>&amp;Half-life</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Halve a post&apos;s score for every this many days of age at the end of the period (off = no decay)</source>
        <translation>Halve a post&apos;s score for every this many days of age at the end of the period (off = no decay)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Marked post %1 as essence</source>
        <translation>Marked post %1 as essence</translation>
    </message>
    <message>
        <source>Removed the essence mark of post %1</source>
        <translation>Removed the essence mark of post %1</translation>
    </message>
    <message>
        <source>Exported the essence posts to %1</source>
        <translation>Exported the essence posts to %1</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <source>Mark as essence</source>
        <translation>Mark as essence</translation>
    </message>
    <message>
        <source>Score = %1 × reactions + %2 × replies + %3 × forwards</source>
        <translation>Score = %1 × reactions + %2 × replies + %3 × forwards</translation>
    </message>
    <message>
        <source>, halved every %1 days of age</source>
        <translation>, halved every %1 days of age</translation>
    </message>
    <message>
        <source>, no age decay</source>
        <translation>, no age decay</translation>
    </message>
    <message>
        <source>Export essence posts as Markdown</source>
        <translation>Export essence posts as Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Weights…</translation>
    </message>
    <message>
        <source>Score weights and age decay</source>
        <translation>Score weights and age decay</translation>
    </message>
    <message>
        <source>Top %1 posts of the period. Forwards count only where the export records them. ★ = essence; double-click a row to open its author.</source>
        <translation>Top %1 posts of the period. Forwards count only where the export records them. ★ = essence; double-click a row to open its author.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Links &amp;&amp; domains</source>
        <translation>Links &amp;&amp; domains</translation>
    </message>
    <message>
        <source>Essence</source>
        <translation>Essence</translation>
    </message>
</context>
<context>
    <name>kindred::ContentTableModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>%1 × %2 reactions + %3 × %4 replies + %5 × %6 forwards</source>
        <translation>%1 × %2 reactions + %3 × %4 replies + %5 × %6 forwards</translation>
    </message>
    <message>
        <source>halved every %1 days of age</source>
        <translation>halved every %1 days of age</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Forwards</source>
        <translation>Forwards</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Marked as essence (精华)</source>
        <translation>Marked as essence (精华)</translation>
    </message>
    <message>
        <source>Double-click to open the member</source>
        <translation>Double-click to open the member</translation>
    </message>
    <message>
        <source>Essence</source>
        <translation>Essence</translation>
    </message>
</context>
<context>
    <name>kindred::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>kindred::CsvMappingDialog</name>
    <message>
        <source>Import CSV — %1</source>
        <translation>Import CSV — %1</translation>
    </message>
    <message>
        <source>Skip invalid rows (they are listed as warnings)</source>
        <translation>Skip invalid rows (they are listed as warnings)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation>Load Mapping…</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Save Mapping…</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Mapping remembered for source &apos;%1&apos;.</source>
        <translation>Mapping remembered for source &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked</source>
        <translation>
            <numerusform>%n row checked</numerusform>
            <numerusform>%n rows checked</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1; every row is checked again when importing)</source>
        <translation> (the first %1; every row is checked again when importing)</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid.</source>
        <translation>
            <numerusform>%n invalid.</numerusform>
            <numerusform>%n invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Choose a column for: %1.</translation>
    </message>
    <message>
        <source>Correct the invalid rows, or skip them.</source>
        <translation>Correct the invalid rows, or skip them.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Save Mapping</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Column mappings (*.json)</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Load Mapping</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Column mappings (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>kindred::CsvMappingForm</name>
    <message>
        <source>Where the file comes from (e.g. zsxq, survey-2026): new members get an identity on this platform, and the mapping is remembered for it.</source>
        <translation>Where the file comes from (e.g. zsxq, survey-2026): new members get an identity on this platform, and the mapping is remembered for it.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Pipe |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>auto: ISO 8601, yyyy-MM-dd HH:mm, yyyy/M/d H:mm, 2026年3月1日, unix seconds; or a Qt date format</source>
        <translation>auto: ISO 8601, yyyy-MM-dd HH:mm, yyyy/M/d H:mm, 2026年3月1日, unix seconds; or a Qt date format</translation>
    </message>
    <message>
        <source>IANA time zone of dates written without an offset</source>
        <translation>IANA time zone of dates written without an offset</translation>
    </message>
    <message>
        <source>ISO 4217 currency of amounts written without one</source>
        <translation>ISO 4217 currency of amounts written without one</translation>
    </message>
    <message>
        <source>The platform of the member id column (e.g. telegram), to find members already imported from it; empty = the source.</source>
        <translation>The platform of the member id column (e.g. telegram), to find members already imported from it; empty = the source.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Holds:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Date format:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Default currency:</translation>
    </message>
    <message>
        <source>Member id platform:</source>
        <translation>Member id platform:</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Auto (%1)</translation>
    </message>
</context>
<context>
    <name>kindred::CsvPreviewTable</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
</context>
<context>
    <name>kindred::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>%1 – %2, compared with the previous period of the same length (%3 – %4)</source>
        <translation>%1 – %2, compared with the previous period of the same length (%3 – %4)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>People seen in the community (a message, a reaction or a join) by the end of the period. Bots and system senders are not members.</source>
        <translation>People seen in the community (a message, a reaction or a join) by the end of the period. Bots and system senders are not members.</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Members who joined during the period (their join event, else their first message or reaction).</source>
        <translation>Members who joined during the period (their join event, else their first message or reaction).</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Posts and replies sent by members during the period; service lines and bots are not counted.</source>
        <translation>Posts and replies sent by members during the period; service lines and bots are not counted.</translation>
    </message>
    <message>
        <source>DAU (mean)</source>
        <translation>DAU (mean)</translation>
    </message>
    <message>
        <source>Daily active members, averaged over the days of the period. Active = posted, replied or reacted that day (community time zone).</source>
        <translation>Daily active members, averaged over the days of the period. Active = posted, replied or reacted that day (community time zone).</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>Distinct members active in the 30 days ending on the last day of the period (not a sum of DAU).</source>
        <translation>Distinct members active in the 30 days ending on the last day of the period (not a sum of DAU).</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>Mean DAU / MAU: the share of the month&apos;s active members who come on a typical day.</source>
        <translation>Mean DAU / MAU: the share of the month&apos;s active members who come on a typical day.</translation>
    </message>
    <message>
        <source>Activity rate</source>
        <translation>Activity rate</translation>
    </message>
    <message>
        <source>Interactions (messages and reactions) in the period per member at the end of the period.</source>
        <translation>Interactions (messages and reactions) in the period per member at the end of the period.</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>Growth rate</translation>
    </message>
    <message>
        <source>Members who joined in the period / members at the start of the period.</source>
        <translation>Members who joined in the period / members at the start of the period.</translation>
    </message>
    <message>
        <source>Active members per day, week and month</source>
        <translation>Active members per day, week and month</translation>
    </message>
    <message>
        <source>DAU, WAU and MAU: distinct members active on the day, in the 7 and in the 30 days ending that day.
Drag across the chart to zoom in; double-click to reset the zoom.</source>
        <translation>DAU, WAU and MAU: distinct members active on the day, in the 7 and in the 30 days ending that day.
Drag across the chart to zoom in; double-click to reset the zoom.</translation>
    </message>
    <message>
        <source>Members by segment at the end of the period</source>
        <translation>Members by segment at the end of the period</translation>
    </message>
</context>
<context>
    <name>kindred::EmptyState</name>
    <message>
        <source>Open demo community</source>
        <translation>Open demo community</translation>
    </message>
    <message>
        <source>Explore Kindred with a realistic sample community</source>
        <translation>Explore Kindred with a realistic sample community</translation>
    </message>
    <message>
        <source>Import export…</source>
        <translation>Import export…</translation>
    </message>
    <message>
        <source>Import a Telegram or WhatsApp chat export</source>
        <translation>Import a Telegram or WhatsApp chat export</translation>
    </message>
</context>
<context>
    <name>kindred::EngagementPage</name>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Mean DAU = the sum of the daily active members over the days of the period / days = %1 / %2 = %3.
Active = posted, replied or reacted that day (community time zone).</source>
        <translation>Mean DAU = the sum of the daily active members over the days of the period / days = %1 / %2 = %3.
Active = posted, replied or reacted that day (community time zone).</translation>
    </message>
    <message>
        <source>MAU = distinct members active in the 30 days %1 – %2 (ending on the period&apos;s last day; not a sum of DAU) = %3.</source>
        <translation>MAU = distinct members active in the 30 days %1 – %2 (ending on the period&apos;s last day; not a sum of DAU) = %3.</translation>
    </message>
    <message>
        <source>Stickiness = mean DAU / MAU = %1 / %2 = %3: the share of the month&apos;s active members who come on a typical day. The chart shows each day&apos;s DAU / MAU.</source>
        <translation>Stickiness = mean DAU / MAU = %1 / %2 = %3: the share of the month&apos;s active members who come on a typical day. The chart shows each day&apos;s DAU / MAU.</translation>
    </message>
    <message>
        <source>the middle value (#%1 of %2) is %3 s</source>
        <translation>the middle value (#%1 of %2) is %3 s</translation>
    </message>
    <message>
        <source>the mean of the two middle values (#%1 and #%2 of %3: %4 s and %5 s) is %6 s</source>
        <translation>the mean of the two middle values (#%1 and #%2 of %3: %4 s and %5 s) is %6 s</translation>
    </message>
    <message>
        <source>no question was answered</source>
        <translation>no question was answered</translation>
    </message>
    <message>
        <source>Median time to first reply. A question is a member&apos;s message containing &apos;?&apos; or &apos;？&apos; (outside links). Its first reply is the earliest message of the same channel that replies to it, from another member.
Questions in the period: %1; answered: %2; unanswered: %3. Sorted by delay, %4.</source>
        <translation>Median time to first reply. A question is a member&apos;s message containing &apos;?&apos; or &apos;？&apos; (outside links). Its first reply is the earliest message of the same channel that replies to it, from another member.
Questions in the period: %1; answered: %2; unanswered: %3. Sorted by delay, %4.</translation>
    </message>
    <message>
        <source>Contributor Absence Factor (CHAOSS): the fewest members whose messages, largest first, are more than half of all messages. Here: %1, who wrote %2 of the period&apos;s %3 messages (%4 &gt; 50%). The lower it is, the more the community depends on a few people.</source>
        <translation>Contributor Absence Factor (CHAOSS): the fewest members whose messages, largest first, are more than half of all messages. Here: %1, who wrote %2 of the period&apos;s %3 messages (%4 &gt; 50%). The lower it is, the more the community depends on a few people.</translation>
    </message>
    <message>
        <source>Double-click a member to open them.</source>
        <translation>Double-click a member to open them.</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 days · time zone %4 · messages by members: %5 · channels: %6 · questions: %7 (answered by another member: %8, unanswered: %9)</source>
        <translation>%1 – %2 · %3 days · time zone %4 · messages by members: %5 · channels: %6 · questions: %7 (answered by another member: %8, unanswered: %9)</translation>
    </message>
    <message>
        <source>Active members per week (Monday–Sunday; * = a week cut by the period). New: their first active day ever falls in that week; returning: active that week and active before it.
Over the period: %1 new and %2 returning member-weeks.</source>
        <translation>Active members per week (Monday–Sunday; * = a week cut by the period). New: their first active day ever falls in that week; returning: active that week and active before it.
Over the period: %1 new and %2 returning member-weeks.</translation>
    </message>
    <message>
        <source>Non-service messages by members per day and channel (the %1 busiest channels, the rest as &quot;Other&quot;); %2 messages in total.
Drag across the chart to zoom in; double-click to reset the zoom.</source>
        <translation>Non-service messages by members per day and channel (the %1 busiest channels, the rest as &quot;Other&quot;); %2 messages in total.
Drag across the chart to zoom in; double-click to reset the zoom.</translation>
    </message>
    <message>
        <source>Share = the channel&apos;s messages / all %1 messages; per day = messages / %2 days.</source>
        <translation>Share = the channel&apos;s messages / all %1 messages; per day = messages / %2 days.</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59 (%3): %4 messages = %5 of %6</source>
        <translation>%1 %2:00–%2:59 (%3): %4 messages = %5 of %6</translation>
    </message>
    <message>
        <source>Messages by local weekday and hour (%1)</source>
        <translation>Messages by local weekday and hour (%1)</translation>
    </message>
    <message>
        <source>DAU (mean)</source>
        <translation>DAU (mean)</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>Median time to first reply</source>
        <translation>Median time to first reply</translation>
    </message>
    <message>
        <source>Contributor Absence Factor</source>
        <translation>Contributor Absence Factor</translation>
    </message>
    <message>
        <source>Active members per day, week and month, and stickiness</source>
        <translation>Active members per day, week and month, and stickiness</translation>
    </message>
    <message>
        <source>DAU, WAU and MAU: distinct members active on the day, in the 7 and in the 30 days ending that day. Stickiness % = that day&apos;s DAU / MAU.
Drag across the chart to zoom in; double-click to reset the zoom.</source>
        <translation>DAU, WAU and MAU: distinct members active on the day, in the 7 and in the 30 days ending that day. Stickiness % = that day&apos;s DAU / MAU.
Drag across the chart to zoom in; double-click to reset the zoom.</translation>
    </message>
    <message>
        <source>Messages per day by channel</source>
        <translation>Messages per day by channel</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>New and returning members per week</source>
        <translation>New and returning members per week</translation>
    </message>
    <message>
        <source>When members write</source>
        <translation>When members write</translation>
    </message>
    <message>
        <source>Members behind more than half of the messages</source>
        <translation>Members behind more than half of the messages</translation>
    </message>
</context>
<context>
    <name>kindred::EssencePanel</name>
    <message>
        <source>Essence (精华): the posts kept for the knowledge base. Double-click a row to open its author.</source>
        <translation>Essence (精华): the posts kept for the knowledge base. Double-click a row to open its author.</translation>
    </message>
    <message>
        <source>Candidates: the top %1 posts of the period by score that are not marked yet.</source>
        <translation>Candidates: the top %1 posts of the period by score that are not marked yet.</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Export Markdown…</translation>
    </message>
    <message>
        <source>Mark as essence</source>
        <translation>Mark as essence</translation>
    </message>
</context>
<context>
    <name>kindred::EssenceTableModel</name>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marked</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>kindred::FlagQueueModel</name>
    <message>
        <source>Member #%1 · status %2</source>
        <translation>Member #%1 · status %2</translation>
    </message>
    <message>
        <source>Double-click to open the member&apos;s details</source>
        <translation>Double-click to open the member&apos;s details</translation>
    </message>
    <message>
        <source>The highest severity among the member&apos;s open flags (1 low – 3 high)</source>
        <translation>The highest severity among the member&apos;s open flags (1 low – 3 high)</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting since %1, when the oldest flag was raised</source>
        <translation>Waiting since %1, when the oldest flag was raised</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Flag #%1</source>
        <translation>Flag #%1</translation>
    </message>
    <message>
        <source>Flag #%1 · %2</source>
        <translation>Flag #%1 · %2</translation>
    </message>
    <message>
        <source>Severity %1 of 3, score %2</source>
        <translation>Severity %1 of 3, score %2</translation>
    </message>
    <message>
        <source>Happened %1 (community time); flagged %2</source>
        <translation>Happened %1 (community time); flagged %2</translation>
    </message>
    <message>
        <source>Member / rule</source>
        <translation>Member / rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Flags / channel</source>
        <translation>Flags / channel</translation>
    </message>
    <message>
        <source>Waiting / happened</source>
        <translation>Waiting / happened</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>kindred::FlagRuleGroup</name>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Off: the rule raises no new flag. Flags it raised before stay in the queue.</source>
        <translation>Off: the rule raises no new flag. Flags it raised before stay in the queue.</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Severity of the flags this rule raises: the review queue lists the most severe first.</source>
        <translation>Severity of the flags this rule raises: the review queue lists the most severe first.</translation>
    </message>
</context>
<context>
    <name>kindred::FlagRulesEditor</name>
    <message>
        <source>Repeated text needs at least 2 channels (one channel is not repetition across channels).</source>
        <translation>Repeated text needs at least 2 channels (one channel is not repetition across channels).</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3 (now %4).</source>
        <translation>“%1” must be between %2 and %3 (now %4).</translation>
    </message>
    <message>
        <source>Not a domain name: %1. Write one domain per line, like github.com (no http://, no path).</source>
        <translation>Not a domain name: %1. Write one domain per line, like github.com (no http://, no path).</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>Cannot apply: %1</translation>
    </message>
    <message>
        <source>Changed, not saved yet: Apply saves the rules for the next import and sync.</source>
        <translation>Changed, not saved yet: Apply saves the rules for the next import and sync.</translation>
    </message>
    <message>
        <source>Saved. The rules apply to the next import and sync; “%1” applies them to the messages already here.</source>
        <translation>Saved. The rules apply to the next import and sync; “%1” applies them to the messages already here.</translation>
    </message>
    <message>
        <source>The rules were not saved: %1</source>
        <translation>The rules were not saved: %1</translation>
    </message>
    <message>
        <source>Running the rules over the whole history…</source>
        <translation>Running the rules over the whole history…</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>The rules could not run: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 off</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 messages and %2 reports: %n new flag(s) — %3. Flags raised before were kept.</source>
        <translation>
            <numerusform>Checked %1 messages and %2 reports: %n new flag — %3. Flags raised before were kept.</numerusform>
            <numerusform>Checked %1 messages and %2 reports: %n new flags — %3. Flags raised before were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Default %1.</source>
        <translation>Default %1.</translation>
    </message>
    <message>
        <source>More than N messages</source>
        <translation>More than N messages</translation>
    </message>
    <message>
        <source>N: messages by one member. A flood is more than N messages within M seconds. %1</source>
        <translation>N: messages by one member. A flood is more than N messages within M seconds. %1</translation>
    </message>
    <message>
        <source>within M seconds</source>
        <translation>within M seconds</translation>
    </message>
    <message>
        <source>M: seconds from the first to the last message of the burst. %1</source>
        <translation>M: seconds from the first to the last message of the burst. %1</translation>
    </message>
    <message>
        <source>Newcomer for days</source>
        <translation>Newcomer for days</translation>
    </message>
    <message>
        <source>Newcomer days: a member is a newcomer this many days after joining (join event, else first message). %1</source>
        <translation>Newcomer days: a member is a newcomer this many days after joining (join event, else first message). %1</translation>
    </message>
    <message>
        <source>or first K messages</source>
        <translation>or first K messages</translation>
    </message>
    <message>
        <source>K: a member&apos;s first K chat messages count as a newcomer&apos;s. %1</source>
        <translation>K: a member&apos;s first K chat messages count as a newcomer&apos;s. %1</translation>
    </message>
    <message>
        <source>Allowed domains (one per line; subdomains included):</source>
        <translation>Allowed domains (one per line; subdomains included):</translation>
    </message>
    <message>
        <source>Links to these domains are never flagged.</source>
        <translation>Links to these domains are never flagged.</translation>
    </message>
    <message>
        <source>Chinese words (one per line; found anywhere, also inside a longer word):</source>
        <translation>Chinese words (one per line; found anywhere, also inside a longer word):</translation>
    </message>
    <message>
        <source>Substring match: 刷单 flags 免费刷单群.</source>
        <translation>Substring match: 刷单 flags 免费刷单群.</translation>
    </message>
    <message>
        <source>English words or phrases (one per line; whole word, any case):</source>
        <translation>English words or phrases (one per line; whole word, any case):</translation>
    </message>
    <message>
        <source>Whole-word match: casino flags &quot;Casino night&quot; but not &quot;casinos&quot;.</source>
        <translation>Whole-word match: casino flags &quot;Casino night&quot; but not &quot;casinos&quot;.</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Minimum length</translation>
    </message>
    <message>
        <source>Minimum length: characters of the text after folding case and spaces. %1</source>
        <translation>Minimum length: characters of the text after folding case and spaces. %1</translation>
    </message>
    <message>
        <source>in channels</source>
        <translation>in channels</translation>
    </message>
    <message>
        <source>Channels: the same text posted in at least this many channels (2 or more). %1</source>
        <translation>Channels: the same text posted in at least this many channels (2 or more). %1</translation>
    </message>
    <message>
        <source>within hours</source>
        <translation>within hours</translation>
    </message>
    <message>
        <source>Hours: the window the copies fall in. %1</source>
        <translation>Hours: the window the copies fall in. %1</translation>
    </message>
    <message>
        <source>Distinct @mentions</source>
        <translation>Distinct @mentions</translation>
    </message>
    <message>
        <source>Mentions: a message naming at least this many different members. %1</source>
        <translation>Mentions: a message naming at least this many different members. %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rules run by themselves&lt;/b&gt; after every import and sync, on the new messages only, and never flag the same message twice for the same rule. A change here applies to the next import; to apply it to the messages already in the workspace, apply and then run the rules over the whole history (flags raised before stay as they are).</source>
        <translation>&lt;b&gt;The rules run by themselves&lt;/b&gt; after every import and sync, on the new messages only, and never flag the same message twice for the same rule. A change here applies to the next import; to apply it to the messages already in the workspace, apply and then run the rules over the whole history (flags raised before stay as they are).</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Put the default rules in the editors (Apply saves them)</source>
        <translation>Put the default rules in the editors (Apply saves them)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Save these rules in the workspace</source>
        <translation>Save these rules in the workspace</translation>
    </message>
    <message>
        <source>Run the rules over the whole history now</source>
        <translation>Run the rules over the whole history now</translation>
    </message>
    <message>
        <source>Check every message and report of the workspace with the saved rules and add the new flags to the review queue</source>
        <translation>Check every message and report of the workspace with the saved rules and add the new flags to the review queue</translation>
    </message>
</context>
<context>
    <name>kindred::GuidanceModel</name>
    <message>
        <source>Member #%1 (double-click to open)</source>
        <translation>Member #%1 (double-click to open)</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Active days in the last window / in the window before</source>
        <translation>Active days in the last window / in the window before</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Suggested because</source>
        <translation>Suggested because</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Active days (last / before)</source>
        <translation>Active days (last / before)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>kindred::HeatmapWidget</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>kindred::HttpFetcher</name>
    <message>
        <source>no network access manager</source>
        <translation>no network access manager</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; is not an http(s) URL</translation>
    </message>
    <message>
        <source>the expected SHA-256 &quot;%1&quot; is not 64 hex digits</source>
        <translation>the expected SHA-256 &quot;%1&quot; is not 64 hex digits</translation>
    </message>
    <message>
        <source>the trusted certificate&apos;s SHA-256 &quot;%1&quot; is not 64 hex digits</source>
        <translation>the trusted certificate&apos;s SHA-256 &quot;%1&quot; is not 64 hex digits</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>canceled</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2 bytes</source>
        <translation>the file is %1 bytes, more than the limit of %2 bytes</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>cannot create a temporary file in %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>the file is larger than the limit of %1 bytes</translation>
    </message>
    <message>
        <source>cannot write the download to %1: %2</source>
        <translation>cannot write the download to %1: %2</translation>
    </message>
    <message>
        <source>the trusted certificate %1 is refused: %2</source>
        <translation>the trusted certificate %1 is refused: %2</translation>
    </message>
    <message>
        <source>certificate not trusted: %1, SHA-256 %2 (%3)</source>
        <translation>certificate not trusted: %1, SHA-256 %2 (%3)</translation>
    </message>
    <message>
        <source>the connection to %1 was refused</source>
        <translation>the connection to %1 was refused</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>the host %1 was not found</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 closed the connection without answering</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>the TLS handshake with %1 failed: %2</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>network error: %1</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified to a request without validators</source>
        <translation>the server answered 304 Not Modified to a request without validators</translation>
    </message>
    <message>
        <source>the download is incomplete: %1 of %2 bytes (Content-Length)</source>
        <translation>the download is incomplete: %1 of %2 bytes (Content-Length)</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes: %2</source>
        <translation>the connection broke after %1 bytes: %2</translation>
    </message>
    <message>
        <source>cannot write the download to %1</source>
        <translation>cannot write the download to %1</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is %1, the manifest says %2</source>
        <translation>the file&apos;s SHA-256 is %1, the manifest says %2</translation>
    </message>
    <message>
        <source>%1: check the token</source>
        <translation>%1: check the token</translation>
    </message>
    <message>
        <source>%1: check the token and its access rights</source>
        <translation>%1: check the token and its access rights</translation>
    </message>
    <message>
        <source>%1: check the proxy settings</source>
        <translation>%1: check the proxy settings</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>the server answered %1</translation>
    </message>
    <message>
        <source>the server answered %1 without a Location</source>
        <translation>the server answered %1 without a Location</translation>
    </message>
    <message>
        <source>the server redirected to &quot;%1&quot;, which is not an http(s) URL</source>
        <translation>the server redirected to &quot;%1&quot;, which is not an http(s) URL</translation>
    </message>
    <message>
        <source>refused a redirect from https to http (%1)</source>
        <translation>refused a redirect from https to http (%1)</translation>
    </message>
    <message>
        <source>redirect loop: more than %1 redirects, back to %2</source>
        <translation>redirect loop: more than %1 redirects, back to %2</translation>
    </message>
    <message>
        <source>too many redirects: more than %1, the last to %2</source>
        <translation>too many redirects: more than %1, the last to %2</translation>
    </message>
    <message>
        <source>timed out after %1 s without data</source>
        <translation>timed out after %1 s without data</translation>
    </message>
</context>
<context>
    <name>kindred::IdentitiesPage</name>
    <message>
        <source>Identities</source>
        <translation>Identities</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>Merge members</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n pair(s) of members: each pair now counts as one person</source>
        <translation>
            <numerusform>Merged %n pair of members: the pair now counts as one person</numerusform>
            <numerusform>Merged %n pairs of members: each pair now counts as one person</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Not the same person</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) will not be shown again</source>
        <translation>
            <numerusform>%n suggestion will not be shown again</numerusform>
            <numerusform>%n suggestions will not be shown again</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>%1 and %2 count as two people again</source>
        <translation>%1 and %2 count as two people again</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Suggested merges</translation>
    </message>
    <message>
        <source>These members are probably the same person on different platforms. Merge them to count them once in every figure; nothing is merged until you decide, and every merge can be undone.</source>
        <translation>These members are probably the same person on different platforms. Merge them to count them once in every figure; nothing is merged until you decide, and every merge can be undone.</translation>
    </message>
    <message>
        <source>No suggestions: no two members share an e-mail address, a phone number, a username or a display name across platforms. You can still merge two members yourself.</source>
        <translation>No suggestions: no two members share an e-mail address, a phone number, a username or a display name across platforms. You can still merge two members yourself.</translation>
    </message>
    <message>
        <source>No merges yet. Every merge you make is listed here and can be undone.</source>
        <translation>No merges yet. Every merge you make is listed here and can be undone.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Merge the selected pairs (select several rows to merge them all)</source>
        <translation>Merge the selected pairs (select several rows to merge them all)</translation>
    </message>
    <message>
        <source>Do not suggest the selected pairs again</source>
        <translation>Do not suggest the selected pairs again</translation>
    </message>
    <message>
        <source>Merge two members…</source>
        <translation>Merge two members…</translation>
    </message>
    <message>
        <source>Choose two members yourself and count them as one person</source>
        <translation>Choose two members yourself and count them as one person</translation>
    </message>
    <message>
        <source>Merge log</source>
        <translation>Merge log</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Unmerge</translation>
    </message>
    <message>
        <source>Undo the selected merge: the two count as two people again</source>
        <translation>Undo the selected merge: the two count as two people again</translation>
    </message>
</context>
<context>
    <name>kindred::ImportBatchModel</name>
    <message>
        <source>Imported from an unknown place.</source>
        <translation>Imported from an unknown place.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <source>This file is no longer there: it cannot be re-imported.</source>
        <translation>This file is no longer there: it cannot be re-imported.</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Size: %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Messages added</source>
        <translation>Messages added</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>People in export</source>
        <translation>People in export</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>When the file was imported (your local time)</source>
        <translation>When the file was imported (your local time)</translation>
    </message>
    <message>
        <source>Messages of this file that an earlier import had already added</source>
        <translation>Messages of this file that an earlier import had already added</translation>
    </message>
    <message>
        <source>Members this import added to the workspace</source>
        <translation>Members this import added to the workspace</translation>
    </message>
    <message>
        <source>Joins, leaves and other events this import added</source>
        <translation>Joins, leaves and other events this import added</translation>
    </message>
    <message>
        <source>Different people the file names, bots and the exporting account included</source>
        <translation>Different people the file names, bots and the exporting account included</translation>
    </message>
    <message>
        <source>Problems the import noticed (point at a row to read them)</source>
        <translation>Problems the import noticed (point at a row to read them)</translation>
    </message>
</context>
<context>
    <name>kindred::ImportController</name>
    <message>
        <source>Importing %1 (file %2 of %3)
%4 of %5 read</source>
        <translation>Importing %1 (file %2 of %3)
%4 of %5 read</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Canceling: the file being read is rolled back…</source>
        <translation>Canceling: the file being read is rolled back…</translation>
    </message>
    <message>
        <source>%1 rows added, %2 already in the workspace, %3 invalid rows skipped</source>
        <translation>%1 rows added, %2 already in the workspace, %3 invalid rows skipped</translation>
    </message>
</context>
<context>
    <name>kindred::ImportSummaryDialog</name>
    <message>
        <source>The workspace could not be opened</source>
        <translation>The workspace could not be opened</translation>
    </message>
    <message>
        <source>Import canceled: nothing was stored</source>
        <translation>Import canceled: nothing was stored</translation>
    </message>
    <message>
        <source>Import canceled: unfinished files were not stored</source>
        <translation>Import canceled: unfinished files were not stored</translation>
    </message>
    <message>
        <source>Import failed: nothing was stored</source>
        <translation>Import failed: nothing was stored</translation>
    </message>
    <message>
        <source>Import finished with errors</source>
        <translation>Import finished with errors</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this content was imported before; nothing was added.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: this content was imported before; nothing was added.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 messages added, %4 duplicates skipped, %5 new members, %6 membership events.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3 messages added, %4 duplicates skipped, %5 new members, %6 membership events.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not imported: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; was not imported: %2</translation>
    </message>
    <message>
        <source>The import was canceled; files not finished were rolled back.</source>
        <translation>The import was canceled; files not finished were rolled back.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>… and %1 more warnings</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
</context>
<context>
    <name>kindred::InfluenceGraphView</name>
    <message>
        <source>%1 → %2: %3 message(s)
%2 → %1: %4 message(s)</source>
        <translation>%1 → %2: %3 message(s)
%2 → %1: %4 message(s)</translation>
    </message>
    <message>
        <source>no persona</source>
        <translation>no persona</translation>
    </message>
    <message>
        <source>%1
PageRank %2 (rank %3)
betweenness %4
in %5 members / %6 messages, out %7 members / %8 messages
persona: %9</source>
        <translation>%1
PageRank %2 (rank %3)
betweenness %4
in %5 members / %6 messages, out %7 members / %8 messages
persona: %9</translation>
    </message>
    <message>
        <source>KOL #%1</source>
        <translation>KOL #%1</translation>
    </message>
    <message>
        <source>Bridge #%1 (partners in %2 personas)</source>
        <translation>Bridge #%1 (partners in %2 personas)</translation>
    </message>
</context>
<context>
    <name>kindred::InfluenceModel</name>
    <message>
        <source>KOL #%1</source>
        <translation>KOL #%1</translation>
    </message>
    <message>
        <source>Bridge #%1</source>
        <translation>Bridge #%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>KOL: one of the %1 highest PageRanks. Bridge: among the highest betweenness of the members whose reply partners belong to at least two personas.</source>
        <translation>KOL: one of the %1 highest PageRanks. Bridge: among the highest betweenness of the members whose reply partners belong to at least two personas.</translation>
    </message>
    <message>
        <source>KOL #%1: rank by PageRank. Bridge #%2: rank by betweenness among the members whose reply partners belong to %3 personas (at least 2 needed).</source>
        <translation>KOL #%1: rank by PageRank. Bridge #%2: rank by betweenness among the members whose reply partners belong to %3 personas (at least 2 needed).</translation>
    </message>
    <message>
        <source>PageRank %1 (rank %2 of %3): the share of time a random walk that follows replies and mentions (weighted by messages, damping 0.85, restarting anywhere with probability 0.15) spends at %4. All %3 scores sum to 1.</source>
        <translation>PageRank %1 (rank %2 of %3): the share of time a random walk that follows replies and mentions (weighted by messages, damping 0.85, restarting anywhere with probability 0.15) spends at %4. All %3 scores sum to 1.</translation>
    </message>
    <message>
        <source>Betweenness %1 = %2 / ((n−1)(n−2)) with n = %3 members: of the shortest reply paths between two other members, the share passing through %4 (Brandes 2001; raw sum %2%5).</source>
        <translation>Betweenness %1 = %2 / ((n−1)(n−2)) with n = %3 members: of the shortest reply paths between two other members, the share passing through %4 (Brandes 2001; raw sum %2%5).</translation>
    </message>
    <message>
        <source>, estimated from %1 sampled members</source>
        <translation>, estimated from %1 sampled members</translation>
    </message>
    <message>
        <source>%1 member(s) replied to or mentioned %2, in %3 message(s).</source>
        <translation>%1 member(s) replied to or mentioned %2, in %3 message(s).</translation>
    </message>
    <message>
        <source>%1 replied to or mentioned %2 member(s), in %3 message(s).</source>
        <translation>%1 replied to or mentioned %2 member(s), in %3 message(s).</translation>
    </message>
    <message>
        <source>Persona cluster of %1 over the same period; %2 different personas among the members %1 exchanged messages with.</source>
        <translation>Persona cluster of %1 over the same period; %2 different personas among the members %1 exchanged messages with.</translation>
    </message>
    <message>
        <source>Weighted PageRank over the reply/mention graph (damping 0.85)</source>
        <translation>Weighted PageRank over the reply/mention graph (damping 0.85)</translation>
    </message>
    <message>
        <source>Normalised betweenness: share of shortest paths between other members through this member</source>
        <translation>Normalised betweenness: share of shortest paths between other members through this member</translation>
    </message>
    <message>
        <source>Members who replied to or mentioned this member</source>
        <translation>Members who replied to or mentioned this member</translation>
    </message>
    <message>
        <source>Members this member replied to or mentioned</source>
        <translation>Members this member replied to or mentioned</translation>
    </message>
    <message>
        <source>Messages replying to or mentioning this member</source>
        <translation>Messages replying to or mentioning this member</translation>
    </message>
    <message>
        <source>Messages by this member replying to or mentioning someone</source>
        <translation>Messages by this member replying to or mentioning someone</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Msgs in</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Msgs out</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>kindred::InfluencePage</name>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Computing betweenness and PageRank… %1%</source>
        <translation>Computing betweenness and PageRank… %1%</translation>
    </message>
    <message>
        <source>Members in the graph</source>
        <translation>Members in the graph</translation>
    </message>
    <message>
        <source>Members who replied to or @mentioned someone, or were replied to or mentioned, from %1 to %2 (bots and the exporting account excluded, merged identities counted once): %3 messages address someone (%4 reply links, %5 mention links).</source>
        <translation>Members who replied to or @mentioned someone, or were replied to or mentioned, from %1 to %2 (bots and the exporting account excluded, merged identities counted once): %3 messages address someone (%4 reply links, %5 mention links).</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Edges</translation>
    </message>
    <message>
        <source>Directed links A → B: A replied to a message of B in the same channel, or @mentioned B, at least once in the period.</source>
        <translation>Directed links A → B: A replied to a message of B in the same channel, or @mentioned B, at least once in the period.</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <source>Density = edges / (n·(n−1)) = %1 / (%2 × %3) = %4: the share of possible directed links that exist.</source>
        <translation>Density = edges / (n·(n−1)) = %1 / (%2 × %3) = %4: the share of possible directed links that exist.</translation>
    </message>
    <message>
        <source>Top KOLs</source>
        <translation>Top KOLs</translation>
    </message>
    <message>
        <source>Opinion leaders: the highest PageRank over the reply/mention graph (a member replied to by members who are themselves replied to ranks high). PageRank: damping 0.85, weighted by messages, %1 iterations.</source>
        <translation>Opinion leaders: the highest PageRank over the reply/mention graph (a member replied to by members who are themselves replied to ranks high). PageRank: damping 0.85, weighted by messages, %1 iterations.</translation>
    </message>
    <message>
        <source>Top %1 members by PageRank and %2 links among them (each member&apos;s strongest, then the strongest others). Size: PageRank; colour: persona; dark ring: bridge.</source>
        <translation>Top %1 members by PageRank and %2 links among them (each member&apos;s strongest, then the strongest others). Size: PageRank; colour: persona; dark ring: bridge.</translation>
    </message>
    <message>
        <source>Betweenness: Brandes&apos; algorithm over directed, unweighted shortest paths (%1), shown normalised by (n−1)(n−2). Bridges: the highest betweenness among members whose partners belong to at least two personas.</source>
        <translation>Betweenness: Brandes&apos; algorithm over directed, unweighted shortest paths (%1), shown normalised by (n−1)(n−2). Bridges: the highest betweenness among members whose partners belong to at least two personas.</translation>
    </message>
    <message>
        <source>estimated from %1 sampled members</source>
        <translation>estimated from %1 sampled members</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>No personas for this period (%1), so no bridges.</source>
        <translation>No personas for this period (%1), so no bridges.</translation>
    </message>
    <message>
        <source>Estimate betweenness (faster)</source>
        <translation>Estimate betweenness (faster)</translation>
    </message>
    <message>
        <source>Brandes &amp; Pich (2007): shortest paths from %1 members drawn at random instead of from everyone, scaled up. On a 50,000-member test graph: 1.8 s instead of about 2 minutes, the top 10 unchanged, a median error of 11% on the top 100.</source>
        <translation>Brandes &amp; Pich (2007): shortest paths from %1 members drawn at random instead of from everyone, scaled up. On a 50,000-member test graph: 1.8 s instead of about 2 minutes, the top 10 unchanged, a median error of 11% on the top 100.</translation>
    </message>
</context>
<context>
    <name>kindred::KpiCard</name>
    <message>
        <source>Previous period: %1</source>
        <translation>Previous period: %1</translation>
    </message>
</context>
<context>
    <name>kindred::LeaderboardModel</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>k1 = %1; share of interactions %2: %3 of %4 (%5 replies + %6 reactions given in the period)</source>
        <translation>k1 = %1; share of interactions %2: %3 of %4 (%5 replies + %6 reactions given in the period)</translation>
    </message>
    <message>
        <source>k2 = %1; share of content %2: %3 of %4 messages posted in the period</source>
        <translation>k2 = %1; share of content %2: %3 of %4 messages posted in the period</translation>
    </message>
    <message>
        <source>k3 = %1; share of knowledge %2: %3 of %4 knowledge posts (%5 long, %6 with links, %7 with code, %8 with files)</source>
        <translation>k3 = %1; share of knowledge %2: %3 of %4 knowledge posts (%5 long, %6 with links, %7 with code, %8 with files)</translation>
    </message>
    <message>
        <source>No badge yet</source>
        <translation>No badge yet</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Contribution score Q = k1 × share of interactions + k2 × share of content + k3 × share of knowledge (the seeds&apos; Q(x) = k1·P(y|x) + k2·P(z|x) + k3·P(w|x))</source>
        <translation>Contribution score Q = k1 × share of interactions + k2 × share of content + k3 × share of knowledge (the seeds&apos; Q(x) = k1·P(y|x) + k2·P(z|x) + k3·P(w|x))</translation>
    </message>
    <message>
        <source>Share of all interactions of the period: replies + reactions given</source>
        <translation>Share of all interactions of the period: replies + reactions given</translation>
    </message>
    <message>
        <source>Share of all messages posted in the period</source>
        <translation>Share of all messages posted in the period</translation>
    </message>
    <message>
        <source>Share of all knowledge posts of the period: long posts, links, code, files and media</source>
        <translation>Share of all knowledge posts of the period: long posts, links, code, files and media</translation>
    </message>
    <message>
        <source>Points (积分) earned in the period: per message (with a cooldown and a minimum length), per distinct member who replied, per distinct member who reacted</source>
        <translation>Points (积分) earned in the period: per message (with a cooldown and a minimum length), per distinct member who replied, per distinct member who reacted</translation>
    </message>
    <message>
        <source>Badges (勋章) earned up to the period&apos;s end</source>
        <translation>Badges (勋章) earned up to the period&apos;s end</translation>
    </message>
    <message>
        <source>Level at the end of the period</source>
        <translation>Level at the end of the period</translation>
    </message>
</context>
<context>
    <name>kindred::LevelCountModel</name>
    <message>
        <source>activity weight = %1 × messages + %2 × replies + %3 × reactions given, over the last 30 days</source>
        <translation>activity weight = %1 × messages + %2 × replies + %3 × reactions given, over the last 30 days</translation>
    </message>
    <message>
        <source>; or an activity weight of at least %1</source>
        <translation>; or an activity weight of at least %1</translation>
    </message>
    <message>
        <source>seen in the community, no milestone of a higher level met</source>
        <translation>seen in the community, no milestone of a higher level met</translation>
    </message>
    <message>
        <source>active on at least %1 days in each of the last %2 weeks, or on at least %3 of the last 30 days</source>
        <translation>active on at least %1 days in each of the last %2 weeks, or on at least %3 of the last 30 days</translation>
    </message>
    <message>
        <source>active on at least %1 of the last 30 days with at least %2 contributions (replies and knowledge posts) in them</source>
        <translation>active on at least %1 of the last 30 days with at least %2 contributions (replies and knowledge posts) in them</translation>
    </message>
    <message>
        <source>active on at least %1 of the last 90 days and among the top %2% of the contributors of those 90 days</source>
        <translation>active on at least %1 of the last 90 days and among the top %2% of the contributors of those 90 days</translation>
    </message>
    <message>
        <source>%1 members seen in the community by the end of %2 (a message, a reaction or a join); every member has exactly one level</source>
        <translation>%1 members seen in the community by the end of %2 (a message, a reaction or a join); every member has exactly one level</translation>
    </message>
    <message>
        <source>%1 members are %2 on %3: %4.
Promotion at once, demotion only at the month-end review (the last day of each month).</source>
        <translation>%1 members are %2 on %3: %4.
Promotion at once, demotion only at the month-end review (the last day of each month).</translation>
    </message>
    <message>
        <source>%1 of %2 members = %3</source>
        <translation>%1 of %2 members = %3</translation>
    </message>
    <message>
        <source>contribution = a reply, or a knowledge post (long post, link, code, file)</source>
        <translation>contribution = a reply, or a knowledge post (long post, link, code, file)</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>Reached by</translation>
    </message>
</context>
<context>
    <name>kindred::LevelMonthModel</name>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (to %2)</translation>
    </message>
    <message>
        <source>Levels on %1 (after the month-end review) against %2</source>
        <translation>Levels on %1 (after the month-end review) against %2</translation>
    </message>
    <message>
        <source>Levels on %1 (the month is still running: no month-end review yet, so nobody has moved down) against %2</source>
        <translation>Levels on %1 (the month is still running: no month-end review yet, so nobody has moved down) against %2</translation>
    </message>
    <message>
        <source>%1 members were seen by the end of both %2 and %3; the shares are of them</source>
        <translation>%1 members were seen by the end of both %2 and %3; the shares are of them</translation>
    </message>
    <message>
        <source>%1 of %2 members had a higher level on %3 than on %4 = %5</source>
        <translation>%1 of %2 members had a higher level on %3 than on %4 = %5</translation>
    </message>
    <message>
        <source>%1 of %2 members had the same level on %3 as on %4 = %5</source>
        <translation>%1 of %2 members had the same level on %3 as on %4 = %5</translation>
    </message>
    <message>
        <source>%1 of %2 members had a lower level on %3 than on %4 = %5</source>
        <translation>%1 of %2 members had a lower level on %3 than on %4 = %5</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Moved up</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>Moved down</translation>
    </message>
</context>
<context>
    <name>kindred::LevelRulesEditor</name>
    <message>
        <source>Activity weight</source>
        <translation>Activity weight</translation>
    </message>
    <message>
        <source>0 turns this way off.</source>
        <translation>0 turns this way off.</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Days a week</translation>
    </message>
    <message>
        <source>Participating: active on at least this many days in each of the last weeks (7-day windows ending on the day). Default %1.</source>
        <translation>Participating: active on at least this many days in each of the last weeks (7-day windows ending on the day). Default %1.</translation>
    </message>
    <message>
        <source>for weeks</source>
        <translation>for weeks</translation>
    </message>
    <message>
        <source>How many of the last weeks must each hold those days. Default %1.</source>
        <translation>How many of the last weeks must each hold those days. Default %1.</translation>
    </message>
    <message>
        <source>or days of 30</source>
        <translation>or days of 30</translation>
    </message>
    <message>
        <source>Participating also when active on at least this many of the last 30 days. Default %1.</source>
        <translation>Participating also when active on at least this many of the last 30 days. Default %1.</translation>
    </message>
    <message>
        <source>or weight ≥</source>
        <translation>or weight ≥</translation>
    </message>
    <message>
        <source>Participating also with at least this activity weight in 30 days. %1 Default %2.</source>
        <translation>Participating also with at least this activity weight in 30 days. %1 Default %2.</translation>
    </message>
    <message>
        <source>Days of 30</source>
        <translation>Days of 30</translation>
    </message>
    <message>
        <source>Contributing: active on at least this many of the last 30 days. Default %1.</source>
        <translation>Contributing: active on at least this many of the last 30 days. Default %1.</translation>
    </message>
    <message>
        <source>and contributions</source>
        <translation>and contributions</translation>
    </message>
    <message>
        <source>…and at least this many contributions in those 30 days: replies and knowledge posts (long posts, links, code, files). Default %1.</source>
        <translation>…and at least this many contributions in those 30 days: replies and knowledge posts (long posts, links, code, files). Default %1.</translation>
    </message>
    <message>
        <source>Contributing also with at least this activity weight in 30 days. %1 Default %2.</source>
        <translation>Contributing also with at least this activity weight in 30 days. %1 Default %2.</translation>
    </message>
    <message>
        <source>Days of 90</source>
        <translation>Days of 90</translation>
    </message>
    <message>
        <source>Leading: active on at least this many of the last 90 days. Default %1.</source>
        <translation>Leading: active on at least this many of the last 90 days. Default %1.</translation>
    </message>
    <message>
        <source>and top %</source>
        <translation>and top %</translation>
    </message>
    <message>
        <source>…and among this top percentage of the members who contributed in those 90 days, ranked by contributions (ties at the threshold included). Default %1%.</source>
        <translation>…and among this top percentage of the members who contributed in those 90 days, ranked by contributions (ties at the threshold included). Default %1%.</translation>
    </message>
    <message>
        <source>Leading also with at least this activity weight in 30 days. %1 Default %2.</source>
        <translation>Leading also with at least this activity weight in 30 days. %1 Default %2.</translation>
    </message>
    <message>
        <source>Message ×</source>
        <translation>Message ×</translation>
    </message>
    <message>
        <source>Weight of a message that is not a reply. Default %1.</source>
        <translation>Weight of a message that is not a reply. Default %1.</translation>
    </message>
    <message>
        <source>Reply ×</source>
        <translation>Reply ×</translation>
    </message>
    <message>
        <source>Weight of a reply. Default %1.</source>
        <translation>Weight of a reply. Default %1.</translation>
    </message>
    <message>
        <source>Reaction given ×</source>
        <translation>Reaction given ×</translation>
    </message>
    <message>
        <source>Weight of a reaction given (with a time in the export). Default %1.</source>
        <translation>Weight of a reaction given (with a time in the export). Default %1.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>kindred::LevelsPage</name>
    <message>
        <source>Levels &amp; contribution</source>
        <translation>Levels &amp; contribution</translation>
    </message>
    <message>
        <source>sum %1</source>
        <translation>sum %1</translation>
    </message>
    <message>
        <source>Q sums to k1 + k2 + k3 over all members</source>
        <translation>Q sums to k1 + k2 + k3 over all members</translation>
    </message>
    <message>
        <source>Level rules and contribution weights saved in the workspace</source>
        <translation>Level rules and contribution weights saved in the workspace</translation>
    </message>
    <message>
        <source>Select a member in the leaderboard to see how their score, points, badges and level were computed.</source>
        <translation>Select a member in the leaderboard to see how their score, points, badges and level were computed.</translation>
    </message>
    <message>
        <source>%1 ×%2: %3</source>
        <translation>%1 ×%2: %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — rank %2 of %3, Q = %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Level&lt;/b&gt;: %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt;&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Badges&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%7&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Double-click the row to open the member.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — rank %2 of %3, Q = %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Level&lt;/b&gt;: %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt;&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Badges&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%7&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Double-click the row to open the member.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>all levels</translation>
    </message>
    <message>
        <source>Contribution leaderboard (%1: %2 of %3 members)</source>
        <translation>Contribution leaderboard (%1: %2 of %3 members)</translation>
    </message>
    <message>
        <source>Levels on %1, the last day of the period; leaderboard, points and monthly movement up to it (period %2 – %3). Badges count all history up to %1.</source>
        <translation>Levels on %1, the last day of the period; leaderboard, points and monthly movement up to it (period %2 – %3). Badges count all history up to %1.</translation>
    </message>
    <message>
        <source>Export the leaderboard as CSV</source>
        <translation>Export the leaderboard as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>Exported %n member to %1</numerusform>
            <numerusform>Exported %n members to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Members per level</source>
        <translation>Members per level</translation>
    </message>
    <message>
        <source>Orbit levels: Exploring, Participating, Contributing, Leading. The highest level whose rule holds is earned; promotion at once, demotion only at the month-end review. Select a row to list its members below.</source>
        <translation>Orbit levels: Exploring, Participating, Contributing, Leading. The highest level whose rule holds is earned; promotion at once, demotion only at the month-end review. Select a row to list its members below.</translation>
    </message>
    <message>
        <source>A member holds the highest level whose rule they meet: promoted the same day, moved down only at the month-end review (the last day of each month). Select a level to list its members in the leaderboard.</source>
        <translation>A member holds the highest level whose rule they meet: promoted the same day, moved down only at the month-end review (the last day of each month). Select a level to list its members in the leaderboard.</translation>
    </message>
    <message>
        <source>Moved up, held, moved down each month</source>
        <translation>Moved up, held, moved down each month</translation>
    </message>
    <message>
        <source>Members present at the end of the previous month and of this one, by how their level changed between the two.</source>
        <translation>Members present at the end of the previous month and of this one, by how their level changed between the two.</translation>
    </message>
    <message>
        <source>Level movement of the last twelve months</source>
        <translation>Level movement of the last twelve months</translation>
    </message>
    <message>
        <source>Share of the members present at both month ends who moved up, held or moved down a level. Hover a bar for the numbers.</source>
        <translation>Share of the members present at both month ends who moved up, held or moved down a level. Hover a bar for the numbers.</translation>
    </message>
    <message>
        <source>Level rules</source>
        <translation>Level rules</translation>
    </message>
    <message>
        <source>The milestones of each level (presence, contributions, activity weight), saved in the workspace.</source>
        <translation>The milestones of each level (presence, contributions, activity weight), saved in the workspace.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Save these rules in the workspace and recompute every level</source>
        <translation>Save these rules in the workspace and recompute every level</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Reset to defaults</translation>
    </message>
    <message>
        <source>Restore the default level rules and save them</source>
        <translation>Restore the default level rules and save them</translation>
    </message>
    <message>
        <source>Weights of Q:</source>
        <translation>Weights of Q:</translation>
    </message>
    <message>
        <source>k1: weight of the member&apos;s share of all interactions (replies and reactions given). Default 0.3.</source>
        <translation>k1: weight of the member&apos;s share of all interactions (replies and reactions given). Default 0.3.</translation>
    </message>
    <message>
        <source>k2: weight of the member&apos;s share of all messages posted. Default 0.3.</source>
        <translation>k2: weight of the member&apos;s share of all messages posted. Default 0.3.</translation>
    </message>
    <message>
        <source>k3: weight of the member&apos;s share of all knowledge posts (long posts of at least %1 characters, links, code, files). Default 0.4.</source>
        <translation>k3: weight of the member&apos;s share of all knowledge posts (long posts of at least %1 characters, links, code, files). Default 0.4.</translation>
    </message>
    <message>
        <source>k1 interactions</source>
        <translation>k1 interactions</translation>
    </message>
    <message>
        <source>k2 content</source>
        <translation>k2 content</translation>
    </message>
    <message>
        <source>k3 knowledge</source>
        <translation>k3 knowledge</translation>
    </message>
    <message>
        <source>Save the weights in the workspace and rank again</source>
        <translation>Save the weights in the workspace and rank again</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>Restore k1 = 0.3, k2 = 0.3, k3 = 0.4 and save them</source>
        <translation>Restore k1 = 0.3, k2 = 0.3, k3 = 0.4 and save them</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the leaderboard rows listed as a CSV file that Excel opens correctly (UTF-8 with BOM)</source>
        <translation>Save the leaderboard rows listed as a CSV file that Excel opens correctly (UTF-8 with BOM)</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation>Selected member</translation>
    </message>
</context>
<context>
    <name>kindred::LinkTableModel</name>
    <message>
        <source>%1 posts of the period link to %2 (a post naming several of its links counts once), shared by %3 members; %4 distinct links</source>
        <translation>%1 posts of the period link to %2 (a post naming several of its links counts once), shared by %3 members; %4 distinct links</translation>
    </message>
    <message>
        <source>%1 posts of the period share this link, by %2 members</source>
        <translation>%1 posts of the period share this link, by %2 members</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Sharers</source>
        <translation>Sharers</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>First shared</source>
        <translation>First shared</translation>
    </message>
    <message>
        <source>Last shared</source>
        <translation>Last shared</translation>
    </message>
    <message>
        <source>Example post</source>
        <translation>Example post</translation>
    </message>
</context>
<context>
    <name>kindred::LinksPanel</name>
    <message>
        <source>Links shared in the period&apos;s posts (host without &quot;www.&quot;, lower case; a post sharing a link twice counts once).</source>
        <translation>Links shared in the period&apos;s posts (host without &quot;www.&quot;, lower case; a post sharing a link twice counts once).</translation>
    </message>
    <message>
        <source>Domains: posts linking to each site and how many distinct links of it were shared.</source>
        <translation>Domains: posts linking to each site and how many distinct links of it were shared.</translation>
    </message>
</context>
<context>
    <name>kindred::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;New Workspace…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Create an empty workspace file</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <source>Open a Kindred workspace file</source>
        <translation>Open a Kindred workspace file</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Export Report…</translation>
    </message>
    <message>
        <source>Write a PDF report of the period</source>
        <translation>Write a PDF report of the period</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;About Kindred</source>
        <translation>&amp;About Kindred</translation>
    </message>
    <message>
        <source>Workspace &amp;Settings…</source>
        <translation>Workspace &amp;Settings…</translation>
    </message>
    <message>
        <source>Community name, time zone and currency, and the thresholds of the segment rules</source>
        <translation>Community name, time zone and currency, and the thresholds of the segment rules</translation>
    </message>
    <message>
        <source>Import chat exports (Telegram JSON, WhatsApp text, DiscordChatExporter JSON) into this workspace</source>
        <translation>Import chat exports (Telegram JSON, WhatsApp text, DiscordChatExporter JSON) into this workspace</translation>
    </message>
    <message>
        <source>Import CSV with Mapping</source>
        <translation>Import CSV with Mapping</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Open or create a workspace first.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import CSV with &amp;Mapping…</source>
        <translation>Import CSV with &amp;Mapping…</translation>
    </message>
    <message>
        <source>Import a CSV file of members, messages, memberships, feedback or activities, choosing what each column holds</source>
        <translation>Import a CSV file of members, messages, memberships, feedback or activities, choosing what each column holds</translation>
    </message>
</context>
<context>
    <name>kindred::MainWindow</name>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 could not be opened.

%2</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Kindred workspaces (*.kindred)</source>
        <translation>Kindred workspaces (*.kindred)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Kindred workspaces (*.kindred);;All files (*)</source>
        <translation>Kindred workspaces (*.kindred);;All files (*)</translation>
    </message>
    <message>
        <source>Import chat exports</source>
        <translation>Import chat exports</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported data is kept in a workspace file. Choose where to create the new workspace.</source>
        <translation>Imported data is kept in a workspace file. Choose where to create the new workspace.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Open a workspace with data first (or the demo community).</source>
        <translation>Open a workspace with data first (or the demo community).</translation>
    </message>
    <message>
        <source>%1 — Kindred</source>
        <translation>%1 — Kindred</translation>
    </message>
    <message>
        <source>Workspace Settings</source>
        <translation>Workspace Settings</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Open or create a workspace first.</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.txt *.zip *.csv);;All files (*)</source>
        <translation>Chat exports (*.json *.txt *.zip *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Search messages (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>kindred::ManualMergeDialog</name>
    <message numerus="yes">
        <source>%1 — %2, %Ln message(s)</source>
        <translation>
            <numerusform>%1 — %2, %Ln message</numerusform>
            <numerusform>%1 — %2, %Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>Merge two members</translation>
    </message>
    <message>
        <source>Choose two members who are the same person, for example someone who uses Telegram and WhatsApp. Every figure will count them once. The merge can be undone in the merge log.</source>
        <translation>Choose two members who are the same person, for example someone who uses Telegram and WhatsApp. Every figure will count them once. The merge can be undone in the merge log.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Same person as:</source>
        <translation>Same person as:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Choose two different members.</source>
        <translation>Choose two different members.</translation>
    </message>
    <message>
        <source>Choose both members from the lists.</source>
        <translation>Choose both members from the lists.</translation>
    </message>
</context>
<context>
    <name>kindred::MemberAuditModel</name>
    <message>
        <source>No platform has been imported yet.</source>
        <translation>No platform has been imported yet.</translation>
    </message>
    <message>
        <source>The workspace counts %1 members, the sum of the platforms&apos; members: no member is counted on two platforms.</source>
        <translation>The workspace counts %1 members, the sum of the platforms&apos; members: no member is counted on two platforms.</translation>
    </message>
    <message>
        <source>The workspace counts %1 members: %2 per platform minus %3 people seen on more than one platform.</source>
        <translation>The workspace counts %1 members: %2 per platform minus %3 people seen on more than one platform.</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) from %1</source>
        <translation>
            <numerusform>%n import from %1</numerusform>
            <numerusform>%n imports from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>People in exports</source>
        <translation>People in exports</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Exporting account</source>
        <translation>Exporting account</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>No activity</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Also on other platforms</source>
        <translation>Also on other platforms</translation>
    </message>
    <message>
        <source>The people each exported file names, added up over the files of this platform (someone in two files counts twice)</source>
        <translation>The people each exported file names, added up over the files of this platform (someone in two files counts twice)</translation>
    </message>
    <message>
        <source>Different accounts of this platform in the workspace. Accounts = bots + exporting account + no activity + merged + members</source>
        <translation>Different accounts of this platform in the workspace. Accounts = bots + exporting account + no activity + merged + members</translation>
    </message>
    <message>
        <source>Accounts marked as bots: not counted as members</source>
        <translation>Accounts marked as bots: not counted as members</translation>
    </message>
    <message>
        <source>The account that made the export (&quot;You&quot;): not counted as a member</source>
        <translation>The account that made the export (&quot;You&quot;): not counted as a member</translation>
    </message>
    <message>
        <source>Accounts only mentioned or named in a system line: they never posted, reacted or joined</source>
        <translation>Accounts only mentioned or named in a system line: they never posted, reacted or joined</translation>
    </message>
    <message>
        <source>Accounts merged into another member (counted once, there)</source>
        <translation>Accounts merged into another member (counted once, there)</translation>
    </message>
    <message>
        <source>The members this platform counts</source>
        <translation>The members this platform counts</translation>
    </message>
    <message>
        <source>Members whose last event is leaving or being removed (part of Members)</source>
        <translation>Members whose last event is leaving or being removed (part of Members)</translation>
    </message>
    <message>
        <source>Members also seen on another platform (part of Members, counted once in the workspace)</source>
        <translation>Members also seen on another platform (part of Members, counted once in the workspace)</translation>
    </message>
</context>
<context>
    <name>kindred::MemberDetailPanel</name>
    <message>
        <source>Loading member…</source>
        <translation>Loading member…</translation>
    </message>
    <message>
        <source>Double-click a member (Members page, reply partners) to see their details here.</source>
        <translation>Double-click a member (Members page, reply partners) to see their details here.</translation>
    </message>
    <message>
        <source>This member cannot be shown.

%1</source>
        <translation>This member cannot be shown.

%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved the tags and notes of %1</source>
        <translation>Saved the tags and notes of %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banned</translation>
    </message>
    <message>
        <source>Member #%1 · status %2 · on %3</source>
        <translation>Member #%1 · status %2 · on %3</translation>
    </message>
    <message numerus="yes">
        <source> · %n merged account(s)</source>
        <translation>
            <numerusform> · %n merged account</numerusform>
            <numerusform> · %n merged accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined %1 · first seen %2 · last seen %3</source>
        <translation>Joined %1 · first seen %2 · last seen %3</translation>
    </message>
    <message>
        <source>(no join event)</source>
        <translation>(no join event)</translation>
    </message>
    <message>
        <source> · left %1</source>
        <translation> · left %1</translation>
    </message>
    <message>
        <source>%1 messages, of which %2 replies, over the whole history</source>
        <translation>%1 messages, of which %2 replies, over the whole history</translation>
    </message>
    <message>
        <source>Dates in the community&apos;s timezone (%1). First and last seen count messages, reactions and join/leave events of every merged account.</source>
        <translation>Dates in the community&apos;s timezone (%1). First and last seen count messages, reactions and join/leave events of every merged account.</translation>
    </message>
    <message>
        <source>Segment on %1</source>
        <translation>Segment on %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Segments are evaluated on the period&apos;s last day with the workspace&apos;s segment rules (Workspace Settings); the first rule that matches wins.</source>
        <translation>Segments are evaluated on the period&apos;s last day with the workspace&apos;s segment rules (Workspace Settings); the first rule that matches wins.</translation>
    </message>
    <message>
        <source>Level on %1</source>
        <translation>Level on %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Levels are not available.</source>
        <translation>Levels are not available.</translation>
    </message>
    <message>
        <source>%1 messages in %2 weeks (%3 – %4); weeks run Monday to Sunday in community time, service lines not counted.</source>
        <translation>%1 messages in %2 weeks (%3 – %4); weeks run Monday to Sunday in community time, service lines not counted.</translation>
    </message>
    <message>
        <source>Latest messages (%1 of %2)</source>
        <translation>Latest messages (%1 of %2)</translation>
    </message>
    <message>
        <source>Identities (%1)</source>
        <translation>Identities (%1)</translation>
    </message>
    <message>
        <source>No replies exchanged with other members yet.</source>
        <translation>No replies exchanged with other members yet.</translation>
    </message>
    <message>
        <source>Replies both ways, the %1 members with most. Double-click a member to open them.</source>
        <translation>Replies both ways, the %1 members with most. Double-click a member to open them.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identities</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>Tags and notes</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>Latest messages</translation>
    </message>
    <message>
        <source>Reply partners</source>
        <translation>Reply partners</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vip, speaker</source>
        <translation>Separated by commas, e.g. vip, speaker</translation>
    </message>
    <message>
        <source>Tags are separated by commas; spaces are tidied and repeated tags (ignoring case) dropped when saved. At most %1 characters per tag.</source>
        <translation>Tags are separated by commas; spaces are tidied and repeated tags (ignoring case) dropped when saved. At most %1 characters per tag.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Private notes about this member</source>
        <translation>Private notes about this member</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Stores the tags and notes in the workspace</source>
        <translation>Stores the tags and notes in the workspace</translation>
    </message>
</context>
<context>
    <name>kindred::MemberIdentityModel</name>
    <message>
        <source>This account belongs to member #%1, merged into this person (Identities page, merge log).</source>
        <translation>This account belongs to member #%1, merged into this person (Identities page, merge log).</translation>
    </message>
    <message>
        <source>This account belongs to the member row of this person.</source>
        <translation>This account belongs to the member row of this person.</translation>
    </message>
    <message>
        <source>merged #%1</source>
        <translation>merged #%1</translation>
    </message>
    <message>
        <source>own</source>
        <translation>own</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Account id</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>kindred::MemberTableModel</name>
    <message>
        <source>%1 — on %2</source>
        <translation>%1 — on %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Active days</translation>
    </message>
    <message>
        <source>Why this segment</source>
        <translation>Why this segment</translation>
    </message>
    <message>
        <source>Messages sent in the chosen period</source>
        <translation>Messages sent in the chosen period</translation>
    </message>
    <message>
        <source>Messages sent up to the end of the period</source>
        <translation>Messages sent up to the end of the period</translation>
    </message>
    <message>
        <source>Last message, reaction or event up to the end of the period</source>
        <translation>Last message, reaction or event up to the end of the period</translation>
    </message>
    <message>
        <source>Days with a message, reply or reaction in the %1 days ending with the period</source>
        <translation>Days with a message, reply or reaction in the %1 days ending with the period</translation>
    </message>
</context>
<context>
    <name>kindred::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 of %2 members</translation>
    </message>
    <message>
        <source>Export members as CSV</source>
        <translation>Export members as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>Exported %n member to %1</numerusform>
            <numerusform>Exported %n members to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <source>Shows members whose name contains this text (any case)</source>
        <translation>Shows members whose name contains this text (any case)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the members shown as a CSV file that Excel opens correctly</source>
        <translation>Save the members shown as a CSV file that Excel opens correctly</translation>
    </message>
</context>
<context>
    <name>kindred::MembershipsPage</name>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>The exchange rates could not be saved in the workspace.</source>
        <translation>The exchange rates could not be saved in the workspace.</translation>
    </message>
    <message numerus="yes">
        <source>Paid settings saved: renewal grace period %n day(s)</source>
        <translation>
            <numerusform>Paid settings saved: renewal grace period %n day</numerusform>
            <numerusform>Paid settings saved: renewal grace period %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, compared with the previous period of the same length. Revenue and renewals: %3 – %4. RFM and renewal risk as of %5.</source>
        <translation>%1 – %2, compared with the previous period of the same length. Revenue and renewals: %3 – %4. RFM and renewal risk as of %5.</translation>
    </message>
    <message>
        <source>Members with a paid membership (active, expired or cancelled; not trial or refunded) that covers the end of the period or started in it.
%1 – %2: %3 paying members.</source>
        <translation>Members with a paid membership (active, expired or cancelled; not trial or refunded) that covers the end of the period or started in it.
%1 – %2: %3 paying members.</translation>
    </message>
    <message>
        <source>Paid conversion (付费转化率) = paying members / members at the end of the period
= %1 / %2 = %3</source>
        <translation>Paid conversion (付费转化率) = paying members / members at the end of the period
= %1 / %2 = %3</translation>
    </message>
    <message>
        <source>Trials started in the period that converted: the member started a paid membership between the trial&apos;s start and %1 days after it ended.
= %2 / %3 = %4 (%5 still within their window, may still convert)</source>
        <translation>Trials started in the period that converted: the member started a paid membership between the trial&apos;s start and %1 days after it ended.
= %2 / %3 = %4 (%5 still within their window, may still convert)</translation>
    </message>
    <message>
        <source>Renewal rate (续费率) = paid memberships expiring in the period that were renewed within the %1-day grace period / paid memberships expiring in the period
= %2 / %3 = %4
Of the expiring: %5 cancelled, %6 pending (grace not over). Refunded, not counted: %7.</source>
        <translation>Renewal rate (续费率) = paid memberships expiring in the period that were renewed within the %1-day grace period / paid memberships expiring in the period
= %2 / %3 = %4
Of the expiring: %5 cancelled, %6 pending (grace not over). Refunded, not counted: %7.</translation>
    </message>
    <message>
        <source>ARPPU (average revenue per paying member), all currencies converted into %1 with your rates = revenue of the period / members who paid in it
= %2 / %3 = %4</source>
        <translation>ARPPU (average revenue per paying member), all currencies converted into %1 with your rates = revenue of the period / members who paid in it
= %2 / %3 = %4</translation>
    </message>
    <message>
        <source>ARPPU (average revenue per paying member) in %1 = revenue in %1 of the memberships started in the period / members who paid in %1 in it
= %2 / %3 = %4</source>
        <translation>ARPPU (average revenue per paying member) in %1 = revenue in %1 of the memberships started in the period / members who paid in %1 in it
= %2 / %3 = %4</translation>
    </message>
    <message>
        <source>Other currencies: %1</source>
        <translation>Other currencies: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Refunded memberships started in the period (not counted as revenue): %1
Amount refunded: %2
Previous period: %3</source>
        <translation>Refunded memberships started in the period (not counted as revenue): %1
Amount refunded: %2
Previous period: %3</translation>
    </message>
    <message>
        <source>No memberships yet</source>
        <translation>No memberships yet</translation>
    </message>
    <message>
        <source>Import a memberships CSV (File &gt; Import) with member, plan, amount, currency, start, expiry and status columns, or a 知识星球 members export, to see paying members, conversion, renewals, revenue, RFM and renewal risk here.</source>
        <translation>Import a memberships CSV (File &gt; Import) with member, plan, amount, currency, start, expiry and status columns, or a 知识星球 members export, to see paying members, conversion, renewals, revenue, RFM and renewal risk here.</translation>
    </message>
    <message>
        <source>Paying members</source>
        <translation>Paying members</translation>
    </message>
    <message>
        <source>Paid conversion</source>
        <translation>Paid conversion</translation>
    </message>
    <message>
        <source>Trial to paid</source>
        <translation>Trial to paid</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>Renewal rate</translation>
    </message>
    <message>
        <source>ARPPU</source>
        <translation>ARPPU</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Renewal grace period:</source>
        <translation>Renewal grace period:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>A membership counts as renewed when the next paid membership starts at most this many days after it expired</source>
        <translation>A membership counts as renewed when the next paid membership starts at most this many days after it expired</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Save the grace period in the workspace and recompute</source>
        <translation>Save the grace period in the workspace and recompute</translation>
    </message>
    <message>
        <source>Revenue per month by plan</source>
        <translation>Revenue per month by plan</translation>
    </message>
    <message>
        <source>Amounts of the paid memberships started in each month (the payment date is the start), in minor units converted to the currency&apos;s units; refunds are left out.</source>
        <translation>Amounts of the paid memberships started in each month (the payment date is the start), in minor units converted to the currency&apos;s units; refunds are left out.</translation>
    </message>
    <message>
        <source>Renewal rate per expiry month</source>
        <translation>Renewal rate per expiry month</translation>
    </message>
    <message>
        <source>Renewed / expiring paid memberships, by the month they expire in. Hover a row for its numbers.</source>
        <translation>Renewed / expiring paid memberships, by the month they expire in. Hover a row for its numbers.</translation>
    </message>
    <message>
        <source>RFM of the paying members</source>
        <translation>RFM of the paying members</translation>
    </message>
    <message>
        <source>Renewal risk: who to call</source>
        <translation>Renewal risk: who to call</translation>
    </message>
</context>
<context>
    <name>kindred::MergeLogModel</name>
    <message>
        <source>undone %1</source>
        <translation>undone %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Into</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kindred::MergeSuggestionModel</name>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>same username</source>
        <translation>same username</translation>
    </message>
    <message>
        <source>same display name</source>
        <translation>same display name</translation>
    </message>
    <message>
        <source>merged by hand</source>
        <translation>merged by hand</translation>
    </message>
    <message>
        <source>Merging keeps %1 and counts %2 as the same person (%3: %4). It can be undone in the merge log.</source>
        <translation>Merging keeps %1 and counts %2 as the same person (%3: %4). It can be undone in the merge log.</translation>
    </message>
    <message>
        <source>The member that stays (seen first)</source>
        <translation>The member that stays (seen first)</translation>
    </message>
    <message>
        <source>The member counted as the same person as the one that stays</source>
        <translation>The member counted as the same person as the one that stays</translation>
    </message>
    <message>
        <source>What the two share</source>
        <translation>What the two share</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Same person as</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Shared value</source>
        <translation>Shared value</translation>
    </message>
</context>
<context>
    <name>kindred::ModerationContextView</name>
    <message>
        <source>Member #%1 · status %2</source>
        <translation>Member #%1 · status %2</translation>
    </message>
    <message>
        <source>Segment on %1</source>
        <translation>Segment on %1</translation>
    </message>
    <message>
        <source>Level on %1</source>
        <translation>Level on %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Why flagged: %1</source>
        <translation>Why flagged: %1</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>severity %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>happened %1, flagged %2</source>
        <translation>happened %1, flagged %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open flag(s) for this member in the queue</source>
        <translation>
            <numerusform>%n open flag for this member in the queue</numerusform>
            <numerusform>%n open flags for this member in the queue</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages around it</source>
        <translation>Messages around it</translation>
    </message>
    <message>
        <source>Messages around it in %1</source>
        <translation>Messages around it in %1</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>This flag names no message.</source>
        <translation>This flag names no message.</translation>
    </message>
    <message>
        <source>Other flags (%1)</source>
        <translation>Other flags (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Previous decisions (%1)</source>
        <translation>Previous decisions (%1)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>kindred::ModerationPage</name>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported the ban/mute list to %1</source>
        <translation>Exported the ban/mute list to %1</translation>
    </message>
    <message>
        <source>Export the ban/mute list</source>
        <translation>Export the ban/mute list</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>Review queue (%1)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Guidance (%1)</source>
        <translation>Guidance (%1)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>%1 banned · %2 muted</source>
        <translation>%1 banned · %2 muted</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance (引导) — not violations.&lt;/b&gt; These members have become quiet or have not started yet. Low activity is never a reason to sanction anyone: consider a personal message (a welcome, a question about their interests). The list is as of %1 and never includes banned or muted members, nor members with an open flag.</source>
        <translation>&lt;b&gt;Guidance (引导) — not violations.&lt;/b&gt; These members have become quiet or have not started yet. Low activity is never a reason to sanction anyone: consider a personal message (a welcome, a question about their interests). The list is as of %1 and never includes banned or muted members, nor members with an open flag.</translation>
    </message>
    <message>
        <source>the period&apos;s last day</source>
        <translation>the period&apos;s last day</translation>
    </message>
    <message>
        <source>&amp;Moderator:</source>
        <translation>&amp;Moderator:</translation>
    </message>
    <message>
        <source>Your name as recorded with every decision in the audit log (default: your operating-system user name)</source>
        <translation>Your name as recorded with every decision in the audit log (default: your operating-system user name)</translation>
    </message>
    <message>
        <source>Export ban/mute list</source>
        <translation>Export ban/mute list</translation>
    </message>
    <message>
        <source>The members currently banned or muted, with their platform identities, for the chat platform&apos;s own tools</source>
        <translation>The members currently banned or muted, with their platform identities, for the chat platform&apos;s own tools</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>As CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>As JSON…</translation>
    </message>
    <message>
        <source>Open flags grouped by member: decide with the keyboard</source>
        <translation>Open flags grouped by member: decide with the keyboard</translation>
    </message>
    <message>
        <source>Every decision with moderator, time and reason (append-only)</source>
        <translation>Every decision with moderator, time and reason (append-only)</translation>
    </message>
    <message>
        <source>Flags per rule and channel, time to handle, repeat offenders, moderator activity in the period</source>
        <translation>Flags per rule and channel, time to handle, repeat offenders, moderator activity in the period</translation>
    </message>
    <message>
        <source>引导: quiet members worth a personal message — not violations</source>
        <translation>引导: quiet members worth a personal message — not violations</translation>
    </message>
    <message>
        <source>The flag rules: switch them on or off, edit thresholds and word lists, run them over the whole history</source>
        <translation>The flag rules: switch them on or off, edit thresholds and word lists, run them over the whole history</translation>
    </message>
</context>
<context>
    <name>kindred::ModerationReasonDialog</name>
    <message>
        <source>%1 — reason</source>
        <translation>%1 — reason</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept in the audit log):</source>
        <translation>&amp;Reason (required, kept in the audit log):</translation>
    </message>
    <message>
        <source>Why? e.g. repeated invite links</source>
        <translation>Why? e.g. repeated invite links</translation>
    </message>
    <message>
        <source>The reason is written to the append-only audit log with your name and the time; the drop-down lists your recent reasons.</source>
        <translation>The reason is written to the append-only audit log with your name and the time; the drop-down lists your recent reasons.</translation>
    </message>
    <message>
        <source>Recorded as moderator “%1” (change it in the Moderation page&apos;s toolbar).</source>
        <translation>Recorded as moderator “%1” (change it in the Moderation page&apos;s toolbar).</translation>
    </message>
    <message>
        <source>Give a reason: every decision is recorded with its reason.</source>
        <translation>Give a reason: every decision is recorded with its reason.</translation>
    </message>
</context>
<context>
    <name>kindred::ModerationStatsPanel</name>
    <message>
        <source>Flags whose behaviour happened in %1, whatever their status</source>
        <translation>Flags whose behaviour happened in %1, whatever their status</translation>
    </message>
    <message>
        <source>Of the %1 flags of the period, %2 are still open and %3 were handled (dismissed or actioned)</source>
        <translation>Of the %1 flags of the period, %2 are still open and %3 were handled (dismissed or actioned)</translation>
    </message>
    <message>
        <source>Median of (handled − raised) over the %1 handled flags of the period = %2 seconds (for an even count, the mean of the two middle values)</source>
        <translation>Median of (handled − raised) over the %1 handled flags of the period = %2 seconds (for an even count, the mean of the two middle values)</translation>
    </message>
    <message>
        <source>No flag of the period has been handled yet</source>
        <translation>No flag of the period has been handled yet</translation>
    </message>
    <message>
        <source>Decisions recorded in the audit log in %1</source>
        <translation>Decisions recorded in the audit log in %1</translation>
    </message>
    <message>
        <source>Period %1. Repeat offenders: members with at least 2 actioned flags among the period&apos;s flags, or at least 2 warn/mute/ban decisions in the period. The dismissed share of a rule is dismissed / (dismissed + actioned): how often moderators judged its flags false positives.</source>
        <translation>Period %1. Repeat offenders: members with at least 2 actioned flags among the period&apos;s flags, or at least 2 warn/mute/ban decisions in the period. The dismissed share of a rule is dismissed / (dismissed + actioned): how often moderators judged its flags false positives.</translation>
    </message>
    <message>
        <source>Decisions count on the day they were taken: those taken after the period&apos;s end (e.g. today, on imported history) appear when the period includes that day.</source>
        <translation>Decisions count on the day they were taken: those taken after the period&apos;s end (e.g. today, on imported history) appear when the period includes that day.</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Flags in the period</source>
        <translation>Flags in the period</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Median time to handle</source>
        <translation>Median time to handle</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Flags per rule</source>
        <translation>Flags per rule</translation>
    </message>
    <message>
        <source>Flags per channel</source>
        <translation>Flags per channel</translation>
    </message>
    <message>
        <source>Repeat offenders</source>
        <translation>Repeat offenders</translation>
    </message>
    <message>
        <source>Moderator activity</source>
        <translation>Moderator activity</translation>
    </message>
</context>
<context>
    <name>kindred::ModeratorActivityModel</name>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>kindred::Page</name>
    <message>
        <source>Welcome to Kindred</source>
        <translation>Welcome to Kindred</translation>
    </message>
    <message>
        <source>Open a workspace, import a chat export (Telegram JSON, WhatsApp text), or explore the demo community to see what Kindred shows.</source>
        <translation>Open a workspace, import a chat export (Telegram JSON, WhatsApp text), or explore the demo community to see what Kindred shows.</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nothing to show yet</translation>
    </message>
    <message>
        <source>This workspace holds no community members for the chosen period. Import a chat export, choose a longer period, or open the demo community.</source>
        <translation>This workspace holds no community members for the chosen period. Import a chat export, choose a longer period, or open the demo community.</translation>
    </message>
    <message>
        <source>The workspace could not be read</source>
        <translation>The workspace could not be read</translation>
    </message>
</context>
<context>
    <name>kindred::PartnerModel</name>
    <message>
        <source>Active now and never replied to %1 (nor the other way). Double-click to open %2.</source>
        <translation>Active now and never replied to %1 (nor the other way). Double-click to open %2.</translation>
    </message>
    <message>
        <source>Cosine of the two members&apos; engagement over threads: Σ e(a,t)·e(b,t) / (‖a‖·‖b‖) = %1</source>
        <translation>Cosine of the two members&apos; engagement over threads: Σ e(a,t)·e(b,t) / (‖a‖·‖b‖) = %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Shared threads</source>
        <translation>Shared threads</translation>
    </message>
    <message>
        <source>Threads both engaged with</source>
        <translation>Threads both engaged with</translation>
    </message>
</context>
<context>
    <name>kindred::PeriodBar</name>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Presets end on the day of the last message (%1).</source>
        <translation>Presets end on the day of the last message (%1).</translation>
    </message>
    <message>
        <source>First day of the period (community time zone)</source>
        <translation>First day of the period (community time zone)</translation>
    </message>
    <message>
        <source>Last day of the period, included</source>
        <translation>Last day of the period, included</translation>
    </message>
</context>
<context>
    <name>kindred::PeriodRetentionModel</name>
    <message>
        <source>%1 is after the last day of the data: not observable yet.</source>
        <translation>%1 is after the last day of the data: not observable yet.</translation>
    </message>
    <message>
        <source>No member was active in %1.</source>
        <translation>No member was active in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Of %n member(s) active in %1, %2 were active in %3 too: %2 / %4 = %5.</source>
        <translation>
            <numerusform>%n member was active in %1; active in %3 too: %2 / %4 = %5.</numerusform>
            <numerusform>Of %n members active in %1, %2 were active in %3 too: %2 / %4 = %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>* %1 has not ended yet: the share may still grow.</source>
        <translation>* %1 has not ended yet: the share may still grow.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active in both</source>
        <translation>Active in both</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>The base period</source>
        <translation>The base period</translation>
    </message>
    <message>
        <source>The period right after the base period</source>
        <translation>The period right after the base period</translation>
    </message>
    <message>
        <source>Members active in the base period (the denominator), whenever they joined</source>
        <translation>Members active in the base period (the denominator), whenever they joined</translation>
    </message>
    <message>
        <source>Of those, members active in the next period too (the numerator)</source>
        <translation>Of those, members active in the next period too (the numerator)</translation>
    </message>
    <message>
        <source>Period retention = active in both / active in the base period</source>
        <translation>Period retention = active in both / active in the base period</translation>
    </message>
</context>
<context>
    <name>kindred::PersonaClusterModel</name>
    <message>
        <source>Msgs/week</source>
        <translation>Msgs/week</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Reactions/msg</source>
        <translation>Reactions/msg</translation>
    </message>
    <message>
        <source>Links/code</source>
        <translation>Links/code</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <source>%1: %2 in this cluster, %3 for everyone</source>
        <translation>%1: %2 in this cluster, %3 for everyone</translation>
    </message>
    <message>
        <source>Everyone has the same value: the feature does not tell clusters apart.</source>
        <translation>Everyone has the same value: the feature does not tell clusters apart.</translation>
    </message>
    <message>
        <source>Cluster mean %1 SD above everyone&apos;s mean</source>
        <translation>Cluster mean %1 SD above everyone&apos;s mean</translation>
    </message>
    <message>
        <source>Cluster mean %1 SD below everyone&apos;s mean</source>
        <translation>Cluster mean %1 SD below everyone&apos;s mean</translation>
    </message>
    <message>
        <source>(measured on log(1 + x), the feature is heavy-tailed)</source>
        <translation>(measured on log(1 + x), the feature is heavy-tailed)</translation>
    </message>
    <message>
        <source>%1 of %2 members clustered (%3%)</source>
        <translation>%1 of %2 members clustered (%3%)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>%1: the cluster&apos;s mean in standard deviations from everyone&apos;s mean (the standardised centroid)</source>
        <translation>%1: the cluster&apos;s mean in standard deviations from everyone&apos;s mean (the standardised centroid)</translation>
    </message>
    <message>
        <source>Named after the feature the cluster stands out on most (at least 0.5 SD)</source>
        <translation>Named after the feature the cluster stands out on most (at least 0.5 SD)</translation>
    </message>
    <message>
        <source>Members in the cluster</source>
        <translation>Members in the cluster</translation>
    </message>
    <message>
        <source>Share of the members clustered</source>
        <translation>Share of the members clustered</translation>
    </message>
</context>
<context>
    <name>kindred::PersonaMemberModel</name>
    <message>
        <source>(member %1)</source>
        <translation>(member %1)</translation>
    </message>
    <message numerus="yes">
        <source>Messages in the period, over %n day(s) present</source>
        <translation>
            <numerusform>Messages in the period, over %n day present</numerusform>
            <numerusform>Messages in the period, over %n days present</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the member</source>
        <translation>Double-click to open the member</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>kindred::PersonaPanel</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members of “%1” (%2) — double-click one to open it</source>
        <translation>Members of “%1” (%2) — double-click one to open it</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 personas&lt;/b&gt; among %2 members present from %3 to %4: k = %1 has the highest mean silhouette (%5) of k = %6..%7. Members are clustered (k-means) on six behaviour features, each standardised to SDs from everyone&apos;s mean.</source>
        <translation>&lt;b&gt;%1 personas&lt;/b&gt; among %2 members present from %3 to %4: k = %1 has the highest mean silhouette (%5) of k = %6..%7. Members are clustered (k-means) on six behaviour features, each standardised to SDs from everyone&apos;s mean.</translation>
    </message>
    <message>
        <source>Silhouette per k</source>
        <translation>Silhouette per k</translation>
    </message>
    <message>
        <source>Each k is fitted by k-means (k-means++ seeding, 10 restarts); the k with the highest mean silhouette is kept</source>
        <translation>Each k is fitted by k-means (k-means++ seeding, 10 restarts); the k with the highest mean silhouette is kept</translation>
    </message>
    <message>
        <source>Personas: cluster means in SDs from everyone&apos;s mean</source>
        <translation>Personas: cluster means in SDs from everyone&apos;s mean</translation>
    </message>
    <message>
        <source>Personas cannot be computed for %1 to %2: %3</source>
        <translation>Personas cannot be computed for %1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>kindred::PersonasPage</name>
    <message>
        <source>Personas &amp; prediction</source>
        <translation>Personas &amp; prediction</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Members of the period clustered by behaviour (k-means)</source>
        <translation>Members of the period clustered by behaviour (k-means)</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prediction</translation>
    </message>
    <message>
        <source>Next-30-day activity and churn risk, with the models&apos; error</source>
        <translation>Next-30-day activity and churn risk, with the models&apos; error</translation>
    </message>
</context>
<context>
    <name>kindred::PlatformNames</name>
    <message>
        <source>Discord (CSV)</source>
        <translation>Discord (CSV)</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>CSV (%1)</source>
        <translation>CSV (%1)</translation>
    </message>
</context>
<context>
    <name>kindred::PredictionModel</name>
    <message>
        <source>MAE %1 days (baseline %2), RMSE %3 (baseline %4)</source>
        <translation>MAE %1 days (baseline %2), RMSE %3 (baseline %4)</translation>
    </message>
    <message>
        <source>AUC %1 (baseline %2)</source>
        <translation>AUC %1 (baseline %2)</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2 (%3)</translation>
    </message>
    <message>
        <source>Predicted active days from %1 to %2: %3 of 30</source>
        <translation>Predicted active days from %1 to %2: %3 of 30</translation>
    </message>
    <message>
        <source>Least squares on 8 behaviour features, refitted on the cut-off %1 (%2 members).</source>
        <translation>Least squares on 8 behaviour features, refitted on the cut-off %1 (%2 members).</translation>
    </message>
    <message>
        <source>Error on held-out history (trained at %1, scored on %2 members at %3, actual activity %4 to %5): %6; the baseline is &quot;same as the last 30 days&quot;.</source>
        <translation>Error on held-out history (trained at %1, scored on %2 members at %3, actual activity %4 to %5): %6; the baseline is &quot;same as the last 30 days&quot;.</translation>
    </message>
    <message>
        <source>Why (active days added to the average member&apos;s %1):</source>
        <translation>Why (active days added to the average member&apos;s %1):</translation>
    </message>
    <message>
        <source>Churn risk %1: the probability of no activity from %2 to %3</source>
        <translation>Churn risk %1: the probability of no activity from %2 to %3</translation>
    </message>
    <message>
        <source>Logistic regression (L2) on 8 behaviour features, refitted on the cut-off %1 (%2 members, %3 churned).</source>
        <translation>Logistic regression (L2) on 8 behaviour features, refitted on the cut-off %1 (%2 members, %3 churned).</translation>
    </message>
    <message>
        <source>Quality on held-out history (trained at %1, scored on %2 members at %3, %4 of them churned): %5; the baseline ranks by days since last active. Log-loss %6, accuracy %7 at 50% (always guessing the larger class: %8).</source>
        <translation>Quality on held-out history (trained at %1, scored on %2 members at %3, %4 of them churned): %5; the baseline ranks by days since last active. Log-loss %6, accuracy %7 at 50% (always guessing the larger class: %8).</translation>
    </message>
    <message>
        <source>Why (log-odds added to the average member&apos;s %1):</source>
        <translation>Why (log-odds added to the average member&apos;s %1):</translation>
    </message>
    <message>
        <source>(member %1)</source>
        <translation>(member %1)</translation>
    </message>
    <message>
        <source>Active days (posted, replied or reacted) from %1 to %2</source>
        <translation>Active days (posted, replied or reacted) from %1 to %2</translation>
    </message>
    <message>
        <source>Days from the last active day to %1</source>
        <translation>Days from the last active day to %1</translation>
    </message>
    <message>
        <source>Double-click to open the member</source>
        <translation>Double-click to open the member</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Active days, next 30</source>
        <translation>Active days, next 30</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <source>Active days, last 30</source>
        <translation>Active days, last 30</translation>
    </message>
    <message>
        <source>Days since active</source>
        <translation>Days since active</translation>
    </message>
    <message>
        <source>Why (churn log-odds)</source>
        <translation>Why (churn log-odds)</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Member ID</translation>
    </message>
    <message>
        <source>Predicted days with activity in the next 30 days (least squares), 0..30; error: %1</source>
        <translation>Predicted days with activity in the next 30 days (least squares), 0..30; error: %1</translation>
    </message>
    <message>
        <source>Probability of no activity in the next 30 days (logistic regression); quality: %1</source>
        <translation>Probability of no activity in the next 30 days (logistic regression); quality: %1</translation>
    </message>
    <message>
        <source>The features that moved the churn risk most: value (log-odds added)</source>
        <translation>The features that moved the churn risk most: value (log-odds added)</translation>
    </message>
</context>
<context>
    <name>kindred::PredictionPanel</name>
    <message>
        <source>Prediction is not available for this workspace: %1.</source>
        <translation>Prediction is not available for this workspace: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;MAE %1 days&lt;/b&gt; (baseline %2)&lt;br&gt;RMSE %3 (baseline %4)&lt;br&gt;&lt;small&gt;mean absolute / root mean squared error on held-out history; baseline: &quot;same as the last 30 days&quot;&lt;/small&gt;</source>
        <translation>&lt;b&gt;MAE %1 days&lt;/b&gt; (baseline %2)&lt;br&gt;RMSE %3 (baseline %4)&lt;br&gt;&lt;small&gt;mean absolute / root mean squared error on held-out history; baseline: &quot;same as the last 30 days&quot;&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Mean absolute and root mean squared error of the predicted active days, on %1 members of the evaluation window (cut-off %2, actual activity %3 to %4), by the model trained on the earlier window only. Baseline: &quot;same as the last 30 days&quot; (predicted = active days in the 30 days before the cut-off).</source>
        <translation>Mean absolute and root mean squared error of the predicted active days, on %1 members of the evaluation window (cut-off %2, actual activity %3 to %4), by the model trained on the earlier window only. Baseline: &quot;same as the last 30 days&quot; (predicted = active days in the 30 days before the cut-off).</translation>
    </message>
    <message>
        <source>&lt;b&gt;AUC %1&lt;/b&gt; (baseline %2)&lt;br&gt;log-loss %3 · accuracy %4 (majority %5)&lt;br&gt;&lt;small&gt;AUC: chance a churned member ranks riskier than a retained one (0.5 = chance); baseline: days since last active&lt;/small&gt;</source>
        <translation>&lt;b&gt;AUC %1&lt;/b&gt; (baseline %2)&lt;br&gt;log-loss %3 · accuracy %4 (majority %5)&lt;br&gt;&lt;small&gt;AUC: chance a churned member ranks riskier than a retained one (0.5 = chance); baseline: days since last active&lt;/small&gt;</translation>
    </message>
    <message>
        <source>AUC: the probability that a member who churned is ranked riskier than one who stayed (0.5 = chance, 1 = perfect), on %1 members of the evaluation window, %2 of them churned. Baseline: ranking by days since last active. Accuracy at a 50% risk threshold; majority = always guessing the larger class.</source>
        <translation>AUC: the probability that a member who churned is ranked riskier than one who stayed (0.5 = chance, 1 = perfect), on %1 members of the evaluation window, %2 of them churned. Baseline: ranking by days since last active. Accuracy at a 50% risk threshold; majority = always guessing the larger class.</translation>
    </message>
    <message>
        <source>Trained at cut-off &lt;b&gt;%1&lt;/b&gt; on %2 members (%3 churned, activity %4–%5);&lt;br&gt;evaluated at cut-off &lt;b&gt;%6&lt;/b&gt; on %7 members (%8 churned, activity %9–%10);&lt;br&gt;predictions as of &lt;b&gt;%11&lt;/b&gt; for %12 members active in the last 90 days.</source>
        <translation>Trained at cut-off &lt;b&gt;%1&lt;/b&gt; on %2 members (%3 churned, activity %4–%5);&lt;br&gt;evaluated at cut-off &lt;b&gt;%6&lt;/b&gt; on %7 members (%8 churned, activity %9–%10);&lt;br&gt;predictions as of &lt;b&gt;%11&lt;/b&gt; for %12 members active in the last 90 days.</translation>
    </message>
    <message>
        <source>The error figures come from a model fitted on the training window and scored on the later evaluation window, whose outcomes it never saw. The predictions below come from the same procedure one window later: refitted on the evaluation window and applied on %1 to the next 30 days.</source>
        <translation>The error figures come from a model fitted on the training window and scored on the later evaluation window, whose outcomes it never saw. The predictions below come from the same procedure one window later: refitted on the evaluation window and applied on %1 to the next 30 days.</translation>
    </message>
    <message>
        <source>%1 of %2 members at risk</source>
        <translation>%1 of %2 members at risk</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 of %2 members</translation>
    </message>
    <message>
        <source>Export predictions as CSV</source>
        <translation>Export predictions as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>Exported %n member to %1</numerusform>
            <numerusform>Exported %n members to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Active days, next 30: error</source>
        <translation>Active days, next 30: error</translation>
    </message>
    <message>
        <source>Churn risk: quality</source>
        <translation>Churn risk: quality</translation>
    </message>
    <message>
        <source>Held-out history</source>
        <translation>Held-out history</translation>
    </message>
    <message>
        <source>At risk only: churn risk ≥</source>
        <translation>At risk only: churn risk ≥</translation>
    </message>
    <message>
        <source>Shows only members whose probability of no activity in the next 30 days is at least the threshold</source>
        <translation>Shows only members whose probability of no activity in the next 30 days is at least the threshold</translation>
    </message>
    <message>
        <source>Churn probability threshold, 0..1</source>
        <translation>Churn probability threshold, 0..1</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the members shown as a CSV file that Excel opens correctly</source>
        <translation>Save the members shown as a CSV file that Excel opens correctly</translation>
    </message>
</context>
<context>
    <name>kindred::RatesEditor</name>
    <message>
        <source>How many %1 one %2 is worth</source>
        <translation>How many %1 one %2 is worth</translation>
    </message>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <source>Convert into:</source>
        <translation>Convert into:</translation>
    </message>
    <message>
        <source>The currency every amount is converted into</source>
        <translation>The currency every amount is converted into</translation>
    </message>
    <message>
        <source>Apply rates</source>
        <translation>Apply rates</translation>
    </message>
    <message>
        <source>Save these rates in the workspace and show revenue converted</source>
        <translation>Save these rates in the workspace and show revenue converted</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Turn off</translation>
    </message>
    <message>
        <source>Forget the rates: revenue is shown per currency only</source>
        <translation>Forget the rates: revenue is shown per currency only</translation>
    </message>
</context>
<context>
    <name>kindred::RecentMessageModel</name>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>↩ reply</source>
        <translation>↩ reply</translation>
    </message>
    <message>
        <source>↩ %1</source>
        <translation>↩ %1</translation>
    </message>
    <message>
        <source>Sent %1 (community time)</source>
        <translation>Sent %1 (community time)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Not a reply</translation>
    </message>
    <message>
        <source>A reply to a message that is not in the workspace</source>
        <translation>A reply to a message that is not in the workspace</translation>
    </message>
    <message>
        <source>A reply to a message of %1</source>
        <translation>A reply to a message of %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>kindred::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Export the re-share list as CSV</source>
        <translation>Export the re-share list as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recommendation(s) to %1</source>
        <translation>
            <numerusform>Exported %n recommendation to %1</numerusform>
            <numerusform>Exported %n recommendations to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline evaluation: HR@%1 collaborative filtering %2 vs popularity %3 — %4 evaluated members</source>
        <translation>Offline evaluation: HR@%1 collaborative filtering %2 vs popularity %3 — %4 evaluated members</translation>
    </message>
    <message>
        <source>Leave-last-one-out by time: each member with at least 3 engaged threads has their latest thread held out (and everything they did from then on); the rest trains the model. Hit rate at %1 = members whose held-out thread is among their top %1: CF %2 of %4 = %5, popularity (most engaged threads in training) %3 of %4 = %6.</source>
        <translation>Leave-last-one-out by time: each member with at least 3 engaged threads has their latest thread held out (and everything they did from then on); the rest trains the model. Hit rate at %1 = members whose held-out thread is among their top %1: CF %2 of %4 = %5, popularity (most engaged threads in training) %3 of %4 = %6.</translation>
    </message>
    <message>
        <source>As of %1: %2 threads, %3 member–thread engagements (started 3, replied 2, reacted 1). Thread similarity: cosine over members, threads with at least %4 members, top %5 neighbours. Computed in %6 ms (evaluation %7 ms).</source>
        <translation>As of %1: %2 threads, %3 member–thread engagements (started 3, replied 2, reacted 1). Thread similarity: cosine over members, threads with at least %4 members, top %5 neighbours. Computed in %6 ms (evaluation %7 ms).</translation>
    </message>
    <message>
        <source>Silent members (%1)</source>
        <translation>Silent members (%1)</translation>
    </message>
    <message>
        <source>Threads to re-share to %1</source>
        <translation>Threads to re-share to %1</translation>
    </message>
    <message>
        <source>Threads to re-share</source>
        <translation>Threads to re-share</translation>
    </message>
    <message>
        <source>Learning partners to introduce to</source>
        <translation>Learning partners to introduce to</translation>
    </message>
    <message>
        <source>Members active now with the most similar engagement (cosine over threads) who have never replied to each other.</source>
        <translation>Members active now with the most similar engagement (cosine over threads) who have never replied to each other.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Every silent member&apos;s recommended threads, with scores and reasons</source>
        <translation>Every silent member&apos;s recommended threads, with scores and reasons</translation>
    </message>
</context>
<context>
    <name>kindred::RenewalMonthModel</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 of %3)</translation>
    </message>
    <message>
        <source>Paid memberships expiring in %1: %2. Renewed (a new paid membership of the same member started after the old one began and at most %3 days after it expired): %4.</source>
        <translation>Paid memberships expiring in %1: %2. Renewed (a new paid membership of the same member started after the old one began and at most %3 days after it expired): %4.</translation>
    </message>
    <message>
        <source>Renewal rate = %1 / %2 = %3%.</source>
        <translation>Renewal rate = %1 / %2 = %3%.</translation>
    </message>
    <message>
        <source>Cancelled (auto-renewal stopped, counted as expiring): %1. Pending (grace period not over yet, may still renew): %2. Refunded, not counted: %3.</source>
        <translation>Cancelled (auto-renewal stopped, counted as expiring): %1. Pending (grace period not over yet, may still renew): %2. Refunded, not counted: %3.</translation>
    </message>
    <message>
        <source>Expiry month</source>
        <translation>Expiry month</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>Renewal rate</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Local month in which the paid memberships expire</source>
        <translation>Local month in which the paid memberships expire</translation>
    </message>
    <message>
        <source>Paid memberships (active, expired or cancelled) expiring in the month</source>
        <translation>Paid memberships (active, expired or cancelled) expiring in the month</translation>
    </message>
    <message>
        <source>Of those, renewed by a later paid membership of the same member within the grace period</source>
        <translation>Of those, renewed by a later paid membership of the same member within the grace period</translation>
    </message>
    <message>
        <source>Renewal rate (续费率) = renewed / expiring</source>
        <translation>Renewal rate (续费率) = renewed / expiring</translation>
    </message>
    <message>
        <source>Of the expiring, with status cancelled (auto-renewal stopped)</source>
        <translation>Of the expiring, with status cancelled (auto-renewal stopped)</translation>
    </message>
    <message>
        <source>Not renewed yet, but the grace period has not ended: they may renew</source>
        <translation>Not renewed yet, but the grace period has not ended: they may renew</translation>
    </message>
    <message>
        <source>Refunded memberships expiring in the month: not counted (no term used)</source>
        <translation>Refunded memberships expiring in the month: not counted (no term used)</translation>
    </message>
</context>
<context>
    <name>kindred::RenewalRiskModel</name>
    <message>
        <source>Model not usable (%1): ranked by days since last active instead</source>
        <translation>Model not usable (%1): ranked by days since last active instead</translation>
    </message>
    <message>
        <source>AUC %1 (baseline %2) · accuracy %3 (baseline %4)</source>
        <translation>AUC %1 (baseline %2) · accuracy %3 (baseline %4)</translation>
    </message>
    <message>
        <source>Probability that this membership is not renewed within the grace period: %1.
Model on past expiries it never saw: %2.</source>
        <translation>Probability that this membership is not renewed within the grace period: %1.
Model on past expiries it never saw: %2.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Member id</translation>
    </message>
    <message>
        <source>Probability of no renewal within the grace period, from the member&apos;s engagement (activity now vs before, segment, level, last active)</source>
        <translation>Probability of no renewal within the grace period, from the member&apos;s engagement (activity now vs before, segment, level, last active)</translation>
    </message>
    <message>
        <source>The member&apos;s features and the terms that moved the risk most</source>
        <translation>The member&apos;s features and the terms that moved the risk most</translation>
    </message>
    <message>
        <source>Days from the as-of day to the expiry day</source>
        <translation>Days from the as-of day to the expiry day</translation>
    </message>
</context>
<context>
    <name>kindred::RenewalRiskPanel</name>
    <message>
        <source>Trained on %1 past expiries before %2 (%3 not renewed), measured on %4 later expiries it never saw (%5 not renewed). Baseline: days since last active (accuracy: not renewed when inactive for 30 days or more). Features are taken %6 days before each expiry.</source>
        <translation>Trained on %1 past expiries before %2 (%3 not renewed), measured on %4 later expiries it never saw (%5 not renewed). Baseline: days since last active (accuracy: not renewed when inactive for 30 days or more). Features are taken %6 days before each expiry.</translation>
    </message>
    <message>
        <source>AUC: the chance that a membership that was not renewed is ranked riskier than one that was (0.5 = chance, 1 = perfect). Accuracy at a 50% risk threshold. Both on the evaluation set only: expiries from %1 whose outcome (renewed within the grace period or not) is known by %2.</source>
        <translation>AUC: the chance that a membership that was not renewed is ranked riskier than one that was (0.5 = chance, 1 = perfect). Accuracy at a 50% risk threshold. Both on the evaluation set only: expiries from %1 whose outcome (renewed within the grace period or not) is known by %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) expiring by %1, not renewed yet</source>
        <translation>
            <numerusform>%n membership expiring by %1, not renewed yet</numerusform>
            <numerusform>%n memberships expiring by %1, not renewed yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Export renewal risk as CSV</source>
        <translation>Export renewal risk as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n membership(s) to %1</source>
        <translation>
            <numerusform>Exported %n membership to %1</numerusform>
            <numerusform>Exported %n memberships to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiring in the next</source>
        <translation>Expiring in the next</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 days</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the memberships listed as a CSV file for outreach (UTF-8 with BOM, opens correctly in Excel)</source>
        <translation>Save the memberships listed as a CSV file for outreach (UTF-8 with BOM, opens correctly in Excel)</translation>
    </message>
</context>
<context>
    <name>kindred::RepeatOffenderModel</name>
    <message>
        <source>Member #%1 (double-click to open)</source>
        <translation>Member #%1 (double-click to open)</translation>
    </message>
    <message>
        <source>Warn, mute and ban actions in the period</source>
        <translation>Warn, mute and ban actions in the period</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status now</translation>
    </message>
    <message>
        <source>Actioned flags</source>
        <translation>Actioned flags</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanctions</translation>
    </message>
</context>
<context>
    <name>kindred::ReplyPartnerModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>Double-click to open %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 replied %n time(s) to messages of %2</source>
        <translation>
            <numerusform>%1 replied %n time to messages of %2</numerusform>
            <numerusform>%1 replied %n times to messages of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2 = %3 replies between them</source>
        <translation>%1 + %2 = %3 replies between them</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Replied to</source>
        <translation>Replied to</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>Replied by</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Replies this person sent to the member&apos;s messages</source>
        <translation>Replies this person sent to the member&apos;s messages</translation>
    </message>
    <message>
        <source>Replies the member sent to this person&apos;s messages</source>
        <translation>Replies the member sent to this person&apos;s messages</translation>
    </message>
    <message>
        <source>Replies both ways; the table keeps the 10 members with most</source>
        <translation>Replies both ways; the table keeps the 10 members with most</translation>
    </message>
</context>
<context>
    <name>kindred::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Report of the period %1 (PDF).</source>
        <translation>Report of the period %1 (PDF).</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise member names</source>
        <translation>&amp;Pseudonymise member names</translation>
    </message>
    <message>
        <source>Every member name (top members, authors of top content and names or @mentions in their excerpts, repeat offenders, renewal risk) is replaced by a code such as “Member 3F9A2C”. The code comes from a salted hash kept in this workspace: the same member has the same code in every report of the workspace, and it cannot be traced back without the workspace. Moderators keep their names.</source>
        <translation>Every member name (top members, authors of top content and names or @mentions in their excerpts, repeat offenders, renewal risk) is replaced by a code such as “Member 3F9A2C”. The code comes from a salted hash kept in this workspace: the same member has the same code in every report of the workspace, and it cannot be traced back without the workspace. Moderators keep their names.</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choose &amp;File…</translation>
    </message>
</context>
<context>
    <name>kindred::ReportExporter</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written.

%1</source>
        <translation>The report could not be written.

%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>kindred::ReshareModel</name>
    <message>
        <source>because you engaged with %1</source>
        <translation>because you engaged with %1</translation>
    </message>
    <message>
        <source>Score = Σ similarity(engaged thread, this thread) × engagement with the engaged thread = %1%2 = %3 (cosine over members; engagement: started 3, replied 2, reacted 1)</source>
        <translation>Score = Σ similarity(engaged thread, this thread) × engagement with the engaged thread = %1%2 = %3 (cosine over members; engagement: started 3, replied 2, reacted 1)</translation>
    </message>
    <message numerus="yes">
        <source>%1
in #%2, %n message(s)</source>
        <translation>
            <numerusform>%1
in #%2, %n message</numerusform>
            <numerusform>%1
in #%2, %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>kindred::RetentionCohortModel</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format of a month, e.g. March 2026</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>week %1 (%2 – %3)</source>
        <translation>week %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>No member joined in %1.</source>
        <translation>No member joined in %1.</translation>
    </message>
    <message>
        <source>Month %1 after joining (%2) is after the last day of the data (%3): not observable yet.</source>
        <translation>Month %1 after joining (%2) is after the last day of the data (%3): not observable yet.</translation>
    </message>
    <message>
        <source>Week %1 after joining (%2) is after the last day of the data (%3): not observable yet.</source>
        <translation>Week %1 after joining (%2) is after the last day of the data (%3): not observable yet.</translation>
    </message>
    <message numerus="yes">
        <source>Of %n member(s) who joined in %1, %2 were active in month %3 (%4) = %5.</source>
        <translation>
            <numerusform>%n member joined in %1; active in month %3 (%4): %2 = %5.</numerusform>
            <numerusform>Of %n members who joined in %1, %2 were active in month %3 (%4) = %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n member(s) who joined in %1, %2 were active in week %3 (%4) = %5.</source>
        <translation>
            <numerusform>%n member joined in %1; active in week %3 (%4): %2 = %5.</numerusform>
            <numerusform>Of %n members who joined in %1, %2 were active in week %3 (%4) = %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period 0 is the join period itself: activity anywhere in it counts.</source>
        <translation>Period 0 is the join period itself: activity anywhere in it counts.</translation>
    </message>
    <message>
        <source>* The period has not ended yet (the data ends on %1): the share may still grow.</source>
        <translation>* The period has not ended yet (the data ends on %1): the share may still grow.</translation>
    </message>
    <message>
        <source>Active = posted, replied or reacted at least once.</source>
        <translation>Active = posted, replied or reacted at least once.</translation>
    </message>
    <message>
        <source>Members who joined in %1 (first join event, else first sighting): %2</source>
        <translation>Members who joined in %1 (first join event, else first sighting): %2</translation>
    </message>
    <message numerus="yes">
        <source>Cohort size: %n member(s) joined in %1.</source>
        <translation>
            <numerusform>Cohort size: %n member joined in %1.</numerusform>
            <numerusform>Cohort size: %n members joined in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Join month</source>
        <translation>Join month</translation>
    </message>
    <message>
        <source>Join week (ISO, Monday to Sunday)</source>
        <translation>Join week (ISO, Monday to Sunday)</translation>
    </message>
    <message>
        <source>Members who joined in the period (the cohort)</source>
        <translation>Members who joined in the period (the cohort)</translation>
    </message>
    <message>
        <source>Share of the cohort active in its join month</source>
        <translation>Share of the cohort active in its join month</translation>
    </message>
    <message>
        <source>Share of the cohort active in its join week</source>
        <translation>Share of the cohort active in its join week</translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort active %n month(s) after the join month</source>
        <translation>
            <numerusform>Share of the cohort active %n month after the join month</numerusform>
            <numerusform>Share of the cohort active %n months after the join month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort active %n week(s) after the join week</source>
        <translation>
            <numerusform>Share of the cohort active %n week after the join week</numerusform>
            <numerusform>Share of the cohort active %n weeks after the join week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kindred::RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Cohorts by join month</source>
        <translation>Cohorts by join month</translation>
    </message>
    <message>
        <source>Cohorts by join week</source>
        <translation>Cohorts by join week</translation>
    </message>
    <message>
        <source>Month-to-month retention</source>
        <translation>Month-to-month retention</translation>
    </message>
    <message>
        <source>Week-to-week retention</source>
        <translation>Week-to-week retention</translation>
    </message>
    <message>
        <source>Whole history: %1 – %2 (local days, %3).</source>
        <translation>Whole history: %1 – %2 (local days, %3).</translation>
    </message>
    <message>
        <source>Selected period, from the first day of its month: %1 – %2 (local days, %3).</source>
        <translation>Selected period, from the first day of its month: %1 – %2 (local days, %3).</translation>
    </message>
    <message>
        <source>Selected period, from the Monday of its first week: %1 – %2 (local days, %3).</source>
        <translation>Selected period, from the Monday of its first week: %1 – %2 (local days, %3).</translation>
    </message>
    <message>
        <source>A cohort is the members who joined in one month (first join event, else first sighting). A cell is the share of the cohort active (posted, replied or reacted) in month k after the join month; month 0 is the join month. * the month has not ended yet; empty: not observable yet.</source>
        <translation>A cohort is the members who joined in one month (first join event, else first sighting). A cell is the share of the cohort active (posted, replied or reacted) in month k after the join month; month 0 is the join month. * the month has not ended yet; empty: not observable yet.</translation>
    </message>
    <message>
        <source>A cohort is the members who joined in one ISO week (Monday to Sunday; first join event, else first sighting). A cell is the share of the cohort active (posted, replied or reacted) in week k after the join week; week 0 is the join week. * the week has not ended yet; empty: not observable yet.</source>
        <translation>A cohort is the members who joined in one ISO week (Monday to Sunday; first join event, else first sighting). A cell is the share of the cohort active (posted, replied or reacted) in week k after the join week; week 0 is the join week. * the week has not ended yet; empty: not observable yet.</translation>
    </message>
    <message>
        <source>Members active in both a month and the next one / members active in the month, whenever they joined.</source>
        <translation>Members active in both a month and the next one / members active in the month, whenever they joined.</translation>
    </message>
    <message>
        <source>Members active in both a week and the next one / members active in the week, whenever they joined.</source>
        <translation>Members active in both a week and the next one / members active in the week, whenever they joined.</translation>
    </message>
    <message>
        <source>No cohort has a complete month 1 yet.</source>
        <translation>No cohort has a complete month 1 yet.</translation>
    </message>
    <message>
        <source>No cohort has a complete week 1 yet.</source>
        <translation>No cohort has a complete week 1 yet.</translation>
    </message>
    <message numerus="yes">
        <source>Month-1 retention over the %n cohort(s) whose month 1 has ended: %1 of %2 members = %3.</source>
        <translation>
            <numerusform>Month-1 retention over the %n cohort whose month 1 has ended: %1 of %2 members = %3.</numerusform>
            <numerusform>Month-1 retention over the %n cohorts whose month 1 has ended: %1 of %2 members = %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week-1 retention over the %n cohort(s) whose week 1 has ended: %1 of %2 members = %3.</source>
        <translation>
            <numerusform>Week-1 retention over the %n cohort whose week 1 has ended: %1 of %2 members = %3.</numerusform>
            <numerusform>Week-1 retention over the %n cohorts whose week 1 has ended: %1 of %2 members = %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export period retention as CSV</source>
        <translation>Export period retention as CSV</translation>
    </message>
    <message>
        <source>Export cohort table as CSV</source>
        <translation>Export cohort table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohorts by:</source>
        <translation>Cohorts by:</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>Cohorts of the members who joined in the same calendar month</source>
        <translation>Cohorts of the members who joined in the same calendar month</translation>
    </message>
    <message>
        <source>Cohorts of the members who joined in the same ISO week</source>
        <translation>Cohorts of the members who joined in the same ISO week</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Whole history</translation>
    </message>
    <message>
        <source>Selected period</source>
        <translation>Selected period</translation>
    </message>
    <message>
        <source>Whole history: from the first join to the last message. Selected period: the period chosen above, in whole months or weeks.</source>
        <translation>Whole history: from the first join to the last message. Selected period: the period chosen above, in whole months or weeks.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the cohort table as CSV (UTF-8, opens in Excel)</source>
        <translation>Save the cohort table as CSV (UTF-8, opens in Excel)</translation>
    </message>
    <message>
        <source>Save the period retention table as CSV (UTF-8, opens in Excel)</source>
        <translation>Save the period retention table as CSV (UTF-8, opens in Excel)</translation>
    </message>
</context>
<context>
    <name>kindred::RevenuePanel</name>
    <message>
        <source>All, converted into %1</source>
        <translation>All, converted into %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %3 from %n paid membership(s), by month of the membership&apos;s start; refunded memberships are not revenue.</source>
        <translation>
            <numerusform>%1 – %2: %3 from %n paid membership, by month of the membership&apos;s start; refunded memberships are not revenue.</numerusform>
            <numerusform>%1 – %2: %3 from %n paid memberships, by month of the membership&apos;s start; refunded memberships are not revenue.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Converted with your rates: %1.</source>
        <translation>Converted with your rates: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Left out (no rate): %1.</source>
        <translation>Left out (no rate): %1.</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added: pick one, or convert them all with your exchange rates</source>
        <translation>Amounts in different currencies are never added: pick one, or convert them all with your exchange rates</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Exchange rates…</translation>
    </message>
    <message>
        <source>Enter the rates to convert every currency into one</source>
        <translation>Enter the rates to convert every currency into one</translation>
    </message>
    <message>
        <source>Revenue = amounts of the paid memberships (active, expired, cancelled) started in each month, stacked by plan. Hover a bar for its amount.</source>
        <translation>Revenue = amounts of the paid memberships (active, expired, cancelled) started in each month, stacked by plan. Hover a bar for its amount.</translation>
    </message>
</context>
<context>
    <name>kindred::ReviewQueuePanel</name>
    <message>
        <source>No open flags: the queue is empty.</source>
        <translation>No open flags: the queue is empty.</translation>
    </message>
    <message>
        <source>%1 members · %2 open flags</source>
        <translation>%1 members · %2 open flags</translation>
    </message>
    <message>
        <source>Select a member or a flag to see its context.</source>
        <translation>Select a member or a flag to see its context.</translation>
    </message>
    <message>
        <source>The context cannot be shown.

%1</source>
        <translation>The context cannot be shown.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n member: %1</numerusform>
            <numerusform>%n members: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected flag(s)</source>
        <translation>
            <numerusform>%n selected flag</numerusform>
            <numerusform>%n selected flags</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s), %2 flag(s) closed — recorded by %3</source>
        <translation>
            <numerusform>%1: %n member, %2 flag(s) closed — recorded by %3</numerusform>
            <numerusform>%1: %n members, %2 flag(s) closed — recorded by %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the selected flags as false positives (the member is not sanctioned)</source>
        <translation>Close the selected flags as false positives (the member is not sanctioned)</translation>
    </message>
    <message>
        <source>Warn the member; closes their open flags</source>
        <translation>Warn the member; closes their open flags</translation>
    </message>
    <message>
        <source>Mute the member; closes their open flags</source>
        <translation>Mute the member; closes their open flags</translation>
    </message>
    <message>
        <source>Ban the member; closes their open flags</source>
        <translation>Ban the member; closes their open flags</translation>
    </message>
    <message>
        <source>Lift a mute or ban (sets the member active again)</source>
        <translation>Lift a mute or ban (sets the member active again)</translation>
    </message>
    <message>
        <source>Add a note to the member&apos;s record; flags stay open</source>
        <translation>Add a note to the member&apos;s record; flags stay open</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — shortcut %2. Asks for a reason; applies to every selected member or flag.</source>
        <translation>%1 — shortcut %2. Asks for a reason; applies to every selected member or flag.</translation>
    </message>
    <message>
        <source>Next member</source>
        <translation>Next member</translation>
    </message>
    <message>
        <source>Previous member</source>
        <translation>Previous member</translation>
    </message>
    <message>
        <source>Keyboard: J / K or ↑ / ↓ next / previous · D dismiss · W warn · M mute · B ban · U unban · N note · Enter opens the member · Shift/Ctrl-click selects several members for a bulk decision</source>
        <translation>Keyboard: J / K or ↑ / ↓ next / previous · D dismiss · W warn · M mute · B ban · U unban · N note · Enter opens the member · Shift/Ctrl-click selects several members for a bulk decision</translation>
    </message>
    <message>
        <source>Members with open flags, highest severity first, then longest waiting. Expand a member to see each flag and why it was raised.</source>
        <translation>Members with open flags, highest severity first, then longest waiting. Expand a member to see each flag and why it was raised.</translation>
    </message>
</context>
<context>
    <name>kindred::RfmModel</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Days since active</source>
        <translation>Days since active</translation>
    </message>
    <message>
        <source>Active days (%1 d)</source>
        <translation>Active days (%1 d)</translation>
    </message>
    <message>
        <source>Messages (%1 d)</source>
        <translation>Messages (%1 d)</translation>
    </message>
    <message>
        <source>Paid (%1)</source>
        <translation>Paid (%1)</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Member id</translation>
    </message>
    <message>
        <source>Recency score 1–5: quintile of the days since the member was last active (fewer days = higher score)</source>
        <translation>Recency score 1–5: quintile of the days since the member was last active (fewer days = higher score)</translation>
    </message>
    <message>
        <source>Frequency score 1–5: quintile of the activity in the last %1 days</source>
        <translation>Frequency score 1–5: quintile of the activity in the last %1 days</translation>
    </message>
    <message>
        <source>Money score 1–5: quintile of the amount paid in %1 (paid memberships started by %2)</source>
        <translation>Money score 1–5: quintile of the amount paid in %1 (paid memberships started by %2)</translation>
    </message>
    <message>
        <source>Named segment from the R, F and M scores (first matching rule)</source>
        <translation>Named segment from the R, F and M scores (first matching rule)</translation>
    </message>
</context>
<context>
    <name>kindred::RfmPanel</name>
    <message>
        <source>No paying member with money in this currency on %1.</source>
        <translation>No paying member with money in this currency on %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n paying member(s) on %1. R: days since last active; F: %2 in the last %3 days; M: amount paid in %4. Each is scored 1–5 by quintile (the best fifth scores 5). Double-click a member to open them.</source>
        <translation>
            <numerusform>%n paying member on %1. R: days since last active; F: %2 in the last %3 days; M: amount paid in %4. Each is scored 1–5 by quintile (the best fifth scores 5). Double-click a member to open them.</numerusform>
            <numerusform>%n paying members on %1. R: days since last active; F: %2 in the last %3 days; M: amount paid in %4. Each is scored 1–5 by quintile (the best fifth scores 5). Double-click a member to open them.</numerusform>
        </translation>
    </message>
    <message>
        <source>active days</source>
        <translation>active days</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
</context>
<context>
    <name>kindred::RuleCountModel</name>
    <message>
        <source>Dismissed / (dismissed + actioned) = %1 / %2: the share of this rule&apos;s decided flags that moderators judged false positives</source>
        <translation>Dismissed / (dismissed + actioned) = %1 / %2: the share of this rule&apos;s decided flags that moderators judged false positives</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Actioned</translation>
    </message>
    <message>
        <source>Dismissed share</source>
        <translation>Dismissed share</translation>
    </message>
</context>
<context>
    <name>kindred::SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Type words in the search box (Ctrl+F) and press Enter. Every word must occur in the message; Chinese matches without spaces.</source>
        <translation>Type words in the search box (Ctrl+F) and press Enter. Every word must occur in the message; Chinese matches without spaces.</translation>
    </message>
    <message>
        <source>No member is called “%1”.</source>
        <translation>No member is called “%1”.</translation>
    </message>
    <message>
        <source>No message contains %1.</source>
        <translation>No message contains %1.</translation>
    </message>
    <message>
        <source>%1 messages contain %2; the %3 most relevant are listed.</source>
        <translation>%1 messages contain %2; the %3 most relevant are listed.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) contain %1.</source>
        <translation>
            <numerusform>%n message contains %1.</numerusform>
            <numerusform>%n messages contain %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member: %1 (id %2).</source>
        <translation>Member: %1 (id %2).</translation>
    </message>
    <message>
        <source>How: the message text is searched for every word as a substring (case-insensitive; quotes and operators are ordinary characters), with SQLite&apos;s FTS5 trigram index for words of 3 or more characters and a scan (LIKE) of the filtered messages for shorter ones. Service lines (joins, pins) are not searched. Order: bm25 relevance, then newest first; newest first when every word is short.</source>
        <translation>How: the message text is searched for every word as a substring (case-insensitive; quotes and operators are ordinary characters), with SQLite&apos;s FTS5 trigram index for words of 3 or more characters and a scan (LIKE) of the filtered messages for shorter ones. Service lines (joins, pins) are not searched. Order: bm25 relevance, then newest first; newest first when every word is short.</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Search messages…</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>name or id</source>
        <translation>name or id</translation>
    </message>
    <message>
        <source>A member id, or a display name (exact, else the first name that contains it). Messages of members merged into them are included.</source>
        <translation>A member id, or a display name (exact, else the first name that contains it). Messages of members merged into them are included.</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>Only messages sent on these days (both included, in the community&apos;s timezone).</source>
        <translation>Only messages sent on these days (both included, in the community&apos;s timezone).</translation>
    </message>
    <message>
        <source>The selected message with the %1 messages before and after it in its channel.</source>
        <translation>The selected message with the %1 messages before and after it in its channel.</translation>
    </message>
</context>
<context>
    <name>kindred::SearchResultModel</name>
    <message>
        <source>%1

Relevance (SQLite FTS5 bm25): %2 — lower is more relevant.</source>
        <translation>%1

Relevance (SQLite FTS5 bm25): %2 — lower is more relevant.</translation>
    </message>
    <message>
        <source>%1

Every word is shorter than 3 characters: matched by a scan of the messages, newest first.</source>
        <translation>%1

Every word is shorter than 3 characters: matched by a scan of the messages, newest first.</translation>
    </message>
    <message>
        <source>Double-click to open the member (id %1).</source>
        <translation>Double-click to open the member (id %1).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The part of the message around the first match; matches are highlighted.</source>
        <translation>The part of the message around the first match; matches are highlighted.</translation>
    </message>
</context>
<context>
    <name>kindred::SegmentCountModel</name>
    <message>
        <source>left the community, or no activity for %1 days or more (a member never active counts from joining)</source>
        <translation>left the community, or no activity for %1 days or more (a member never active counts from joining)</translation>
    </message>
    <message>
        <source>joined (join event, else first message or reaction) fewer than %1 days before the end</source>
        <translation>joined (join event, else first message or reaction) fewer than %1 days before the end</translation>
    </message>
    <message>
        <source>active (posted, replied or reacted) on at least %1 of the last %2 days</source>
        <translation>active (posted, replied or reacted) on at least %1 of the last %2 days</translation>
    </message>
    <message>
        <source>active on 1 to %1 of the last %2 days</source>
        <translation>active on 1 to %1 of the last %2 days</translation>
    </message>
    <message>
        <source>never: every member active in the last %1 days is active (the active threshold is 1 day)</source>
        <translation>never: every member active in the last %1 days is active (the active threshold is 1 day)</translation>
    </message>
    <message>
        <source>no activity in the last %1 days, but not churned</source>
        <translation>no activity in the last %1 days, but not churned</translation>
    </message>
    <message>
        <source>Every member is in exactly one segment: the first matching rule wins, in the order churned, newcomer, active, occasional, silent. Active = posted, replied or reacted that day (community time zone); bots and the exporting account are not members.</source>
        <translation>Every member is in exactly one segment: the first matching rule wins, in the order churned, newcomer, active, occasional, silent. Active = posted, replied or reacted that day (community time zone); bots and the exporting account are not members.</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>people seen in the community (a message, a reaction or a join) by the end</source>
        <translation>people seen in the community (a message, a reaction or a join) by the end</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2.
%3</source>
        <translation>%1: %2.
%3</translation>
    </message>
    <message>
        <source>%1 members at the end of %2.
%3 = %4.</source>
        <translation>%1 members at the end of %2.
%3 = %4.</translation>
    </message>
    <message>
        <source>%1 members at the end of %2, the last day of the previous period of the same length (%3 – %4).
%5 = %6.</source>
        <translation>%1 members at the end of %2, the last day of the previous period of the same length (%3 – %4).
%5 = %6.</translation>
    </message>
    <message>
        <source>Members at the end of %1 − members at the end of %2 = %3 − %4 = %5</source>
        <translation>Members at the end of %1 − members at the end of %2 = %3 − %4 = %5</translation>
    </message>
    <message>
        <source>No member was in this segment at the end of %1: no relative change.</source>
        <translation>No member was in this segment at the end of %1: no relative change.</translation>
    </message>
    <message>
        <source>(%1 − %2) / %2 = %3</source>
        <translation>(%1 − %2) / %2 = %3</translation>
    </message>
    <message>
        <source>%1 of the %2 members counted here have the status &quot;banned&quot; (their status now; an overlay, not a segment: they are counted in their segment too).</source>
        <translation>%1 of the %2 members counted here have the status &quot;banned&quot; (their status now; an overlay, not a segment: they are counted in their segment too).</translation>
    </message>
    <message>
        <source>%1 of the %2 members counted here have the status &quot;muted&quot; (their status now; an overlay, not a segment: they are counted in their segment too).</source>
        <translation>%1 of the %2 members counted here have the status &quot;muted&quot; (their status now; an overlay, not a segment: they are counted in their segment too).</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Banned</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muted</translation>
    </message>
    <message>
        <source>Members in the segment at the end of the period</source>
        <translation>Members in the segment at the end of the period</translation>
    </message>
    <message>
        <source>Members in the segment at the end of the previous period of the same length</source>
        <translation>Members in the segment at the end of the previous period of the same length</translation>
    </message>
    <message>
        <source>Members now − members at the end of the previous period</source>
        <translation>Members now − members at the end of the previous period</translation>
    </message>
    <message>
        <source>(now − previous) / previous</source>
        <translation>(now − previous) / previous</translation>
    </message>
    <message>
        <source>Overlay: members of the segment with this status now (they stay in their segment)</source>
        <translation>Overlay: members of the segment with this status now (they stay in their segment)</translation>
    </message>
    <message>
        <source>%1 of the %2 members counted here have at least one open moderation flag (any rule, not yet dismissed or acted on; a flag on a merged identity counts for the member it was merged into). The flags open now; an overlay, not a segment: they are counted in their segment too.</source>
        <translation>%1 of the %2 members counted here have at least one open moderation flag (any rule, not yet dismissed or acted on; a flag on a merged identity counts for the member it was merged into). The flags open now; an overlay, not a segment: they are counted in their segment too.</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Overlay: members of the segment with at least one open moderation flag (they stay in their segment)</source>
        <translation>Overlay: members of the segment with at least one open moderation flag (they stay in their segment)</translation>
    </message>
</context>
<context>
    <name>kindred::SegmentFlowModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Sums of the columns: members in each segment at the end of %1</source>
        <translation>Sums of the columns: members in each segment at the end of %1</translation>
    </message>
    <message>
        <source>New: not yet members at the end of %1 (first seen during %2)</source>
        <translation>New: not yet members at the end of %1 (first seen during %2)</translation>
    </message>
    <message>
        <source>%1 members at the end of %2 = %3 at the end of %4 + %5 new</source>
        <translation>%1 members at the end of %2 = %3 at the end of %4 + %5 new</translation>
    </message>
    <message>
        <source>%1 members in this segment at the end of %2.
%3</source>
        <translation>%1 members in this segment at the end of %2.
%3</translation>
    </message>
    <message>
        <source>%1 members were first seen during %2 (not yet members at the end of %3)</source>
        <translation>%1 members were first seen during %2 (not yet members at the end of %3)</translation>
    </message>
    <message>
        <source>%1 members were %2 at the end of %3; each is in one segment at the end of %4.
%5</source>
        <translation>%1 members were %2 at the end of %3; each is in one segment at the end of %4.
%5</translation>
    </message>
    <message>
        <source>%1 members, not yet members at the end of %2, were %3 at the end of %4.
%5</source>
        <translation>%1 members, not yet members at the end of %2, were %3 at the end of %4.
%5</translation>
    </message>
    <message>
        <source>%1 members were %2 at the end of %3 and %4 at the end of %5.
%6</source>
        <translation>%1 members were %2 at the end of %3 and %4 at the end of %5.
%6</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>From ↓ / to →</source>
        <translation>From ↓ / to →</translation>
    </message>
    <message>
        <source>Rows: segment at the end of the previous month (or new); columns: segment at the end of the month</source>
        <translation>Rows: segment at the end of the previous month (or new); columns: segment at the end of the month</translation>
    </message>
    <message>
        <source>Row sums: members in the row&apos;s segment at the end of the previous month</source>
        <translation>Row sums: members in the row&apos;s segment at the end of the previous month</translation>
    </message>
    <message>
        <source>Segment at the end of the month</source>
        <translation>Segment at the end of the month</translation>
    </message>
</context>
<context>
    <name>kindred::SegmentRulesEditor</name>
    <message>
        <source>Segment rules</source>
        <translation>Segment rules</translation>
    </message>
    <message>
        <source>Every member is in exactly one segment: the first matching rule wins, in the order churned, newcomer, active, occasional, silent.</source>
        <translation>Every member is in exactly one segment: the first matching rule wins, in the order churned, newcomer, active, occasional, silent.</translation>
    </message>
    <message>
        <source>Churned after</source>
        <translation>Churned after</translation>
    </message>
    <message>
        <source>Churned: left the community, or no activity (message, reply or reaction) for this many days. Default %1.</source>
        <translation>Churned: left the community, or no activity (message, reply or reaction) for this many days. Default %1.</translation>
    </message>
    <message>
        <source>Newcomer for</source>
        <translation>Newcomer for</translation>
    </message>
    <message>
        <source>Newcomer: joined (join event, else first message or reaction) fewer than this many days before the end of the period. Must be shorter than the churn period. Default %1.</source>
        <translation>Newcomer: joined (join event, else first message or reaction) fewer than this many days before the end of the period. Must be shorter than the churn period. Default %1.</translation>
    </message>
    <message>
        <source>Activity window</source>
        <translation>Activity window</translation>
    </message>
    <message>
        <source>Active, occasional and silent look at the activity in this many days ending with the period. Default %1.</source>
        <translation>Active, occasional and silent look at the activity in this many days ending with the period. Default %1.</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Active from</translation>
    </message>
    <message>
        <source>Active: active on at least this many days of the activity window; 1 day up to this number minus one is occasional. Default %1.</source>
        <translation>Active: active on at least this many days of the activity window; 1 day up to this number minus one is occasional. Default %1.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Save these thresholds in the workspace and recompute every segment</source>
        <translation>Save these thresholds in the workspace and recompute every segment</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Reset to defaults</translation>
    </message>
    <message>
        <source>Restore the default thresholds (churned after %1 days, newcomer for %2 days, active on %3 of %4 days) and save them</source>
        <translation>Restore the default thresholds (churned after %1 days, newcomer for %2 days, active on %3 of %4 days) and save them</translation>
    </message>
</context>
<context>
    <name>kindred::SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Segment rules saved: churned after %1 days, newcomer for %2 days, active on %3 of %4 days</source>
        <translation>Segment rules saved: churned after %1 days, newcomer for %2 days, active on %3 of %4 days</translation>
    </message>
    <message>
        <source>Segments at the end of %1 (period %2 – %3), compared with the end of %4, the last day of the previous period of the same length.</source>
        <translation>Segments at the end of %1 (period %2 – %3), compared with the end of %4, the last day of the previous period of the same length.</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (to %2)</translation>
    </message>
    <message>
        <source>End of %1 → end of %2: %3 members + %4 new = %5. %6 stayed in their segment, %7 moved to another.</source>
        <translation>End of %1 → end of %2: %3 members + %4 new = %5. %6 stayed in their segment, %7 moved to another.</translation>
    </message>
    <message>
        <source>all segments</source>
        <translation>all segments</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <source>Every member at the end of the period. Double-click a member to open them.</source>
        <translation>Every member at the end of the period. Double-click a member to open them.</translation>
    </message>
    <message>
        <source>Members in this segment at the end of the period: %1.
Double-click a member to open them.</source>
        <translation>Members in this segment at the end of the period: %1.
Double-click a member to open them.</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 of %2 members</translation>
    </message>
    <message>
        <source>Export members as CSV</source>
        <translation>Export members as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>Exported %n member to %1</numerusform>
            <numerusform>Exported %n members to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Members per segment</source>
        <translation>Members per segment</translation>
    </message>
    <message>
        <source>Flow between segments</source>
        <translation>Flow between segments</translation>
    </message>
    <message>
        <source>Rows: segment at the end of the previous month, or New (not yet a member then). Columns: segment at the end of the month. Row totals are the previous month&apos;s counts, column totals this month&apos;s counts.</source>
        <translation>Rows: segment at the end of the previous month, or New (not yet a member then). Columns: segment at the end of the month. Row totals are the previous month&apos;s counts, column totals this month&apos;s counts.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Segments at the end of each month</source>
        <translation>Segments at the end of each month</translation>
    </message>
    <message>
        <source>Members per segment at the end of each of the last twelve months (the last one ends with the period). Click a bar to show that month&apos;s flow.</source>
        <translation>Members per segment at the end of each of the last twelve months (the last one ends with the period). Click a bar to show that month&apos;s flow.</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <source>Shows members whose name contains this text (any case)</source>
        <translation>Shows members whose name contains this text (any case)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the members listed as a CSV file that Excel opens correctly (UTF-8 with BOM)</source>
        <translation>Save the members listed as a CSV file that Excel opens correctly (UTF-8 with BOM)</translation>
    </message>
    <message>
        <source>Banned and muted: overlays from each member&apos;s status now; flagged: members with at least one open moderation flag now (see Moderation). Overlaid members keep their segment. Select a row to list its members.</source>
        <translation>Banned and muted: overlays from each member&apos;s status now; flagged: members with at least one open moderation flag now (see Moderation). Overlaid members keep their segment. Select a row to list its members.</translation>
    </message>
</context>
<context>
    <name>kindred::SilentMemberModel</name>
    <message>
        <source>Silent: no activity in the last days of the segment window. Double-click to open %1.</source>
        <translation>Silent: no activity in the last days of the segment window. Double-click to open %1.</translation>
    </message>
    <message>
        <source>Last post, reply or reaction in a thread</source>
        <translation>Last post, reply or reaction in a thread</translation>
    </message>
    <message>
        <source>No thread shares members with the threads %1 engaged with</source>
        <translation>No thread shares members with the threads %1 engaged with</translation>
    </message>
    <message>
        <source>Threads recommended from %1&apos;s history (at most 10)</source>
        <translation>Threads recommended from %1&apos;s history (at most 10)</translation>
    </message>
    <message>
        <source>Silent member</source>
        <translation>Silent member</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>Last engaged</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
</context>
<context>
    <name>kindred::SilhouetteModel</name>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>k = %1 could not be fitted (fewer distinct members than clusters)</source>
        <translation>k = %1 could not be fitted (fewer distinct members than clusters)</translation>
    </message>
    <message>
        <source>Inertia for k = %1: the sum of each member&apos;s squared distance to their cluster&apos;s centre, in squared standard deviations (%2). It always falls as k grows, so it does not choose k.</source>
        <translation>Inertia for k = %1: the sum of each member&apos;s squared distance to their cluster&apos;s centre, in squared standard deviations (%2). It always falls as k grows, so it does not choose k.</translation>
    </message>
    <message>
        <source>k = %1 is chosen: the highest mean silhouette (%2).</source>
        <translation>k = %1 is chosen: the highest mean silhouette (%2).</translation>
    </message>
    <message>
        <source>k = %1: mean silhouette %2.</source>
        <translation>k = %1: mean silhouette %2.</translation>
    </message>
    <message>
        <source>Silhouette of a member = (b − a) / max(a, b), a = mean distance to the own cluster, b = to the nearest other cluster; −1..1, higher = better separated (Rousseeuw 1987).</source>
        <translation>Silhouette of a member = (b − a) / max(a, b), a = mean distance to the own cluster, b = to the nearest other cluster; −1..1, higher = better separated (Rousseeuw 1987).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertia</translation>
    </message>
    <message>
        <source>Number of clusters tried</source>
        <translation>Number of clusters tried</translation>
    </message>
    <message>
        <source>Mean silhouette of the clustering: the k with the highest is kept</source>
        <translation>Mean silhouette of the clustering: the k with the highest is kept</translation>
    </message>
    <message>
        <source>Sum of squared distances to the cluster centres (squared SDs)</source>
        <translation>Sum of squared distances to the cluster centres (squared SDs)</translation>
    </message>
</context>
<context>
    <name>kindred::SourcesPage</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The file this batch came from is no longer at %1</source>
        <translation>The file this batch came from is no longer at %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Read the selected file again and replace what it added (if the import fails, the earlier import is kept)</source>
        <translation>Read the selected file again and replace what it added (if the import fails, the earlier import is kept)</translation>
    </message>
    <message>
        <source>Re-importing %1…</source>
        <translation>Re-importing %1…</translation>
    </message>
    <message>
        <source>Re-import failed</source>
        <translation>Re-import failed</translation>
    </message>
    <message>
        <source>%1 could not be imported again; the earlier import is kept.

%2</source>
        <translation>%1 could not be imported again; the earlier import is kept.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Re-imported %1: %n message(s) added</source>
        <translation>
            <numerusform>Re-imported %1: %n message added</numerusform>
            <numerusform>Re-imported %1: %n messages added</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting what %1 added…</source>
        <translation>Counting what %1 added…</translation>
    </message>
    <message>
        <source>Cannot remove the import</source>
        <translation>Cannot remove the import</translation>
    </message>
    <message>
        <source>Remove batch &apos;%1&apos;? Its %2, %3, and %4 will be removed. This cannot be undone.</source>
        <translation>Remove batch &apos;%1&apos;? Its %2, %3, and %4 will be removed. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) it created that no other import uses</source>
        <translation>
            <numerusform>%Ln member it created that no other import uses</numerusform>
            <numerusform>%Ln members it created that no other import uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Remove import</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Nothing was removed.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Removing %1…</translation>
    </message>
    <message>
        <source>%1 was not removed; the workspace is unchanged.

%2</source>
        <translation>%1 was not removed; the workspace is unchanged.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 (%Ln message(s))</source>
        <translation>
            <numerusform>Removed %1 (%Ln message)</numerusform>
            <numerusform>Removed %1 (%Ln messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Export member counts as CSV</source>
        <translation>Export member counts as CSV</translation>
    </message>
    <message>
        <source>Export imports as CSV</source>
        <translation>Export imports as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Imported files</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Re-import</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Remove everything the selected import added to the workspace</source>
        <translation>Remove everything the selected import added to the workspace</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the list of imports as a CSV file</source>
        <translation>Save the list of imports as a CSV file</translation>
    </message>
    <message>
        <source>Members by platform</source>
        <translation>Members by platform</translation>
    </message>
    <message>
        <source>Save the member counts per platform as a CSV file</source>
        <translation>Save the member counts per platform as a CSV file</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kindred::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>a removed source</source>
        <translation>a removed source</translation>
    </message>
    <message>
        <source>Recent runs of %1</source>
        <translation>Recent runs of %1</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Recent runs</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1, SHA-256 %2.

Trust this certificate for %3? Kindred will then accept exactly this certificate for this source, and sync it again.</source>
        <translation>The server&apos;s certificate is not trusted: %1, SHA-256 %2.

Trust this certificate for %3? Kindred will then accept exactly this certificate for this source, and sync it again.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Untrusted certificate</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Remove the sync source &apos;%1&apos; and its run history? What it imported stays in the workspace (the Sources page can remove an import).</source>
        <translation>Remove the sync source &apos;%1&apos; and its run history? What it imported stays in the workspace (the Sources page can remove an import).</translation>
    </message>
    <message>
        <source>Remove sync source</source>
        <translation>Remove sync source</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Sync sources</source>
        <translation>Sync sources</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add the address of a chat export to keep this workspace current from</source>
        <translation>Add the address of a chat export to keep this workspace current from</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Remove the selected source and its run history (not what it imported)</source>
        <translation>Remove the selected source and its run history (not what it imported)</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sync Now</translation>
    </message>
    <message>
        <source>Download the selected source and import what is new</source>
        <translation>Download the selected source and import what is new</translation>
    </message>
    <message>
        <source>Sync All</source>
        <translation>Sync All</translation>
    </message>
    <message>
        <source>Sync every enabled source, one after the other</source>
        <translation>Sync every enabled source, one after the other</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the sync in progress and those waiting; nothing half-done is kept</source>
        <translation>Stop the sync in progress and those waiting; nothing half-done is kept</translation>
    </message>
    <message>
        <source>No sync sources yet. Add the web address where a Telegram, WhatsApp, Discord, Slack or WeChat export of your group is published (or a manifest listing several exports), and Kindred downloads it and imports what is new, now or on a schedule. Tokens and passwords are kept in the system keychain.</source>
        <translation>No sync sources yet. Add the web address where a Telegram, WhatsApp, Discord, Slack or WeChat export of your group is published (or a manifest listing several exports), and Kindred downloads it and imports what is new, now or on a schedule. Tokens and passwords are kept in the system keychain.</translation>
    </message>
</context>
<context>
    <name>kindred::SyncRunModel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Not modified</source>
        <translation>Not modified</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n message(s) added</source>
        <translation>
            <numerusform>Updated: %n message added</numerusform>
            <numerusform>Updated: %n messages added</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>running…</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Finished %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Messages added</source>
        <translation>Messages added</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>When the run started (your local time)</source>
        <translation>When the run started (your local time)</translation>
    </message>
    <message>
        <source>The status of the server&apos;s last answer (304: nothing changed)</source>
        <translation>The status of the server&apos;s last answer (304: nothing changed)</translation>
    </message>
    <message>
        <source>What the run downloaded</source>
        <translation>What the run downloaded</translation>
    </message>
    <message>
        <source>Export files the run imported</source>
        <translation>Export files the run imported</translation>
    </message>
    <message>
        <source>Joins, leaves and other events the run added</source>
        <translation>Joins, leaves and other events the run added</translation>
    </message>
</context>
<context>
    <name>kindred::SyncRunner</name>
    <message>
        <source>Downloading %1</source>
        <translation>Downloading %1</translation>
    </message>
    <message>
        <source>a sync of &apos;%1&apos; is already running</source>
        <translation>a sync of &apos;%1&apos; is already running</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>a download is already running</source>
        <translation>a download is already running</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>canceled</translation>
    </message>
    <message>
        <source>cannot store the download in %1</source>
        <translation>cannot store the download in %1</translation>
    </message>
    <message>
        <source>cannot read the manifest: %1</source>
        <translation>cannot read the manifest: %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>canceled (the file being imported was completed)</source>
        <translation>canceled (the file being imported was completed)</translation>
    </message>
</context>
<context>
    <name>kindred::SyncSourceController</name>
    <message>
        <source>the source was removed</source>
        <translation>the source was removed</translation>
    </message>
    <message>
        <source>The stored token or password could not be moved to the new name (%1). Enter it again.</source>
        <translation>The stored token or password could not be moved to the new name (%1). Enter it again.</translation>
    </message>
    <message>
        <source>The token or password could not be stored in the system keychain: %1</source>
        <translation>The token or password could not be stored in the system keychain: %1</translation>
    </message>
    <message>
        <source>An old token could not be removed from the system keychain: %1</source>
        <translation>An old token could not be removed from the system keychain: %1</translation>
    </message>
    <message>
        <source>Saved the sync source %1</source>
        <translation>Saved the sync source %1</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 was not removed: %2</translation>
    </message>
    <message>
        <source>%1 was removed, but its token or password could not be removed from the system keychain: %2</source>
        <translation>%1 was removed, but its token or password could not be removed from the system keychain: %2</translation>
    </message>
    <message>
        <source>Removed the sync source %1</source>
        <translation>Removed the sync source %1</translation>
    </message>
    <message>
        <source>The certificate could not be trusted: %1</source>
        <translation>The certificate could not be trusted: %1</translation>
    </message>
</context>
<context>
    <name>kindred::SyncSourceDialog</name>
    <message>
        <source>Add Sync Source</source>
        <translation>Add Sync Source</translation>
    </message>
    <message>
        <source>Edit Sync Source</source>
        <translation>Edit Sync Source</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. Telegram group export</source>
        <translation>e.g. Telegram group export</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Automatic: a JSON answer with a &quot;files&quot; list is a manifest of several exports, anything else one export file.</source>
        <translation>Automatic: a JSON answer with a &quot;files&quot; list is a manifest of several exports, anything else one export file.</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Detect from the content</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>User name and password (Basic)</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Sign-in:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>while Kindred runs; otherwise only on Sync now</source>
        <translation>while Kindred runs; otherwise only on Sync now</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Schedule:</translation>
    </message>
    <message>
        <source>Included in Sync all and its schedule</source>
        <translation>Included in Sync all and its schedule</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Enabled:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Stop trusting this certificate: the server must then have a certificate the system trusts</source>
        <translation>Stop trusting this certificate: the server must then have a certificate the system trusts</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Trusted certificate:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leave empty to keep the stored password</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leave empty to keep the stored token</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace</source>
        <translation>Kept in the system keychain, never in the workspace</translation>
    </message>
    <message>
        <source>Forgotten when you save</source>
        <translation>Forgotten when you save</translation>
    </message>
    <message>
        <source>There is already a source named &apos;%1&apos;.</source>
        <translation>There is already a source named &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Enter the password (or choose no sign-in).</source>
        <translation>Enter the password (or choose no sign-in).</translation>
    </message>
    <message>
        <source>Enter the token (or choose no sign-in).</source>
        <translation>Enter the token (or choose no sign-in).</translation>
    </message>
</context>
<context>
    <name>kindred::SyncSourceModel</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation>Waiting for its turn</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Interrupted (Kindred was closed during the run)</source>
        <translation>Interrupted (Kindred was closed during the run)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n min</source>
        <translation>
            <numerusform>Every %n min</numerusform>
            <numerusform>Every %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Export file</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (disabled: not synced by Sync all or a schedule)</source>
        <translation>%1 (disabled: not synced by Sync all or a schedule)</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>User name: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Last result</translation>
    </message>
    <message>
        <source>Whether the URL serves one export file or a manifest listing several</source>
        <translation>Whether the URL serves one export file or a manifest listing several</translation>
    </message>
    <message>
        <source>How often Kindred syncs the source by itself while it runs</source>
        <translation>How often Kindred syncs the source by itself while it runs</translation>
    </message>
    <message>
        <source>Disabled sources are left out of Sync all and their schedule is off</source>
        <translation>Disabled sources are left out of Sync all and their schedule is off</translation>
    </message>
    <message>
        <source>When the last sync started (your local time)</source>
        <translation>When the last sync started (your local time)</translation>
    </message>
</context>
<context>
    <name>kindred::SyncStatusPanel</name>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 of %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kindred::ThreadTableModel</name>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Score = sum over the thread&apos;s %1 posts of (%2 × reactions + %3 × replies + %4 × forwards)%5.
%6 replies, %7 participants, %8 reactions.</source>
        <translation>Score = sum over the thread&apos;s %1 posts of (%2 × reactions + %3 × replies + %4 × forwards)%5.
%6 replies, %7 participants, %8 reactions.</translation>
    </message>
    <message>
        <source>, each halved every %1 days of age</source>
        <translation>, each halved every %1 days of age</translation>
    </message>
    <message>
        <source>Double-click to open the member</source>
        <translation>Double-click to open the member</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>First post</source>
        <translation>First post</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Started by</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Last post</source>
        <translation>Last post</translation>
    </message>
</context>
<context>
    <name>kindred::ThreadsPanel</name>
    <message>
        <source>Top %1 threads of the period (a first post and the replies of its reply chain, or of its thread). Score = the sum of its posts&apos; scores; hover a score for the breakdown. Double-click a row to open the member who started it.</source>
        <translation>Top %1 threads of the period (a first post and the replies of its reply chain, or of its thread). Score = the sum of its posts&apos; scores; hover a score for the breakdown. Double-click a row to open the member who started it.</translation>
    </message>
</context>
<context>
    <name>kindred::TopicClusterModel</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>%1 of the %2 clustered posts (k-means on TF-IDF vectors of the period&apos;s posts with at least 3 frequent terms); labelled by the terms of the largest centroid weight</source>
        <translation>%1 of the %2 clustered posts (k-means on TF-IDF vectors of the period&apos;s posts with at least 3 frequent terms); labelled by the terms of the largest centroid weight</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Example posts</source>
        <translation>Example posts</translation>
    </message>
</context>
<context>
    <name>kindred::TopicModel</name>
    <message>
        <source>“%1”: %2 occurrences in %3 of the period&apos;s %4 messages; %5 in the previous period.
idf = ln((N + 1) / (df + 1)) + 1 = ln((%4 + 1) / (%3 + 1)) + 1 = %6
weight = count × idf = %2 × %6 = %7
expected = previous count × words / previous words = %5 × %8 / %9 = %10
rising = weight × ln((count + 1) / (expected + 1)) = %7 × ln(%11 / %12) = %13</source>
        <translation>“%1”: %2 occurrences in %3 of the period&apos;s %4 messages; %5 in the previous period.
idf = ln((N + 1) / (df + 1)) + 1 = ln((%4 + 1) / (%3 + 1)) + 1 = %6
weight = count × idf = %2 × %6 = %7
expected = previous count × words / previous words = %5 × %8 / %9 = %10
rising = weight × ln((count + 1) / (expected + 1)) = %7 × ln(%11 / %12) = %13</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %n message(s)</source>
        <translation>
            <numerusform>week of %1: %n message</numerusform>
            <numerusform>week of %1: %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages containing “%1” per week (shaded: the current period)
%2</source>
        <translation>Messages containing “%1” per week (shaded: the current period)
%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>Rising</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Weekly trend</translation>
    </message>
    <message>
        <source>Occurrences in the period&apos;s messages</source>
        <translation>Occurrences in the period&apos;s messages</translation>
    </message>
    <message>
        <source>Occurrences in the previous period of equal length</source>
        <translation>Occurrences in the previous period of equal length</translation>
    </message>
    <message>
        <source>Messages of the period containing the term (df)</source>
        <translation>Messages of the period containing the term (df)</translation>
    </message>
    <message>
        <source>count × idf, idf = ln((N + 1) / (df + 1)) + 1, N = messages with words</source>
        <translation>count × idf, idf = ln((N + 1) / (df + 1)) + 1, N = messages with words</translation>
    </message>
    <message>
        <source>weight × ln((count + 1) / (expected + 1)); expected = previous count scaled to this period&apos;s number of words</source>
        <translation>weight × ln((count + 1) / (expected + 1)); expected = previous count scaled to this period&apos;s number of words</translation>
    </message>
    <message>
        <source>Messages containing the term per week, previous and current period</source>
        <translation>Messages containing the term per week, previous and current period</translation>
    </message>
</context>
<context>
    <name>kindred::TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Keyphrases</source>
        <translation>Keyphrases</translation>
    </message>
    <message>
        <source>Single words, or pairs of adjacent words</source>
        <translation>Single words, or pairs of adjacent words</translation>
    </message>
    <message>
        <source>%1 messages with words in %2 (previous period %3: %4). Ranked by rising = count × idf × ln((count + 1) / (expected + 1)); hover a number for its computation.</source>
        <translation>%1 messages with words in %2 (previous period %3: %4). Ranked by rising = count × idf × ln((count + 1) / (expected + 1)); hover a number for its computation.</translation>
    </message>
    <message numerus="yes">
        <source>Topic clusters (%n post(s) clustered)</source>
        <translation>
            <numerusform>Topic clusters (%n post clustered)</numerusform>
            <numerusform>Topic clusters (%n posts clustered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kindred::WorkspaceLoader</name>
    <message>
        <source>Demo community</source>
        <translation>Demo community</translation>
    </message>
    <message>
        <source>Building the demo community (about 2,000 members and a year of messages)…</source>
        <translation>Building the demo community (about 2,000 members and a year of messages)…</translation>
    </message>
    <message>
        <source>%1: demo failed</source>
        <translation>%1: demo failed</translation>
    </message>
</context>
<context>
    <name>kindred::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>Workspace Settings</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 could not be read.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Community name:</source>
        <translation>Community name:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Days in charts, activity and segments start at midnight in this time zone.</source>
        <translation>Days in charts, activity and segments start at midnight in this time zone.</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code, such as CNY or USD.</source>
        <translation>Three-letter ISO 4217 code, such as CNY or USD.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>Segment rules</translation>
    </message>
    <message>
        <source>Churned after:</source>
        <translation>Churned after:</translation>
    </message>
    <message>
        <source>No activity for this many days, or left: churned.</source>
        <translation>No activity for this many days, or left: churned.</translation>
    </message>
    <message>
        <source>Newcomer for:</source>
        <translation>Newcomer for:</translation>
    </message>
    <message>
        <source>Joined within this many days: newcomer.</source>
        <translation>Joined within this many days: newcomer.</translation>
    </message>
    <message>
        <source>Activity window:</source>
        <translation>Activity window:</translation>
    </message>
    <message>
        <source>The recent days that decide active, occasional or silent.</source>
        <translation>The recent days that decide active, occasional or silent.</translation>
    </message>
    <message>
        <source>Active from:</source>
        <translation>Active from:</translation>
    </message>
    <message>
        <source>Active on this many days of the window or more: active; fewer: occasional.</source>
        <translation>Active on this many days of the window or more: active; fewer: occasional.</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>kindred::WorkspaceStatus</name>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Empty workspace</translation>
    </message>
    <message>
        <source>%1 · %2 members</source>
        <translation>%1 · %2 members</translation>
    </message>
</context>
</TS>
