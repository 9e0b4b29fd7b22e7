<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityPrediction</name>
    <message>
        <source>the %1 window (cut-off %2) has %3 members active in the 90 days before it; prediction needs at least %4</source>
        <translation>%1窗口（截止日 %2）在此前 90 天内只有 %3 名活跃成员；预测至少需要 %4 名</translation>
    </message>
    <message>
        <source>the %1 window (cut-off %2) has %3 churned of %4 members: the churn model needs both churned and retained members</source>
        <translation>%1窗口（截止日 %2）的 %4 名成员中有 %3 名已流失：流失模型需要同时包含已流失和留存的成员</translation>
    </message>
    <message>
        <source>the community has no messages to learn from</source>
        <translation>社群中没有可供学习的消息</translation>
    </message>
    <message>
        <source>the history spans %1 days (%2 to %3); prediction needs at least %4 (90 days of behaviour and two 30-day windows to learn and to check)</source>
        <translation>历史数据只有 %1 天（%2 至 %3）；预测至少需要 %4 天（90 天的行为数据，以及分别用于训练和检验的两个 30 天窗口）</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
</context>
<context>
    <name>AnalyticsSource</name>
    <message>
        <source>%1: the workspace holds no community yet (import an export first)</source>
        <translation>%1：工作区中还没有社群（请先导入聊天导出文件）</translation>
    </message>
    <message>
        <source>%1: cannot read members</source>
        <translation>%1：无法读取成员</translation>
    </message>
</context>
<context>
    <name>BatchRemover</name>
    <message>
        <source>cannot remove the import batch: %1</source>
        <translation>无法移除导入批次：%1</translation>
    </message>
    <message>
        <source>there is no import batch %1</source>
        <translation>导入批次 %1 不存在</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Newcomer</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>偶尔活跃</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
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
        <translation>成员数</translation>
    </message>
</context>
<context>
    <name>CommunityStore</name>
    <message>
        <source>cannot read the community: %1</source>
        <translation>无法读取社群信息：%1</translation>
    </message>
    <message>
        <source>the community name must not be empty</source>
        <translation>社群名称不能为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone (use an IANA id such as Asia/Shanghai)</source>
        <translation>“%1”不是已知的时区（请使用 IANA 时区标识，例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three capital letters A–Z, such as CNY)</source>
        <translation>“%1”不是有效的货币代码（应为三个大写字母 A–Z，例如 CNY）</translation>
    </message>
    <message>
        <source>cannot save the community settings: %1</source>
        <translation>无法保存社群设置：%1</translation>
    </message>
</context>
<context>
    <name>ContentInsights</name>
    <message>
        <source>marking a post as essence needs the actor&apos;s name</source>
        <translation>将帖子设为精华需要操作者的名称</translation>
    </message>
    <message>
        <source>there is no message %1</source>
        <translation>消息 %1 不存在</translation>
    </message>
    <message>
        <source>message %1 is a service message, not a post</source>
        <translation>消息 %1 是系统消息，不是帖子</translation>
    </message>
    <message>
        <source>message %1 is not marked as essence</source>
        <translation>消息 %1 未被设为精华</translation>
    </message>
    <message>
        <source>Essence of %1</source>
        <translation>%1 精华帖</translation>
    </message>
    <message>
        <source>Essence posts: %1.</source>
        <translation>精华帖：%1 条。</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>备注（%1）：%2</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ContributionRules</name>
    <message>
        <source>every weight k1, k2, k3 must be between 0 and %1</source>
        <translation>权重 k1、k2、k3 都必须在 0 至 %1 之间</translation>
    </message>
    <message>
        <source>at least one of the weights k1, k2, k3 must be above 0</source>
        <translation>权重 k1、k2、k3 中至少有一个必须大于 0</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 必须在 %2 至 %3 之间</translation>
    </message>
    <message>
        <source>cannot save the contribution rules: %1</source>
        <translation>无法保存贡献规则：%1</translation>
    </message>
</context>
<context>
    <name>ContributionScore</name>
    <message>
        <source>the period is not valid</source>
        <translation>时间段无效</translation>
    </message>
    <message>
        <source>cannot read messages: %1</source>
        <translation>无法读取消息：%1</translation>
    </message>
    <message>
        <source>Q = k1 × interactions + k2 × content + k3 × knowledge = %1 × %2 + %3 × %4 + %5 × %6 = %7</source>
        <translation>Q = k1 × 互动 + k2 × 内容 + k3 × 知识 = %1 × %2 + %3 × %4 + %5 × %6 = %7</translation>
    </message>
    <message>
        <source>interactions: %1 of %2 (%3 replies + %4 reactions given)</source>
        <translation>互动：%1 / %2（%3 条回复 + 给出的 %4 个表情回应）</translation>
    </message>
    <message>
        <source>content: %1 of %2 messages</source>
        <translation>内容：%1 / %2 条消息</translation>
    </message>
    <message>
        <source>knowledge: %1 of %2 posts (%3 long, %4 with links, %5 with code, %6 with files)</source>
        <translation>知识：%1 / %2 条帖子（长帖 %3 条，含链接 %4 条，含代码 %5 条，含文件 %6 条）</translation>
    </message>
    <message>
        <source>points: %1 in the period (%2 in all) = %3 messages × %4 + %5 repliers × %6 + %7 reactors × %8</source>
        <translation>积分：本时间段 %1（累计 %2）= %3 条消息 × %4 + %5 位回复者 × %6 + %7 位表情回应者 × %8</translation>
    </message>
    <message>
        <source>badges: %1</source>
        <translation>勋章：%1</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <source>100 replies</source>
        <translation>100 次回复</translation>
    </message>
    <message>
        <source>First link shared</source>
        <translation>首次分享链接</translation>
    </message>
    <message>
        <source>First code shared</source>
        <translation>首次分享代码</translation>
    </message>
    <message>
        <source>30-day streak</source>
        <translation>连续活跃 30 天</translation>
    </message>
    <message>
        <source>Helper of the month</source>
        <translation>月度答疑之星</translation>
    </message>
    <message>
        <source>%1 %2 (%3 replies to questions), %4</source>
        <translation>%1 %2（回答问题 %3 次），%4</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the text is not valid %1 (within bytes %2–%3)</source>
        <translation>文本不是有效的 %1 编码（位于第 %2–%3 字节之间）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>行 ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>回复的消息</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Memberships / payments</source>
        <translation>会员订阅 / 付款</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Activities / attendance</source>
        <translation>活动 / 出席</translation>
    </message>
    <message>
        <source>a member column (id, username, display name, email or phone)</source>
        <translation>一个成员列（成员 ID、用户名、显示名称、电子邮箱或电话）</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>import canceled; nothing was stored</source>
        <translation>导入已取消，未保存任何数据</translation>
    </message>
    <message>
        <source>invalid mapping: %1</source>
        <translation>列映射无效：%1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>identical content was already imported (batch %1): nothing to add</source>
        <translation>相同内容已导入过（批次 %1）：没有需要添加的数据</translation>
    </message>
    <message>
        <source>%1 of %2 row(s) are invalid; nothing was imported (correct them, or skip invalid rows)</source>
        <translation>%2 行中有 %1 行无效，未导入任何数据（请更正这些行，或选择跳过无效行）</translation>
    </message>
    <message>
        <source>database busy: %1</source>
        <translation>数据库繁忙：%1</translation>
    </message>
    <message>
        <source>cannot create the community in the workspace</source>
        <translation>无法在工作区中创建社群</translation>
    </message>
    <message>
        <source>cannot record the import batch</source>
        <translation>无法记录导入批次</translation>
    </message>
    <message>
        <source>%1 (row skipped)</source>
        <translation>%1（已跳过该行）</translation>
    </message>
    <message>
        <source>the file holds no data rows</source>
        <translation>文件中没有数据行</translation>
    </message>
    <message>
        <source>&quot;source&quot;: &apos;%1&apos; is not a source name (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64)</source>
        <translation>&quot;source&quot;：“%1”不是有效的来源名称（只能包含小写字母、数字、“.”、“_”或“-”，最多 64 个字符）</translation>
    </message>
    <message>
        <source>&quot;member.platform&quot;: &apos;%1&apos; is not a platform name</source>
        <translation>&quot;member.platform&quot;：“%1”不是有效的平台名称</translation>
    </message>
    <message>
        <source>&quot;encoding&quot;: &apos;%1&apos; is not supported (auto, utf-8, gb18030 or utf-16)</source>
        <translation>&quot;encoding&quot;：不支持“%1”（可用值：auto、utf-8、gb18030 或 utf-16）</translation>
    </message>
    <message>
        <source>&quot;delimiter&quot;: &apos;%1&apos; is not supported (auto, &quot;,&quot;, &quot;;&quot;, &quot;\t&quot; or &quot;|&quot;)</source>
        <translation>&quot;delimiter&quot;：不支持“%1”（可用值：auto、&quot;,&quot;、&quot;;&quot;、&quot;\t&quot; 或 &quot;|&quot;）</translation>
    </message>
    <message>
        <source>&quot;header_row&quot;: %1 is not a record number (0 = no header)</source>
        <translation>&quot;header_row&quot;：%1 不是有效的记录序号（0 = 没有表头）</translation>
    </message>
    <message>
        <source>&quot;date_format&quot; is empty (use &quot;auto&quot; or a Qt date format)</source>
        <translation>&quot;date_format&quot; 为空（请使用 &quot;auto&quot; 或 Qt 日期格式）</translation>
    </message>
    <message>
        <source>&quot;timezone&quot;: &apos;%1&apos; is not a time zone (an IANA id such as Asia/Shanghai)</source>
        <translation>&quot;timezone&quot;：“%1”不是有效的时区（应为 IANA 时区标识，例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>&quot;currency&quot;: &apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&quot;currency&quot;：“%1”不是 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>&quot;member.match&quot;: &apos;%1&apos; is not one of %2</source>
        <translation>&quot;member.match&quot;：“%1”不在可选值 %2 之中</translation>
    </message>
    <message>
        <source>&quot;columns&quot;: a column name is empty</source>
        <translation>&quot;columns&quot;：有列名为空</translation>
    </message>
    <message>
        <source>&quot;columns&quot;: field &apos;%1&apos; (column &apos;%2&apos;) is not a field of target &apos;%3&apos;</source>
        <translation>&quot;columns&quot;：字段“%1”（列“%2”）不属于目标类型“%3”</translation>
    </message>
    <message>
        <source>&quot;columns&quot;: field &apos;%1&apos; or column &apos;%2&apos; is assigned twice</source>
        <translation>&quot;columns&quot;：字段“%1”或列“%2”被指定了两次</translation>
    </message>
    <message>
        <source>the mapping has version %1, newer than this Kindred (%2)</source>
        <translation>该列映射的版本为 %1，高于当前 Kindred 支持的版本（%2）</translation>
    </message>
    <message>
        <source>&quot;target&quot;: &apos;%1&apos; is not one of members, messages, memberships, feedback, activities</source>
        <translation>&quot;target&quot;：“%1”不是 members、messages、memberships、feedback、activities 之一</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an object of column -&gt; field</source>
        <translation>&quot;columns&quot; 必须是“列 -&gt; 字段”形式的对象</translation>
    </message>
    <message>
        <source>&quot;columns&quot;: &apos;%1&apos; (column &apos;%2&apos;) is not a field</source>
        <translation>&quot;columns&quot;：“%1”（列“%2”）不是有效的字段</translation>
    </message>
    <message>
        <source>%1: no such preset (presets: %2)</source>
        <translation>%1：没有此预设（可用的预设：%2）</translation>
    </message>
    <message>
        <source>%1: cannot read the mapping: %2</source>
        <translation>%1：无法读取列映射：%2</translation>
    </message>
    <message>
        <source>%1: not a mapping JSON object (%2)</source>
        <translation>%1：不是列映射 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1: cannot write the mapping: %2</source>
        <translation>%1：无法写入列映射：%2</translation>
    </message>
    <message>
        <source>cannot remember the mapping: %1</source>
        <translation>无法保存列映射：%1</translation>
    </message>
    <message>
        <source>cannot prepare the member statements: %1</source>
        <translation>无法准备成员语句：%1</translation>
    </message>
    <message>
        <source>database error while storing a member: %1</source>
        <translation>存储成员时发生数据库错误：%1</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; names several members; it was not used to find the member</source>
        <translation>第 %1 行：“%2”对应多名成员，未用它来查找成员</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency</source>
        <translation>“%1”不是 ISO 4217 货币</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in %2 but the currency column says %3</source>
        <translation>“%1”的货币是 %2，但货币列中填写的是 %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no currency and the default currency &apos;%2&apos; is not an ISO 4217 code</source>
        <translation>“%1”没有注明货币，而默认货币“%2”不是 ISO 4217 代码</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 has (%3)</source>
        <translation>“%1”的小数位数超过了 %2 的小数位数（%3 位）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>“%1”过大</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>the quoted field that starts here is not closed before the end of the file</source>
        <translation>从此处开始的带引号字段直到文件结尾都没有闭合</translation>
    </message>
    <message>
        <source>unexpected character after the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>字段的结束引号之后出现了意外字符（带引号字段内的引号必须写成两个）</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 here (choose its encoding, e.g. GB18030)</source>
        <translation>此处的文本不是有效的 UTF-8（请选择文件的编码，例如 GB18030）</translation>
    </message>
    <message>
        <source>the record that starts here is larger than %1 MiB</source>
        <translation>从此处开始的记录超过 %1 MiB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a supported delimiter</source>
        <translation>不支持分隔符“%1”</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>this build of Kindred cannot decode %1 text</source>
        <translation>当前版本的 Kindred 无法解码 %1 文本</translation>
    </message>
    <message>
        <source>the file has no header row %1 (it has %2 record(s))</source>
        <translation>文件中没有第 %1 条记录可作为表头（文件共有 %2 条记录）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>列“%1”：%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the mapping&apos;s column(s) %1 are not in the file (its columns: %2)</source>
        <translation>列映射中的列 %1 不在文件中（文件中的列：%2）</translation>
    </message>
    <message>
        <source>%1 needs a column for: %2</source>
        <translation>导入%1时需要为以下内容指定列：%2</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>此项不能为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is before the start &apos;%2&apos;</source>
        <translation>“%1”早于开始时间“%2”</translation>
    </message>
    <message>
        <source>the row has neither a score nor a text</source>
        <translation>该行既没有评分也没有正文</translation>
    </message>
    <message>
        <source>the row names no member: its member columns (id, username, name, email, phone) are empty</source>
        <translation>该行没有指明成员：其成员列（成员 ID、用户名、名称、电子邮箱、电话）均为空</translation>
    </message>
    <message>
        <source>cannot prepare the import statements: %1</source>
        <translation>无法准备导入语句：%1</translation>
    </message>
    <message>
        <source>database error while storing a row: %1</source>
        <translation>存储数据行时发生数据库错误：%1</translation>
    </message>
    <message>
        <source>%1 (BOM)</source>
        <translation>%1（带 BOM）</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030 (save it as UTF-8 and import it again)</source>
        <translation>文本既不是 UTF-8 也不是 GB18030 编码（请另存为 UTF-8 后重新导入）</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>文本不是有效的 %1 编码</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected ISO 8601, yyyy-MM-dd HH:mm, yyyy/M/d H:mm or unix seconds)</source>
        <translation>“%1”不是日期（应为 ISO 8601、yyyy-MM-dd HH:mm、yyyy/M/d H:mm 格式或 Unix 秒数）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format &apos;%2&apos;</source>
        <translation>“%1”与日期格式“%2”不符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a membership status (trial, active, expired, refunded, cancelled; 试用, 有效, 过期, 退款, 取消)</source>
        <translation>“%1”不是有效的会员状态（trial、active、expired、refunded、cancelled；试用、有效、过期、退款、取消）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an attendance (registered, attended, absent; 报名, 签到, 缺席)</source>
        <translation>“%1”不是有效的出席情况（registered、attended、absent；报名、签到、缺席）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>“%1”不是电子邮箱地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>“%1”不是电话号码</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open workspace: %2</source>
        <translation>%1：无法打开工作区：%2</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no native handle</source>
        <translation>%1：SQLite 驱动未提供原生句柄</translation>
    </message>
    <message>
        <source>%1: not a Kindred workspace (%2)</source>
        <translation>%1：不是 Kindred 工作区（%2）</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>cannot create the community in the workspace</source>
        <translation>无法在工作区中创建社群</translation>
    </message>
    <message>
        <source>cannot set up the community</source>
        <translation>无法设置社群</translation>
    </message>
    <message>
        <source>demo: the workspace is not open</source>
        <translation>演示数据：工作区未打开</translation>
    </message>
    <message>
        <source>demo: invalid options (members 20..100000, days 14..3650, a valid end date and a community name)</source>
        <translation>演示数据：选项无效（成员数 20 至 100000，天数 14 至 3650，需提供有效的结束日期和社群名称）</translation>
    </message>
    <message>
        <source>demo: unknown time zone &apos;%1&apos;</source>
        <translation>演示数据：未知时区“%1”</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>演示数据：%1</translation>
    </message>
    <message>
        <source>cannot record the import batch</source>
        <translation>无法记录导入批次</translation>
    </message>
    <message>
        <source>cannot write the demo memberships: %1</source>
        <translation>无法写入演示会员数据：%1</translation>
    </message>
</context>
<context>
    <name>DiscordImporter</name>
    <message>
        <source>malformed JSON (a missing or misplaced comma, colon, bracket or brace, or the file ends too early)</source>
        <translation>JSON 格式错误（缺少逗号、冒号、方括号或花括号，或其位置不对，或文件提前结束）</translation>
    </message>
    <message>
        <source>the JSON ends before all arrays and objects are closed (truncated file?)</source>
        <translation>JSON 在所有数组和对象闭合之前就结束了（文件可能不完整？）</translation>
    </message>
    <message>
        <source>a string is not closed (truncated file?)</source>
        <translation>有字符串未闭合（文件可能不完整？）</translation>
    </message>
    <message>
        <source>invalid UTF-8 text (the export must be UTF-8 encoded)</source>
        <translation>UTF-8 文本无效（导出文件必须使用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>invalid escape sequence or control character in a string</source>
        <translation>字符串中有无效的转义序列或控制字符</translation>
    </message>
    <message>
        <source>invalid or out-of-range number</source>
        <translation>数字无效或超出范围</translation>
    </message>
    <message>
        <source>invalid literal (expected a string, number, object, array, true, false or null)</source>
        <translation>无效的字面量（应为字符串、数字、对象、数组、true、false 或 null）</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>某个值的类型不正确</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON 嵌套层级过深</translation>
    </message>
    <message>
        <source>the file contains no JSON value</source>
        <translation>文件中没有任何 JSON 值</translation>
    </message>
    <message>
        <source>the file is too large (more than 4 GiB)</source>
        <translation>文件过大（超过 4 GiB）</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>无效值</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the file is empty (expected a DiscordChatExporter JSON export)</source>
        <translation>文件为空（应为 DiscordChatExporter 的 JSON 导出文件）</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most 4 GiB)</source>
        <translation>文件过大（%1 字节；最大 4 GiB）</translation>
    </message>
    <message>
        <source>not enough memory to load the file (%1 MB)</source>
        <translation>内存不足，无法加载文件（%1 MB）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>expected a JSON object ({ ... }) as DiscordChatExporter writes, but the file holds an array</source>
        <translation>应为 DiscordChatExporter 写出的 JSON 对象（{ ... }），但文件中是一个数组</translation>
    </message>
    <message>
        <source>this is not JSON: a DiscordChatExporter export starts with &apos;{&apos;</source>
        <translation>这不是 JSON 文件：DiscordChatExporter 导出文件以“{”开头</translation>
    </message>
    <message>
        <source>the top-level object</source>
        <translation>顶层对象</translation>
    </message>
    <message>
        <source>unexpected content after the end of the top-level JSON object</source>
        <translation>顶层 JSON 对象结束后出现了多余的内容</translation>
    </message>
    <message>
        <source> at the end of the file (truncated file?)</source>
        <translation>，位于文件末尾（文件可能不完整？）</translation>
    </message>
    <message>
        <source> (while reading %1)</source>
        <translation>（读取%1时）</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation>（位于%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, but is %3</source>
        <translation>“%1”应为%2，但实际是%3</translation>
    </message>
    <message>
        <source>the import stopped while storing %1 of %2</source>
        <translation>存储%1时导入中止（%2）</translation>
    </message>
    <message>
        <source>a string of digits (a snowflake id)</source>
        <translation>数字字符串（snowflake ID）</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 date and time such as 2023-01-06T16:11:26.414+00:00, but is &quot;%2&quot;%3</source>
        <translation>“%1”应为 ISO 8601 日期时间（例如 2023-01-06T16:11:26.414+00:00），但实际是“%2”%3</translation>
    </message>
    <message>
        <source>an array of message objects</source>
        <translation>由消息对象组成的数组</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>第 %1 条消息</translation>
    </message>
    <message>
        <source>message #%1 (id %2)</source>
        <translation>第 %1 条消息（ID %2）</translation>
    </message>
    <message>
        <source>no &quot;channel&quot; object or no &quot;messages&quot; array: this JSON is not a DiscordChatExporter export</source>
        <translation>缺少 &quot;channel&quot; 对象或 &quot;messages&quot; 数组：此 JSON 不是 DiscordChatExporter 的导出文件</translation>
    </message>
    <message>
        <source>the guild object</source>
        <translation>服务器（guild）对象</translation>
    </message>
    <message>
        <source>the channel object</source>
        <translation>频道（channel）对象</translation>
    </message>
    <message>
        <source>the &quot;channel&quot; object has no &quot;id&quot;</source>
        <translation>&quot;channel&quot; 对象中没有 &quot;id&quot;</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>the messages array</source>
        <translation>消息数组</translation>
    </message>
    <message>
        <source>a message has no &quot;id&quot; (in %1)</source>
        <translation>有消息没有 &quot;id&quot;（位于%1）</translation>
    </message>
    <message>
        <source>a message has no &quot;timestamp&quot; (in %1)</source>
        <translation>有消息没有 &quot;timestamp&quot;（位于%1）</translation>
    </message>
    <message>
        <source>%1: message type &quot;%2&quot; is not known; such messages are kept as service lines</source>
        <translation>%1：未知的消息类型“%2”，此类消息按系统消息保留</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>the file is empty: it holds no DiscordChatExporter CSV header</source>
        <translation>文件为空：其中没有 DiscordChatExporter CSV 表头</translation>
    </message>
    <message>
        <source>not a DiscordChatExporter CSV export: the first line must be the header &quot;AuthorID,Author,Date,Content,Attachments,Reactions&quot;</source>
        <translation>不是 DiscordChatExporter CSV 导出文件：第一行必须是表头“AuthorID,Author,Date,Content,Attachments,Reactions”</translation>
    </message>
    <message>
        <source>the import was stopped when starting the channel</source>
        <translation>开始导入频道时导入被中止</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>%1 more record(s) had a Reactions field that was not understood</source>
        <translation>另有 %1 条记录的 Reactions 字段无法识别</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>the quoted field that starts here is not closed before the end of the file</source>
        <translation>从此处开始的带引号字段直到文件结尾都没有闭合</translation>
    </message>
    <message>
        <source>unexpected character after the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>字段的结束引号之后出现了意外字符（带引号字段内的引号必须写成两个）</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; DiscordChatExporter writes UTF-8</source>
        <translation>文本不是有效的 UTF-8；DiscordChatExporter 导出的是 UTF-8</translation>
    </message>
    <message>
        <source>the record that starts here is larger than %1 MiB</source>
        <translation>从此处开始的记录超过 %1 MiB</translation>
    </message>
    <message>
        <source>record %1 has %2 field(s); a DiscordChatExporter CSV record has 6</source>
        <translation>第 %1 条记录有 %2 个字段；DiscordChatExporter CSV 记录应有 6 个字段</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot;: expected ISO 8601 such as 2023-01-05T10:12:13.456+01:00 or DiscordChatExporter&apos;s dd-MMM-yy hh:mm tt such as 05-Jan-23 10:12 AM</source>
        <translation>无效的日期“%1”：应为 ISO 8601 格式（如 2023-01-05T10:12:13.456+01:00）或 DiscordChatExporter 的 dd-MMM-yy hh:mm tt 格式（如 05-Jan-23 10:12 AM）</translation>
    </message>
    <message>
        <source>%1: the dates have no time zone (old DiscordChatExporter date format); they were read as UTC</source>
        <translation>%1：日期不含时区（旧版 DiscordChatExporter 日期格式）；已按 UTC 读取</translation>
    </message>
    <message>
        <source>line %1: the Reactions field &quot;%2&quot; is not in the form &quot;emoji (count),...&quot;; its reactions were skipped</source>
        <translation>第 %1 行：Reactions 字段“%2”不是“表情 (数量),...”的形式；已跳过其中的回应</translation>
    </message>
    <message>
        <source>the import was stopped while storing record %1</source>
        <translation>存储第 %1 条记录时导入被中止</translation>
    </message>
    <message>
        <source>the import was stopped while storing the event of record %1</source>
        <translation>存储第 %1 条记录的事件时导入被中止</translation>
    </message>
</context>
<context>
    <name>EngagementCharts</name>
    <message>
        <source>Stickiness %</source>
        <translation>黏性 %</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>黏性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>回访成员</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
</context>
<context>
    <name>EngagementReport</name>
    <message>
        <source>%1: cannot read the engagement figures (%2)</source>
        <translation>%1：无法读取活跃数据（%2）</translation>
    </message>
    <message>
        <source>The period %1 is empty.</source>
        <translation>时间段 %1 为空。</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>“%1”不是 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate (write CUR=rate with a rate above 0, e.g. USD=7.2)</source>
        <translation>“%1”不是有效的汇率（请写成 货币=汇率，汇率须大于 0，例如 USD=7.2）</translation>
    </message>
</context>
<context>
    <name>FlagEngine</name>
    <message>
        <source>the import is stored, but the flag rules did not run: %1</source>
        <translation>导入已保存，但标记规则未能运行：%1</translation>
    </message>
    <message>
        <source>flag rules failed: %1</source>
        <translation>标记规则运行失败：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>reported by %1 at %2: %3</source>
        <translation>由 %1 于 %2 举报：%3</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未说明原因）</translation>
    </message>
    <message>
        <source>blocked words: %1</source>
        <translation>屏蔽词：%1</translation>
    </message>
    <message>
        <source>%1 distinct @mentions in one message (rule: %2 or more)</source>
        <translation>一条消息中 @提及了 %1 名不同成员（规则：%2 名或以上）</translation>
    </message>
    <message>
        <source>%1 messages in %2 s (rule: more than %3 in %4 s)</source>
        <translation>%2 秒内发送 %1 条消息（规则：%4 秒内超过 %3 条）</translation>
    </message>
    <message>
        <source>the same text (%1 characters) in %2 channels within %3 h (rule: %4 or more channels within %5 h): &quot;%6&quot;</source>
        <translation>相同内容（%1 个字符）在 %3 小时内出现在 %2 个频道中（规则：%5 小时内 %4 个或以上频道）：“%6”</translation>
    </message>
    <message numerus="yes">
        <source>%n invite link(s)</source>
        <translation>
            <numerusform>%n 个邀请链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 个链接</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) in the member&apos;s message %3, %4 days after joining (rule: within %5 days or the first %6 messages)</source>
        <translation>该成员的第 %3 条消息中含有 %1（%2），发送于加入 %4 天后（规则：加入后 %5 天内或前 %6 条消息）</translation>
    </message>
</context>
<context>
    <name>FlagRules</name>
    <message>
        <source>Flooding</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <source>Link spam from newcomers</source>
        <translation>新成员链接/邀请刷屏</translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation>屏蔽词</translation>
    </message>
    <message>
        <source>Repeated text across channels</source>
        <translation>跨频道重复内容</translation>
    </message>
    <message>
        <source>Mass mentions</source>
        <translation>大量@提及</translation>
    </message>
    <message>
        <source>Member reports</source>
        <translation>成员举报</translation>
    </message>
    <message>
        <source>more than %1 messages by one member within %2 s</source>
        <translation>同一成员在 %2 秒内发送超过 %1 条消息</translation>
    </message>
    <message>
        <source>a link outside the allowed domains posted within the first %1 days or the first %2 messages of a member</source>
        <translation>成员在加入后前 %1 天内或前 %2 条消息中发布了允许域名以外的链接</translation>
    </message>
    <message>
        <source>%1 English words (whole word), %2 Chinese words (anywhere in the text)</source>
        <translation>英文屏蔽词 %1 个（整词匹配），中文屏蔽词 %2 个（文本中任意位置匹配）</translation>
    </message>
    <message>
        <source>the same text of at least %1 characters in %2 or more channels within %3 h</source>
        <translation>至少 %1 个字符的相同内容在 %3 小时内出现在 %2 个或以上频道中</translation>
    </message>
    <message>
        <source>%1 or more distinct @mentions in one message</source>
        <translation>一条消息中 @提及 %1 名或以上不同成员</translation>
    </message>
    <message>
        <source>each imported member report</source>
        <translation>每一条导入的成员举报</translation>
    </message>
    <message>
        <source>the severity of rule %1 must be 1, 2 or 3</source>
        <translation>规则 %1 的严重程度必须为 1、2 或 3</translation>
    </message>
    <message>
        <source>every flag threshold must be between 1 and %1</source>
        <translation>每项标记阈值都必须在 1 至 %1 之间</translation>
    </message>
    <message>
        <source>repeated text needs at least 2 channels (one channel is not repetition across channels)</source>
        <translation>重复内容至少需要 2 个频道（单个频道内不构成跨频道重复）</translation>
    </message>
    <message>
        <source>word and domain lists cannot hold empty or multi-line entries</source>
        <translation>词语和域名列表中不能有空行或多行条目</translation>
    </message>
    <message>
        <source>cannot save the flag rules: %1</source>
        <translation>无法保存标记规则：%1</translation>
    </message>
</context>
<context>
    <name>GuidanceList</name>
    <message>
        <source>Joined on %1 (%2 days ago) and has not posted a message yet.</source>
        <translation>于 %1 加入（%2 天前），至今尚未发过消息。</translation>
    </message>
    <message>
        <source>Active on %1 of the last %3 days, down from %2 of the %3 days before.</source>
        <translation>最近 %3 天中有 %1 天活跃，此前 %3 天中有 %2 天活跃，活跃度下降。</translation>
    </message>
    <message>
        <source>Silent for %1 days (last active %2); active on %3 of the %4 days before that (active member threshold: %5).</source>
        <translation>已沉默 %1 天（最近活跃于 %2）；在此之前的 %4 天中有 %3 天活跃（活跃成员阈值：%5）。</translation>
    </message>
    <message>
        <source>Newcomer who has not posted yet</source>
        <translation>尚未发言的新成员</translation>
    </message>
    <message>
        <source>Activity dropped</source>
        <translation>活跃度下降</translation>
    </message>
    <message>
        <source>Went silent</source>
        <translation>转为沉默</translation>
    </message>
</context>
<context>
    <name>ImportBatches</name>
    <message>
        <source>cannot read the import batches: %1</source>
        <translation>无法读取导入批次：%1</translation>
    </message>
    <message>
        <source>there is no import batch %1</source>
        <translation>导入批次 %1 不存在</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>%1 (byte %2): %3</source>
        <translation>%1（第 %2 字节）：%3</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>unknown format &apos;%1&apos; (supported: %2)</source>
        <translation>未知格式“%1”（支持的格式：%2）</translation>
    </message>
    <message>
        <source>database busy: %1</source>
        <translation>数据库繁忙：%1</translation>
    </message>
    <message>
        <source>identical content was already imported (batch %1): nothing to add</source>
        <translation>相同内容已导入过（批次 %1）：没有需要添加的数据</translation>
    </message>
    <message>
        <source>cannot create the community in the workspace</source>
        <translation>无法在工作区中创建社群</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>cannot record the import batch</source>
        <translation>无法记录导入批次</translation>
    </message>
    <message>
        <source>import canceled; nothing was stored</source>
        <translation>导入已取消，未保存任何数据</translation>
    </message>
    <message>
        <source>import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>cannot prepare import statements: %1</source>
        <translation>无法准备导入语句：%1</translation>
    </message>
    <message>
        <source>database error while storing %1: %2</source>
        <translation>存储%1时发生数据库错误：%2</translation>
    </message>
    <message>
        <source>a channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>importer error: message before any channel</source>
        <translation>导入程序错误：在任何频道之前出现了消息</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>a reaction</source>
        <translation>表情回应</translation>
    </message>
    <message>
        <source>a reactor</source>
        <translation>表情回应的成员</translation>
    </message>
    <message>
        <source>importer error: event before any channel</source>
        <translation>导入程序错误：在任何频道之前出现了事件</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>(further warnings omitted)</source>
        <translation>（其余警告已省略）</translation>
    </message>
</context>
<context>
    <name>ImporterRegistry</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>unrecognised export format (supported: %1)</source>
        <translation>无法识别的导出文件格式（支持的格式：%1）</translation>
    </message>
</context>
<context>
    <name>InteractionGraph</name>
    <message>
        <source>Cannot read the interactions of the period: %1</source>
        <translation>无法读取本时间段的互动：%1</translation>
    </message>
</context>
<context>
    <name>KMeans</name>
    <message>
        <source>cannot make %1 clusters of %2 rows</source>
        <translation>无法将 %2 行数据分为 %1 个簇</translation>
    </message>
    <message>
        <source>the data hold a non-finite value</source>
        <translation>数据中含有非有限值</translation>
    </message>
    <message>
        <source>the initial centroids are not %1 × %2</source>
        <translation>初始质心不是 %1 × %2 的矩阵</translation>
    </message>
    <message>
        <source>fewer than %1 distinct rows: cannot make %1 clusters</source>
        <translation>不同的行少于 %1 个：无法分为 %1 个簇</translation>
    </message>
    <message>
        <source>invalid range of k: %1..%2 (needs 2 &lt;= kMin &lt;= kMax)</source>
        <translation>k 的范围无效：%1..%2（需满足 2 &lt;= kMin &lt;= kMax）</translation>
    </message>
    <message>
        <source>%1 rows are too few for %2 clusters</source>
        <translation>%1 行数据太少，无法分为 %2 个簇</translation>
    </message>
</context>
<context>
    <name>LevelMovementChart</name>
    <message>
        <source>Moved up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>在册成员</translation>
    </message>
</context>
<context>
    <name>LevelRules</name>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 必须在 %2 至 %3 之间</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2</source>
        <translation>%1 必须在 0 至 %2 之间</translation>
    </message>
    <message>
        <source>the activity weight thresholds must rise with the level (participating &lt;= contributing &lt;= leading)</source>
        <translation>活跃权重阈值必须随等级升高（参与者 &lt;= 贡献者 &lt;= 引领者）</translation>
    </message>
    <message>
        <source>cannot save the level rules: %1</source>
        <translation>无法保存等级规则：%1</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>activity weight %1 in 30 days (≥ %2) = %3 messages × %4 + %5 replies × %6 + %7 reactions × %8</source>
        <translation>30 天内活跃权重 %1（≥ %2）= %3 条消息 × %4 + %5 条回复 × %6 + %7 个表情回应 × %8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, kept from the month-end review of %2 until the next one (%3); today earns %4: %5</source>
        <translation>%1，自 %2 的月末评定起保持到下一次评定（%3）；按今天的表现为%4：%5</translation>
    </message>
    <message>
        <source>%1 since %2 (%3), held until the month-end review; today earns %4: %5</source>
        <translation>自 %2 起为%1（%3），保持到月末评定；按今天的表现为%4：%5</translation>
    </message>
    <message>
        <source>active %1 of the last 90 days (≥ %2) and %3 contributions in 90 days, in the top %4% (≥ %5)</source>
        <translation>最近 90 天中有 %1 天活跃（≥ %2），且 90 天内贡献 %3 次，位列前 %4%（≥ %5）</translation>
    </message>
    <message>
        <source>active %1 of the last 30 days (≥ %2) and %3 contributions in 30 days (≥ %4)</source>
        <translation>最近 30 天中有 %1 天活跃（≥ %2），且 30 天内贡献 %3 次（≥ %4）</translation>
    </message>
    <message>
        <source>active on ≥ %1 days in each of the last %2 weeks (fewest: %3)</source>
        <translation>最近 %2 周中每周至少 %1 天活跃（最少的一周：%3 天）</translation>
    </message>
    <message>
        <source>active %1 of the last 30 days (≥ %2)</source>
        <translation>最近 30 天中有 %1 天活跃（≥ %2）</translation>
    </message>
    <message>
        <source>no milestone met: active %1 of the last 30 days, %2 contributions, activity weight %3</source>
        <translation>未达到任何里程碑：最近 30 天中有 %1 天活跃，贡献 %2 次，活跃权重 %3</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>探索者</translation>
    </message>
    <message>
        <source>Participating</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>引领者</translation>
    </message>
</context>
<context>
    <name>MemberFeatures</name>
    <message>
        <source>the period is not valid</source>
        <translation>时间段无效</translation>
    </message>
    <message>
        <source>cannot register the link/code function: %1</source>
        <translation>无法注册链接/代码检测函数：%1</translation>
    </message>
    <message>
        <source>cannot read messages: %1</source>
        <translation>无法读取消息：%1</translation>
    </message>
    <message>
        <source>messages per week</source>
        <translation>每周消息数</translation>
    </message>
    <message>
        <source>share of messages that are replies</source>
        <translation>回复消息占比</translation>
    </message>
    <message>
        <source>reactions received per message</source>
        <translation>每条消息收到的表情回应数</translation>
    </message>
    <message>
        <source>share of messages with links or code</source>
        <translation>含链接或代码的消息占比</translation>
    </message>
    <message>
        <source>share of messages sent at night (00:00–05:59)</source>
        <translation>夜间（00:00–05:59）发送的消息占比</translation>
    </message>
    <message>
        <source>tenure in days</source>
        <translation>入群天数</translation>
    </message>
    <message>
        <source>%1/week</source>
        <translation>%1/周</translation>
    </message>
    <message>
        <source>%1/message</source>
        <translation>%1/条</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
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
        <translation>工作区繁忙：%1</translation>
    </message>
    <message>
        <source>there is no member %1</source>
        <translation>成员 %1 不存在</translation>
    </message>
    <message>
        <source>members %1 and %2 are already the same person</source>
        <translation>成员 %1 和 %2 已是同一人</translation>
    </message>
    <message>
        <source>there is no merge %1</source>
        <translation>合并记录 %1 不存在</translation>
    </message>
    <message>
        <source>merge %1 was already undone</source>
        <translation>合并 %1 已被撤销</translation>
    </message>
</context>
<context>
    <name>MemberProfile</name>
    <message>
        <source>there is no member %1 in this workspace</source>
        <translation>此工作区中没有成员 %1</translation>
    </message>
    <message>
        <source>member %1 is a bot or the account that made the export, not a community member</source>
        <translation>成员 %1 是机器人或导出账号，不是社群成员</translation>
    </message>
    <message>
        <source>member %1 was never seen (no message, reaction or join)</source>
        <translation>成员 %1 从未出现过（没有消息、表情回应或加入记录）</translation>
    </message>
    <message>
        <source>cannot read member %1: %2</source>
        <translation>无法读取成员 %1：%2</translation>
    </message>
    <message>
        <source>No segment: first seen on %1, after the period&apos;s end (%2).</source>
        <translation>无分层：首次出现于 %1，晚于期末（%2）。</translation>
    </message>
    <message>
        <source>No level: first seen on %1, after the period&apos;s end (%2).</source>
        <translation>无等级：首次出现于 %1，晚于期末（%2）。</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters</source>
        <translation>标签“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>the notes are longer than %1 characters (%2)</source>
        <translation>备注超过 %1 个字符（%2）</translation>
    </message>
    <message>
        <source>cannot save member %1: %2</source>
        <translation>无法保存成员 %1：%2</translation>
    </message>
    <message>
        <source>cannot save member %1: there is no such member in this workspace</source>
        <translation>无法保存成员 %1：此工作区中没有该成员</translation>
    </message>
</context>
<context>
    <name>MemberTimelineChart</name>
    <message>
        <source>Messages per week</source>
        <translation>每周消息数</translation>
    </message>
</context>
<context>
    <name>MessageSearch</name>
    <message>
        <source>cannot search the messages: %1</source>
        <translation>无法搜索消息：%1</translation>
    </message>
    <message>
        <source>cannot read the message: %1</source>
        <translation>无法读取消息：%1</translation>
    </message>
    <message>
        <source>there is no message %1</source>
        <translation>消息 %1 不存在</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>the workspace has schema version %1, newer than this Kindred (%2): update Kindred to open it</source>
        <translation>工作区的数据库结构版本为 %1，高于当前 Kindred 支持的版本（%2）：请升级 Kindred 后再打开</translation>
    </message>
    <message>
        <source>migration %1: %2</source>
        <translation>迁移 %1：%2</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>迁移 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ModerationLabels</name>
    <message>
        <source>More than N messages within M seconds</source>
        <translation>M 秒内发送超过 N 条消息</translation>
    </message>
    <message>
        <source>Links or invites posted by a newcomer</source>
        <translation>新成员发布链接或邀请</translation>
    </message>
    <message>
        <source>A word of the blocked lists (whole word in English, substring in Chinese)</source>
        <translation>命中屏蔽词列表中的词语（英文整词匹配，中文子串匹配）</translation>
    </message>
    <message>
        <source>The same text posted in several channels</source>
        <translation>在多个频道中发布相同内容</translation>
    </message>
    <message>
        <source>Many members mentioned in one message</source>
        <translation>一条消息中提及大量成员</translation>
    </message>
    <message>
        <source>Reported by another member (imported reports)</source>
        <translation>被其他成员举报（导入的举报）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>actioned</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>ModerationStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>there is no flag %1 in this workspace</source>
        <translation>此工作区中没有标记 %1</translation>
    </message>
    <message>
        <source>there is no member %1 in this workspace</source>
        <translation>此工作区中没有成员 %1</translation>
    </message>
    <message>
        <source>a reason is required for every decision</source>
        <translation>每项处理决定都必须填写原因</translation>
    </message>
    <message>
        <source>the moderator (actor) name is required</source>
        <translation>必须填写管理员（操作人）名称</translation>
    </message>
    <message>
        <source>select at least one member or flag</source>
        <translation>请至少选择一名成员或一个标记</translation>
    </message>
    <message>
        <source>the workspace is busy: %1</source>
        <translation>工作区繁忙：%1</translation>
    </message>
    <message>
        <source>the decision could not be written to the workspace</source>
        <translation>无法将处理决定写入工作区</translation>
    </message>
    <message>
        <source>cannot read the members of the workspace</source>
        <translation>无法读取工作区的成员</translation>
    </message>
    <message>
        <source>flag %1 is not open (it is %2)</source>
        <translation>标记 %1 不是待处理状态（当前为%2）</translation>
    </message>
    <message>
        <source>member %1 (%2) has no open flag to dismiss</source>
        <translation>成员 %1（%2）没有可驳回的待处理标记</translation>
    </message>
    <message>
        <source>member %1 (%2) is neither muted nor banned</source>
        <translation>成员 %1（%2）既未被禁言也未被封禁</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>禁言</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>封禁</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>解封</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PaidCharts</name>
    <message>
        <source>(no plan)</source>
        <translation>（无套餐）</translation>
    </message>
    <message>
        <source>Revenue, %1 (converted)</source>
        <translation>收入，%1（已换算）</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>收入，%1</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>续费率</translation>
    </message>
    <message>
        <source>Renewed, %</source>
        <translation>已续费，%</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
</context>
<context>
    <name>PaidMetrics</name>
    <message>
        <source>%1: cannot read memberships</source>
        <translation>%1：无法读取会员资格</translation>
    </message>
    <message>
        <source>%1: cannot read members</source>
        <translation>%1：无法读取成员</translation>
    </message>
    <message>
        <source>%1: cannot link renewals</source>
        <translation>%1：无法关联续费记录</translation>
    </message>
</context>
<context>
    <name>PaidSettings</name>
    <message>
        <source>the renewal grace and the trial window must be between 0 and %1 days</source>
        <translation>续费宽限期和试用转化窗口都必须在 0 至 %1 天之间</translation>
    </message>
    <message>
        <source>cannot save the paid settings</source>
        <translation>无法保存付费设置</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Engagement</source>
        <translation>活跃情况</translation>
    </message>
    <message>
        <source>Daily, weekly and monthly active members, %1</source>
        <translation>日活、周活与月活成员数，%1</translation>
    </message>
    <message>
        <source>DAU, mean</source>
        <translation>DAU（日均）</translation>
    </message>
    <message>
        <source>WAU, last day</source>
        <translation>WAU（期末当天）</translation>
    </message>
    <message>
        <source>MAU, last day</source>
        <translation>MAU（期末当天）</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>黏性</translation>
    </message>
    <message>
        <source>Member segments</source>
        <translation>成员分层</translation>
    </message>
    <message>
        <source>Every member is in exactly one segment on %1</source>
        <translation>截至 %1，每位成员恰好属于一个分层</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Community report</source>
        <translation>社群报告</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Kindred · generated %1</source>
        <translation>Kindred · 生成于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 · timezone %2</source>
        <translation>%1 · 时区 %2</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>核心数据</translation>
    </message>
    <message>
        <source>Change compared with the previous period (%1)</source>
        <translation>与上一周期（%1）相比的变化</translation>
    </message>
    <message>
        <source>Members at end</source>
        <translation>期末成员数</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>DAU (mean)</source>
        <translation>DAU（日均）</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>较上一周期</translation>
    </message>
    <message>
        <source>In this report</source>
        <translation>本报告内容</translation>
    </message>
    <message>
        <source>Key figures and change vs the previous period</source>
        <translation>核心指标及较上一周期的变化</translation>
    </message>
    <message>
        <source>Engagement (DAU / WAU / MAU) and member segments</source>
        <translation>活跃情况（DAU / WAU / MAU）与成员分层</translation>
    </message>
    <message>
        <source>Top content and top members</source>
        <translation>热门内容与成员排行</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Workspace overview (all time)</source>
        <translation>工作区概况（全部时间）</translation>
    </message>
    <message>
        <source>Members: %1 · Messages: %2 · Channels: %3</source>
        <translation>成员：%1 · 消息：%2 · 频道：%3</translation>
    </message>
    <message>
        <source>Generated %1 (%2) by Kindred</source>
        <translation>由 Kindred 生成于 %1（%2）</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>核心指标</translation>
    </message>
    <message>
        <source>Compared with the previous period of the same length (%1)</source>
        <translation>与等长的上一周期（%1）对比</translation>
    </message>
    <message>
        <source>Persons seen by the end of the period (bots excluded)</source>
        <translation>截至期末出现过的成员（不含机器人）</translation>
    </message>
    <message>
        <source>Joined during the period</source>
        <translation>本时间段内加入</translation>
    </message>
    <message>
        <source>Posts and replies by members</source>
        <translation>成员发布的帖子与回复</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动数</translation>
    </message>
    <message>
        <source>Messages + reactions</source>
        <translation>消息 + 表情回应</translation>
    </message>
    <message>
        <source>Mean number of members active per day</source>
        <translation>平均每天的活跃成员数</translation>
    </message>
    <message>
        <source>Members active in the 30 days to the period&apos;s end</source>
        <translation>截至期末 30 天内的活跃成员数</translation>
    </message>
    <message>
        <source>DAU (mean) / MAU</source>
        <translation>DAU（日均）/ MAU</translation>
    </message>
    <message>
        <source>Activity rate</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Interactions per member at the end</source>
        <translation>按期末成员数计算的人均互动数</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>增长率</translation>
    </message>
    <message>
        <source>New members / members at the start</source>
        <translation>新成员数 / 期初成员数</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>How to read this page</source>
        <translation>本页说明</translation>
    </message>
    <message>
        <source>Change is the relative difference to the previous period of the same length; &quot;—&quot; means the previous value was 0, so no percentage can be given.</source>
        <translation>“变化”是与等长的上一周期相比的相对差值；“—”表示上一周期的数值为 0，无法计算百分比。</translation>
    </message>
    <message>
        <source>A member is active on a day when they posted, replied or reacted that day in the community&apos;s timezone (%1). MAU counts distinct members, it is never a sum of DAU.</source>
        <translation>成员在某一天（按社群时区 %1 计）发帖、回复或添加表情回应，即计为当天活跃。MAU 统计去重后的成员数，而不是 DAU 的累加。</translation>
    </message>
    <message>
        <source>Interactions in the period: %1 messages (of which %2 replies) and %3 reactions.</source>
        <translation>本时间段内的互动：%1 条消息（其中回复 %2 条），以及 %3 个表情回应。</translation>
    </message>
    <message>
        <source>Top content</source>
        <translation>热门内容</translation>
    </message>
    <message>
        <source>Posts of the period by score = reactions + 2 × replies + 3 × forwards</source>
        <translation>本时间段内的帖子，按得分排序：得分 = 表情回应 + 2 × 回复 + 3 × 转发</translation>
    </message>
    <message>
        <source>No posts in this period.</source>
        <translation>本时间段内没有帖子。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Author · channel, date</source>
        <translation>作者 · 频道、日期</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>内容摘录</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>表情回应</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>成员排行</translation>
    </message>
    <message>
        <source>Members by messages sent in the period</source>
        <translation>按本时间段内发送的消息数排序</translation>
    </message>
    <message>
        <source>No member posted in this period.</source>
        <translation>本时间段内没有成员发言。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation>收到的回复</translation>
    </message>
    <message>
        <source>Reactions received</source>
        <translation>收到的表情回应</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>Newcomer: joined within the last %1 days. Active: active on %2 or more of the last %3 days. Occasional: active on fewer of those days, but at least one. Silent: no activity in the last %3 days. Churned: left, or no activity for %4 days.</source>
        <translation>新成员：最近 %1 天内加入。活跃：最近 %3 天中有 %2 天及以上有活动。偶尔活跃：这些天中有活动，但不足 %2 天。沉默：最近 %3 天没有活动。已流失：已退出，或 %4 天没有活动。</translation>
    </message>
    <message>
        <source>Flow between segments</source>
        <translation>分层流动</translation>
    </message>
    <message>
        <source>Segment at the end of the previous month → segment at the end of the month</source>
        <translation>上月末所在分层 → 本月末所在分层</translation>
    </message>
    <message>
        <source>The community had no member in this period.</source>
        <translation>本时间段内社群没有成员。</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <source>From \ to</source>
        <translation>从 \ 到</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新加入</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>期末</translation>
    </message>
    <message>
        <source>A row is where the members of one segment at the end of %1 were at the end of %2 (percent of the row); the diagonal (bold) stayed in their segment. New: members first seen in %3.</source>
        <translation>每一行表示 %1 时处于某一分层的成员在 %2 时的去向（占该行的百分比）；对角线（粗体）为留在原分层的成员。新加入：在 %3 首次出现的成员。</translation>
    </message>
    <message>
        <source>The month had not ended by the end of the period.</source>
        <translation>截至期末，该月尚未结束。</translation>
    </message>
    <message>
        <source>Stayed in their segment: %1; moved to another one: %2; entered Churned: %3.</source>
        <translation>留在原分层：%1；转入其他分层：%2；转为已流失：%3。</translation>
    </message>
    <message>
        <source>At start / at end: members at the end of the month before / of the month. Stayed: in the same segment at both ends; moved: in another one (stayed + moved = at start; + new = at end). To churned: members who entered Churned from another segment or as new members. Segments under the workspace&apos;s rules (newcomer: joined within %1 days; churned: left, or no activity for %2 days). * the month had not ended by the end of the period.</source>
        <translation>期初 / 期末：上月末 / 本月末的成员数。保持：月初和月末处于同一分层；转移：处于另一分层（保持 + 转移 = 期初；再加上新加入 = 期末）。转为流失：从其他分层或以新成员身份进入“已流失”的成员。分层依据工作区的规则（新成员：%1 天内加入；已流失：已退出，或 %2 天没有活动）。* 截至期末，该月尚未结束。</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月明细</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>To churned</source>
        <translation>转为流失</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>期末</translation>
    </message>
    <message>
        <source>Retention by join month</source>
        <translation>按加入月份的留存</translation>
    </message>
    <message>
        <source>Flow between segments month to month</source>
        <translation>分层逐月流动</translation>
    </message>
    <message>
        <source>Members who joined %1, by join month: share active in each month after joining</source>
        <translation>%1 期间加入的成员，按加入月份分组：加入后各月的活跃占比</translation>
    </message>
    <message>
        <source>No member joined in this period, so there is no cohort to follow.</source>
        <translation>本时间段内没有成员加入，因此没有可追踪的同期群。</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 月</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入月份</translation>
    </message>
    <message>
        <source>M%1</source>
        <comment>month k</comment>
        <translation>M%1</translation>
    </message>
    <message>
        <source>* the month had not ended by %1 · blank: after the end of the period</source>
        <translation>* 截至 %1 该月尚未结束 · 空白：晚于期末</translation>
    </message>
    <message>
        <source>A cohort is the members who joined in one month of the period (first join event, else first sighting). A cell is the share of the cohort active (posted, replied or reacted) in month k after the join month; month 0 is the join month. Activity after %1 is not counted. Months are calendar months in %2.</source>
        <translation>同期群是指在本时间段内同一个月加入的成员（以首次加入事件为准，没有则以首次出现为准）。每个单元格表示该同期群在加入月份之后第 k 个月活跃（发帖、回复或添加表情回应）的成员占比；第 0 月即加入月份。不计入 %1 之后的活动。月份按 %2 的自然月计算。</translation>
    </message>
    <message>
        <source>The first %1 months after joining are shown.</source>
        <translation>显示加入后的前 %1 个月。</translation>
    </message>
    <message>
        <source>Choose a report period of several months to follow cohorts over time.</source>
        <translation>请选择跨越数月的报告时间段，以便追踪同期群随时间的变化。</translation>
    </message>
    <message>
        <source>Every member active in the month counts, whenever they joined. From the month before the period; whole calendar months; activity after %1 is not counted (* the next month had not ended by then).</source>
        <translation>当月活跃的每位成员都计入，无论何时加入。从本时间段的前一个月开始，按完整的自然月计算；不计入 %1 之后的活动（* 届时下一个月尚未结束）。</translation>
    </message>
    <message>
        <source>Month-to-month retention</source>
        <translation>逐月留存</translation>
    </message>
    <message>
        <source>Active in both a month and the next / active in the month</source>
        <translation>当月和次月均活跃 / 当月活跃</translation>
    </message>
    <message>
        <source>No member was active in a month followed by another one up to %1.</source>
        <translation>截至 %1，没有可计算逐月留存的月份（某月有活跃成员且其后还有下一个月）。</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>次月</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Active in both</source>
        <translation>两月均活跃</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Flags raised by the rules for behaviour in %1, and the moderators&apos; decisions</source>
        <translation>规则针对 %1 期间的行为产生的标记，以及管理员的处理决定</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>%1 dismissed · %2 actioned</source>
        <translation>已驳回 %1 · 已处置 %2</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>仍待处理</translation>
    </message>
    <message>
        <source>%1 of the flags</source>
        <translation>占全部标记的 %1</translation>
    </message>
    <message>
        <source>Median time to handle</source>
        <translation>处理时长中位数</translation>
    </message>
    <message>
        <source>over %1 handled flags</source>
        <translation>基于 %1 个已处理的标记</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>处理决定</translation>
    </message>
    <message numerus="yes">
        <source>by %n moderator(s)</source>
        <translation>
            <numerusform>由 %n 名管理员做出</numerusform>
        </translation>
    </message>
    <message>
        <source>No flag was raised and no decision taken in this period.</source>
        <translation>本时间段内没有产生标记，也没有处理决定。</translation>
    </message>
    <message>
        <source>Flags per rule</source>
        <translation>各规则的标记数</translation>
    </message>
    <message>
        <source>No flags in this period.</source>
        <translation>本时间段内没有标记。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Dismissed share</source>
        <translation>驳回占比</translation>
    </message>
    <message>
        <source>Flags per channel</source>
        <translation>各频道的标记数</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无频道）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>已做出的处理决定</translation>
    </message>
    <message>
        <source>No decision was recorded in this period.</source>
        <translation>本时间段内没有记录任何处理决定。</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Repeat offenders</source>
        <translation>屡犯成员</translation>
    </message>
    <message>
        <source>No member had two or more actioned flags or sanctions in this period.</source>
        <translation>本时间段内没有成员有两个或以上已处置的标记或处罚。</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Actioned flags</source>
        <translation>已处置的标记</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>…… 另有 %1 项。</translation>
    </message>
    <message>
        <source>A flag belongs to the period when the behaviour it flags happened; a decision when it was taken. Time to handle = handled − raised, over the period&apos;s flags that were dismissed or actioned (median; for an even count, the mean of the two middle values). Dismissed share = dismissed / (dismissed + actioned): how often moderators judged a rule&apos;s flags false positives. Repeat offenders: at least 2 actioned flags or at least 2 warn/mute/ban decisions (sanctions) in the period.</source>
        <translation>标记按其所标记行为的发生时间归入时间段；处理决定按做出的时间归入。处理时长 = 处理时间 − 标记时间，统计本时间段内已驳回或已处置的标记（取中位数；数量为偶数时取中间两个值的平均值）。驳回占比 = 已驳回 / （已驳回 + 已处置）：即管理员判定某条规则的标记为误报的频率。屡犯成员：本时间段内至少有 2 个已处置的标记，或至少 2 次警告/禁言/封禁决定（处罚）。</translation>
    </message>
    <message>
        <source>%1 · member names pseudonymised</source>
        <translation>%1 · 成员名称已假名化</translation>
    </message>
    <message>
        <source>Member names are pseudonymised: the same member has the same code in every report of this workspace.</source>
        <translation>成员名称已假名化：同一成员在此工作区的每份报告中使用相同的代号。</translation>
    </message>
    <message>
        <source>Moderation: flags, decisions and time to handle</source>
        <translation>审核：标记、处理决定与处理时长</translation>
    </message>
    <message>
        <source>Paid side: conversion, renewals, revenue, renewal risk</source>
        <translation>付费：转化、续费、收入与续费风险</translation>
    </message>
    <message>
        <source>Paid side</source>
        <translation>付费情况</translation>
    </message>
    <message>
        <source>Paying members, conversion, renewals and revenue, %1</source>
        <translation>付费成员、转化、续费与收入，%1</translation>
    </message>
    <message>
        <source>Paying members</source>
        <translation>付费成员</translation>
    </message>
    <message>
        <source>Paid conversion</source>
        <translation>付费转化率</translation>
    </message>
    <message>
        <source>Trial to paid</source>
        <translation>试用转付费</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>续费率</translation>
    </message>
    <message>
        <source>Paid conversion (付费转化率) = paying members / members at the end = %1 / %2. Trial to paid = %3 of %4 trials started in the period converted within %5 days of the trial&apos;s end (%6 still open). Renewal rate (续费率) = %7 of %8 paid memberships expiring in the period renewed within the %9-day grace period.</source>
        <translation>付费转化率 = 付费成员 / 期末成员数 = %1 / %2。试用转付费 = 本时间段内开始的 %4 个试用中，有 %3 个在试用结束后 %5 天内转为付费（%6 个仍在转化窗口内）。续费率 = 本时间段内到期的 %8 个付费会员资格中，有 %7 个在 %9 天宽限期内续费。</translation>
    </message>
    <message>
        <source>Revenue per currency (amounts are never added across currencies)</source>
        <translation>各货币的收入（不同货币的金额从不相加）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>付费成员</translation>
    </message>
    <message>
        <source>ARPPU</source>
        <translation>ARPPU</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Revenue: paid memberships started in the period (start = payment), refunds left out (%1 refunded). ARPPU = revenue / members who paid in that currency in the period.</source>
        <translation>收入：本时间段内开始的付费会员资格（开始即付款），不含退款（已退款 %1 个）。ARPPU（每付费成员平均收入）= 收入 / 本时间段内以该货币付费的成员数。</translation>
    </message>
    <message>
        <source>Revenue per month by plan, %1 (%2)</source>
        <translation>各套餐每月收入，%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Renewal rate per expiry month (grace period %n day(s))</source>
        <translation>
            <numerusform>各到期月份的续费率（宽限期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续费</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Pending: not renewed yet, but the grace period has not ended; they may still renew. Refunded memberships are not counted.</source>
        <translation>待定：尚未续费，但宽限期尚未结束，仍可能续费。已退款的会员资格不计入。</translation>
    </message>
    <message>
        <source>Renewal risk</source>
        <translation>续费风险</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) expiring %1 – %2 and not renewed yet; the riskiest first</source>
        <translation>
            <numerusform>%n 个会员资格将于 %1 至 %2 到期且尚未续费；风险最高的排在最前</numerusform>
        </translation>
    </message>
    <message>
        <source>Model on %1 past expiries it never saw (%2 not renewed): AUC %3 (baseline %4, days since last active), accuracy %5 (baseline %6). Trained on %7 earlier expiries.</source>
        <translation>模型在 %1 个未参与训练的历史到期记录上检验（%2 个未续费）：AUC %3（基线 %4，按距上次活跃的天数），准确率 %5（基线 %6）。训练数据为更早的 %7 个到期记录。</translation>
    </message>
    <message>
        <source>The model is not usable (%1): ranked by days since last active.</source>
        <translation>模型不可用（%1）：按距上次活跃的天数排序。</translation>
    </message>
    <message>
        <source>No paid membership expires in these days.</source>
        <translation>这些天内没有到期的付费会员资格。</translation>
    </message>
    <message>
        <source>Member · plan, paid</source>
        <translation>成员 · 套餐，付费金额</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 more in the Memberships page, which exports the full list to CSV.</source>
        <translation>另有 %1 项，请在“会员”页面查看，该页面可将完整列表导出为 CSV。</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>影响力成员</translation>
    </message>
    <message>
        <source>Opinion leaders and bridges of the reply and mention graph, %1</source>
        <translation>回复与提及图中的意见领袖和桥梁成员，%1</translation>
    </message>
    <message>
        <source>No member replied to or mentioned another member in this period.</source>
        <translation>本时间段内没有成员回复或提及其他成员。</translation>
    </message>
    <message>
        <source>%1 members linked by %2 directed edges (density %3): A → B when A replied to a message of B in the same channel or @mentioned B (%4 messages address someone). PageRank: damping 0.85, edges weighted by messages (%5 iterations). Betweenness: Brandes&apos; algorithm over directed shortest paths, normalised by (n−1)(n−2). In / out: members who addressed the member / whom the member addressed.</source>
        <translation>%1 名成员，由 %2 条有向边相连（密度 %3）：若 A 在同一频道中回复了 B 的消息或 @提及了 B，则有 A → B（%4 条消息指向他人）。PageRank：阻尼系数 0.85，边按消息数加权（迭代 %5 次）。中介中心性：使用 Brandes 算法基于有向最短路径计算，并按 (n−1)(n−2) 标准化。入度 / 出度：指向该成员的成员数 / 该成员指向的成员数。</translation>
    </message>
    <message>
        <source>KOL #%1</source>
        <translation>KOL #%1</translation>
    </message>
    <message>
        <source>bridge #%1</source>
        <translation>桥梁成员 #%1</translation>
    </message>
    <message>
        <source>Top members by PageRank</source>
        <translation>PageRank 排名靠前的成员</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>中介中心性</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入度</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出度</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Bridges between personas</source>
        <translation>画像之间的桥梁成员</translation>
    </message>
    <message>
        <source>No member links two or more personas in this period.</source>
        <translation>本时间段内没有连接两个或以上画像的成员。</translation>
    </message>
    <message>
        <source>No personas for this period (%1), so no bridges.</source>
        <translation>本时间段没有画像（%1），因此没有桥梁成员。</translation>
    </message>
    <message>
        <source>Members with betweenness &gt; 0 whose partners belong to at least two personas, highest betweenness first: introducing topics through them reaches several groups.</source>
        <translation>中介中心性大于 0、且互动对象至少属于两个画像的成员，按中介中心性从高到低排列：通过他们引入话题可以触达多个群体。</translation>
    </message>
    <message>
        <source>Personas linked</source>
        <translation>连接的画像数</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>度</translation>
    </message>
    <message>
        <source>Topics: rising keywords and keyphrases</source>
        <translation>话题：上升的关键词和关键短语</translation>
    </message>
    <message>
        <source>Influencers: opinion leaders (KOLs) and bridges</source>
        <translation>影响力成员：意见领袖（KOL）和桥梁成员</translation>
    </message>
    <message>
        <source>Top threads</source>
        <translation>热门话题串</translation>
    </message>
    <message>
        <source>A first post and its replies; score = the sum of its posts&apos; scores</source>
        <translation>一条首帖及其回复；得分 = 其中各帖子得分之和</translation>
    </message>
    <message>
        <source>Started by · channel, date</source>
        <translation>发起人 · 频道、日期</translation>
    </message>
    <message>
        <source>First post</source>
        <translation>首帖</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Top shared links</source>
        <translation>热门分享的链接</translation>
    </message>
    <message>
        <source>Posts of the period sharing each link</source>
        <translation>本时间段内分享各链接的帖子</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Sharers</source>
        <translation>分享人数</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Rising keywords and keyphrases of %1 against the previous %2 days</source>
        <translation>%1 上升的关键词和关键短语（与之前 %2 天相比）</translation>
    </message>
    <message>
        <source>No message text in this period.</source>
        <translation>本时间段内没有消息文本。</translation>
    </message>
    <message>
        <source>%1 messages with words in the period (%2 in the previous period). Words are segmented with ICU (Chinese and English), without stop words, URLs, mentions and code. Rank = rising score = count × idf × ln((count + 1) / (expected + 1)), idf = ln((N + 1) / (df + 1)) + 1, expected = the previous count scaled to this period&apos;s number of words.</source>
        <translation>本时间段内含词语的消息 %1 条（上一周期 %2 条）。使用 ICU 进行分词（中文和英文），不含停用词、URL、提及和代码。排名 = 上升得分 = 出现次数 × idf × ln((出现次数 + 1) / (预期次数 + 1))，idf = ln((N + 1) / (df + 1)) + 1，预期次数 = 上一周期的出现次数按本时间段的词数缩放后的值。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Rising score</source>
        <translation>上升得分</translation>
    </message>
    <message>
        <source>Rising keywords</source>
        <translation>上升的关键词</translation>
    </message>
    <message>
        <source>Rising keyphrases</source>
        <translation>上升的关键短语</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>Heavy posters</source>
        <translation>高频发言者</translation>
    </message>
    <message>
        <source>many messages</source>
        <translation>消息多</translation>
    </message>
    <message>
        <source>Quiet lurkers</source>
        <translation>潜水者</translation>
    </message>
    <message>
        <source>few messages</source>
        <translation>消息少</translation>
    </message>
    <message>
        <source>Conversationalists (replies)</source>
        <translation>交流达人（回复）</translation>
    </message>
    <message>
        <source>many replies</source>
        <translation>回复多</translation>
    </message>
    <message>
        <source>Well received (reactions)</source>
        <translation>受欢迎者（表情回应）</translation>
    </message>
    <message>
        <source>many reactions</source>
        <translation>表情回应多</translation>
    </message>
    <message>
        <source>Link and code sharers</source>
        <translation>链接与代码分享者</translation>
    </message>
    <message>
        <source>links and code</source>
        <translation>链接与代码多</translation>
    </message>
    <message>
        <source>Night owls</source>
        <translation>夜猫子</translation>
    </message>
    <message>
        <source>night owls</source>
        <translation>夜间活跃</translation>
    </message>
    <message>
        <source>Veterans (long tenure)</source>
        <translation>老成员（入群时间长）</translation>
    </message>
    <message>
        <source>long tenure</source>
        <translation>入群时间长</translation>
    </message>
    <message>
        <source>Newcomers (short tenure)</source>
        <translation>新人（入群时间短）</translation>
    </message>
    <message>
        <source>short tenure</source>
        <translation>入群时间短</translation>
    </message>
    <message>
        <source>%1 %2 SD above the mean</source>
        <translation>%1高于均值 %2 个标准差</translation>
    </message>
    <message>
        <source>%1 %2 SD below the mean</source>
        <translation>%1低于均值 %2 个标准差</translation>
    </message>
    <message>
        <source> on a log scale</source>
        <translation>（按对数尺度）</translation>
    </message>
    <message>
        <source> (%1 vs %2 overall)</source>
        <translation>（%1，总体为 %2）</translation>
    </message>
    <message>
        <source>Typical members</source>
        <translation>普通成员</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: no feature is %2 SD or more from the mean; the largest difference: %3.</source>
        <translation>%1：没有任何特征偏离均值达 %2 个标准差或以上；差异最大的是：%3。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>k = %1: not possible</source>
        <translation>k = %1：无法计算</translation>
    </message>
    <message>
        <source>k = %1: %2</source>
        <translation>k = %1：%2</translation>
    </message>
    <message>
        <source>%1 clusters: the highest mean silhouette (%2) of k = %3..%4 (%5). The silhouette (−1..1) compares each member&apos;s distance to their own cluster with the nearest other one; higher = better separated.</source>
        <translation>%1 个簇：在 k = %3..%4 中平均轮廓系数最高（%2）（%5）。轮廓系数（−1..1）比较每位成员到所属簇与到最近的其他簇的距离；越高 = 区分越清晰。</translation>
    </message>
    <message>
        <source>invalid range of k: %1..%2</source>
        <translation>k 的范围无效：%1..%2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in the period: too few for personas</source>
        <translation>
            <numerusform>本时间段内只有 %n 名成员：人数太少，无法生成成员画像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictionFeatures</name>
    <message>
        <source>cannot read messages: %1</source>
        <translation>无法读取消息：%1</translation>
    </message>
    <message>
        <source>active days, last 7</source>
        <translation>活跃天数（最近 7 天）</translation>
    </message>
    <message>
        <source>active days, last 30</source>
        <translation>活跃天数（最近 30 天）</translation>
    </message>
    <message>
        <source>active days, last 90</source>
        <translation>活跃天数（最近 90 天）</translation>
    </message>
    <message>
        <source>messages, last 30 days (log)</source>
        <translation>消息数（最近 30 天，对数）</translation>
    </message>
    <message>
        <source>days since last active</source>
        <translation>距上次活跃的天数</translation>
    </message>
    <message>
        <source>tenure in days (capped at 90)</source>
        <translation>入群天数（上限 90）</translation>
    </message>
    <message>
        <source>share of posts replied to</source>
        <translation>获得回复的帖子占比</translation>
    </message>
    <message>
        <source>trend: active days vs the previous 30</source>
        <translation>趋势：活跃天数与前 30 天相比</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>(a member)</source>
        <translation>（某成员）</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>the workspace&apos;s pseudonym salt is unreadable</source>
        <translation>无法读取工作区的假名化盐值</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>Cannot read the engagement data: %1</source>
        <translation>无法读取参与数据：%1</translation>
    </message>
</context>
<context>
    <name>Regression</name>
    <message>
        <source>target %1 is not a finite number</source>
        <translation>目标值 %1 不是有限数</translation>
    </message>
    <message>
        <source>the ridge penalty must be &gt;= 0</source>
        <translation>岭回归惩罚系数必须 &gt;= 0</translation>
    </message>
    <message>
        <source>%1 observations cannot determine %2 parameters</source>
        <translation>%1 个观测值无法确定 %2 个参数</translation>
    </message>
    <message>
        <source>the ridge normal equations are singular</source>
        <translation>岭回归的正规方程组是奇异的</translation>
    </message>
    <message>
        <source>the L2 penalty must be &gt;= 0</source>
        <translation>L2 惩罚系数必须 &gt;= 0</translation>
    </message>
    <message>
        <source>label %1 is %2, not 0 or 1</source>
        <translation>标签 %1 的值为 %2，不是 0 或 1</translation>
    </message>
    <message>
        <source>the Newton system is singular (collinear features?)</source>
        <translation>牛顿法方程组是奇异的（特征是否共线？）</translation>
    </message>
    <message>
        <source>no observations to fit</source>
        <translation>没有可用于拟合的观测值</translation>
    </message>
    <message>
        <source>%1 rows of features but %2 targets</source>
        <translation>特征有 %1 行，但目标值有 %2 个</translation>
    </message>
    <message>
        <source>row %1 has %2 features, the first row %3</source>
        <translation>第 %1 行有 %2 个特征，而第一行有 %3 个</translation>
    </message>
    <message>
        <source>row %1, feature %2 is not a finite number</source>
        <translation>第 %1 行的特征 %2 不是有限数</translation>
    </message>
</context>
<context>
    <name>RenewalRisk</name>
    <message>
        <source>renewal risk needs a valid as-of day and a horizon of 1 to 366 days</source>
        <translation>续费风险需要有效的基准日，以及 1 至 366 天的预测范围</translation>
    </message>
    <message>
        <source>too few past expiries before %1 to learn from: %2 (at least %3 needed)</source>
        <translation>%1 之前可供学习的历史到期记录太少：%2 个（至少需要 %3 个）</translation>
    </message>
    <message>
        <source>the past expiries before %1 are almost all of one kind (%2 renewed, %3 not renewed; at least 3 of each needed)</source>
        <translation>%1 之前的历史到期记录几乎都属于同一类（已续费 %2 个，未续费 %3 个；每类至少需要 3 个）</translation>
    </message>
    <message>
        <source>the model could not be fitted: %1</source>
        <translation>无法拟合模型：%1</translation>
    </message>
    <message>
        <source>active on %1 of the last 30 days (%2 in the 30 before: trend %3), last active %4 days ago, level %5, segment %6; %7 %8%</source>
        <translation>最近 30 天中有 %1 天活跃（之前 30 天为 %2 天：趋势 %3），最近活跃于 %4 天前，等级 %5，分层 %6；%7 %8%</translation>
    </message>
    <message>
        <source>model risk</source>
        <translation>模型风险</translation>
    </message>
    <message>
        <source>baseline risk (days since active / 365)</source>
        <translation>基线风险（距上次活跃天数 / 365）</translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>&apos;%1&apos; names %2 members; use a platform id</source>
        <translation>“%1”对应 %2 名成员；请使用平台 ID</translation>
    </message>
    <message>
        <source>no member &apos;%1&apos;</source>
        <translation>没有成员“%1”</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>database busy: %1</source>
        <translation>数据库繁忙：%1</translation>
    </message>
    <message>
        <source>cannot create the community</source>
        <translation>无法创建社群</translation>
    </message>
    <message>
        <source>identical content was already imported (batch %1): nothing to add</source>
        <translation>相同的内容已导入过（批次 %1）：没有可添加的内容</translation>
    </message>
    <message>
        <source>line %1: malformed CSV</source>
        <translation>第 %1 行：CSV 格式错误</translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos;</source>
        <translation>表头中没有“%1”列</translation>
    </message>
    <message>
        <source>reporter: %1</source>
        <translation>举报人：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or time</source>
        <translation>“%1”不是日期或时间</translation>
    </message>
    <message>
        <source>no message &apos;%1&apos;: the report is kept without it</source>
        <translation>没有消息“%1”：已保留该举报，但不关联消息</translation>
    </message>
    <message>
        <source>message &apos;%1&apos; is in several channels (add a channel column): the report is kept without it</source>
        <translation>消息“%1”出现在多个频道中（请添加频道列）：已保留该举报，但不关联消息</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>%1 invalid rows; nothing was imported</source>
        <translation>%1 行无效；未导入任何内容</translation>
    </message>
    <message>
        <source>cannot record the import batch</source>
        <translation>无法记录导入批次</translation>
    </message>
    <message>
        <source>line %1: cannot store the report</source>
        <translation>第 %1 行：无法保存该举报</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>Champions</source>
        <translation>重要价值成员</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚成员</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜力成员</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新付费成员</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>不能失去的成员</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠成员</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>RFM needs a valid as-of day and a frequency window of 1 to 3650 days</source>
        <translation>RFM 需要有效的基准日，以及 1 至 3650 天的频率统计窗口</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>条消息</translation>
    </message>
    <message>
        <source>active days</source>
        <translation>天活跃</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>从未活跃</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since last active</source>
        <translation>
            <numerusform>距上次活跃 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>R %1 (%2), F %3 (%4 %5 in %6 days), M %7 (%8 %9 minor units) of %10 paying members, quintiles by rank: %11</source>
        <translation>R %1（%2），F %3（%6 天内 %4 %5），M %7（%8 %9 最小货币单位），在 %10 名付费成员中按排名取五分位：%11</translation>
    </message>
</context>
<context>
    <name>SegmentFlowChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at the end of %2: %3 of %4 members&lt;br&gt;%5&lt;br&gt;&lt;i&gt;Click to show this month&apos;s flow.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，截至 %2：%4 名成员中的 %3 名&lt;br&gt;%5&lt;br&gt;&lt;i&gt;点击查看该月的流动情况。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>SegmentRules</name>
    <message>
        <source>every segment threshold must be between 1 and %1 days</source>
        <translation>每项分层阈值都必须在 1 至 %1 天之间</translation>
    </message>
    <message>
        <source>the active threshold (%1 days) cannot exceed the activity window (%2 days)</source>
        <translation>活跃所需天数（%1 天）不能超过活跃统计窗口（%2 天）</translation>
    </message>
    <message>
        <source>the newcomer period (%1 days) must be shorter than the churn period (%2 days)</source>
        <translation>新成员期限（%1 天）必须短于流失判定期限（%2 天）</translation>
    </message>
    <message>
        <source>cannot save the segment rules: %1</source>
        <translation>无法保存分层规则：%1</translation>
    </message>
</context>
<context>
    <name>Segmentation</name>
    <message>
        <source>left %1 days before the end</source>
        <translation>期末前 %1 天退出</translation>
    </message>
    <message>
        <source>no activity for %1+ days</source>
        <translation>已超过 %1 天没有活动</translation>
    </message>
    <message>
        <source>joined %1 days before the end (&lt; %2)</source>
        <translation>期末前 %1 天加入（&lt; %2）</translation>
    </message>
    <message>
        <source>active on %1 of the last %2 days</source>
        <translation>最近 %2 天中有 %1 天活跃</translation>
    </message>
    <message>
        <source>no activity in the last %1 days</source>
        <translation>最近 %1 天没有活动</translation>
    </message>
</context>
<context>
    <name>SlackImporter</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <source>cannot read the zip archive (zip error %1): the archive is damaged</source>
        <translation>无法读取 zip 压缩包（zip 错误 %1）：压缩包已损坏</translation>
    </message>
    <message>
        <source>the file&apos;s checksum (CRC) does not match its content: the zip archive is damaged</source>
        <translation>文件的校验和（CRC）与其内容不符：zip 压缩包已损坏</translation>
    </message>
    <message>
        <source>cannot read this file of the zip archive (zip error %1): the archive is damaged or the file encrypted</source>
        <translation>无法读取 zip 压缩包中的此文件（zip 错误 %1）：压缩包已损坏，或该文件已加密</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>not a zip archive: a Slack workspace export is the .zip file that Slack produces (it starts with the bytes &quot;PK&quot;)</source>
        <translation>这不是 zip 压缩包：Slack 工作区导出文件是 Slack 生成的 .zip 文件（以字节 &quot;PK&quot; 开头）</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated (zip error %1): its table of contents is missing</source>
        <translation>zip 压缩包已损坏或不完整（zip 错误 %1）：缺少文件目录</translation>
    </message>
    <message>
        <source>the zip archive holds no channels.json: it is not a Slack workspace export</source>
        <translation>zip 压缩包中没有 channels.json：这不是 Slack 工作区导出文件</translation>
    </message>
    <message>
        <source>the file is too large (more than %1 bytes): not a Slack export file</source>
        <translation>文件过大（超过 %1 字节）：这不是 Slack 导出文件</translation>
    </message>
    <message>
        <source>the file is empty (expected a JSON array)</source>
        <translation>文件为空（应为 JSON 数组）</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON 无效：%1</translation>
    </message>
    <message>
        <source>expected a JSON array ([ ... ]) as Slack writes it, but the file holds %1</source>
        <translation>应为 Slack 写出的 JSON 数组（[ ... ]），但文件中是%1</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>the export has no users.json: people are named from their messages</source>
        <translation>导出文件中没有 users.json：将根据消息内容确定成员名称</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; is not listed in channels.json, groups.json, mpims.json or dms.json; its day files were imported into a channel named &quot;%1&quot;</source>
        <translation>文件夹“%1”未列在 channels.json、groups.json、mpims.json 或 dms.json 中；其中的每日文件已导入名为“%1”的频道</translation>
    </message>
    <message>
        <source>the import was stopped when starting the channel</source>
        <translation>开始导入频道时导入被中止</translation>
    </message>
    <message>
        <source>%1: message subtype &quot;%2&quot; is not known; such messages are kept as service lines</source>
        <translation>%1：未知的消息子类型“%2”，此类消息按系统消息保留</translation>
    </message>
    <message>
        <source>the import was stopped while storing message #%1</source>
        <translation>存储第 %1 条消息时导入被中止</translation>
    </message>
    <message>
        <source>the import was stopped while storing the event of message #%1</source>
        <translation>存储第 %1 条消息的事件时导入被中止</translation>
    </message>
    <message numerus="yes">
        <source>users.json does not list %n user id(s) used in the messages (%1); they are named from the messages&apos; user_profile or username, else by their id</source>
        <translation>
            <numerusform>users.json 中没有列出消息里用到的 %n 个用户 ID（%1）；将根据消息中的 user_profile 或 username 确定其名称，如果都没有则使用其 ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) without a valid &quot;ts&quot; timestamp were skipped (the first is %1)</source>
        <translation>
            <numerusform>已跳过 %n 条没有有效 &quot;ts&quot; 时间戳的消息（第一条为 %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of day files are not message objects and were skipped (the first is %1)</source>
        <translation>
            <numerusform>每日文件中有 %n 个条目不是消息对象，已跳过（第一个为 %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n .json file(s) in conversation folders are not day files named YYYY-MM-DD.json and were skipped</source>
        <translation>
            <numerusform>会话文件夹中有 %n 个 .json 文件不是以 YYYY-MM-DD.json 命名的每日文件，已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of users.json or the channel lists have no &quot;id&quot; (or repeat one) and were skipped</source>
        <translation>
            <numerusform>users.json 或频道列表中有 %n 个条目没有 &quot;id&quot;（或 &quot;id&quot; 重复），已跳过</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncManager</name>
    <message>
        <source>the source was removed</source>
        <translation>该来源已被移除</translation>
    </message>
    <message>
        <source>no token or password is stored for this source: edit it and enter it again</source>
        <translation>此来源未保存令牌或密码：请编辑此来源并重新输入</translation>
    </message>
</context>
<context>
    <name>SyncManifest</name>
    <message>
        <source>the manifest is not valid JSON (%1 at byte %2)</source>
        <translation>清单不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>the manifest has no &quot;files&quot; array</source>
        <translation>清单中没有 &quot;files&quot; 数组</translation>
    </message>
    <message>
        <source>manifest entry %1 has no usable http(s) &quot;url&quot;</source>
        <translation>清单条目 %1 没有可用的 http(s) &quot;url&quot;</translation>
    </message>
    <message>
        <source>manifest entry %1: &quot;sha256&quot; is not 64 hex digits</source>
        <translation>清单条目 %1：&quot;sha256&quot; 不是 64 位十六进制数字</translation>
    </message>
</context>
<context>
    <name>SyncSourceStore</name>
    <message>
        <source>cannot store the sync sources: %1</source>
        <translation>无法保存同步来源：%1</translation>
    </message>
    <message>
        <source>the source needs a name</source>
        <translation>来源需要名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address</source>
        <translation>“%1”不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>the schedule must be 0 (manual) or a number of minutes up to %1 (a week)</source>
        <translation>计划必须为 0（手动）或不超过 %1 的分钟数（一周）</translation>
    </message>
    <message>
        <source>basic authentication needs a user name</source>
        <translation>Basic 认证需要用户名</translation>
    </message>
    <message>
        <source>there is already a source named &apos;%1&apos;</source>
        <translation>已存在名为“%1”的来源</translation>
    </message>
    <message>
        <source>there is no sync source %1</source>
        <translation>同步来源 %1 不存在</translation>
    </message>
    <message>
        <source>there is no source named &apos;%1&apos;</source>
        <translation>不存在名为“%1”的来源</translation>
    </message>
</context>
<context>
    <name>TelegramImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the file is empty (expected a Telegram JSON export)</source>
        <translation>文件为空（应为 Telegram 的 JSON 导出文件）</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most 4 GiB)</source>
        <translation>文件过大（%1 字节；最大 4 GiB）</translation>
    </message>
    <message>
        <source>not enough memory to load the file (%1 MB)</source>
        <translation>内存不足，无法加载文件（%1 MB）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>expected a JSON object ({ ... }) as in Telegram&apos;s result.json, but the file holds an array</source>
        <translation>应为与 Telegram 的 result.json 一样的 JSON 对象（{ ... }），但文件中是一个数组</translation>
    </message>
    <message>
        <source>this is not JSON: a Telegram export (result.json) starts with &apos;{&apos;</source>
        <translation>这不是 JSON 文件：Telegram 导出文件（result.json）以“{”开头</translation>
    </message>
    <message>
        <source>the start of the file</source>
        <translation>文件开头</translation>
    </message>
    <message>
        <source>expected a JSON object ({ ... }) as in Telegram&apos;s result.json, but the file holds %1</source>
        <translation>应为与 Telegram 的 result.json 一样的 JSON 对象（{ ... }），但文件中是%1</translation>
    </message>
    <message>
        <source>the top-level object</source>
        <translation>顶层对象</translation>
    </message>
    <message>
        <source>unexpected content after the end of the top-level JSON object</source>
        <translation>顶层 JSON 对象结束后出现了多余的内容</translation>
    </message>
    <message>
        <source> at the end of the file (truncated file?)</source>
        <translation>，位于文件末尾（文件可能不完整？）</translation>
    </message>
    <message>
        <source> (while reading %1)</source>
        <translation>（读取%1时）</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation>（位于%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, but is %3</source>
        <translation>“%1”应为%2，但实际是%3</translation>
    </message>
    <message>
        <source>the import stopped while storing %1 of %2</source>
        <translation>存储%1时导入中止（%2）</translation>
    </message>
    <message>
        <source>malformed JSON (a missing or misplaced comma, colon, bracket or brace, or the file ends too early)</source>
        <translation>JSON 格式错误（缺少逗号、冒号、方括号或花括号，或其位置不对，或文件提前结束）</translation>
    </message>
    <message>
        <source>the JSON ends before all arrays and objects are closed (truncated file?)</source>
        <translation>JSON 在所有数组和对象闭合之前就结束了（文件可能不完整？）</translation>
    </message>
    <message>
        <source>a string is not closed (truncated file?)</source>
        <translation>有字符串未闭合（文件可能不完整？）</translation>
    </message>
    <message>
        <source>invalid UTF-8 text (the export must be UTF-8 encoded)</source>
        <translation>UTF-8 文本无效（导出文件必须使用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>invalid escape sequence or control character in a string</source>
        <translation>字符串中有无效的转义序列或控制字符</translation>
    </message>
    <message>
        <source>invalid or out-of-range number</source>
        <translation>数字无效或超出范围</translation>
    </message>
    <message>
        <source>invalid literal (expected a string, number, object, array, true, false or null)</source>
        <translation>无效的字面量（应为字符串、数字、对象、数组、true、false 或 null）</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>某个值的类型不正确</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON 嵌套层级过深</translation>
    </message>
    <message>
        <source>the file contains no JSON value</source>
        <translation>文件中没有任何 JSON 值</translation>
    </message>
    <message>
        <source>the file is too large (more than 4 GiB)</source>
        <translation>文件过大（超过 4 GiB）</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>无效值</translation>
    </message>
    <message>
        <source>%1: the export has no from_id; authors are identified by their display name</source>
        <translation>%1：导出文件中没有 from_id，将按显示名称识别发送者</translation>
    </message>
    <message>
        <source>%1: unreadable date &quot;%2&quot;</source>
        <translation>%1：无法识别的日期“%2”</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1: unknown message type &quot;%2&quot;, read as a message</source>
        <translation>%1：未知的消息类型“%2”，已按普通消息读取</translation>
    </message>
    <message>
        <source>%1 has no date; skipped</source>
        <translation>%1没有日期，已跳过</translation>
    </message>
    <message>
        <source>%1 has no id: messages without one get an id derived from their time (here &quot;%2&quot;)</source>
        <translation>%1没有 ID：没有 ID 的消息将根据发送时间生成 ID（此处为“%2”）</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>an array of names</source>
        <translation>名称数组</translation>
    </message>
    <message>
        <source>an array of reactions</source>
        <translation>表情回应数组</translation>
    </message>
    <message>
        <source>an array of reaction objects</source>
        <translation>表情回应对象数组</translation>
    </message>
    <message>
        <source>a reaction</source>
        <translation>表情回应</translation>
    </message>
    <message>
        <source>an array of reactors</source>
        <translation>回应成员数组</translation>
    </message>
    <message>
        <source>a reactor</source>
        <translation>回应成员</translation>
    </message>
    <message>
        <source>no &quot;messages&quot; array and no &quot;chats&quot; list: this JSON is not a Telegram Desktop chat export</source>
        <translation>既没有 &quot;messages&quot; 数组，也没有 &quot;chats&quot; 列表：此 JSON 不是 Telegram Desktop 的聊天导出文件</translation>
    </message>
    <message>
        <source>chat &quot;%1&quot;</source>
        <translation>聊天“%1”</translation>
    </message>
    <message>
        <source>message #%1 (id %2) of chat &quot;%3&quot;</source>
        <translation>聊天“%3”中的第 %1 条消息（ID %2）</translation>
    </message>
    <message>
        <source>message #%1 (id %2) of the chat</source>
        <translation>该聊天中的第 %1 条消息（ID %2）</translation>
    </message>
    <message>
        <source>message #%1 of chat &quot;%2&quot;</source>
        <translation>聊天“%2”中的第 %1 条消息</translation>
    </message>
    <message>
        <source>message #%1 of the chat</source>
        <translation>该聊天中的第 %1 条消息</translation>
    </message>
    <message>
        <source>a chat object</source>
        <translation>聊天的 JSON 对象</translation>
    </message>
    <message>
        <source>an object with a &quot;list&quot; of chats</source>
        <translation>包含聊天列表 &quot;list&quot; 的对象</translation>
    </message>
    <message>
        <source>an array of chats</source>
        <translation>聊天数组</translation>
    </message>
    <message>
        <source>the chat list</source>
        <translation>聊天列表</translation>
    </message>
    <message>
        <source>an array of chat objects</source>
        <translation>由聊天 JSON 对象组成的数组</translation>
    </message>
    <message>
        <source>the import stopped while storing chat &quot;%1&quot;</source>
        <translation>存储聊天“%1”时导入中止</translation>
    </message>
    <message>
        <source>an array of messages</source>
        <translation>消息数组</translation>
    </message>
    <message>
        <source>the &quot;messages&quot; array</source>
        <translation>&quot;messages&quot; 数组</translation>
    </message>
    <message>
        <source>an array of message objects</source>
        <translation>由消息对象组成的数组</translation>
    </message>
    <message>
        <source>chat &quot;%1&quot;: %2 of &quot;%3&quot; (message %4): the export names the member but gives no id that matches</source>
        <translation>聊天“%1”：消息 %4 中“%3”的 %2 事件：导出文件给出了该成员的名称，但没有可匹配的用户 ID</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>字符串或 null</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of seconds: &quot;%3&quot;</source>
        <translation>%1：&quot;%2&quot; 不是秒数：“%3”</translation>
    </message>
    <message>
        <source>a string of seconds since 1970</source>
        <translation>表示自 1970 年起秒数的字符串</translation>
    </message>
    <message>
        <source>a user id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>a user id (&quot;user123&quot; or a number)</source>
        <translation>用户 ID（&quot;user123&quot; 形式或数字）</translation>
    </message>
    <message>
        <source>a string or an array of text pieces</source>
        <translation>字符串或文本片段数组</translation>
    </message>
    <message>
        <source>a text entity</source>
        <translation>文本实体</translation>
    </message>
    <message>
        <source>an array of strings and text entities</source>
        <translation>由字符串和文本实体组成的数组</translation>
    </message>
    <message>
        <source>messages without a date were skipped</source>
        <translation>没有日期的消息已跳过</translation>
    </message>
    <message>
        <source>messages with an unreadable date were skipped</source>
        <translation>日期无法识别的消息已跳过</translation>
    </message>
    <message>
        <source>unreadable date_unixtime values were ignored</source>
        <translation>无法识别的 date_unixtime 值已忽略</translation>
    </message>
    <message>
        <source>messages without an id got a derived id</source>
        <translation>没有 ID 的消息已生成派生 ID</translation>
    </message>
    <message>
        <source>messages of an unknown type were read as normal messages</source>
        <translation>未知类型的消息已按普通消息读取</translation>
    </message>
    <message>
        <source>membership events name a member that could not be matched to a user id</source>
        <translation>成员变动事件中提到的成员无法匹配到用户 ID</translation>
    </message>
    <message>
        <source>%1 more: %2</source>
        <translation>另有 %1 条：%2</translation>
    </message>
    <message>
        <source>the personal_information object</source>
        <translation>personal_information（账号信息）对象</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Too few longer posts to cluster (%1 with at least %2 frequent terms).</source>
        <translation>可供聚类的较长帖子太少（至少含 %2 个高频词的帖子只有 %1 条）。</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>时间段无效。</translation>
    </message>
    <message>
        <source>ICU word segmentation is not available (missing ICU data).</source>
        <translation>ICU 分词不可用（缺少 ICU 数据）。</translation>
    </message>
</context>
<context>
    <name>WeChatImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the file is empty: it holds no CSV header</source>
        <translation>文件为空：其中没有 CSV 表头</translation>
    </message>
    <message>
        <source>not a WeChat CSV export: the first line must be a MemoTrace header (localId,TalkerId,Type,SubType,IsSender,CreateTime,...,StrContent) or a PyWxDump header (id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime)</source>
        <translation>不是 WeChat CSV 导出文件：第一行必须是 MemoTrace 表头（localId,TalkerId,Type,SubType,IsSender,CreateTime,...,StrContent）或 PyWxDump 表头（id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime）</translation>
    </message>
    <message>
        <source>the %1 header lacks the column(s) %2</source>
        <translation>%1 表头缺少以下列：%2</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>the import was stopped while storing record %1</source>
        <translation>存储第 %1 条记录时导入被中止</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>the quoted field that starts here is not closed before the end of the file</source>
        <translation>从此处开始的带引号字段直到文件结尾都没有闭合</translation>
    </message>
    <message>
        <source>unexpected character after the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>字段的结束引号之后出现了意外字符（带引号字段内的引号必须写成两个）</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; WeChat export tools write UTF-8 (a file re-saved by Excel as GB18030/ANSI must be saved again as &quot;CSV UTF-8&quot;)</source>
        <translation>文本不是有效的 UTF-8；WeChat 导出工具生成的是 UTF-8 文件（如果文件被 Excel 另存为 GB18030/ANSI，请用“CSV UTF-8”格式重新保存）</translation>
    </message>
    <message>
        <source>the record that starts here is larger than %1 MiB</source>
        <translation>从此处开始的记录超过 %1 MiB</translation>
    </message>
    <message>
        <source>line %1: the message this quote-reply quotes is not in the file (or its text and time do not match); the reply was kept without a link</source>
        <translation>第 %1 行：此引用回复所引用的消息不在文件中（或其文字和时间不一致）；已保留该回复，但未关联到原消息</translation>
    </message>
    <message>
        <source>line %1: unknown message type &quot;%2&quot;; the record was kept as text</source>
        <translation>第 %1 行：未知的消息类型“%2”，该记录已按文本保留</translation>
    </message>
    <message>
        <source>record %1 has %2 field(s); the header has %3</source>
        <translation>第 %1 条记录有 %2 个字段，而表头有 %3 个</translation>
    </message>
    <message>
        <source>record %1 has %2 field(s) and text after the last column; the header has %3 (is a comma inside a field not quoted?)</source>
        <translation>第 %1 条记录有 %2 个字段，且最后一列之后还有文本，而表头有 %3 个（是否有字段内的逗号没有加引号？）</translation>
    </message>
    <message>
        <source>line %1: empty fields after the last column ignored</source>
        <translation>第 %1 行：已忽略最后一列之后的空字段</translation>
    </message>
    <message>
        <source>China Standard Time (UTC+8)</source>
        <translation>中国标准时间（UTC+8）</translation>
    </message>
    <message>
        <source>%1: the times have no time zone (WeChat exports write the exporting computer&apos;s local time); they were read as %2</source>
        <translation>%1：时间不含时区（WeChat 导出文件使用的是导出时电脑的本地时间）；已按 %2 读取</translation>
    </message>
    <message>
        <source>invalid CreateTime &quot;%1&quot;: expected Unix seconds such as 1700000000</source>
        <translation>无效的 CreateTime“%1”：应为 Unix 秒数，例如 1700000000</translation>
    </message>
    <message>
        <source>invalid CreateTime &quot;%1&quot;: expected a time such as 2023-08-12 23:22:41 or 2024/10/4 11:42, or Unix seconds</source>
        <translation>无效的 CreateTime“%1”：应为 2023-08-12 23:22:41 或 2024/10/4 11:42 这样的时间，或 Unix 秒数</translation>
    </message>
    <message>
        <source>line %1: MsgSvrID &quot;%2&quot; is not a number (a spreadsheet may have rounded it); an id was derived from the record instead</source>
        <translation>第 %1 行：MsgSvrID“%2”不是数字（可能被电子表格软件四舍五入过）；已改为根据该记录生成 ID</translation>
    </message>
    <message>
        <source>line %1: the sender flag &quot;%2&quot; is neither 0 nor 1; read as 0</source>
        <translation>第 %1 行：发送者标记“%2”既不是 0 也不是 1，已按 0 读取</translation>
    </message>
    <message>
        <source>line %1: the content field is not the JSON object {&quot;src&quot;, &quot;msg&quot;}; it was kept as text</source>
        <translation>第 %1 行：内容字段不是 JSON 对象 {&quot;src&quot;, &quot;msg&quot;}，已按文本保留</translation>
    </message>
    <message>
        <source>line %1: is_sender is 0 but the talker &quot;%2&quot; is not the chat partner &quot;%3&quot;; the message was given to the partner</source>
        <translation>第 %1 行：is_sender 为 0，但发送者“%2”不是聊天对象“%3”；该消息已归到聊天对象名下</translation>
    </message>
    <message>
        <source>record(s) with an unusable MsgSvrID</source>
        <translation>MsgSvrID 不可用的记录</translation>
    </message>
    <message>
        <source>record(s) whose content is not {&quot;src&quot;,&quot;msg&quot;} JSON</source>
        <translation>内容不是 {&quot;src&quot;,&quot;msg&quot;} JSON 的记录</translation>
    </message>
    <message>
        <source>record(s) whose talker is not the chat partner</source>
        <translation>发送者不是聊天对象的记录</translation>
    </message>
    <message>
        <source>record(s) of an unknown type</source>
        <translation>未知类型的记录</translation>
    </message>
    <message>
        <source>record(s) with an IsSender value other than 0 or 1</source>
        <translation>IsSender 值不是 0 或 1 的记录</translation>
    </message>
    <message>
        <source>quote-replies whose quoted message was not found</source>
        <translation>找不到被引用消息的引用回复</translation>
    </message>
    <message>
        <source>record(s) with more fields than the header</source>
        <translation>字段数多于表头的记录</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>另有 %1 条%2</translation>
    </message>
</context>
<context>
    <name>WhatsAppImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>cannot open the zip archive (zip error %1)</source>
        <translation>无法打开 zip 压缩包（zip 错误 %1）</translation>
    </message>
    <message>
        <source>the zip archive holds no .txt chat file (a WhatsApp export has _chat.txt)</source>
        <translation>zip 压缩包中没有 .txt 聊天文件（WhatsApp 导出文件中应有 _chat.txt）</translation>
    </message>
    <message>
        <source>the zip archive holds %1 .txt files and no _chat.txt; unzip it and import the chat&apos;s .txt file</source>
        <translation>zip 压缩包中有 %1 个 .txt 文件，但没有 _chat.txt；请解压后导入该聊天的 .txt 文件</translation>
    </message>
    <message>
        <source>cannot read %1 in the zip archive (zip error %2)</source>
        <translation>无法读取 zip 压缩包中的 %1（zip 错误 %2）</translation>
    </message>
    <message>
        <source>the file mixes day-first and month-first dates (both 13/1 and 1/13 style); ambiguous dates were read day-first, others the way they are valid</source>
        <translation>文件中混用了“日在前”和“月在前”两种日期格式（同时出现 13/1 和 1/13 这样的写法）；有歧义的日期按“日在前”读取，其余日期按其有效的方式读取</translation>
    </message>
    <message>
        <source>the import was stopped when starting the chat</source>
        <translation>开始导入聊天时导入中止</translation>
    </message>
    <message>
        <source>%1 line(s) had a date valid only with day and month swapped; read that way</source>
        <translation>有 %1 行的日期只有在对调日和月后才有效，已按对调后的日期读取</translation>
    </message>
    <message>
        <source>%1 more line(s) with an invalid date were kept as text of the previous message</source>
        <translation>另有 %1 行的日期无效，已作为上一条消息的文本保留</translation>
    </message>
    <message>
        <source> (in %1 of the zip archive)</source>
        <translation>（位于 zip 压缩包中的 %1）</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes: not a WhatsApp chat export, or a damaged one</source>
        <translation>第 %1 行超过 %2 字节：这不是 WhatsApp 聊天导出文件，或者文件已损坏</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8 text (byte 0x%2 at byte column %3); WhatsApp exports are UTF-8</source>
        <translation>第 %1 行不是有效的 UTF-8 文本（第 %3 字节处为 0x%2）；WhatsApp 导出文件应为 UTF-8 编码</translation>
    </message>
    <message>
        <source>not a WhatsApp chat export: line %1 does not start with a date and time such as &quot;31/12/20, 23:59 - &quot; or &quot;[12/31/20, 11:59:59 PM] &quot;</source>
        <translation>这不是 WhatsApp 聊天导出文件：第 %1 行没有以日期和时间开头，例如 &quot;31/12/20, 23:59 - &quot; 或 &quot;[12/31/20, 11:59:59 PM] &quot;</translation>
    </message>
    <message>
        <source>the message ending at line %1 is longer than %2 characters: not a WhatsApp chat export, or a damaged one</source>
        <translation>在第 %1 行结束的消息超过 %2 个字符：这不是 WhatsApp 聊天导出文件，或者文件已损坏</translation>
    </message>
    <message>
        <source>the file is empty: it holds no WhatsApp chat messages</source>
        <translation>文件为空：其中没有 WhatsApp 聊天消息</translation>
    </message>
    <message>
        <source>line %1: invalid date or time; the line was kept as text of the previous message</source>
        <translation>第 %1 行：日期或时间无效，该行已作为上一条消息的文本保留</translation>
    </message>
    <message>
        <source>the import was stopped while storing the message of line %1</source>
        <translation>存储第 %1 行的消息时导入中止</translation>
    </message>
    <message>
        <source>the import was stopped while storing the event of line %1</source>
        <translation>存储第 %1 行的事件时导入中止</translation>
    </message>
</context>
<context>
    <name>kindred::AboutDialog</name>
    <message>
        <source>About Kindred</source>
        <translation>关于 Kindred</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;A console for the managers of paid technical communities: members, engagement, content and reports, from your chat exports.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: nothing is sent anywhere unless you sync or export on purpose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;面向知识付费技术社群运营者的管理控制台：基于您的聊天导出文件，查看成员、活跃情况与内容，并生成报告。&lt;/p&gt;&lt;p&gt;您的数据只保存在这台电脑上：除非您主动同步或导出，否则不会发送到任何地方。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kindred::AsyncQuery</name>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>工作区文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>kindred::AuditLogModel</name>
    <message>
        <source>Entry #%1, recorded %2 UTC</source>
        <translation>条目 #%1，记录于 %2 UTC</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Member #%1 (double-click to open)</source>
        <translation>成员 #%1（双击查看）</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>kindred::AuditLogPanel</name>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%2 条记录中显示 %1 条</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>将审计日志导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1</source>
        <translation>
            <numerusform>已将 %n 条审计记录导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All moderators</source>
        <translation>全部管理员</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Member name or #id…</source>
        <translation>成员名称或 #ID…</translation>
    </message>
    <message>
        <source>Shows entries whose member name contains this text, or the member with this id (#12 or 12)</source>
        <translation>显示成员名称包含此文字的记录，或该 ID 对应成员的记录（#12 或 12）</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only entries between these days (community time, inclusive)</source>
        <translation>仅显示这两天之间的记录（社群时间，含首尾两天）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV (UTF-8; times in UTC, ISO 8601)</source>
        <translation>将显示的记录保存为 CSV（UTF-8；时间为 UTC，ISO 8601 格式）</translation>
    </message>
    <message>
        <source>The audit log is append-only: the database refuses to change or delete an entry.</source>
        <translation>审计日志只能追加：数据库会拒绝修改或删除任何记录。</translation>
    </message>
</context>
<context>
    <name>kindred::CafMemberModel</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 of the period&apos;s %2 messages = %3</source>
        <translation>本时间段 %2 条消息中的 %1 条 = %3</translation>
    </message>
    <message>
        <source>Members 1–%1 wrote %2 of %3 messages = %4 (the factor stops once this is more than 50%)</source>
        <translation>第 1–%1 名成员共发送了 %3 条消息中的 %2 条 = %4（累计超过 50% 时停止计数）</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>双击打开 %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
</context>
<context>
    <name>kindred::ChannelCountModel</name>
    <message>
        <source>(no channel)</source>
        <translation>（无频道）</translation>
    </message>
    <message>
        <source>%1 of the period&apos;s %2 flags</source>
        <translation>占本时间段 %2 个标记的 %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>kindred::ChannelMessagesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%2 条消息中的 %1 条</translation>
    </message>
    <message>
        <source>%1 messages / %2 days</source>
        <translation>%1 条消息 / %2 天</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>日均</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>最活跃的一天</translation>
    </message>
</context>
<context>
    <name>kindred::ContentPage</name>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Export top content as CSV</source>
        <translation>将热门内容导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条帖子导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactions ×</source>
        <translation>表情回应(&amp;R) ×</translation>
    </message>
    <message>
        <source>R&amp;eplies ×</source>
        <translation>回复(&amp;E) ×</translation>
    </message>
    <message>
        <source>&amp;Forwards ×</source>
        <translation>转发(&amp;F) ×</translation>
    </message>
    <message>
        <source>&amp;Half-life</source>
        <translation>半衰期(&amp;H)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Halve a post&apos;s score for every this many days of age at the end of the period (off = no decay)</source>
        <translation>截至期末，帖子每发布满此天数，得分减半（关闭 = 不衰减）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Marked post %1 as essence</source>
        <translation>已将帖子 %1 设为精华</translation>
    </message>
    <message>
        <source>Removed the essence mark of post %1</source>
        <translation>已取消帖子 %1 的精华标记</translation>
    </message>
    <message>
        <source>Exported the essence posts to %1</source>
        <translation>已将精华帖导出到 %1</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>取消精华</translation>
    </message>
    <message>
        <source>Mark as essence</source>
        <translation>设为精华</translation>
    </message>
    <message>
        <source>Score = %1 × reactions + %2 × replies + %3 × forwards</source>
        <translation>得分 = %1 × 表情回应 + %2 × 回复 + %3 × 转发</translation>
    </message>
    <message>
        <source>, halved every %1 days of age</source>
        <translation>，发布后每满 %1 天减半</translation>
    </message>
    <message>
        <source>, no age decay</source>
        <translation>，不随发布时间衰减</translation>
    </message>
    <message>
        <source>Export essence posts as Markdown</source>
        <translation>将精华帖导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>权重…</translation>
    </message>
    <message>
        <source>Score weights and age decay</source>
        <translation>得分权重与时间衰减</translation>
    </message>
    <message>
        <source>Top %1 posts of the period. Forwards count only where the export records them. ★ = essence; double-click a row to open its author.</source>
        <translation>本时间段内得分前 %1 的帖子。仅当导出文件记录了转发时才计入转发数。★ = 精华；双击某行可查看其作者。</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>话题串</translation>
    </message>
    <message>
        <source>Links &amp;&amp; domains</source>
        <translation>链接与域名</translation>
    </message>
    <message>
        <source>Essence</source>
        <translation>精华</translation>
    </message>
</context>
<context>
    <name>kindred::ContentTableModel</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <source>%1 × %2 reactions + %3 × %4 replies + %5 × %6 forwards</source>
        <translation>%1 × %2 个表情回应 + %3 × %4 条回复 + %5 × %6 次转发</translation>
    </message>
    <message>
        <source>halved every %1 days of age</source>
        <translation>发布后每满 %1 天得分减半</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>表情回应</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Forwards</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Marked as essence (精华)</source>
        <translation>已设为精华</translation>
    </message>
    <message>
        <source>Double-click to open the member</source>
        <translation>双击查看该成员</translation>
    </message>
    <message>
        <source>Essence</source>
        <translation>精华</translation>
    </message>
</context>
<context>
    <name>kindred::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kindred::CsvMappingDialog</name>
    <message>
        <source>Import CSV — %1</source>
        <translation>导入 CSV — %1</translation>
    </message>
    <message>
        <source>Skip invalid rows (they are listed as warnings)</source>
        <translation>跳过无效行（这些行会列在警告中）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation>载入列映射…</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>保存列映射…</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Mapping remembered for source &apos;%1&apos;.</source>
        <translation>已使用为来源“%1”保存的列映射。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked</source>
        <translation>
            <numerusform>已检查 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1; every row is checked again when importing)</source>
        <translation>（前 %1 行；导入时会再次检查所有行）</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid.</source>
        <translation>
            <numerusform>其中 %n 行无效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>请为以下内容选择列：%1。</translation>
    </message>
    <message>
        <source>Correct the invalid rows, or skip them.</source>
        <translation>请更正无效行，或选择跳过它们。</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>列映射 (*.json)</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>载入列映射</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>列映射 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>kindred::CsvMappingForm</name>
    <message>
        <source>Where the file comes from (e.g. zsxq, survey-2026): new members get an identity on this platform, and the mapping is remembered for it.</source>
        <translation>文件的来源（例如 zsxq、survey-2026）：新成员会获得该平台上的身份，并且会为该来源记住此列映射。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>auto: ISO 8601, yyyy-MM-dd HH:mm, yyyy/M/d H:mm, 2026年3月1日, unix seconds; or a Qt date format</source>
        <translation>auto：自动识别 ISO 8601、yyyy-MM-dd HH:mm、yyyy/M/d H:mm、2026年3月1日、Unix 秒数；也可填写 Qt 日期格式</translation>
    </message>
    <message>
        <source>IANA time zone of dates written without an offset</source>
        <translation>未标明 UTC 偏移的日期所采用的 IANA 时区</translation>
    </message>
    <message>
        <source>ISO 4217 currency of amounts written without one</source>
        <translation>未注明货币的金额所采用的 ISO 4217 货币</translation>
    </message>
    <message>
        <source>The platform of the member id column (e.g. telegram), to find members already imported from it; empty = the source.</source>
        <translation>成员 ID 列所属的平台（例如 telegram），用于查找已从该平台导入的成员；留空 = 使用来源。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数据格式</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>日期格式：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>默认货币：</translation>
    </message>
    <message>
        <source>Member id platform:</source>
        <translation>成员 ID 所属平台：</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
</context>
<context>
    <name>kindred::CsvPreviewTable</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>kindred::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>数据概览</translation>
    </message>
    <message>
        <source>%1 – %2, compared with the previous period of the same length (%3 – %4)</source>
        <translation>%1 至 %2，对比等长的上一周期（%3 至 %4）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>People seen in the community (a message, a reaction or a join) by the end of the period. Bots and system senders are not members.</source>
        <translation>截至期末在社群中出现过（发过消息、添加过表情回应或有加入记录）的人。机器人和系统发送者不计为成员。</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Members who joined during the period (their join event, else their first message or reaction).</source>
        <translation>本时间段内加入的成员（以加入事件为准；没有加入事件时，以其第一条消息或表情回应为准）。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Posts and replies sent by members during the period; service lines and bots are not counted.</source>
        <translation>本时间段内成员发送的帖子和回复；不计入系统提示和机器人消息。</translation>
    </message>
    <message>
        <source>DAU (mean)</source>
        <translation>DAU（日均）</translation>
    </message>
    <message>
        <source>Daily active members, averaged over the days of the period. Active = posted, replied or reacted that day (community time zone).</source>
        <translation>每日活跃成员数在本时间段内的平均值。活跃 = 当天（按社群时区）发帖、回复或添加表情回应。</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>Distinct members active in the 30 days ending on the last day of the period (not a sum of DAU).</source>
        <translation>截至本时间段最后一天的 30 天内活跃的去重成员数（不是 DAU 的累加）。</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>黏性</translation>
    </message>
    <message>
        <source>Mean DAU / MAU: the share of the month&apos;s active members who come on a typical day.</source>
        <translation>日均 DAU / MAU：当月活跃成员中，平均每天出现的成员所占比例。</translation>
    </message>
    <message>
        <source>Activity rate</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Interactions (messages and reactions) in the period per member at the end of the period.</source>
        <translation>本时间段内的互动数（消息和表情回应）除以期末成员数。</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>增长率</translation>
    </message>
    <message>
        <source>Members who joined in the period / members at the start of the period.</source>
        <translation>本时间段内加入的成员数 / 期初成员数。</translation>
    </message>
    <message>
        <source>Active members per day, week and month</source>
        <translation>日活、周活与月活成员数</translation>
    </message>
    <message>
        <source>DAU, WAU and MAU: distinct members active on the day, in the 7 and in the 30 days ending that day.
Drag across the chart to zoom in; double-click to reset the zoom.</source>
        <translation>DAU、WAU 和 MAU：分别为当天、截至当天的 7 天内和 30 天内活跃的去重成员数。
在图表上拖动可放大；双击可还原缩放。</translation>
    </message>
    <message>
        <source>Members by segment at the end of the period</source>
        <translation>期末各分层成员数</translation>
    </message>
</context>
<context>
    <name>kindred::EmptyState</name>
    <message>
        <source>Open demo community</source>
        <translation>打开示例社群</translation>
    </message>
    <message>
        <source>Explore Kindred with a realistic sample community</source>
        <translation>通过一个贴近真实的示例社群体验 Kindred</translation>
    </message>
    <message>
        <source>Import export…</source>
        <translation>导入聊天记录…</translation>
    </message>
    <message>
        <source>Import a Telegram or WhatsApp chat export</source>
        <translation>导入 Telegram 或 WhatsApp 的聊天导出文件</translation>
    </message>
</context>
<context>
    <name>kindred::EngagementPage</name>
    <message>
        <source>Engagement</source>
        <translation>活跃情况</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Mean DAU = the sum of the daily active members over the days of the period / days = %1 / %2 = %3.
Active = posted, replied or reacted that day (community time zone).</source>
        <translation>日均 DAU = 本时间段内每日活跃成员数之和 / 天数 = %1 / %2 = %3。
活跃 = 当天（按社群时区）发帖、回复或添加表情回应。</translation>
    </message>
    <message>
        <source>MAU = distinct members active in the 30 days %1 – %2 (ending on the period&apos;s last day; not a sum of DAU) = %3.</source>
        <translation>MAU = %1 至 %2 这 30 天内活跃的去重成员数（截至本时间段最后一天；不是 DAU 的累加）= %3。</translation>
    </message>
    <message>
        <source>Stickiness = mean DAU / MAU = %1 / %2 = %3: the share of the month&apos;s active members who come on a typical day. The chart shows each day&apos;s DAU / MAU.</source>
        <translation>黏性 = 日均 DAU / MAU = %1 / %2 = %3：当月活跃成员中，平均每天出现的成员所占比例。图表显示每天的 DAU / MAU。</translation>
    </message>
    <message>
        <source>the middle value (#%1 of %2) is %3 s</source>
        <translation>中间值（共 %2 个中的第 %1 个）为 %3 秒</translation>
    </message>
    <message>
        <source>the mean of the two middle values (#%1 and #%2 of %3: %4 s and %5 s) is %6 s</source>
        <translation>两个中间值（共 %3 个中的第 %1 和第 %2 个：%4 秒和 %5 秒）的平均值为 %6 秒</translation>
    </message>
    <message>
        <source>no question was answered</source>
        <translation>没有问题得到回复</translation>
    </message>
    <message>
        <source>Median time to first reply. A question is a member&apos;s message containing &apos;?&apos; or &apos;？&apos; (outside links). Its first reply is the earliest message of the same channel that replies to it, from another member.
Questions in the period: %1; answered: %2; unanswered: %3. Sorted by delay, %4.</source>
        <translation>首次回复时间的中位数。问题是指成员发送的包含“?”或“？”（链接中的除外）的消息。其首次回复是同一频道中由其他成员回复该问题的最早一条消息。
本时间段内的问题：%1 个；已回复：%2 个；未回复：%3 个。按回复用时排序后，%4。</translation>
    </message>
    <message>
        <source>Contributor Absence Factor (CHAOSS): the fewest members whose messages, largest first, are more than half of all messages. Here: %1, who wrote %2 of the period&apos;s %3 messages (%4 &gt; 50%). The lower it is, the more the community depends on a few people.</source>
        <translation>贡献者缺席因子（CHAOSS）：按消息数从多到少累计，消息数合计超过全部消息一半所需的最少成员数。此处为 %1 人，共发送了本时间段 %3 条消息中的 %2 条（%4 &gt; 50%）。该值越低，社群越依赖少数人。</translation>
    </message>
    <message>
        <source>Double-click a member to open them.</source>
        <translation>双击成员可查看其详情。</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 days · time zone %4 · messages by members: %5 · channels: %6 · questions: %7 (answered by another member: %8, unanswered: %9)</source>
        <translation>%1 至 %2 · %3 天 · 时区 %4 · 成员消息：%5 · 频道：%6 · 问题：%7（由其他成员回复：%8，未回复：%9）</translation>
    </message>
    <message>
        <source>Active members per week (Monday–Sunday; * = a week cut by the period). New: their first active day ever falls in that week; returning: active that week and active before it.
Over the period: %1 new and %2 returning member-weeks.</source>
        <translation>每周活跃成员数（周一至周日；* = 被时间段截断的周）。新成员：首次活跃日落在该周；回访成员：该周活跃且此前也曾活跃。
本时间段内共计：新成员 %1 人周，回访成员 %2 人周。</translation>
    </message>
    <message>
        <source>Non-service messages by members per day and channel (the %1 busiest channels, the rest as &quot;Other&quot;); %2 messages in total.
Drag across the chart to zoom in; double-click to reset the zoom.</source>
        <translation>成员每天在各频道发送的非系统消息数（最活跃的 %1 个频道，其余归为“其他”）；共 %2 条消息。
在图表上拖动可放大；双击可还原缩放。</translation>
    </message>
    <message>
        <source>Share = the channel&apos;s messages / all %1 messages; per day = messages / %2 days.</source>
        <translation>占比 = 该频道的消息数 / 全部 %1 条消息；日均 = 消息数 / %2 天。</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59 (%3): %4 messages = %5 of %6</source>
        <translation>%1 %2:00–%2:59（%3）：%4 条消息 = 全部 %6 条的 %5</translation>
    </message>
    <message>
        <source>Messages by local weekday and hour (%1)</source>
        <translation>按本地星期与小时统计的消息数（%1）</translation>
    </message>
    <message>
        <source>DAU (mean)</source>
        <translation>DAU（日均）</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>黏性</translation>
    </message>
    <message>
        <source>Median time to first reply</source>
        <translation>首次回复时间中位数</translation>
    </message>
    <message>
        <source>Contributor Absence Factor</source>
        <translation>贡献者缺席因子</translation>
    </message>
    <message>
        <source>Active members per day, week and month, and stickiness</source>
        <translation>日活、周活与月活成员数及黏性</translation>
    </message>
    <message>
        <source>DAU, WAU and MAU: distinct members active on the day, in the 7 and in the 30 days ending that day. Stickiness % = that day&apos;s DAU / MAU.
Drag across the chart to zoom in; double-click to reset the zoom.</source>
        <translation>DAU、WAU 和 MAU：分别为当天、截至当天的 7 天内和 30 天内活跃的去重成员数。黏性 % = 当天的 DAU / MAU。
在图表上拖动可放大；双击可还原缩放。</translation>
    </message>
    <message>
        <source>Messages per day by channel</source>
        <translation>各频道每日消息数</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>New and returning members per week</source>
        <translation>每周新成员与回访成员</translation>
    </message>
    <message>
        <source>When members write</source>
        <translation>成员发言时段</translation>
    </message>
    <message>
        <source>Members behind more than half of the messages</source>
        <translation>贡献了过半消息的成员</translation>
    </message>
</context>
<context>
    <name>kindred::EssencePanel</name>
    <message>
        <source>Essence (精华): the posts kept for the knowledge base. Double-click a row to open its author.</source>
        <translation>精华：为知识库保留的帖子。双击某行可查看其作者。</translation>
    </message>
    <message>
        <source>Candidates: the top %1 posts of the period by score that are not marked yet.</source>
        <translation>精华候选：本时间段内得分前 %1、尚未设为精华的帖子。</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>取消精华</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Mark as essence</source>
        <translation>设为精华</translation>
    </message>
</context>
<context>
    <name>kindred::EssenceTableModel</name>
    <message>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>表情回应</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>标记人</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>标记时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>kindred::FlagQueueModel</name>
    <message>
        <source>Member #%1 · status %2</source>
        <translation>成员 #%1 · 状态：%2</translation>
    </message>
    <message>
        <source>Double-click to open the member&apos;s details</source>
        <translation>双击查看该成员的详情</translation>
    </message>
    <message>
        <source>The highest severity among the member&apos;s open flags (1 low – 3 high)</source>
        <translation>该成员待处理标记中的最高严重程度（1 低 – 3 高）</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n 个标记</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting since %1, when the oldest flag was raised</source>
        <translation>自 %1 起等待处理（最早的标记产生于此时）</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Flag #%1</source>
        <translation>标记 #%1</translation>
    </message>
    <message>
        <source>Flag #%1 · %2</source>
        <translation>标记 #%1 · %2</translation>
    </message>
    <message>
        <source>Severity %1 of 3, score %2</source>
        <translation>严重程度 %1 / 3，评分 %2</translation>
    </message>
    <message>
        <source>Happened %1 (community time); flagged %2</source>
        <translation>发生于 %1（社群时间）；标记于 %2</translation>
    </message>
    <message>
        <source>Member / rule</source>
        <translation>成员 / 规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Flags / channel</source>
        <translation>标记数 / 频道</translation>
    </message>
    <message>
        <source>Waiting / happened</source>
        <translation>等待时长 / 发生时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>kindred::FlagRuleGroup</name>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Off: the rule raises no new flag. Flags it raised before stay in the queue.</source>
        <translation>关闭：该规则不再产生新标记。它之前产生的标记仍保留在队列中。</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Severity of the flags this rule raises: the review queue lists the most severe first.</source>
        <translation>此规则所产生标记的严重程度：审核队列会把最严重的排在最前。</translation>
    </message>
</context>
<context>
    <name>kindred::FlagRulesEditor</name>
    <message>
        <source>Repeated text needs at least 2 channels (one channel is not repetition across channels).</source>
        <translation>重复内容至少需要 2 个频道（单个频道内不构成跨频道重复）。</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3 (now %4).</source>
        <translation>“%1”必须在 %2 至 %3 之间（当前为 %4）。</translation>
    </message>
    <message>
        <source>Not a domain name: %1. Write one domain per line, like github.com (no http://, no path).</source>
        <translation>不是域名：%1。请每行写一个域名，例如 github.com（不要加 http://，也不要带路径）。</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>无法应用：%1</translation>
    </message>
    <message>
        <source>Changed, not saved yet: Apply saves the rules for the next import and sync.</source>
        <translation>已修改，尚未保存：点击“应用”后，规则将保存并用于下一次导入和同步。</translation>
    </message>
    <message>
        <source>Saved. The rules apply to the next import and sync; “%1” applies them to the messages already here.</source>
        <translation>已保存。规则将用于下一次导入和同步；点击“%1”可将其应用到现有消息。</translation>
    </message>
    <message>
        <source>The rules were not saved: %1</source>
        <translation>规则未保存：%1</translation>
    </message>
    <message>
        <source>Running the rules over the whole history…</source>
        <translation>正在对全部历史运行规则…</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>规则无法运行：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 已关闭</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 messages and %2 reports: %n new flag(s) — %3. Flags raised before were kept.</source>
        <translation>
            <numerusform>已检查 %1 条消息和 %2 条举报：新增 %n 个标记 — %3。之前产生的标记均已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Default %1.</source>
        <translation>默认为 %1。</translation>
    </message>
    <message>
        <source>More than N messages</source>
        <translation>超过 N 条消息</translation>
    </message>
    <message>
        <source>N: messages by one member. A flood is more than N messages within M seconds. %1</source>
        <translation>N：同一成员的消息数。刷屏是指在 M 秒内发送超过 N 条消息。%1</translation>
    </message>
    <message>
        <source>within M seconds</source>
        <translation>在 M 秒内</translation>
    </message>
    <message>
        <source>M: seconds from the first to the last message of the burst. %1</source>
        <translation>M：从第一条到最后一条连发消息之间的秒数。%1</translation>
    </message>
    <message>
        <source>Newcomer for days</source>
        <translation>新成员期限</translation>
    </message>
    <message>
        <source>Newcomer days: a member is a newcomer this many days after joining (join event, else first message). %1</source>
        <translation>新成员期限：成员在加入后（以加入事件为准，没有则以第一条消息为准）的这么多天内视为新成员。%1</translation>
    </message>
    <message>
        <source>or first K messages</source>
        <translation>或前 K 条消息</translation>
    </message>
    <message>
        <source>K: a member&apos;s first K chat messages count as a newcomer&apos;s. %1</source>
        <translation>K：成员的前 K 条聊天消息都视为新成员消息。%1</translation>
    </message>
    <message>
        <source>Allowed domains (one per line; subdomains included):</source>
        <translation>允许的域名（每行一个；包含子域名）：</translation>
    </message>
    <message>
        <source>Links to these domains are never flagged.</source>
        <translation>指向这些域名的链接永远不会被标记。</translation>
    </message>
    <message>
        <source>Chinese words (one per line; found anywhere, also inside a longer word):</source>
        <translation>中文屏蔽词（每行一个；在任意位置匹配，包括更长词语的内部）：</translation>
    </message>
    <message>
        <source>Substring match: 刷单 flags 免费刷单群.</source>
        <translation>子串匹配：“刷单”会标记“免费刷单群”。</translation>
    </message>
    <message>
        <source>English words or phrases (one per line; whole word, any case):</source>
        <translation>英文屏蔽词或短语（每行一个；整词匹配，不区分大小写）：</translation>
    </message>
    <message>
        <source>Whole-word match: casino flags &quot;Casino night&quot; but not &quot;casinos&quot;.</source>
        <translation>整词匹配：casino 会标记 &quot;Casino night&quot;，但不会标记 &quot;casinos&quot;。</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>最短长度</translation>
    </message>
    <message>
        <source>Minimum length: characters of the text after folding case and spaces. %1</source>
        <translation>最短长度：统一大小写和空格后文本的字符数。%1</translation>
    </message>
    <message>
        <source>in channels</source>
        <translation>个频道内</translation>
    </message>
    <message>
        <source>Channels: the same text posted in at least this many channels (2 or more). %1</source>
        <translation>频道数：相同内容至少出现在这么多个频道中（2 个或以上）。%1</translation>
    </message>
    <message>
        <source>within hours</source>
        <translation>小时内</translation>
    </message>
    <message>
        <source>Hours: the window the copies fall in. %1</source>
        <translation>小时数：这些副本所在的时间窗口。%1</translation>
    </message>
    <message>
        <source>Distinct @mentions</source>
        <translation>不同的 @提及数</translation>
    </message>
    <message>
        <source>Mentions: a message naming at least this many different members. %1</source>
        <translation>提及数：一条消息至少点名这么多名不同成员。%1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rules run by themselves&lt;/b&gt; after every import and sync, on the new messages only, and never flag the same message twice for the same rule. A change here applies to the next import; to apply it to the messages already in the workspace, apply and then run the rules over the whole history (flags raised before stay as they are).</source>
        <translation>&lt;b&gt;规则会自动运行&lt;/b&gt;：每次导入和同步后，只针对新消息运行，并且同一条消息不会因同一规则被标记两次。此处的修改将用于下一次导入；若要应用到工作区中已有的消息，请先应用，再对全部历史运行规则（之前产生的标记保持不变）。</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Put the default rules in the editors (Apply saves them)</source>
        <translation>将默认规则填入编辑框（点击“应用”后保存）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save these rules in the workspace</source>
        <translation>将这些规则保存到工作区</translation>
    </message>
    <message>
        <source>Run the rules over the whole history now</source>
        <translation>立即对全部历史运行规则</translation>
    </message>
    <message>
        <source>Check every message and report of the workspace with the saved rules and add the new flags to the review queue</source>
        <translation>使用已保存的规则检查工作区中的所有消息和举报，并将新标记加入审核队列</translation>
    </message>
</context>
<context>
    <name>kindred::GuidanceModel</name>
    <message>
        <source>Member #%1 (double-click to open)</source>
        <translation>成员 #%1（双击查看）</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>分层：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Active days in the last window / in the window before</source>
        <translation>最近窗口内的活跃天数 / 之前窗口内的活跃天数</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Suggested because</source>
        <translation>建议原因</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>Active days (last / before)</source>
        <translation>活跃天数（最近 / 之前）</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>kindred::HeatmapWidget</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>kindred::HttpFetcher</name>
    <message>
        <source>no network access manager</source>
        <translation>没有可用的网络访问管理器</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>“%1”不是 http(s) URL</translation>
    </message>
    <message>
        <source>the expected SHA-256 &quot;%1&quot; is not 64 hex digits</source>
        <translation>预期的 SHA-256 值“%1”不是 64 位十六进制数字</translation>
    </message>
    <message>
        <source>the trusted certificate&apos;s SHA-256 &quot;%1&quot; is not 64 hex digits</source>
        <translation>受信任证书的 SHA-256 值“%1”不是 64 位十六进制数字</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2 bytes</source>
        <translation>文件大小为 %1 字节，超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>无法在 %1 中创建临时文件：%2</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>文件超过了 %1 字节的上限</translation>
    </message>
    <message>
        <source>cannot write the download to %1: %2</source>
        <translation>无法将下载内容写入 %1：%2</translation>
    </message>
    <message>
        <source>the trusted certificate %1 is refused: %2</source>
        <translation>已信任的证书 %1 仍被拒绝：%2</translation>
    </message>
    <message>
        <source>certificate not trusted: %1, SHA-256 %2 (%3)</source>
        <translation>证书不受信任：%1，SHA-256 %2（%3）</translation>
    </message>
    <message>
        <source>the connection to %1 was refused</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 未作应答就关闭了连接</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified to a request without validators</source>
        <translation>服务器对未附带验证器的请求返回了 304 Not Modified</translation>
    </message>
    <message>
        <source>the download is incomplete: %1 of %2 bytes (Content-Length)</source>
        <translation>下载不完整：仅收到 %1 / %2 字节（Content-Length）</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes: %2</source>
        <translation>接收 %1 字节后连接中断：%2</translation>
    </message>
    <message>
        <source>cannot write the download to %1</source>
        <translation>无法将下载内容写入 %1</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is %1, the manifest says %2</source>
        <translation>文件的 SHA-256 为 %1，但清单中为 %2</translation>
    </message>
    <message>
        <source>%1: check the token</source>
        <translation>%1：请检查令牌</translation>
    </message>
    <message>
        <source>%1: check the token and its access rights</source>
        <translation>%1：请检查令牌及其访问权限</translation>
    </message>
    <message>
        <source>%1: check the proxy settings</source>
        <translation>%1：请检查代理设置</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>服务器返回了 %1</translation>
    </message>
    <message>
        <source>the server answered %1 without a Location</source>
        <translation>服务器返回了 %1，但未提供 Location</translation>
    </message>
    <message>
        <source>the server redirected to &quot;%1&quot;, which is not an http(s) URL</source>
        <translation>服务器重定向到“%1”，这不是 http(s) URL</translation>
    </message>
    <message>
        <source>refused a redirect from https to http (%1)</source>
        <translation>已拒绝从 https 重定向到 http（%1）</translation>
    </message>
    <message>
        <source>redirect loop: more than %1 redirects, back to %2</source>
        <translation>重定向循环：超过 %1 次重定向后又回到了 %2</translation>
    </message>
    <message>
        <source>too many redirects: more than %1, the last to %2</source>
        <translation>重定向次数过多：超过 %1 次，最后一次指向 %2</translation>
    </message>
    <message>
        <source>timed out after %1 s without data</source>
        <translation>%1 秒内未收到数据，已超时</translation>
    </message>
</context>
<context>
    <name>kindred::IdentitiesPage</name>
    <message>
        <source>Identities</source>
        <translation>成员身份</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n 条建议</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>合并成员</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n pair(s) of members: each pair now counts as one person</source>
        <translation>
            <numerusform>已合并 %n 对成员：每对成员现在计为同一人</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) will not be shown again</source>
        <translation>
            <numerusform>将不再显示这 %n 条建议</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>%1 and %2 count as two people again</source>
        <translation>%1 和 %2 重新计为两个人</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>合并建议</translation>
    </message>
    <message>
        <source>These members are probably the same person on different platforms. Merge them to count them once in every figure; nothing is merged until you decide, and every merge can be undone.</source>
        <translation>这些成员很可能是同一人在不同平台上的账号。合并后，所有数据中都只计为一人；在您确认之前不会合并任何成员，且每次合并都可以撤销。</translation>
    </message>
    <message>
        <source>No suggestions: no two members share an e-mail address, a phone number, a username or a display name across platforms. You can still merge two members yourself.</source>
        <translation>暂无建议：不同平台之间没有两名成员具有相同的电子邮箱、电话号码、用户名或显示名称。您仍可以自行合并两名成员。</translation>
    </message>
    <message>
        <source>No merges yet. Every merge you make is listed here and can be undone.</source>
        <translation>尚无合并记录。您进行的每次合并都会列在这里，并且可以撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge the selected pairs (select several rows to merge them all)</source>
        <translation>合并所选的成员对（选择多行可一次全部合并）</translation>
    </message>
    <message>
        <source>Do not suggest the selected pairs again</source>
        <translation>不再建议所选的成员对</translation>
    </message>
    <message>
        <source>Merge two members…</source>
        <translation>合并两名成员…</translation>
    </message>
    <message>
        <source>Choose two members yourself and count them as one person</source>
        <translation>自行选择两名成员，并将其计为同一人</translation>
    </message>
    <message>
        <source>Merge log</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <source>Undo the selected merge: the two count as two people again</source>
        <translation>撤销所选的合并：两人重新计为两个人</translation>
    </message>
</context>
<context>
    <name>kindred::ImportBatchModel</name>
    <message>
        <source>Imported from an unknown place.</source>
        <translation>导入来源位置未知。</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>This file is no longer there: it cannot be re-imported.</source>
        <translation>此文件已不在原位置，无法重新导入。</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Messages added</source>
        <translation>新增消息</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>People in export</source>
        <translation>导出文件中的人数</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>When the file was imported (your local time)</source>
        <translation>文件的导入时间（您的本地时间）</translation>
    </message>
    <message>
        <source>Messages of this file that an earlier import had already added</source>
        <translation>此文件中已由之前的导入添加过的消息</translation>
    </message>
    <message>
        <source>Members this import added to the workspace</source>
        <translation>此次导入向工作区新增的成员</translation>
    </message>
    <message>
        <source>Joins, leaves and other events this import added</source>
        <translation>此次导入新增的加入、退出及其他事件</translation>
    </message>
    <message>
        <source>Different people the file names, bots and the exporting account included</source>
        <translation>文件中出现的不同人员数，包括机器人和导出账号</translation>
    </message>
    <message>
        <source>Problems the import noticed (point at a row to read them)</source>
        <translation>导入时发现的问题（将鼠标指向某一行即可查看）</translation>
    </message>
</context>
<context>
    <name>kindred::ImportController</name>
    <message>
        <source>Importing %1 (file %2 of %3)
%4 of %5 read</source>
        <translation>正在导入 %1（第 %2 个文件，共 %3 个）
已读取 %4 / %5</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Canceling: the file being read is rolled back…</source>
        <translation>正在取消：正在回滚当前读取的文件…</translation>
    </message>
    <message>
        <source>%1 rows added, %2 already in the workspace, %3 invalid rows skipped</source>
        <translation>新增 %1 行，%2 行已在工作区中，跳过 %3 行无效数据</translation>
    </message>
</context>
<context>
    <name>kindred::ImportSummaryDialog</name>
    <message>
        <source>The workspace could not be opened</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Import canceled: nothing was stored</source>
        <translation>导入已取消：未保存任何数据</translation>
    </message>
    <message>
        <source>Import canceled: unfinished files were not stored</source>
        <translation>导入已取消：未完成的文件未保存</translation>
    </message>
    <message>
        <source>Import failed: nothing was stored</source>
        <translation>导入失败：未保存任何数据</translation>
    </message>
    <message>
        <source>Import finished with errors</source>
        <translation>导入完成，但有错误</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this content was imported before; nothing was added.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：此内容之前已导入过，未添加任何数据。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 messages added, %4 duplicates skipped, %5 new members, %6 membership events.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）：新增 %3 条消息，跳过 %4 条重复消息，新增 %5 名成员，%6 条入群/退群记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not imported: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 未导入：%2</translation>
    </message>
    <message>
        <source>The import was canceled; files not finished were rolled back.</source>
        <translation>导入已取消；未完成的文件已回滚。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>…… 另有 %1 条警告</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详细信息：</translation>
    </message>
</context>
<context>
    <name>kindred::InfluenceGraphView</name>
    <message>
        <source>%1 → %2: %3 message(s)
%2 → %1: %4 message(s)</source>
        <translation>%1 → %2：%3 条消息
%2 → %1：%4 条消息</translation>
    </message>
    <message>
        <source>no persona</source>
        <translation>无画像</translation>
    </message>
    <message>
        <source>%1
PageRank %2 (rank %3)
betweenness %4
in %5 members / %6 messages, out %7 members / %8 messages
persona: %9</source>
        <translation>%1
PageRank %2（排名 %3）
中介中心性 %4
入度 %5 名成员 / %6 条消息，出度 %7 名成员 / %8 条消息
画像：%9</translation>
    </message>
    <message>
        <source>KOL #%1</source>
        <translation>KOL #%1</translation>
    </message>
    <message>
        <source>Bridge #%1 (partners in %2 personas)</source>
        <translation>桥梁成员 #%1（互动对象分属 %2 个画像）</translation>
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
        <translation>桥梁成员 #%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>KOL: one of the %1 highest PageRanks. Bridge: among the highest betweenness of the members whose reply partners belong to at least two personas.</source>
        <translation>KOL（意见领袖）：PageRank 排名前 %1 的成员。桥梁成员：在回复对象至少属于两个画像的成员中，中介中心性最高的成员。</translation>
    </message>
    <message>
        <source>KOL #%1: rank by PageRank. Bridge #%2: rank by betweenness among the members whose reply partners belong to %3 personas (at least 2 needed).</source>
        <translation>KOL #%1：按 PageRank 排名。桥梁成员 #%2：在回复对象属于 %3 个画像（至少需要 2 个）的成员中按中介中心性排名。</translation>
    </message>
    <message>
        <source>PageRank %1 (rank %2 of %3): the share of time a random walk that follows replies and mentions (weighted by messages, damping 0.85, restarting anywhere with probability 0.15) spends at %4. All %3 scores sum to 1.</source>
        <translation>PageRank %1（%3 名中排名第 %2）：沿回复和提及随机游走（按消息数加权，阻尼系数 0.85，以 0.15 的概率随机跳转到任意成员）时停留在 %4 的时间占比。全部 %3 个得分之和为 1。</translation>
    </message>
    <message>
        <source>Betweenness %1 = %2 / ((n−1)(n−2)) with n = %3 members: of the shortest reply paths between two other members, the share passing through %4 (Brandes 2001; raw sum %2%5).</source>
        <translation>中介中心性 %1 = %2 / ((n−1)(n−2))，n = %3 名成员：在其他任意两名成员之间的最短回复路径中，经过 %4 的路径所占的比例（Brandes 2001；原始总和 %2%5）。</translation>
    </message>
    <message>
        <source>, estimated from %1 sampled members</source>
        <translation>，基于 %1 名抽样成员估算</translation>
    </message>
    <message>
        <source>%1 member(s) replied to or mentioned %2, in %3 message(s).</source>
        <translation>%1 名成员在 %3 条消息中回复或提及了 %2。</translation>
    </message>
    <message>
        <source>%1 replied to or mentioned %2 member(s), in %3 message(s).</source>
        <translation>%1 在 %3 条消息中回复或提及了 %2 名成员。</translation>
    </message>
    <message>
        <source>Persona cluster of %1 over the same period; %2 different personas among the members %1 exchanged messages with.</source>
        <translation>%1 在同一时间段内所属的画像簇；与 %1 互发消息的成员分属 %2 个不同的画像。</translation>
    </message>
    <message>
        <source>Weighted PageRank over the reply/mention graph (damping 0.85)</source>
        <translation>基于回复/提及图的加权 PageRank（阻尼系数 0.85）</translation>
    </message>
    <message>
        <source>Normalised betweenness: share of shortest paths between other members through this member</source>
        <translation>标准化中介中心性：其他成员之间的最短路径中经过该成员的比例</translation>
    </message>
    <message>
        <source>Members who replied to or mentioned this member</source>
        <translation>回复或提及该成员的成员数</translation>
    </message>
    <message>
        <source>Members this member replied to or mentioned</source>
        <translation>该成员回复或提及的成员数</translation>
    </message>
    <message>
        <source>Messages replying to or mentioning this member</source>
        <translation>回复或提及该成员的消息数</translation>
    </message>
    <message>
        <source>Messages by this member replying to or mentioning someone</source>
        <translation>该成员回复或提及他人的消息数</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>中介中心性</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入度</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出度</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>收到消息</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>发出消息</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>kindred::InfluencePage</name>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Computing betweenness and PageRank… %1%</source>
        <translation>正在计算中介中心性和 PageRank… %1%</translation>
    </message>
    <message>
        <source>Members in the graph</source>
        <translation>图中成员数</translation>
    </message>
    <message>
        <source>Members who replied to or @mentioned someone, or were replied to or mentioned, from %1 to %2 (bots and the exporting account excluded, merged identities counted once): %3 messages address someone (%4 reply links, %5 mention links).</source>
        <translation>%1 至 %2 期间回复或 @提及过他人、或被他人回复或提及的成员（不含机器人和导出账号，合并的身份只计一次）：共有 %3 条消息指向他人（%4 条回复关系，%5 条提及关系）。</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>边数</translation>
    </message>
    <message>
        <source>Directed links A → B: A replied to a message of B in the same channel, or @mentioned B, at least once in the period.</source>
        <translation>有向关系 A → B：本时间段内 A 至少一次在同一频道中回复了 B 的消息，或 @提及了 B。</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Density = edges / (n·(n−1)) = %1 / (%2 × %3) = %4: the share of possible directed links that exist.</source>
        <translation>密度 = 边数 / (n·(n−1)) = %1 / (%2 × %3) = %4：实际存在的有向关系占所有可能有向关系的比例。</translation>
    </message>
    <message>
        <source>Top KOLs</source>
        <translation>KOL（意见领袖）排行</translation>
    </message>
    <message>
        <source>Opinion leaders: the highest PageRank over the reply/mention graph (a member replied to by members who are themselves replied to ranks high). PageRank: damping 0.85, weighted by messages, %1 iterations.</source>
        <translation>意见领袖：在回复/提及图中 PageRank 最高的成员（被那些本身也常被回复的成员回复，排名就会靠前）。PageRank：阻尼系数 0.85，按消息数加权，迭代 %1 次。</translation>
    </message>
    <message>
        <source>Top %1 members by PageRank and %2 links among them (each member&apos;s strongest, then the strongest others). Size: PageRank; colour: persona; dark ring: bridge.</source>
        <translation>PageRank 前 %1 名成员及其之间的 %2 条关系（先取每名成员最强的关系，再取其余最强的关系）。大小：PageRank；颜色：画像；深色外圈：桥梁成员。</translation>
    </message>
    <message>
        <source>Betweenness: Brandes&apos; algorithm over directed, unweighted shortest paths (%1), shown normalised by (n−1)(n−2). Bridges: the highest betweenness among members whose partners belong to at least two personas.</source>
        <translation>中介中心性：使用 Brandes 算法基于有向、无权的最短路径计算（%1），并按 (n−1)(n−2) 标准化显示。桥梁成员：在互动对象至少属于两个画像的成员中，中介中心性最高的成员。</translation>
    </message>
    <message>
        <source>estimated from %1 sampled members</source>
        <translation>基于 %1 名抽样成员估算</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确计算</translation>
    </message>
    <message>
        <source>No personas for this period (%1), so no bridges.</source>
        <translation>本时间段没有画像（%1），因此没有桥梁成员。</translation>
    </message>
    <message>
        <source>Estimate betweenness (faster)</source>
        <translation>估算中介中心性（更快）</translation>
    </message>
    <message>
        <source>Brandes &amp; Pich (2007): shortest paths from %1 members drawn at random instead of from everyone, scaled up. On a 50,000-member test graph: 1.8 s instead of about 2 minutes, the top 10 unchanged, a median error of 11% on the top 100.</source>
        <translation>Brandes &amp; Pich (2007)：从随机抽取的 %1 名成员（而非全部成员）出发计算最短路径，再按比例放大。在一个 50,000 名成员的测试图上：耗时 1.8 秒（精确计算约需 2 分钟），前 10 名不变，前 100 名的误差中位数为 11%。</translation>
    </message>
</context>
<context>
    <name>kindred::KpiCard</name>
    <message>
        <source>Previous period: %1</source>
        <translation>上一周期：%1</translation>
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
        <translation>k1 = %1；互动占比 %2：%4 次中的 %3 次（本时间段内 %5 条回复 + 给出的 %6 个表情回应）</translation>
    </message>
    <message>
        <source>k2 = %1; share of content %2: %3 of %4 messages posted in the period</source>
        <translation>k2 = %1；内容占比 %2：本时间段内发布的 %4 条消息中的 %3 条</translation>
    </message>
    <message>
        <source>k3 = %1; share of knowledge %2: %3 of %4 knowledge posts (%5 long, %6 with links, %7 with code, %8 with files)</source>
        <translation>k3 = %1；知识占比 %2：%4 条知识帖中的 %3 条（长帖 %5 条，含链接 %6 条，含代码 %7 条，含文件 %8 条）</translation>
    </message>
    <message>
        <source>No badge yet</source>
        <translation>尚无勋章</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>勋章</translation>
    </message>
    <message>
        <source>Contribution score Q = k1 × share of interactions + k2 × share of content + k3 × share of knowledge (the seeds&apos; Q(x) = k1·P(y|x) + k2·P(z|x) + k3·P(w|x))</source>
        <translation>贡献分 Q = k1 × 互动占比 + k2 × 内容占比 + k3 × 知识占比（即原始设计中的 Q(x) = k1·P(y|x) + k2·P(z|x) + k3·P(w|x)）</translation>
    </message>
    <message>
        <source>Share of all interactions of the period: replies + reactions given</source>
        <translation>占本时间段全部互动的比例：回复 + 给出的表情回应</translation>
    </message>
    <message>
        <source>Share of all messages posted in the period</source>
        <translation>占本时间段内发布的全部消息的比例</translation>
    </message>
    <message>
        <source>Share of all knowledge posts of the period: long posts, links, code, files and media</source>
        <translation>占本时间段全部知识帖的比例：长帖、链接、代码、文件和媒体</translation>
    </message>
    <message>
        <source>Points (积分) earned in the period: per message (with a cooldown and a minimum length), per distinct member who replied, per distinct member who reacted</source>
        <translation>本时间段内获得的积分：按消息计（有冷却时间和最短长度要求）、按回复的不同成员计、按添加表情回应的不同成员计</translation>
    </message>
    <message>
        <source>Badges (勋章) earned up to the period&apos;s end</source>
        <translation>截至期末获得的勋章</translation>
    </message>
    <message>
        <source>Level at the end of the period</source>
        <translation>期末等级</translation>
    </message>
</context>
<context>
    <name>kindred::LevelCountModel</name>
    <message>
        <source>activity weight = %1 × messages + %2 × replies + %3 × reactions given, over the last 30 days</source>
        <translation>活跃权重 = %1 × 消息数 + %2 × 回复数 + %3 × 给出的表情回应数，统计最近 30 天</translation>
    </message>
    <message>
        <source>; or an activity weight of at least %1</source>
        <translation>；或活跃权重至少为 %1</translation>
    </message>
    <message>
        <source>seen in the community, no milestone of a higher level met</source>
        <translation>在社群中出现过，未达到更高等级的里程碑</translation>
    </message>
    <message>
        <source>active on at least %1 days in each of the last %2 weeks, or on at least %3 of the last 30 days</source>
        <translation>最近 %2 周中每周至少 %1 天活跃，或最近 30 天中至少 %3 天活跃</translation>
    </message>
    <message>
        <source>active on at least %1 of the last 30 days with at least %2 contributions (replies and knowledge posts) in them</source>
        <translation>最近 30 天中至少 %1 天活跃，且期间至少有 %2 次贡献（回复和知识帖）</translation>
    </message>
    <message>
        <source>active on at least %1 of the last 90 days and among the top %2% of the contributors of those 90 days</source>
        <translation>最近 90 天中至少 %1 天活跃，且位列这 90 天贡献者的前 %2%</translation>
    </message>
    <message>
        <source>%1 members seen in the community by the end of %2 (a message, a reaction or a join); every member has exactly one level</source>
        <translation>截至 %2 在社群中出现过的成员（发过消息、添加过表情回应或有加入记录）共 %1 名；每位成员恰好处于一个等级</translation>
    </message>
    <message>
        <source>%1 members are %2 on %3: %4.
Promotion at once, demotion only at the month-end review (the last day of each month).</source>
        <translation>%3 时有 %1 名成员为%2：%4。
达到条件即升级，降级仅在月末评定（每月最后一天）时进行。</translation>
    </message>
    <message>
        <source>%1 of %2 members = %3</source>
        <translation>%2 名成员中的 %1 名 = %3</translation>
    </message>
    <message>
        <source>contribution = a reply, or a knowledge post (long post, link, code, file)</source>
        <translation>贡献 = 一条回复，或一条知识帖（长帖、链接、代码、文件）</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>达成条件</translation>
    </message>
</context>
<context>
    <name>kindred::LevelMonthModel</name>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>Levels on %1 (after the month-end review) against %2</source>
        <translation>%1 的等级（月末评定后）与 %2 对比</translation>
    </message>
    <message>
        <source>Levels on %1 (the month is still running: no month-end review yet, so nobody has moved down) against %2</source>
        <translation>%1 的等级（该月尚未结束：尚未进行月末评定，因此没有人降级）与 %2 对比</translation>
    </message>
    <message>
        <source>%1 members were seen by the end of both %2 and %3; the shares are of them</source>
        <translation>截至 %2 和 %3 均已出现的成员共 %1 名；占比以此为基数</translation>
    </message>
    <message>
        <source>%1 of %2 members had a higher level on %3 than on %4 = %5</source>
        <translation>%2 名成员中有 %1 名在 %3 的等级高于 %4 = %5</translation>
    </message>
    <message>
        <source>%1 of %2 members had the same level on %3 as on %4 = %5</source>
        <translation>%2 名成员中有 %1 名在 %3 的等级与 %4 相同 = %5</translation>
    </message>
    <message>
        <source>%1 of %2 members had a lower level on %3 than on %4 = %5</source>
        <translation>%2 名成员中有 %1 名在 %3 的等级低于 %4 = %5</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>降级</translation>
    </message>
</context>
<context>
    <name>kindred::LevelRulesEditor</name>
    <message>
        <source>Activity weight</source>
        <translation>活跃权重</translation>
    </message>
    <message>
        <source>0 turns this way off.</source>
        <translation>设为 0 即关闭此条件。</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>每周天数</translation>
    </message>
    <message>
        <source>Participating: active on at least this many days in each of the last weeks (7-day windows ending on the day). Default %1.</source>
        <translation>参与者：最近几周中每周（截至当天的 7 天窗口）至少活跃这么多天。默认为 %1。</translation>
    </message>
    <message>
        <source>for weeks</source>
        <translation>持续周数</translation>
    </message>
    <message>
        <source>How many of the last weeks must each hold those days. Default %1.</source>
        <translation>最近多少周中每周都须达到上述天数。默认为 %1。</translation>
    </message>
    <message>
        <source>or days of 30</source>
        <translation>或 30 天中天数</translation>
    </message>
    <message>
        <source>Participating also when active on at least this many of the last 30 days. Default %1.</source>
        <translation>最近 30 天中至少活跃这么多天，也可成为参与者。默认为 %1。</translation>
    </message>
    <message>
        <source>or weight ≥</source>
        <translation>或权重 ≥</translation>
    </message>
    <message>
        <source>Participating also with at least this activity weight in 30 days. %1 Default %2.</source>
        <translation>30 天内活跃权重至少达到此值，也可成为参与者。%1 默认为 %2。</translation>
    </message>
    <message>
        <source>Days of 30</source>
        <translation>30 天中天数</translation>
    </message>
    <message>
        <source>Contributing: active on at least this many of the last 30 days. Default %1.</source>
        <translation>贡献者：最近 30 天中至少活跃这么多天。默认为 %1。</translation>
    </message>
    <message>
        <source>and contributions</source>
        <translation>且贡献数</translation>
    </message>
    <message>
        <source>…and at least this many contributions in those 30 days: replies and knowledge posts (long posts, links, code, files). Default %1.</source>
        <translation>……且这 30 天内至少有这么多次贡献：回复和知识帖（长帖、链接、代码、文件）。默认为 %1。</translation>
    </message>
    <message>
        <source>Contributing also with at least this activity weight in 30 days. %1 Default %2.</source>
        <translation>30 天内活跃权重至少达到此值，也可成为贡献者。%1 默认为 %2。</translation>
    </message>
    <message>
        <source>Days of 90</source>
        <translation>90 天中天数</translation>
    </message>
    <message>
        <source>Leading: active on at least this many of the last 90 days. Default %1.</source>
        <translation>引领者：最近 90 天中至少活跃这么多天。默认为 %1。</translation>
    </message>
    <message>
        <source>and top %</source>
        <translation>且排名前 %</translation>
    </message>
    <message>
        <source>…and among this top percentage of the members who contributed in those 90 days, ranked by contributions (ties at the threshold included). Default %1%.</source>
        <translation>……且按贡献数排名，位于这 90 天内有贡献成员的前此百分比之内（与阈值并列者也计入）。默认为 %1%。</translation>
    </message>
    <message>
        <source>Leading also with at least this activity weight in 30 days. %1 Default %2.</source>
        <translation>30 天内活跃权重至少达到此值，也可成为引领者。%1 默认为 %2。</translation>
    </message>
    <message>
        <source>Message ×</source>
        <translation>消息 ×</translation>
    </message>
    <message>
        <source>Weight of a message that is not a reply. Default %1.</source>
        <translation>非回复消息的权重。默认为 %1。</translation>
    </message>
    <message>
        <source>Reply ×</source>
        <translation>回复 ×</translation>
    </message>
    <message>
        <source>Weight of a reply. Default %1.</source>
        <translation>回复的权重。默认为 %1。</translation>
    </message>
    <message>
        <source>Reaction given ×</source>
        <translation>给出表情回应 ×</translation>
    </message>
    <message>
        <source>Weight of a reaction given (with a time in the export). Default %1.</source>
        <translation>给出一个表情回应（导出文件中记录了时间）的权重。默认为 %1。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>kindred::LevelsPage</name>
    <message>
        <source>Levels &amp; contribution</source>
        <translation>等级与贡献</translation>
    </message>
    <message>
        <source>sum %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Q sums to k1 + k2 + k3 over all members</source>
        <translation>所有成员的 Q 之和等于 k1 + k2 + k3</translation>
    </message>
    <message>
        <source>Level rules and contribution weights saved in the workspace</source>
        <translation>已将等级规则和贡献权重保存到工作区</translation>
    </message>
    <message>
        <source>Select a member in the leaderboard to see how their score, points, badges and level were computed.</source>
        <translation>在排行榜中选择一名成员，即可查看其得分、积分、勋章和等级的计算方式。</translation>
    </message>
    <message>
        <source>%1 ×%2: %3</source>
        <translation>%1 ×%2：%3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — rank %2 of %3, Q = %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Level&lt;/b&gt;: %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt;&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Badges&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%7&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Double-click the row to open the member.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — 排名第 %2（共 %3 名），Q = %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;等级&lt;/b&gt;：%5&lt;/p&gt;&lt;p&gt;&lt;b&gt;得分&lt;/b&gt;&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;&lt;b&gt;勋章&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%7&lt;/ul&gt;&lt;p&gt;&lt;i&gt;双击该行可查看此成员。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Contribution leaderboard (%1: %2 of %3 members)</source>
        <translation>贡献排行榜（%1：%3 名成员中的 %2 名）</translation>
    </message>
    <message>
        <source>Levels on %1, the last day of the period; leaderboard, points and monthly movement up to it (period %2 – %3). Badges count all history up to %1.</source>
        <translation>显示 %1（本时间段最后一天）的等级；排行榜、积分和每月变动均截至该日（时间段 %2 至 %3）。勋章统计截至 %1 的全部历史。</translation>
    </message>
    <message>
        <source>Export the leaderboard as CSV</source>
        <translation>将排行榜导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>已将 %n 名成员导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Members per level</source>
        <translation>各等级成员数</translation>
    </message>
    <message>
        <source>Orbit levels: Exploring, Participating, Contributing, Leading. The highest level whose rule holds is earned; promotion at once, demotion only at the month-end review. Select a row to list its members below.</source>
        <translation>Orbit 等级：探索者、参与者、贡献者、引领者。成员获得满足条件的最高等级；达到条件即升级，降级仅在月末评定时进行。选择一行即可在下方列出该等级的成员。</translation>
    </message>
    <message>
        <source>A member holds the highest level whose rule they meet: promoted the same day, moved down only at the month-end review (the last day of each month). Select a level to list its members in the leaderboard.</source>
        <translation>成员处于其满足条件的最高等级：当天即可升级，降级仅在月末评定（每月最后一天）时进行。选择一个等级即可在排行榜中列出该等级的成员。</translation>
    </message>
    <message>
        <source>Moved up, held, moved down each month</source>
        <translation>每月升级、保持、降级情况</translation>
    </message>
    <message>
        <source>Members present at the end of the previous month and of this one, by how their level changed between the two.</source>
        <translation>上月末和本月末均在册的成员，按两者之间的等级变化分类。</translation>
    </message>
    <message>
        <source>Level movement of the last twelve months</source>
        <translation>最近十二个月的等级变动</translation>
    </message>
    <message>
        <source>Share of the members present at both month ends who moved up, held or moved down a level. Hover a bar for the numbers.</source>
        <translation>在两个月末均在册的成员中，升级、保持和降级的占比。将鼠标悬停在柱条上可查看具体数字。</translation>
    </message>
    <message>
        <source>Level rules</source>
        <translation>等级规则</translation>
    </message>
    <message>
        <source>The milestones of each level (presence, contributions, activity weight), saved in the workspace.</source>
        <translation>各等级的里程碑（活跃天数、贡献、活跃权重），保存在工作区中。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save these rules in the workspace and recompute every level</source>
        <translation>将这些规则保存到工作区，并重新计算所有等级</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Restore the default level rules and save them</source>
        <translation>恢复默认等级规则并保存</translation>
    </message>
    <message>
        <source>Weights of Q:</source>
        <translation>Q 的权重：</translation>
    </message>
    <message>
        <source>k1: weight of the member&apos;s share of all interactions (replies and reactions given). Default 0.3.</source>
        <translation>k1：成员在全部互动（回复和给出的表情回应）中所占比例的权重。默认为 0.3。</translation>
    </message>
    <message>
        <source>k2: weight of the member&apos;s share of all messages posted. Default 0.3.</source>
        <translation>k2：成员在全部已发布消息中所占比例的权重。默认为 0.3。</translation>
    </message>
    <message>
        <source>k3: weight of the member&apos;s share of all knowledge posts (long posts of at least %1 characters, links, code, files). Default 0.4.</source>
        <translation>k3：成员在全部知识帖（至少 %1 个字符的长帖、链接、代码、文件）中所占比例的权重。默认为 0.4。</translation>
    </message>
    <message>
        <source>k1 interactions</source>
        <translation>k1 互动</translation>
    </message>
    <message>
        <source>k2 content</source>
        <translation>k2 内容</translation>
    </message>
    <message>
        <source>k3 knowledge</source>
        <translation>k3 知识</translation>
    </message>
    <message>
        <source>Save the weights in the workspace and rank again</source>
        <translation>将权重保存到工作区并重新排名</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Restore k1 = 0.3, k2 = 0.3, k3 = 0.4 and save them</source>
        <translation>恢复 k1 = 0.3、k2 = 0.3、k3 = 0.4 并保存</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the leaderboard rows listed as a CSV file that Excel opens correctly (UTF-8 with BOM)</source>
        <translation>将列出的排行榜行保存为 Excel 可正确打开的 CSV 文件（带 BOM 的 UTF-8）</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation>所选成员</translation>
    </message>
</context>
<context>
    <name>kindred::LinkTableModel</name>
    <message>
        <source>%1 posts of the period link to %2 (a post naming several of its links counts once), shared by %3 members; %4 distinct links</source>
        <translation>本时间段内有 %1 条帖子链接到 %2（一条帖子包含该域名的多个链接只计一次），由 %3 名成员分享；共 %4 个不同的链接</translation>
    </message>
    <message>
        <source>%1 posts of the period share this link, by %2 members</source>
        <translation>本时间段内有 %1 条帖子分享了此链接，来自 %2 名成员</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子数</translation>
    </message>
    <message>
        <source>Sharers</source>
        <translation>分享人数</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接数</translation>
    </message>
    <message>
        <source>First shared</source>
        <translation>首次分享</translation>
    </message>
    <message>
        <source>Last shared</source>
        <translation>最近分享</translation>
    </message>
    <message>
        <source>Example post</source>
        <translation>示例帖子</translation>
    </message>
</context>
<context>
    <name>kindred::LinksPanel</name>
    <message>
        <source>Links shared in the period&apos;s posts (host without &quot;www.&quot;, lower case; a post sharing a link twice counts once).</source>
        <translation>本时间段内帖子中分享的链接（主机名去掉“www.”并转为小写；一条帖子两次分享同一链接只计一次）。</translation>
    </message>
    <message>
        <source>Domains: posts linking to each site and how many distinct links of it were shared.</source>
        <translation>域名：链接到各网站的帖子数，以及分享过该网站的不同链接数。</translation>
    </message>
</context>
<context>
    <name>kindred::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>创建一个空的工作区文件</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Kindred workspace file</source>
        <translation>打开 Kindred 工作区文件</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a PDF report of the period</source>
        <translation>生成当前时间段的 PDF 报告</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Kindred</source>
        <translation>关于 Kindred(&amp;A)</translation>
    </message>
    <message>
        <source>Workspace &amp;Settings…</source>
        <translation>工作区设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Community name, time zone and currency, and the thresholds of the segment rules</source>
        <translation>社群名称、时区、货币，以及分层规则的阈值</translation>
    </message>
    <message>
        <source>Import chat exports (Telegram JSON, WhatsApp text, DiscordChatExporter JSON) into this workspace</source>
        <translation>将聊天导出文件（Telegram JSON、WhatsApp 文本、DiscordChatExporter JSON）导入此工作区</translation>
    </message>
    <message>
        <source>Import CSV with Mapping</source>
        <translation>按列映射导入 CSV</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>请先打开或新建一个工作区。</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import CSV with &amp;Mapping…</source>
        <translation>按列映射导入 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>Import a CSV file of members, messages, memberships, feedback or activities, choosing what each column holds</source>
        <translation>导入包含成员、消息、会员订阅、反馈或活动的 CSV 文件，并指定每一列的内容</translation>
    </message>
</context>
<context>
    <name>kindred::MainWindow</name>
    <message>
        <source>Report written to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Kindred workspaces (*.kindred)</source>
        <translation>Kindred 工作区 (*.kindred)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Kindred workspaces (*.kindred);;All files (*)</source>
        <translation>Kindred 工作区 (*.kindred);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import chat exports</source>
        <translation>导入聊天导出文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported data is kept in a workspace file. Choose where to create the new workspace.</source>
        <translation>导入的数据保存在工作区文件中。请选择新工作区的保存位置。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Open a workspace with data first (or the demo community).</source>
        <translation>请先打开一个包含数据的工作区（或示例社群）。</translation>
    </message>
    <message>
        <source>%1 — Kindred</source>
        <translation>%1 — Kindred</translation>
    </message>
    <message>
        <source>Workspace Settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>请先打开或新建一个工作区。</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.txt *.zip *.csv);;All files (*)</source>
        <translation>聊天导出文件 (*.json *.txt *.zip *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>搜索消息（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>kindred::ManualMergeDialog</name>
    <message numerus="yes">
        <source>%1 — %2, %Ln message(s)</source>
        <translation>
            <numerusform>%1 — %2，%Ln 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>输入名称…</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>合并两名成员</translation>
    </message>
    <message>
        <source>Choose two members who are the same person, for example someone who uses Telegram and WhatsApp. Every figure will count them once. The merge can be undone in the merge log.</source>
        <translation>请选择实际上是同一人的两名成员，例如同时使用 Telegram 和 WhatsApp 的人。所有数据都将只计一次。可在合并记录中撤销此次合并。</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Same person as:</source>
        <translation>视为同一人的成员：</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Choose two different members.</source>
        <translation>请选择两名不同的成员。</translation>
    </message>
    <message>
        <source>Choose both members from the lists.</source>
        <translation>请从列表中选择这两名成员。</translation>
    </message>
</context>
<context>
    <name>kindred::MemberAuditModel</name>
    <message>
        <source>No platform has been imported yet.</source>
        <translation>尚未导入任何平台的数据。</translation>
    </message>
    <message>
        <source>The workspace counts %1 members, the sum of the platforms&apos; members: no member is counted on two platforms.</source>
        <translation>工作区共有 %1 名成员，等于各平台成员数之和：没有成员在两个平台上重复计算。</translation>
    </message>
    <message>
        <source>The workspace counts %1 members: %2 per platform minus %3 people seen on more than one platform.</source>
        <translation>工作区共有 %1 名成员：各平台合计 %2 名，减去在多个平台上出现的 %3 人。</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>所有平台</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 次导入</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>People in exports</source>
        <translation>导出文件中的人数</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>Exporting account</source>
        <translation>导出账号</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>无活动</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Also on other platforms</source>
        <translation>也在其他平台</translation>
    </message>
    <message>
        <source>The people each exported file names, added up over the files of this platform (someone in two files counts twice)</source>
        <translation>此平台各导出文件中出现的人数之和（同一人出现在两个文件中会计为两次）</translation>
    </message>
    <message>
        <source>Different accounts of this platform in the workspace. Accounts = bots + exporting account + no activity + merged + members</source>
        <translation>工作区中此平台的不同账号数。账号 = 机器人 + 导出账号 + 无活动 + 已合并 + 成员数</translation>
    </message>
    <message>
        <source>Accounts marked as bots: not counted as members</source>
        <translation>标记为机器人的账号：不计为成员</translation>
    </message>
    <message>
        <source>The account that made the export (&quot;You&quot;): not counted as a member</source>
        <translation>进行导出的账号（&quot;You&quot;）：不计为成员</translation>
    </message>
    <message>
        <source>Accounts only mentioned or named in a system line: they never posted, reacted or joined</source>
        <translation>仅在系统消息中被提及的账号：从未发言、添加表情回应或加入</translation>
    </message>
    <message>
        <source>Accounts merged into another member (counted once, there)</source>
        <translation>已合并到其他成员的账号（只在该成员处计一次）</translation>
    </message>
    <message>
        <source>The members this platform counts</source>
        <translation>此平台统计的成员数</translation>
    </message>
    <message>
        <source>Members whose last event is leaving or being removed (part of Members)</source>
        <translation>最近一次事件为退出或被移出的成员（包含在成员数中）</translation>
    </message>
    <message>
        <source>Members also seen on another platform (part of Members, counted once in the workspace)</source>
        <translation>也出现在其他平台上的成员（包含在成员数中，在工作区中只计一次）</translation>
    </message>
</context>
<context>
    <name>kindred::MemberDetailPanel</name>
    <message>
        <source>Loading member…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <source>Double-click a member (Members page, reply partners) to see their details here.</source>
        <translation>双击成员（“成员”页面或回复对象列表中），即可在此查看其详情。</translation>
    </message>
    <message>
        <source>This member cannot be shown.

%1</source>
        <translation>无法显示此成员。

%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved the tags and notes of %1</source>
        <translation>已保存 %1 的标签和备注</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <source>Member #%1 · status %2 · on %3</source>
        <translation>成员 #%1 · 状态：%2 · 所在平台：%3</translation>
    </message>
    <message numerus="yes">
        <source> · %n merged account(s)</source>
        <translation>
            <numerusform> · 已合并 %n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined %1 · first seen %2 · last seen %3</source>
        <translation>加入于 %1 · 首次出现 %2 · 最近出现 %3</translation>
    </message>
    <message>
        <source>(no join event)</source>
        <translation>（无加入记录）</translation>
    </message>
    <message>
        <source> · left %1</source>
        <translation> · 退出于 %1</translation>
    </message>
    <message>
        <source>%1 messages, of which %2 replies, over the whole history</source>
        <translation>全部历史中共 %1 条消息，其中回复 %2 条</translation>
    </message>
    <message>
        <source>Dates in the community&apos;s timezone (%1). First and last seen count messages, reactions and join/leave events of every merged account.</source>
        <translation>日期按社群时区（%1）显示。首次和最近出现时间统计所有已合并账号的消息、表情回应以及加入/退出事件。</translation>
    </message>
    <message>
        <source>Segment on %1</source>
        <translation>%1 的分层</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Segments are evaluated on the period&apos;s last day with the workspace&apos;s segment rules (Workspace Settings); the first rule that matches wins.</source>
        <translation>分层按工作区的分层规则（工作区设置）在本时间段最后一天评定；以第一条匹配的规则为准。</translation>
    </message>
    <message>
        <source>Level on %1</source>
        <translation>%1 的等级</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Levels are not available.</source>
        <translation>等级不可用。</translation>
    </message>
    <message>
        <source>%1 messages in %2 weeks (%3 – %4); weeks run Monday to Sunday in community time, service lines not counted.</source>
        <translation>%2 周内（%3 至 %4）共 %1 条消息；每周按社群时间从周一到周日计算，不计入系统消息。</translation>
    </message>
    <message>
        <source>Latest messages (%1 of %2)</source>
        <translation>最新消息（%2 条中的 %1 条）</translation>
    </message>
    <message>
        <source>Identities (%1)</source>
        <translation>身份（%1）</translation>
    </message>
    <message>
        <source>No replies exchanged with other members yet.</source>
        <translation>尚未与其他成员互相回复。</translation>
    </message>
    <message>
        <source>Replies both ways, the %1 members with most. Double-click a member to open them.</source>
        <translation>双向回复数最多的 %1 名成员。双击成员可查看其详情。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>标签和备注</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <source>Reply partners</source>
        <translation>回复对象</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vip, speaker</source>
        <translation>以逗号分隔，例如 vip, speaker</translation>
    </message>
    <message>
        <source>Tags are separated by commas; spaces are tidied and repeated tags (ignoring case) dropped when saved. At most %1 characters per tag.</source>
        <translation>标签以逗号分隔；保存时会整理空格，并删除重复的标签（不区分大小写）。每个标签最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Private notes about this member</source>
        <translation>关于此成员的私人备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Stores the tags and notes in the workspace</source>
        <translation>将标签和备注保存到工作区</translation>
    </message>
</context>
<context>
    <name>kindred::MemberIdentityModel</name>
    <message>
        <source>This account belongs to member #%1, merged into this person (Identities page, merge log).</source>
        <translation>此账号属于成员 #%1，已合并到此人名下（见“成员身份”页面的合并记录）。</translation>
    </message>
    <message>
        <source>This account belongs to the member row of this person.</source>
        <translation>此账号属于此人本身的成员记录。</translation>
    </message>
    <message>
        <source>merged #%1</source>
        <translation>已合并 #%1</translation>
    </message>
    <message>
        <source>own</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>kindred::MemberTableModel</name>
    <message>
        <source>%1 — on %2</source>
        <translation>%1 — 所在平台：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>累计消息</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <source>Why this segment</source>
        <translation>分层依据</translation>
    </message>
    <message>
        <source>Messages sent in the chosen period</source>
        <translation>所选时间段内发送的消息数</translation>
    </message>
    <message>
        <source>Messages sent up to the end of the period</source>
        <translation>截至期末累计发送的消息数</translation>
    </message>
    <message>
        <source>Last message, reaction or event up to the end of the period</source>
        <translation>截至期末，最近一次发消息、表情回应或其他事件的时间</translation>
    </message>
    <message>
        <source>Days with a message, reply or reaction in the %1 days ending with the period</source>
        <translation>截至期末的 %1 天内，有消息、回复或表情回应的天数</translation>
    </message>
</context>
<context>
    <name>kindred::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>显示 %1 名，共 %2 名成员</translation>
    </message>
    <message>
        <source>Export members as CSV</source>
        <translation>将成员导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>已将 %n 名成员导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部分层</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>按名称搜索…</translation>
    </message>
    <message>
        <source>Shows members whose name contains this text (any case)</source>
        <translation>显示名称中包含此文字的成员（不区分大小写）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the members shown as a CSV file that Excel opens correctly</source>
        <translation>将当前显示的成员保存为 Excel 可正确打开的 CSV 文件</translation>
    </message>
</context>
<context>
    <name>kindred::MembershipsPage</name>
    <message>
        <source>Memberships</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>The exchange rates could not be saved in the workspace.</source>
        <translation>无法将汇率保存到工作区。</translation>
    </message>
    <message numerus="yes">
        <source>Paid settings saved: renewal grace period %n day(s)</source>
        <translation>
            <numerusform>付费设置已保存：续费宽限期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, compared with the previous period of the same length. Revenue and renewals: %3 – %4. RFM and renewal risk as of %5.</source>
        <translation>%1 至 %2，与之前同样长度的时间段对比。收入与续费：%3 至 %4。RFM 与续费风险的基准日：%5。</translation>
    </message>
    <message>
        <source>Members with a paid membership (active, expired or cancelled; not trial or refunded) that covers the end of the period or started in it.
%1 – %2: %3 paying members.</source>
        <translation>拥有付费会员资格（有效、已过期或已取消；不含试用或已退款）且覆盖期末或在本时间段内开始的成员。
%1 至 %2：%3 名付费成员。</translation>
    </message>
    <message>
        <source>Paid conversion (付费转化率) = paying members / members at the end of the period
= %1 / %2 = %3</source>
        <translation>付费转化率 = 付费成员 / 期末成员数
= %1 / %2 = %3</translation>
    </message>
    <message>
        <source>Trials started in the period that converted: the member started a paid membership between the trial&apos;s start and %1 days after it ended.
= %2 / %3 = %4 (%5 still within their window, may still convert)</source>
        <translation>本时间段内开始并已转化的试用：成员在试用开始至试用结束后 %1 天内开通了付费会员。
= %2 / %3 = %4（%5 个仍在转化窗口内，仍可能转化）</translation>
    </message>
    <message>
        <source>Renewal rate (续费率) = paid memberships expiring in the period that were renewed within the %1-day grace period / paid memberships expiring in the period
= %2 / %3 = %4
Of the expiring: %5 cancelled, %6 pending (grace not over). Refunded, not counted: %7.</source>
        <translation>续费率 = 本时间段内到期且在 %1 天宽限期内续费的付费会员资格 / 本时间段内到期的付费会员资格
= %2 / %3 = %4
到期的会员资格中：已取消 %5 个，待定 %6 个（宽限期未结束）。已退款、不计入：%7 个。</translation>
    </message>
    <message>
        <source>ARPPU (average revenue per paying member), all currencies converted into %1 with your rates = revenue of the period / members who paid in it
= %2 / %3 = %4</source>
        <translation>ARPPU（每付费成员平均收入），所有货币按您设置的汇率换算为 %1 = 本时间段收入 / 本时间段内付费的成员数
= %2 / %3 = %4</translation>
    </message>
    <message>
        <source>ARPPU (average revenue per paying member) in %1 = revenue in %1 of the memberships started in the period / members who paid in %1 in it
= %2 / %3 = %4</source>
        <translation>以 %1 计的 ARPPU（每付费成员平均收入）= 本时间段内开始的会员资格中以 %1 计的收入 / 本时间段内以 %1 付费的成员数
= %2 / %3 = %4</translation>
    </message>
    <message>
        <source>Other currencies: %1</source>
        <translation>其他货币：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Refunded memberships started in the period (not counted as revenue): %1
Amount refunded: %2
Previous period: %3</source>
        <translation>本时间段内开始、已退款的会员资格（不计入收入）：%1
退款金额：%2
上一时间段：%3</translation>
    </message>
    <message>
        <source>No memberships yet</source>
        <translation>尚无会员数据</translation>
    </message>
    <message>
        <source>Import a memberships CSV (File &gt; Import) with member, plan, amount, currency, start, expiry and status columns, or a 知识星球 members export, to see paying members, conversion, renewals, revenue, RFM and renewal risk here.</source>
        <translation>导入会员 CSV 文件（文件 &gt; 导入），需包含成员、套餐、金额、货币、开始日期、到期日期和状态列；或导入知识星球成员导出文件。之后即可在此查看付费成员、转化、续费、收入、RFM 和续费风险。</translation>
    </message>
    <message>
        <source>Paying members</source>
        <translation>付费成员</translation>
    </message>
    <message>
        <source>Paid conversion</source>
        <translation>付费转化率</translation>
    </message>
    <message>
        <source>Trial to paid</source>
        <translation>试用转付费</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>续费率</translation>
    </message>
    <message>
        <source>ARPPU</source>
        <translation>ARPPU</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Renewal grace period:</source>
        <translation>续费宽限期：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A membership counts as renewed when the next paid membership starts at most this many days after it expired</source>
        <translation>如果下一个付费会员资格在到期后不超过这么多天内开始，该会员资格即计为已续费</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save the grace period in the workspace and recompute</source>
        <translation>将宽限期保存到工作区并重新计算</translation>
    </message>
    <message>
        <source>Revenue per month by plan</source>
        <translation>各套餐每月收入</translation>
    </message>
    <message>
        <source>Amounts of the paid memberships started in each month (the payment date is the start), in minor units converted to the currency&apos;s units; refunds are left out.</source>
        <translation>每个月开始的付费会员资格的金额（开始日期即付款日期），由最小货币单位换算为货币单位；不含退款。</translation>
    </message>
    <message>
        <source>Renewal rate per expiry month</source>
        <translation>各到期月份的续费率</translation>
    </message>
    <message>
        <source>Renewed / expiring paid memberships, by the month they expire in. Hover a row for its numbers.</source>
        <translation>已续费 / 到期的付费会员资格，按到期月份统计。将鼠标悬停在某一行上可查看具体数字。</translation>
    </message>
    <message>
        <source>RFM of the paying members</source>
        <translation>付费成员的 RFM 分层</translation>
    </message>
    <message>
        <source>Renewal risk: who to call</source>
        <translation>续费风险：该联系谁</translation>
    </message>
</context>
<context>
    <name>kindred::MergeLogModel</name>
    <message>
        <source>undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>被合并成员</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kindred::MergeSuggestionModel</name>
    <message>
        <source>same e-mail</source>
        <translation>电子邮箱相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same username</source>
        <translation>用户名相同</translation>
    </message>
    <message>
        <source>same display name</source>
        <translation>显示名称相同</translation>
    </message>
    <message>
        <source>merged by hand</source>
        <translation>手动合并</translation>
    </message>
    <message>
        <source>Merging keeps %1 and counts %2 as the same person (%3: %4). It can be undone in the merge log.</source>
        <translation>合并后将保留 %1，并将 %2 视为同一人（%3：%4）。可在合并记录中撤销。</translation>
    </message>
    <message>
        <source>The member that stays (seen first)</source>
        <translation>保留的成员（最先出现的一方）</translation>
    </message>
    <message>
        <source>The member counted as the same person as the one that stays</source>
        <translation>与保留成员计为同一人的成员</translation>
    </message>
    <message>
        <source>What the two share</source>
        <translation>两者的共同点</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>视为同一人的成员</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Shared value</source>
        <translation>相同的值</translation>
    </message>
</context>
<context>
    <name>kindred::ModerationContextView</name>
    <message>
        <source>Member #%1 · status %2</source>
        <translation>成员 #%1 · 状态：%2</translation>
    </message>
    <message>
        <source>Segment on %1</source>
        <translation>%1 的分层</translation>
    </message>
    <message>
        <source>Level on %1</source>
        <translation>%1 的等级</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Why flagged: %1</source>
        <translation>标记原因：%1</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>严重程度 %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>happened %1, flagged %2</source>
        <translation>发生于 %1，标记于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open flag(s) for this member in the queue</source>
        <translation>
            <numerusform>队列中该成员有 %n 个待处理标记</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages around it</source>
        <translation>上下文消息</translation>
    </message>
    <message>
        <source>Messages around it in %1</source>
        <translation>%1 中的上下文消息</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文本）</translation>
    </message>
    <message>
        <source>This flag names no message.</source>
        <translation>此标记未关联任何消息。</translation>
    </message>
    <message>
        <source>Other flags (%1)</source>
        <translation>其他标记（%1）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 项</translation>
    </message>
    <message>
        <source>Previous decisions (%1)</source>
        <translation>之前的处理决定（%1）</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作人：%1</translation>
    </message>
</context>
<context>
    <name>kindred::ModerationPage</name>
    <message>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported the ban/mute list to %1</source>
        <translation>已将封禁/禁言名单导出到 %1</translation>
    </message>
    <message>
        <source>Export the ban/mute list</source>
        <translation>导出封禁/禁言名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>审核队列（%1）</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Guidance (%1)</source>
        <translation>引导（%1）</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>%1 banned · %2 muted</source>
        <translation>已封禁 %1 · 已禁言 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance (引导) — not violations.&lt;/b&gt; These members have become quiet or have not started yet. Low activity is never a reason to sanction anyone: consider a personal message (a welcome, a question about their interests). The list is as of %1 and never includes banned or muted members, nor members with an open flag.</source>
        <translation>&lt;b&gt;引导 — 并非违规。&lt;/b&gt;这些成员已变得沉默，或尚未开始参与。活跃度低绝不是处罚任何人的理由：不妨发一条私信（欢迎一下，或问问他们感兴趣的话题）。此列表截至 %1，不包含已封禁或已禁言的成员，也不包含有待处理标记的成员。</translation>
    </message>
    <message>
        <source>the period&apos;s last day</source>
        <translation>本时间段最后一天</translation>
    </message>
    <message>
        <source>&amp;Moderator:</source>
        <translation>管理员(&amp;M)：</translation>
    </message>
    <message>
        <source>Your name as recorded with every decision in the audit log (default: your operating-system user name)</source>
        <translation>您的名字，会随每项处理决定记录到审计日志中（默认：您的操作系统用户名）</translation>
    </message>
    <message>
        <source>Export ban/mute list</source>
        <translation>导出封禁/禁言名单</translation>
    </message>
    <message>
        <source>The members currently banned or muted, with their platform identities, for the chat platform&apos;s own tools</source>
        <translation>当前被封禁或禁言的成员及其平台身份，供聊天平台自带的工具使用</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Open flags grouped by member: decide with the keyboard</source>
        <translation>按成员分组的待处理标记：可用键盘做出处理决定</translation>
    </message>
    <message>
        <source>Every decision with moderator, time and reason (append-only)</source>
        <translation>每项处理决定及其管理员、时间和原因（只能追加）</translation>
    </message>
    <message>
        <source>Flags per rule and channel, time to handle, repeat offenders, moderator activity in the period</source>
        <translation>本时间段内各规则和各频道的标记数、处理时长、屡犯成员以及管理员活动</translation>
    </message>
    <message>
        <source>引导: quiet members worth a personal message — not violations</source>
        <translation>引导：值得私信关怀的沉默成员 — 并非违规</translation>
    </message>
    <message>
        <source>The flag rules: switch them on or off, edit thresholds and word lists, run them over the whole history</source>
        <translation>标记规则：开启或关闭规则、编辑阈值和词语列表、对全部历史运行规则</translation>
    </message>
</context>
<context>
    <name>kindred::ModerationReasonDialog</name>
    <message>
        <source>%1 — reason</source>
        <translation>%1 — 原因</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept in the audit log):</source>
        <translation>原因（必填，会记录在审计日志中）(&amp;R)：</translation>
    </message>
    <message>
        <source>Why? e.g. repeated invite links</source>
        <translation>原因？例如：反复发送邀请链接</translation>
    </message>
    <message>
        <source>The reason is written to the append-only audit log with your name and the time; the drop-down lists your recent reasons.</source>
        <translation>原因会连同您的名字和时间写入只能追加的审计日志；下拉列表中列出了您最近使用的原因。</translation>
    </message>
    <message>
        <source>Recorded as moderator “%1” (change it in the Moderation page&apos;s toolbar).</source>
        <translation>将以管理员“%1”的身份记录（可在“审核”页面的工具栏中更改）。</translation>
    </message>
    <message>
        <source>Give a reason: every decision is recorded with its reason.</source>
        <translation>请填写原因：每项处理决定都会连同原因一起记录。</translation>
    </message>
</context>
<context>
    <name>kindred::ModerationStatsPanel</name>
    <message>
        <source>Flags whose behaviour happened in %1, whatever their status</source>
        <translation>行为发生在 %1 期间的标记，无论其状态如何</translation>
    </message>
    <message>
        <source>Of the %1 flags of the period, %2 are still open and %3 were handled (dismissed or actioned)</source>
        <translation>本时间段的 %1 个标记中，%2 个仍待处理，%3 个已处理（已驳回或已处置）</translation>
    </message>
    <message>
        <source>Median of (handled − raised) over the %1 handled flags of the period = %2 seconds (for an even count, the mean of the two middle values)</source>
        <translation>本时间段 %1 个已处理标记的（处理时间 − 标记时间）中位数 = %2 秒（数量为偶数时取中间两个值的平均值）</translation>
    </message>
    <message>
        <source>No flag of the period has been handled yet</source>
        <translation>本时间段的标记均尚未处理</translation>
    </message>
    <message>
        <source>Decisions recorded in the audit log in %1</source>
        <translation>%1 期间记录在审计日志中的处理决定</translation>
    </message>
    <message>
        <source>Period %1. Repeat offenders: members with at least 2 actioned flags among the period&apos;s flags, or at least 2 warn/mute/ban decisions in the period. The dismissed share of a rule is dismissed / (dismissed + actioned): how often moderators judged its flags false positives.</source>
        <translation>时间段 %1。屡犯成员：本时间段的标记中至少有 2 个已处置的标记，或本时间段内至少有 2 次警告/禁言/封禁决定的成员。某条规则的驳回占比 = 已驳回 / （已驳回 + 已处置）：即管理员判定其标记为误报的频率。</translation>
    </message>
    <message>
        <source>Decisions count on the day they were taken: those taken after the period&apos;s end (e.g. today, on imported history) appear when the period includes that day.</source>
        <translation>处理决定按做出当天计入：在期末之后做出的决定（例如今天针对导入的历史数据做出的决定），在时间段包含当天时才会显示。</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无频道）</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Flags in the period</source>
        <translation>本时间段的标记</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>仍待处理</translation>
    </message>
    <message>
        <source>Median time to handle</source>
        <translation>处理时长中位数</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Flags per rule</source>
        <translation>各规则的标记数</translation>
    </message>
    <message>
        <source>Flags per channel</source>
        <translation>各频道的标记数</translation>
    </message>
    <message>
        <source>Repeat offenders</source>
        <translation>屡犯成员</translation>
    </message>
    <message>
        <source>Moderator activity</source>
        <translation>管理员活动</translation>
    </message>
</context>
<context>
    <name>kindred::ModeratorActivityModel</name>
    <message>
        <source>Moderator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作数</translation>
    </message>
</context>
<context>
    <name>kindred::Page</name>
    <message>
        <source>Welcome to Kindred</source>
        <translation>欢迎使用 Kindred</translation>
    </message>
    <message>
        <source>Open a workspace, import a chat export (Telegram JSON, WhatsApp text), or explore the demo community to see what Kindred shows.</source>
        <translation>打开工作区、导入聊天记录（Telegram JSON、WhatsApp 文本），或浏览示例社群，了解 Kindred 能呈现哪些数据。</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>This workspace holds no community members for the chosen period. Import a chat export, choose a longer period, or open the demo community.</source>
        <translation>此工作区在所选时间段内没有成员。请导入聊天记录、延长时间段，或打开示例社群。</translation>
    </message>
    <message>
        <source>The workspace could not be read</source>
        <translation>无法读取工作区</translation>
    </message>
</context>
<context>
    <name>kindred::PartnerModel</name>
    <message>
        <source>Active now and never replied to %1 (nor the other way). Double-click to open %2.</source>
        <translation>当前活跃，且从未与 %1 互相回复过。双击可查看 %2。</translation>
    </message>
    <message>
        <source>Cosine of the two members&apos; engagement over threads: Σ e(a,t)·e(b,t) / (‖a‖·‖b‖) = %1</source>
        <translation>两名成员在各话题串上参与度的余弦相似度：Σ e(a,t)·e(b,t) / (‖a‖·‖b‖) = %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>学习伙伴</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Shared threads</source>
        <translation>共同参与的话题串</translation>
    </message>
    <message>
        <source>Threads both engaged with</source>
        <translation>双方都参与过的话题串</translation>
    </message>
</context>
<context>
    <name>kindred::PeriodBar</name>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Presets end on the day of the last message (%1).</source>
        <translation>预设时间段截止于最后一条消息的日期（%1）。</translation>
    </message>
    <message>
        <source>First day of the period (community time zone)</source>
        <translation>时间段的第一天（社群时区）</translation>
    </message>
    <message>
        <source>Last day of the period, included</source>
        <translation>时间段的最后一天（含当天）</translation>
    </message>
</context>
<context>
    <name>kindred::PeriodRetentionModel</name>
    <message>
        <source>%1 is after the last day of the data: not observable yet.</source>
        <translation>%1 晚于数据的最后一天：尚无法观察。</translation>
    </message>
    <message>
        <source>No member was active in %1.</source>
        <translation>%1 没有活跃成员。</translation>
    </message>
    <message numerus="yes">
        <source>Of %n member(s) active in %1, %2 were active in %3 too: %2 / %4 = %5.</source>
        <translation>
            <numerusform>在 %1 活跃的 %n 名成员中，有 %2 名在 %3 也活跃：%2 / %4 = %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>* %1 has not ended yet: the share may still grow.</source>
        <translation>* %1 尚未结束：占比可能还会上升。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>次月</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>次周</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Active in both</source>
        <translation>两期均活跃</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>The base period</source>
        <translation>基准时段</translation>
    </message>
    <message>
        <source>The period right after the base period</source>
        <translation>紧接基准时段之后的时段</translation>
    </message>
    <message>
        <source>Members active in the base period (the denominator), whenever they joined</source>
        <translation>在基准时段活跃的成员（分母），无论何时加入</translation>
    </message>
    <message>
        <source>Of those, members active in the next period too (the numerator)</source>
        <translation>其中在下一时段也活跃的成员（分子）</translation>
    </message>
    <message>
        <source>Period retention = active in both / active in the base period</source>
        <translation>时段留存率 = 两期均活跃 / 基准时段活跃</translation>
    </message>
</context>
<context>
    <name>kindred::PersonaClusterModel</name>
    <message>
        <source>Msgs/week</source>
        <translation>消息/周</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reactions/msg</source>
        <translation>回应/消息</translation>
    </message>
    <message>
        <source>Links/code</source>
        <translation>链接/代码</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>入群时长</translation>
    </message>
    <message>
        <source>%1: %2 in this cluster, %3 for everyone</source>
        <translation>%1：该簇为 %2，全体为 %3</translation>
    </message>
    <message>
        <source>Everyone has the same value: the feature does not tell clusters apart.</source>
        <translation>所有人的值都相同：该特征无法区分各簇。</translation>
    </message>
    <message>
        <source>Cluster mean %1 SD above everyone&apos;s mean</source>
        <translation>簇均值比全体均值高 %1 个标准差</translation>
    </message>
    <message>
        <source>Cluster mean %1 SD below everyone&apos;s mean</source>
        <translation>簇均值比全体均值低 %1 个标准差</translation>
    </message>
    <message>
        <source>(measured on log(1 + x), the feature is heavy-tailed)</source>
        <translation>（按 log(1 + x) 度量，该特征呈重尾分布）</translation>
    </message>
    <message>
        <source>%1 of %2 members clustered (%3%)</source>
        <translation>%2 名成员中有 %1 名参与聚类（%3%）</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>%1: the cluster&apos;s mean in standard deviations from everyone&apos;s mean (the standardised centroid)</source>
        <translation>%1：该簇均值偏离全体均值的标准差数（标准化质心）</translation>
    </message>
    <message>
        <source>Named after the feature the cluster stands out on most (at least 0.5 SD)</source>
        <translation>按该簇最突出的特征命名（至少偏离 0.5 个标准差）</translation>
    </message>
    <message>
        <source>Members in the cluster</source>
        <translation>簇内成员数</translation>
    </message>
    <message>
        <source>Share of the members clustered</source>
        <translation>占参与聚类成员的比例</translation>
    </message>
</context>
<context>
    <name>kindred::PersonaMemberModel</name>
    <message>
        <source>(member %1)</source>
        <translation>（成员 %1）</translation>
    </message>
    <message numerus="yes">
        <source>Messages in the period, over %n day(s) present</source>
        <translation>
            <numerusform>本时间段内的消息数，在群期间共 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the member</source>
        <translation>双击查看该成员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
</context>
<context>
    <name>kindred::PersonaPanel</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members of “%1” (%2) — double-click one to open it</source>
        <translation>“%1”的成员（%2）— 双击可查看成员详情</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 personas&lt;/b&gt; among %2 members present from %3 to %4: k = %1 has the highest mean silhouette (%5) of k = %6..%7. Members are clustered (k-means) on six behaviour features, each standardised to SDs from everyone&apos;s mean.</source>
        <translation>&lt;b&gt;%1 个画像&lt;/b&gt;，基于 %3 至 %4 期间在群的 %2 名成员：在 k = %6..%7 中，k = %1 的平均轮廓系数最高（%5）。成员按六项行为特征进行聚类（k-means），每项特征均标准化为偏离全体均值的标准差数。</translation>
    </message>
    <message>
        <source>Silhouette per k</source>
        <translation>各 k 值的轮廓系数</translation>
    </message>
    <message>
        <source>Each k is fitted by k-means (k-means++ seeding, 10 restarts); the k with the highest mean silhouette is kept</source>
        <translation>每个 k 值都用 k-means 拟合（k-means++ 初始化，重启 10 次）；保留平均轮廓系数最高的 k</translation>
    </message>
    <message>
        <source>Personas: cluster means in SDs from everyone&apos;s mean</source>
        <translation>画像：各簇均值偏离全体均值的标准差数</translation>
    </message>
    <message>
        <source>Personas cannot be computed for %1 to %2: %3</source>
        <translation>无法计算 %1 至 %2 的成员画像：%3</translation>
    </message>
</context>
<context>
    <name>kindred::PersonasPage</name>
    <message>
        <source>Personas &amp; prediction</source>
        <translation>画像与预测</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>成员画像</translation>
    </message>
    <message>
        <source>Members of the period clustered by behaviour (k-means)</source>
        <translation>按行为对本时间段的成员进行聚类（k-means）</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Next-30-day activity and churn risk, with the models&apos; error</source>
        <translation>未来 30 天的活跃度与流失风险，以及模型误差</translation>
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
        <translation>微信</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>电子表格 (CSV)</translation>
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
        <translation>MAE %1 天（基线 %2），RMSE %3（基线 %4）</translation>
    </message>
    <message>
        <source>AUC %1 (baseline %2)</source>
        <translation>AUC %1（基线 %2）</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2（%3）</translation>
    </message>
    <message>
        <source>Predicted active days from %1 to %2: %3 of 30</source>
        <translation>%1 至 %2 的预测活跃天数：%3 / 30</translation>
    </message>
    <message>
        <source>Least squares on 8 behaviour features, refitted on the cut-off %1 (%2 members).</source>
        <translation>基于 8 项行为特征的最小二乘模型，在截止日 %1 重新拟合（%2 名成员）。</translation>
    </message>
    <message>
        <source>Error on held-out history (trained at %1, scored on %2 members at %3, actual activity %4 to %5): %6; the baseline is &quot;same as the last 30 days&quot;.</source>
        <translation>留出历史数据上的误差（在 %1 训练，在 %3 对 %2 名成员评分，实际活动期间为 %4 至 %5）：%6；基线为“与最近 30 天相同”。</translation>
    </message>
    <message>
        <source>Why (active days added to the average member&apos;s %1):</source>
        <translation>原因（在普通成员 %1 天的基础上增加的活跃天数）：</translation>
    </message>
    <message>
        <source>Churn risk %1: the probability of no activity from %2 to %3</source>
        <translation>流失风险 %1：%2 至 %3 期间没有任何活动的概率</translation>
    </message>
    <message>
        <source>Logistic regression (L2) on 8 behaviour features, refitted on the cut-off %1 (%2 members, %3 churned).</source>
        <translation>基于 8 项行为特征的逻辑回归（L2），在截止日 %1 重新拟合（%2 名成员，其中 %3 名已流失）。</translation>
    </message>
    <message>
        <source>Quality on held-out history (trained at %1, scored on %2 members at %3, %4 of them churned): %5; the baseline ranks by days since last active. Log-loss %6, accuracy %7 at 50% (always guessing the larger class: %8).</source>
        <translation>留出历史数据上的质量（在 %1 训练，在 %3 对 %2 名成员评分，其中 %4 名已流失）：%5；基线按距上次活跃的天数排序。对数损失 %6，阈值 50% 时准确率 %7（始终猜测多数类别：%8）。</translation>
    </message>
    <message>
        <source>Why (log-odds added to the average member&apos;s %1):</source>
        <translation>原因（在普通成员 %1 的基础上增加的对数几率）：</translation>
    </message>
    <message>
        <source>(member %1)</source>
        <translation>（成员 %1）</translation>
    </message>
    <message>
        <source>Active days (posted, replied or reacted) from %1 to %2</source>
        <translation>%1 至 %2 的活跃天数（发帖、回复或添加表情回应）</translation>
    </message>
    <message>
        <source>Days from the last active day to %1</source>
        <translation>从最后活跃日到 %1 的天数</translation>
    </message>
    <message>
        <source>Double-click to open the member</source>
        <translation>双击查看该成员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Active days, next 30</source>
        <translation>活跃天数（未来 30 天）</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Active days, last 30</source>
        <translation>活跃天数（最近 30 天）</translation>
    </message>
    <message>
        <source>Days since active</source>
        <translation>距上次活跃天数</translation>
    </message>
    <message>
        <source>Why (churn log-odds)</source>
        <translation>原因（流失对数几率）</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <source>Predicted days with activity in the next 30 days (least squares), 0..30; error: %1</source>
        <translation>预测未来 30 天内有活动的天数（最小二乘），0..30；误差：%1</translation>
    </message>
    <message>
        <source>Probability of no activity in the next 30 days (logistic regression); quality: %1</source>
        <translation>未来 30 天内没有任何活动的概率（逻辑回归）；质量：%1</translation>
    </message>
    <message>
        <source>The features that moved the churn risk most: value (log-odds added)</source>
        <translation>对流失风险影响最大的特征：取值（增加的对数几率）</translation>
    </message>
</context>
<context>
    <name>kindred::PredictionPanel</name>
    <message>
        <source>Prediction is not available for this workspace: %1.</source>
        <translation>此工作区无法进行预测：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;MAE %1 days&lt;/b&gt; (baseline %2)&lt;br&gt;RMSE %3 (baseline %4)&lt;br&gt;&lt;small&gt;mean absolute / root mean squared error on held-out history; baseline: &quot;same as the last 30 days&quot;&lt;/small&gt;</source>
        <translation>&lt;b&gt;MAE %1 天&lt;/b&gt;（基线 %2）&lt;br&gt;RMSE %3（基线 %4）&lt;br&gt;&lt;small&gt;留出历史数据上的平均绝对误差 / 均方根误差；基线：“与最近 30 天相同”&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Mean absolute and root mean squared error of the predicted active days, on %1 members of the evaluation window (cut-off %2, actual activity %3 to %4), by the model trained on the earlier window only. Baseline: &quot;same as the last 30 days&quot; (predicted = active days in the 30 days before the cut-off).</source>
        <translation>仅用较早窗口训练的模型，在评估窗口的 %1 名成员上（截止日 %2，实际活动期间 %3 至 %4）预测活跃天数的平均绝对误差和均方根误差。基线：“与最近 30 天相同”（预测值 = 截止日前 30 天内的活跃天数）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;AUC %1&lt;/b&gt; (baseline %2)&lt;br&gt;log-loss %3 · accuracy %4 (majority %5)&lt;br&gt;&lt;small&gt;AUC: chance a churned member ranks riskier than a retained one (0.5 = chance); baseline: days since last active&lt;/small&gt;</source>
        <translation>&lt;b&gt;AUC %1&lt;/b&gt;（基线 %2）&lt;br&gt;对数损失 %3 · 准确率 %4（多数类 %5）&lt;br&gt;&lt;small&gt;AUC：已流失成员的风险排名高于留存成员的概率（0.5 = 随机）；基线：距上次活跃的天数&lt;/small&gt;</translation>
    </message>
    <message>
        <source>AUC: the probability that a member who churned is ranked riskier than one who stayed (0.5 = chance, 1 = perfect), on %1 members of the evaluation window, %2 of them churned. Baseline: ranking by days since last active. Accuracy at a 50% risk threshold; majority = always guessing the larger class.</source>
        <translation>AUC：已流失成员的风险排名高于未流失成员的概率（0.5 = 随机，1 = 完美），基于评估窗口的 %1 名成员，其中 %2 名已流失。基线：按距上次活跃的天数排序。准确率按 50% 的风险阈值计算；多数类 = 始终猜测人数较多的类别。</translation>
    </message>
    <message>
        <source>Trained at cut-off &lt;b&gt;%1&lt;/b&gt; on %2 members (%3 churned, activity %4–%5);&lt;br&gt;evaluated at cut-off &lt;b&gt;%6&lt;/b&gt; on %7 members (%8 churned, activity %9–%10);&lt;br&gt;predictions as of &lt;b&gt;%11&lt;/b&gt; for %12 members active in the last 90 days.</source>
        <translation>在截止日 &lt;b&gt;%1&lt;/b&gt; 用 %2 名成员训练（%3 名已流失，活动期间 %4–%5）；&lt;br&gt;在截止日 &lt;b&gt;%6&lt;/b&gt; 用 %7 名成员评估（%8 名已流失，活动期间 %9–%10）；&lt;br&gt;截至 &lt;b&gt;%11&lt;/b&gt;，对最近 90 天内活跃的 %12 名成员进行预测。</translation>
    </message>
    <message>
        <source>The error figures come from a model fitted on the training window and scored on the later evaluation window, whose outcomes it never saw. The predictions below come from the same procedure one window later: refitted on the evaluation window and applied on %1 to the next 30 days.</source>
        <translation>误差数据来自在训练窗口上拟合、并在其后的评估窗口上评分的模型，该模型从未见过评估窗口的结果。下方的预测采用相同流程，但向后推移一个窗口：在评估窗口上重新拟合，并于 %1 应用于未来 30 天。</translation>
    </message>
    <message>
        <source>%1 of %2 members at risk</source>
        <translation>有风险 %1 名，共 %2 名成员</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>显示 %1 名，共 %2 名成员</translation>
    </message>
    <message>
        <source>Export predictions as CSV</source>
        <translation>将预测结果导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>已将 %n 名成员导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Active days, next 30: error</source>
        <translation>活跃天数（未来 30 天）：误差</translation>
    </message>
    <message>
        <source>Churn risk: quality</source>
        <translation>流失风险：质量</translation>
    </message>
    <message>
        <source>Held-out history</source>
        <translation>留出历史数据</translation>
    </message>
    <message>
        <source>At risk only: churn risk ≥</source>
        <translation>仅显示有风险的成员：流失风险 ≥</translation>
    </message>
    <message>
        <source>Shows only members whose probability of no activity in the next 30 days is at least the threshold</source>
        <translation>只显示未来 30 天内没有任何活动的概率不低于阈值的成员</translation>
    </message>
    <message>
        <source>Churn probability threshold, 0..1</source>
        <translation>流失概率阈值，0..1</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>按名称搜索…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the members shown as a CSV file that Excel opens correctly</source>
        <translation>将当前显示的成员保存为 Excel 可正确打开的 CSV 文件</translation>
    </message>
</context>
<context>
    <name>kindred::RatesEditor</name>
    <message>
        <source>How many %1 one %2 is worth</source>
        <translation>1 %2 可兑换多少 %1</translation>
    </message>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <source>Convert into:</source>
        <translation>换算为：</translation>
    </message>
    <message>
        <source>The currency every amount is converted into</source>
        <translation>所有金额统一换算成的货币</translation>
    </message>
    <message>
        <source>Apply rates</source>
        <translation>应用汇率</translation>
    </message>
    <message>
        <source>Save these rates in the workspace and show revenue converted</source>
        <translation>将这些汇率保存到工作区，并显示换算后的收入</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Forget the rates: revenue is shown per currency only</source>
        <translation>清除汇率：收入只按各货币分别显示</translation>
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
        <translation>↩ 回复</translation>
    </message>
    <message>
        <source>↩ %1</source>
        <translation>↩ %1</translation>
    </message>
    <message>
        <source>Sent %1 (community time)</source>
        <translation>发送于 %1（社群时间）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>不是回复</translation>
    </message>
    <message>
        <source>A reply to a message that is not in the workspace</source>
        <translation>回复的消息不在工作区中</translation>
    </message>
    <message>
        <source>A reply to a message of %1</source>
        <translation>回复 %1 的消息</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>回复对象</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>kindred::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Export the re-share list as CSV</source>
        <translation>将重新推送列表导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recommendation(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条推荐导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline evaluation: HR@%1 collaborative filtering %2 vs popularity %3 — %4 evaluated members</source>
        <translation>离线评估：HR@%1 协同过滤 %2，热门度基线 %3 — 共评估 %4 名成员</translation>
    </message>
    <message>
        <source>Leave-last-one-out by time: each member with at least 3 engaged threads has their latest thread held out (and everything they did from then on); the rest trains the model. Hit rate at %1 = members whose held-out thread is among their top %1: CF %2 of %4 = %5, popularity (most engaged threads in training) %3 of %4 = %6.</source>
        <translation>按时间留出最后一个：每名至少参与过 3 个话题串的成员，留出其最近参与的话题串（以及从那时起的全部行为）；其余数据用于训练模型。前 %1 命中率 = 留出的话题串出现在其前 %1 条推荐中的成员比例：协同过滤 %2 / %4 = %5，热门度基线（训练数据中参与最多的话题串）%3 / %4 = %6。</translation>
    </message>
    <message>
        <source>As of %1: %2 threads, %3 member–thread engagements (started 3, replied 2, reacted 1). Thread similarity: cosine over members, threads with at least %4 members, top %5 neighbours. Computed in %6 ms (evaluation %7 ms).</source>
        <translation>截至 %1：%2 个话题串，%3 条成员–话题串参与记录（发起 3，回复 2，表情回应 1）。话题串相似度：基于成员的余弦相似度，仅限至少有 %4 名成员参与的话题串，取前 %5 个近邻。计算用时 %6 毫秒（评估用时 %7 毫秒）。</translation>
    </message>
    <message>
        <source>Silent members (%1)</source>
        <translation>沉默成员（%1）</translation>
    </message>
    <message>
        <source>Threads to re-share to %1</source>
        <translation>可重新推送给 %1 的话题串</translation>
    </message>
    <message>
        <source>Threads to re-share</source>
        <translation>可重新推送的话题串</translation>
    </message>
    <message>
        <source>Learning partners to introduce to</source>
        <translation>可介绍认识的学习伙伴</translation>
    </message>
    <message>
        <source>Members active now with the most similar engagement (cosine over threads) who have never replied to each other.</source>
        <translation>当前活跃、参与情况最相似（基于话题串的余弦相似度）且从未互相回复过的成员。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Every silent member&apos;s recommended threads, with scores and reasons</source>
        <translation>每名沉默成员的推荐话题串，包括得分和原因</translation>
    </message>
</context>
<context>
    <name>kindred::RenewalMonthModel</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%2 / %3）</translation>
    </message>
    <message>
        <source>Paid memberships expiring in %1: %2. Renewed (a new paid membership of the same member started after the old one began and at most %3 days after it expired): %4.</source>
        <translation>%1 到期的付费会员资格：%2 个。已续费（同一成员的新付费会员资格在旧会员资格开始之后、且不晚于其到期后 %3 天开始）：%4 个。</translation>
    </message>
    <message>
        <source>Renewal rate = %1 / %2 = %3%.</source>
        <translation>续费率 = %1 / %2 = %3%。</translation>
    </message>
    <message>
        <source>Cancelled (auto-renewal stopped, counted as expiring): %1. Pending (grace period not over yet, may still renew): %2. Refunded, not counted: %3.</source>
        <translation>已取消（已停止自动续费，计为到期）：%1 个。待定（宽限期尚未结束，仍可能续费）：%2 个。已退款、不计入：%3 个。</translation>
    </message>
    <message>
        <source>Expiry month</source>
        <translation>到期月份</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续费</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>续费率</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Local month in which the paid memberships expire</source>
        <translation>付费会员资格到期的月份（当地时间）</translation>
    </message>
    <message>
        <source>Paid memberships (active, expired or cancelled) expiring in the month</source>
        <translation>该月到期的付费会员资格（有效、已过期或已取消）</translation>
    </message>
    <message>
        <source>Of those, renewed by a later paid membership of the same member within the grace period</source>
        <translation>其中在宽限期内由同一成员之后的付费会员资格续上的数量</translation>
    </message>
    <message>
        <source>Renewal rate (续费率) = renewed / expiring</source>
        <translation>续费率 = 已续费 / 到期</translation>
    </message>
    <message>
        <source>Of the expiring, with status cancelled (auto-renewal stopped)</source>
        <translation>到期的会员资格中状态为已取消（已停止自动续费）的数量</translation>
    </message>
    <message>
        <source>Not renewed yet, but the grace period has not ended: they may renew</source>
        <translation>尚未续费，但宽限期尚未结束：仍可能续费</translation>
    </message>
    <message>
        <source>Refunded memberships expiring in the month: not counted (no term used)</source>
        <translation>该月到期、已退款的会员资格：不计入（未使用任何期限）</translation>
    </message>
</context>
<context>
    <name>kindred::RenewalRiskModel</name>
    <message>
        <source>Model not usable (%1): ranked by days since last active instead</source>
        <translation>模型不可用（%1）：改为按距上次活跃的天数排序</translation>
    </message>
    <message>
        <source>AUC %1 (baseline %2) · accuracy %3 (baseline %4)</source>
        <translation>AUC %1（基线 %2）· 准确率 %3（基线 %4）</translation>
    </message>
    <message>
        <source>Probability that this membership is not renewed within the grace period: %1.
Model on past expiries it never saw: %2.</source>
        <translation>该会员资格在宽限期内未续费的概率：%1。
模型在未参与训练的历史到期记录上的表现：%2。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付费金额</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <source>Probability of no renewal within the grace period, from the member&apos;s engagement (activity now vs before, segment, level, last active)</source>
        <translation>根据成员的参与情况（当前与之前的活跃度、分层、等级、最近活跃时间）估算的宽限期内未续费的概率</translation>
    </message>
    <message>
        <source>The member&apos;s features and the terms that moved the risk most</source>
        <translation>该成员的特征，以及对风险影响最大的因素</translation>
    </message>
    <message>
        <source>Days from the as-of day to the expiry day</source>
        <translation>从基准日到到期日的天数</translation>
    </message>
</context>
<context>
    <name>kindred::RenewalRiskPanel</name>
    <message>
        <source>Trained on %1 past expiries before %2 (%3 not renewed), measured on %4 later expiries it never saw (%5 not renewed). Baseline: days since last active (accuracy: not renewed when inactive for 30 days or more). Features are taken %6 days before each expiry.</source>
        <translation>在 %2 之前的 %1 个历史到期记录上训练（%3 个未续费），在之后 %4 个未参与训练的到期记录上检验（%5 个未续费）。基线：距上次活跃的天数（准确率：不活跃达 30 天或以上即判为未续费）。特征取自每次到期前 %6 天。</translation>
    </message>
    <message>
        <source>AUC: the chance that a membership that was not renewed is ranked riskier than one that was (0.5 = chance, 1 = perfect). Accuracy at a 50% risk threshold. Both on the evaluation set only: expiries from %1 whose outcome (renewed within the grace period or not) is known by %2.</source>
        <translation>AUC：未续费的会员资格比已续费的会员资格被排为风险更高的概率（0.5 = 随机，1 = 完美）。准确率按 50% 的风险阈值计算。两者都只在评估集上计算：即 %1 起、到 %2 时已知结果（是否在宽限期内续费）的到期记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) expiring by %1, not renewed yet</source>
        <translation>
            <numerusform>%n 个会员资格将于 %1 前到期且尚未续费</numerusform>
        </translation>
    </message>
    <message>
        <source>Export renewal risk as CSV</source>
        <translation>将续费风险导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n membership(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个会员资格导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiring in the next</source>
        <translation>到期时间：未来</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 天内</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the memberships listed as a CSV file for outreach (UTF-8 with BOM, opens correctly in Excel)</source>
        <translation>将列出的会员资格保存为 CSV 文件以便跟进联系（带 BOM 的 UTF-8，Excel 可正确打开）</translation>
    </message>
</context>
<context>
    <name>kindred::RepeatOffenderModel</name>
    <message>
        <source>Member #%1 (double-click to open)</source>
        <translation>成员 #%1（双击查看）</translation>
    </message>
    <message>
        <source>Warn, mute and ban actions in the period</source>
        <translation>本时间段内的警告、禁言和封禁操作</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Actioned flags</source>
        <translation>已处置的标记</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>处罚</translation>
    </message>
</context>
<context>
    <name>kindred::ReplyPartnerModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>双击打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 replied %n time(s) to messages of %2</source>
        <translation>
            <numerusform>%1 回复了 %2 的消息 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2 = %3 replies between them</source>
        <translation>两人之间共 %1 + %2 = %3 条回复</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Replied to</source>
        <translation>回复了</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>被回复</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Replies this person sent to the member&apos;s messages</source>
        <translation>此人回复该成员消息的次数</translation>
    </message>
    <message>
        <source>Replies the member sent to this person&apos;s messages</source>
        <translation>该成员回复此人消息的次数</translation>
    </message>
    <message>
        <source>Replies both ways; the table keeps the 10 members with most</source>
        <translation>双向回复合计；表中保留回复数最多的 10 名成员</translation>
    </message>
</context>
<context>
    <name>kindred::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report of the period %1 (PDF).</source>
        <translation>%1 时间段的报告（PDF）。</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise member names</source>
        <translation>成员名称假名化(&amp;P)</translation>
    </message>
    <message>
        <source>Every member name (top members, authors of top content and names or @mentions in their excerpts, repeat offenders, renewal risk) is replaced by a code such as “Member 3F9A2C”. The code comes from a salted hash kept in this workspace: the same member has the same code in every report of the workspace, and it cannot be traced back without the workspace. Moderators keep their names.</source>
        <translation>每个成员名称（活跃成员排行、热门内容的作者及其摘录中的名称或 @提及、屡犯成员、续费风险）都会替换为代号，例如“成员 3F9A2C”。代号由保存在此工作区中的加盐哈希生成：同一成员在此工作区的每份报告中代号相同，且没有此工作区就无法反推出成员。管理员保留其名称。</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>kindred::ReportExporter</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written.

%1</source>
        <translation>无法写入报告。

%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>kindred::ReshareModel</name>
    <message>
        <source>because you engaged with %1</source>
        <translation>因为你参与过 %1</translation>
    </message>
    <message>
        <source>Score = Σ similarity(engaged thread, this thread) × engagement with the engaged thread = %1%2 = %3 (cosine over members; engagement: started 3, replied 2, reacted 1)</source>
        <translation>得分 = Σ 相似度(参与过的话题串, 此话题串) × 在参与过的话题串中的参与度 = %1%2 = %3（基于成员的余弦相似度；参与度：发起 3，回复 2，表情回应 1）</translation>
    </message>
    <message numerus="yes">
        <source>%1
in #%2, %n message(s)</source>
        <translation>
            <numerusform>%1
在 #%2 中，%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>话题串</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
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
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>week %1 (%2 – %3)</source>
        <translation>周 %1（%2 至 %3）</translation>
    </message>
    <message>
        <source>No member joined in %1.</source>
        <translation>%1 没有成员加入。</translation>
    </message>
    <message>
        <source>Month %1 after joining (%2) is after the last day of the data (%3): not observable yet.</source>
        <translation>加入后第 %1 月（%2）晚于数据的最后一天（%3）：尚无法观察。</translation>
    </message>
    <message>
        <source>Week %1 after joining (%2) is after the last day of the data (%3): not observable yet.</source>
        <translation>加入后第 %1 周（%2）晚于数据的最后一天（%3）：尚无法观察。</translation>
    </message>
    <message numerus="yes">
        <source>Of %n member(s) who joined in %1, %2 were active in month %3 (%4) = %5.</source>
        <translation>
            <numerusform>在 %1 加入的 %n 名成员中，有 %2 名在第 %3 月（%4）活跃 = %5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n member(s) who joined in %1, %2 were active in week %3 (%4) = %5.</source>
        <translation>
            <numerusform>在 %1 加入的 %n 名成员中，有 %2 名在第 %3 周（%4）活跃 = %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Period 0 is the join period itself: activity anywhere in it counts.</source>
        <translation>第 0 期即加入当期：期内任何时间的活动都计入。</translation>
    </message>
    <message>
        <source>* The period has not ended yet (the data ends on %1): the share may still grow.</source>
        <translation>* 该时段尚未结束（数据截止于 %1）：占比可能还会上升。</translation>
    </message>
    <message>
        <source>Active = posted, replied or reacted at least once.</source>
        <translation>活跃 = 至少发帖、回复或添加表情回应一次。</translation>
    </message>
    <message>
        <source>Members who joined in %1 (first join event, else first sighting): %2</source>
        <translation>在 %1 加入的成员（以首次加入事件为准，没有则以首次出现为准）：%2</translation>
    </message>
    <message numerus="yes">
        <source>Cohort size: %n member(s) joined in %1.</source>
        <translation>
            <numerusform>同期群规模：在 %1 加入的成员共 %n 名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 月</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>Join month</source>
        <translation>加入月份</translation>
    </message>
    <message>
        <source>Join week (ISO, Monday to Sunday)</source>
        <translation>加入周（ISO 周，周一至周日）</translation>
    </message>
    <message>
        <source>Members who joined in the period (the cohort)</source>
        <translation>在该时段加入的成员（即同期群）</translation>
    </message>
    <message>
        <source>Share of the cohort active in its join month</source>
        <translation>同期群在加入当月的活跃占比</translation>
    </message>
    <message>
        <source>Share of the cohort active in its join week</source>
        <translation>同期群在加入当周的活跃占比</translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort active %n month(s) after the join month</source>
        <translation>
            <numerusform>同期群在加入月份之后第 %n 个月的活跃占比</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort active %n week(s) after the join week</source>
        <translation>
            <numerusform>同期群在加入周之后第 %n 周的活跃占比</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kindred::RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Cohorts by join month</source>
        <translation>按加入月份划分的同期群</translation>
    </message>
    <message>
        <source>Cohorts by join week</source>
        <translation>按加入周划分的同期群</translation>
    </message>
    <message>
        <source>Month-to-month retention</source>
        <translation>逐月留存</translation>
    </message>
    <message>
        <source>Week-to-week retention</source>
        <translation>逐周留存</translation>
    </message>
    <message>
        <source>Whole history: %1 – %2 (local days, %3).</source>
        <translation>全部历史：%1 至 %2（本地日期，%3）。</translation>
    </message>
    <message>
        <source>Selected period, from the first day of its month: %1 – %2 (local days, %3).</source>
        <translation>所选时间段，从其所在月份的第一天开始：%1 至 %2（本地日期，%3）。</translation>
    </message>
    <message>
        <source>Selected period, from the Monday of its first week: %1 – %2 (local days, %3).</source>
        <translation>所选时间段，从其第一周的周一开始：%1 至 %2（本地日期，%3）。</translation>
    </message>
    <message>
        <source>A cohort is the members who joined in one month (first join event, else first sighting). A cell is the share of the cohort active (posted, replied or reacted) in month k after the join month; month 0 is the join month. * the month has not ended yet; empty: not observable yet.</source>
        <translation>同期群是指在同一个月加入的成员（以首次加入事件为准，没有则以首次出现为准）。每个单元格表示该同期群在加入月份之后第 k 个月活跃（发帖、回复或添加表情回应）的成员占比；第 0 月即加入月份。* 该月尚未结束；空白：尚无法观察。</translation>
    </message>
    <message>
        <source>A cohort is the members who joined in one ISO week (Monday to Sunday; first join event, else first sighting). A cell is the share of the cohort active (posted, replied or reacted) in week k after the join week; week 0 is the join week. * the week has not ended yet; empty: not observable yet.</source>
        <translation>同期群是指在同一 ISO 周（周一至周日）加入的成员（以首次加入事件为准，没有则以首次出现为准）。每个单元格表示该同期群在加入周之后第 k 周活跃（发帖、回复或添加表情回应）的成员占比；第 0 周即加入周。* 该周尚未结束；空白：尚无法观察。</translation>
    </message>
    <message>
        <source>Members active in both a month and the next one / members active in the month, whenever they joined.</source>
        <translation>当月和次月均活跃的成员数 / 当月活跃的成员数，无论何时加入。</translation>
    </message>
    <message>
        <source>Members active in both a week and the next one / members active in the week, whenever they joined.</source>
        <translation>当周和次周均活跃的成员数 / 当周活跃的成员数，无论何时加入。</translation>
    </message>
    <message>
        <source>No cohort has a complete month 1 yet.</source>
        <translation>尚无同期群有完整的第 1 月。</translation>
    </message>
    <message>
        <source>No cohort has a complete week 1 yet.</source>
        <translation>尚无同期群有完整的第 1 周。</translation>
    </message>
    <message numerus="yes">
        <source>Month-1 retention over the %n cohort(s) whose month 1 has ended: %1 of %2 members = %3.</source>
        <translation>
            <numerusform>第 1 月已结束的 %n 个同期群的第 1 月留存：%2 名成员中的 %1 名 = %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week-1 retention over the %n cohort(s) whose week 1 has ended: %1 of %2 members = %3.</source>
        <translation>
            <numerusform>第 1 周已结束的 %n 个同期群的第 1 周留存：%2 名成员中的 %1 名 = %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export period retention as CSV</source>
        <translation>将时段留存导出为 CSV</translation>
    </message>
    <message>
        <source>Export cohort table as CSV</source>
        <translation>将同期群表导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohorts by:</source>
        <translation>同期群划分：</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>按月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>按周(&amp;W)</translation>
    </message>
    <message>
        <source>Cohorts of the members who joined in the same calendar month</source>
        <translation>由同一自然月加入的成员组成的同期群</translation>
    </message>
    <message>
        <source>Cohorts of the members who joined in the same ISO week</source>
        <translation>由同一 ISO 周加入的成员组成的同期群</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Selected period</source>
        <translation>所选时间段</translation>
    </message>
    <message>
        <source>Whole history: from the first join to the last message. Selected period: the period chosen above, in whole months or weeks.</source>
        <translation>全部历史：从第一次加入到最后一条消息。所选时间段：上方选择的时间段，按完整的月或周计算。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the cohort table as CSV (UTF-8, opens in Excel)</source>
        <translation>将同期群表保存为 CSV（UTF-8，可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Save the period retention table as CSV (UTF-8, opens in Excel)</source>
        <translation>将时段留存表保存为 CSV（UTF-8，可用 Excel 打开）</translation>
    </message>
</context>
<context>
    <name>kindred::RevenuePanel</name>
    <message>
        <source>All, converted into %1</source>
        <translation>全部，换算为 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %3 from %n paid membership(s), by month of the membership&apos;s start; refunded memberships are not revenue.</source>
        <translation>
            <numerusform>%1 至 %2：来自 %n 个付费会员资格的收入 %3，按会员资格开始的月份统计；已退款的会员资格不计入收入。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Converted with your rates: %1.</source>
        <translation>已按您设置的汇率换算：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Left out (no rate): %1.</source>
        <translation>未计入（没有汇率）：%1。</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added: pick one, or convert them all with your exchange rates</source>
        <translation>不同货币的金额从不相加：请选择一种货币，或用您设置的汇率将它们全部换算</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <source>Enter the rates to convert every currency into one</source>
        <translation>输入汇率，将所有货币换算为同一种货币</translation>
    </message>
    <message>
        <source>Revenue = amounts of the paid memberships (active, expired, cancelled) started in each month, stacked by plan. Hover a bar for its amount.</source>
        <translation>收入 = 每个月开始的付费会员资格（有效、已过期、已取消）的金额，按套餐堆叠显示。将鼠标悬停在柱条上可查看金额。</translation>
    </message>
</context>
<context>
    <name>kindred::ReviewQueuePanel</name>
    <message>
        <source>No open flags: the queue is empty.</source>
        <translation>没有待处理的标记：队列为空。</translation>
    </message>
    <message>
        <source>%1 members · %2 open flags</source>
        <translation>%1 名成员 · %2 个待处理标记</translation>
    </message>
    <message>
        <source>Select a member or a flag to see its context.</source>
        <translation>选择一名成员或一个标记即可查看其上下文。</translation>
    </message>
    <message>
        <source>The context cannot be shown.

%1</source>
        <translation>无法显示上下文。

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n 名成员：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected flag(s)</source>
        <translation>
            <numerusform>已选择 %n 个标记</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s), %2 flag(s) closed — recorded by %3</source>
        <translation>
            <numerusform>%1：%n 名成员，已关闭 %2 个标记 — 由 %3 记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the selected flags as false positives (the member is not sanctioned)</source>
        <translation>将所选标记作为误报关闭（不处罚该成员）</translation>
    </message>
    <message>
        <source>Warn the member; closes their open flags</source>
        <translation>警告该成员；同时关闭其待处理标记</translation>
    </message>
    <message>
        <source>Mute the member; closes their open flags</source>
        <translation>禁言该成员；同时关闭其待处理标记</translation>
    </message>
    <message>
        <source>Ban the member; closes their open flags</source>
        <translation>封禁该成员；同时关闭其待处理标记</translation>
    </message>
    <message>
        <source>Lift a mute or ban (sets the member active again)</source>
        <translation>解除禁言或封禁（将该成员恢复为正常状态）</translation>
    </message>
    <message>
        <source>Add a note to the member&apos;s record; flags stay open</source>
        <translation>在该成员的记录中添加备注；标记保持待处理</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — shortcut %2. Asks for a reason; applies to every selected member or flag.</source>
        <translation>%1 — 快捷键 %2。需要填写原因；应用于所有选中的成员或标记。</translation>
    </message>
    <message>
        <source>Next member</source>
        <translation>下一名成员</translation>
    </message>
    <message>
        <source>Previous member</source>
        <translation>上一名成员</translation>
    </message>
    <message>
        <source>Keyboard: J / K or ↑ / ↓ next / previous · D dismiss · W warn · M mute · B ban · U unban · N note · Enter opens the member · Shift/Ctrl-click selects several members for a bulk decision</source>
        <translation>键盘：J / K 或 ↑ / ↓ 下一名 / 上一名 · D 驳回 · W 警告 · M 禁言 · B 封禁 · U 解封 · N 备注 · Enter 查看成员 · Shift/Ctrl+单击可选择多名成员进行批量处理</translation>
    </message>
    <message>
        <source>Members with open flags, highest severity first, then longest waiting. Expand a member to see each flag and why it was raised.</source>
        <translation>有待处理标记的成员，先按严重程度从高到低，再按等待时间从长到短排列。展开成员可查看每个标记及其产生原因。</translation>
    </message>
</context>
<context>
    <name>kindred::RfmModel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分层</translation>
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
        <translation>距上次活跃天数</translation>
    </message>
    <message>
        <source>Active days (%1 d)</source>
        <translation>活跃天数（%1 天）</translation>
    </message>
    <message>
        <source>Messages (%1 d)</source>
        <translation>消息数（%1 天）</translation>
    </message>
    <message>
        <source>Paid (%1)</source>
        <translation>付费金额（%1）</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <source>Recency score 1–5: quintile of the days since the member was last active (fewer days = higher score)</source>
        <translation>最近度得分 1–5：距成员上次活跃天数的五分位（天数越少，得分越高）</translation>
    </message>
    <message>
        <source>Frequency score 1–5: quintile of the activity in the last %1 days</source>
        <translation>频率得分 1–5：最近 %1 天内活跃度的五分位</translation>
    </message>
    <message>
        <source>Money score 1–5: quintile of the amount paid in %1 (paid memberships started by %2)</source>
        <translation>金额得分 1–5：以 %1 支付金额的五分位（截至 %2 开始的付费会员资格）</translation>
    </message>
    <message>
        <source>Named segment from the R, F and M scores (first matching rule)</source>
        <translation>根据 R、F、M 得分确定的分层名称（以第一条匹配的规则为准）</translation>
    </message>
</context>
<context>
    <name>kindred::RfmPanel</name>
    <message>
        <source>No paying member with money in this currency on %1.</source>
        <translation>截至 %1，没有以此货币付费的付费成员。</translation>
    </message>
    <message numerus="yes">
        <source>%n paying member(s) on %1. R: days since last active; F: %2 in the last %3 days; M: amount paid in %4. Each is scored 1–5 by quintile (the best fifth scores 5). Double-click a member to open them.</source>
        <translation>
            <numerusform>截至 %1 共有 %n 名付费成员。R：距上次活跃的天数；F：最近 %3 天内的%2；M：以 %4 支付的金额。每项按五分位评为 1–5 分（最好的五分之一得 5 分）。双击成员可查看其详情。</numerusform>
        </translation>
    </message>
    <message>
        <source>active days</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>消息数</translation>
    </message>
</context>
<context>
    <name>kindred::RuleCountModel</name>
    <message>
        <source>Dismissed / (dismissed + actioned) = %1 / %2: the share of this rule&apos;s decided flags that moderators judged false positives</source>
        <translation>已驳回 / （已驳回 + 已处置）= %1 / %2：该规则已决定的标记中被管理员判定为误报的比例</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Dismissed share</source>
        <translation>驳回占比</translation>
    </message>
</context>
<context>
    <name>kindred::SearchPage</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Type words in the search box (Ctrl+F) and press Enter. Every word must occur in the message; Chinese matches without spaces.</source>
        <translation>在搜索框中输入词语（Ctrl+F）并按 Enter。消息必须包含每一个词语；中文无需空格即可匹配。</translation>
    </message>
    <message>
        <source>No member is called “%1”.</source>
        <translation>没有名为“%1”的成员。</translation>
    </message>
    <message>
        <source>No message contains %1.</source>
        <translation>没有消息包含 %1。</translation>
    </message>
    <message>
        <source>%1 messages contain %2; the %3 most relevant are listed.</source>
        <translation>%1 条消息包含 %2；列出了最相关的 %3 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) contain %1.</source>
        <translation>
            <numerusform>%n 条消息包含 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Member: %1 (id %2).</source>
        <translation>成员：%1（ID %2）。</translation>
    </message>
    <message>
        <source>How: the message text is searched for every word as a substring (case-insensitive; quotes and operators are ordinary characters), with SQLite&apos;s FTS5 trigram index for words of 3 or more characters and a scan (LIKE) of the filtered messages for shorter ones. Service lines (joins, pins) are not searched. Order: bm25 relevance, then newest first; newest first when every word is short.</source>
        <translation>原理：将每个词语作为子串在消息文本中搜索（不区分大小写；引号和运算符均视为普通字符），3 个或以上字符的词语使用 SQLite 的 FTS5 三元组索引，更短的词语则对筛选后的消息进行扫描（LIKE）。不搜索系统消息（加入、置顶）。排序：先按 bm25 相关度，再按时间从新到旧；所有词语都较短时按时间从新到旧。</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>搜索消息…</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>频道：</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部频道</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>name or id</source>
        <translation>名称或 ID</translation>
    </message>
    <message>
        <source>A member id, or a display name (exact, else the first name that contains it). Messages of members merged into them are included.</source>
        <translation>成员 ID，或显示名称（精确匹配，否则取第一个包含该文字的名称）。已合并到该成员的成员消息也会包括在内。</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Only messages sent on these days (both included, in the community&apos;s timezone).</source>
        <translation>仅显示在这些日期发送的消息（含首尾两天，按社群时区）。</translation>
    </message>
    <message>
        <source>The selected message with the %1 messages before and after it in its channel.</source>
        <translation>所选消息及其所在频道中前后各 %1 条消息。</translation>
    </message>
</context>
<context>
    <name>kindred::SearchResultModel</name>
    <message>
        <source>%1

Relevance (SQLite FTS5 bm25): %2 — lower is more relevant.</source>
        <translation>%1

相关度（SQLite FTS5 bm25）：%2 — 数值越小越相关。</translation>
    </message>
    <message>
        <source>%1

Every word is shorter than 3 characters: matched by a scan of the messages, newest first.</source>
        <translation>%1

所有词语都少于 3 个字符：通过扫描消息匹配，按时间从新到旧排列。</translation>
    </message>
    <message>
        <source>Double-click to open the member (id %1).</source>
        <translation>双击查看该成员（ID %1）。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>The part of the message around the first match; matches are highlighted.</source>
        <translation>消息中第一处匹配周围的部分；匹配内容会高亮显示。</translation>
    </message>
</context>
<context>
    <name>kindred::SegmentCountModel</name>
    <message>
        <source>left the community, or no activity for %1 days or more (a member never active counts from joining)</source>
        <translation>已退出社群，或 %1 天及以上没有活动（从未活跃的成员从加入时开始计算）</translation>
    </message>
    <message>
        <source>joined (join event, else first message or reaction) fewer than %1 days before the end</source>
        <translation>在期末前不足 %1 天内加入（以加入事件为准；没有加入事件时，以第一条消息或表情回应为准）</translation>
    </message>
    <message>
        <source>active (posted, replied or reacted) on at least %1 of the last %2 days</source>
        <translation>最近 %2 天中至少有 %1 天活跃（发帖、回复或添加表情回应）</translation>
    </message>
    <message>
        <source>active on 1 to %1 of the last %2 days</source>
        <translation>最近 %2 天中有 1 至 %1 天活跃</translation>
    </message>
    <message>
        <source>never: every member active in the last %1 days is active (the active threshold is 1 day)</source>
        <translation>不会出现：最近 %1 天内有活动的成员都属于活跃（活跃门槛为 1 天）</translation>
    </message>
    <message>
        <source>no activity in the last %1 days, but not churned</source>
        <translation>最近 %1 天没有活动，但尚未流失</translation>
    </message>
    <message>
        <source>Every member is in exactly one segment: the first matching rule wins, in the order churned, newcomer, active, occasional, silent. Active = posted, replied or reacted that day (community time zone); bots and the exporting account are not members.</source>
        <translation>每位成员恰好属于一个分层：按已流失、新成员、活跃、偶尔活跃、沉默的顺序，以第一条匹配的规则为准。活跃 = 当天（按社群时区）发帖、回复或添加表情回应；机器人和导出账号不计为成员。</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <source>people seen in the community (a message, a reaction or a join) by the end</source>
        <translation>截至期末在社群中出现过（发过消息、添加过表情回应或有加入记录）的人</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1: %2.
%3</source>
        <translation>%1：%2。
%3</translation>
    </message>
    <message>
        <source>%1 members at the end of %2.
%3 = %4.</source>
        <translation>截至 %2 共有 %1 名成员。
%3 = %4。</translation>
    </message>
    <message>
        <source>%1 members at the end of %2, the last day of the previous period of the same length (%3 – %4).
%5 = %6.</source>
        <translation>截至 %2（等长的上一周期 %3 至 %4 的最后一天）共有 %1 名成员。
%5 = %6。</translation>
    </message>
    <message>
        <source>Members at the end of %1 − members at the end of %2 = %3 − %4 = %5</source>
        <translation>截至 %1 的成员数 − 截至 %2 的成员数 = %3 − %4 = %5</translation>
    </message>
    <message>
        <source>No member was in this segment at the end of %1: no relative change.</source>
        <translation>截至 %1 该分层没有成员：无法计算相对变化。</translation>
    </message>
    <message>
        <source>(%1 − %2) / %2 = %3</source>
        <translation>(%1 − %2) / %2 = %3</translation>
    </message>
    <message>
        <source>%1 of the %2 members counted here have the status &quot;banned&quot; (their status now; an overlay, not a segment: they are counted in their segment too).</source>
        <translation>此处统计的 %2 名成员中，有 %1 名的状态为“已封禁”（指当前状态；这是叠加标记而非分层：他们同时计入所在分层）。</translation>
    </message>
    <message>
        <source>%1 of the %2 members counted here have the status &quot;muted&quot; (their status now; an overlay, not a segment: they are counted in their segment too).</source>
        <translation>此处统计的 %2 名成员中，有 %1 名的状态为“已禁言”（指当前状态；这是叠加标记而非分层：他们同时计入所在分层）。</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <source>Members in the segment at the end of the period</source>
        <translation>期末该分层的成员数</translation>
    </message>
    <message>
        <source>Members in the segment at the end of the previous period of the same length</source>
        <translation>等长的上一周期期末该分层的成员数</translation>
    </message>
    <message>
        <source>Members now − members at the end of the previous period</source>
        <translation>当前成员数 − 上一周期期末成员数</translation>
    </message>
    <message>
        <source>(now − previous) / previous</source>
        <translation>（当前 − 上一周期）/ 上一周期</translation>
    </message>
    <message>
        <source>Overlay: members of the segment with this status now (they stay in their segment)</source>
        <translation>叠加标记：该分层中当前处于此状态的成员（他们仍留在所在分层）</translation>
    </message>
    <message>
        <source>%1 of the %2 members counted here have at least one open moderation flag (any rule, not yet dismissed or acted on; a flag on a merged identity counts for the member it was merged into). The flags open now; an overlay, not a segment: they are counted in their segment too.</source>
        <translation>此处统计的 %2 名成员中，有 %1 名至少有一个待处理的审核标记（任意规则，尚未驳回或处置；已合并身份上的标记计入其合并到的成员）。统计的是当前待处理的标记；这是叠加显示，而不是一个分层：这些成员也计入其所在的分层。</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Overlay: members of the segment with at least one open moderation flag (they stay in their segment)</source>
        <translation>叠加显示：该分层中至少有一个待处理审核标记的成员（他们仍留在原分层）</translation>
    </message>
</context>
<context>
    <name>kindred::SegmentFlowModel</name>
    <message>
        <source>New</source>
        <translation>新加入</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Sums of the columns: members in each segment at the end of %1</source>
        <translation>各列合计：截至 %1 各分层的成员数</translation>
    </message>
    <message>
        <source>New: not yet members at the end of %1 (first seen during %2)</source>
        <translation>新加入：截至 %1 尚不是成员（在 %2 期间首次出现）</translation>
    </message>
    <message>
        <source>%1 members at the end of %2 = %3 at the end of %4 + %5 new</source>
        <translation>截至 %2 的成员 %1 名 = 截至 %4 的 %3 名 + 新加入 %5 名</translation>
    </message>
    <message>
        <source>%1 members in this segment at the end of %2.
%3</source>
        <translation>截至 %2 该分层有 %1 名成员。
%3</translation>
    </message>
    <message>
        <source>%1 members were first seen during %2 (not yet members at the end of %3)</source>
        <translation>%1 名成员在 %2 期间首次出现（截至 %3 尚不是成员）</translation>
    </message>
    <message>
        <source>%1 members were %2 at the end of %3; each is in one segment at the end of %4.
%5</source>
        <translation>截至 %3 有 %1 名成员处于“%2”；截至 %4，他们各自处于某一个分层。
%5</translation>
    </message>
    <message>
        <source>%1 members, not yet members at the end of %2, were %3 at the end of %4.
%5</source>
        <translation>有 %1 名截至 %2 尚不是成员的人，截至 %4 处于“%3”。
%5</translation>
    </message>
    <message>
        <source>%1 members were %2 at the end of %3 and %4 at the end of %5.
%6</source>
        <translation>有 %1 名成员截至 %3 处于“%2”，截至 %5 处于“%4”。
%6</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>From ↓ / to →</source>
        <translation>从 ↓ / 到 →</translation>
    </message>
    <message>
        <source>Rows: segment at the end of the previous month (or new); columns: segment at the end of the month</source>
        <translation>行：上月末所在分层（或新加入）；列：本月末所在分层</translation>
    </message>
    <message>
        <source>Row sums: members in the row&apos;s segment at the end of the previous month</source>
        <translation>行合计：上月末处于该行分层的成员数</translation>
    </message>
    <message>
        <source>Segment at the end of the month</source>
        <translation>本月末所在分层</translation>
    </message>
</context>
<context>
    <name>kindred::SegmentRulesEditor</name>
    <message>
        <source>Segment rules</source>
        <translation>分层规则</translation>
    </message>
    <message>
        <source>Every member is in exactly one segment: the first matching rule wins, in the order churned, newcomer, active, occasional, silent.</source>
        <translation>每位成员恰好属于一个分层：按已流失、新成员、活跃、偶尔活跃、沉默的顺序，以第一条匹配的规则为准。</translation>
    </message>
    <message>
        <source>Churned after</source>
        <translation>已流失判定</translation>
    </message>
    <message>
        <source>Churned: left the community, or no activity (message, reply or reaction) for this many days. Default %1.</source>
        <translation>已流失：已退出社群，或连续这么多天没有活动（消息、回复或表情回应）。默认为 %1。</translation>
    </message>
    <message>
        <source>Newcomer for</source>
        <translation>新成员期限</translation>
    </message>
    <message>
        <source>Newcomer: joined (join event, else first message or reaction) fewer than this many days before the end of the period. Must be shorter than the churn period. Default %1.</source>
        <translation>新成员：在期末前不足这么多天内加入（以加入事件为准；没有加入事件时，以第一条消息或表情回应为准）。必须短于流失判定期限。默认为 %1。</translation>
    </message>
    <message>
        <source>Activity window</source>
        <translation>活跃统计窗口</translation>
    </message>
    <message>
        <source>Active, occasional and silent look at the activity in this many days ending with the period. Default %1.</source>
        <translation>活跃、偶尔活跃和沉默依据截至期末的这么多天内的活动判定。默认为 %1。</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>活跃门槛</translation>
    </message>
    <message>
        <source>Active: active on at least this many days of the activity window; 1 day up to this number minus one is occasional. Default %1.</source>
        <translation>活跃：在活跃统计窗口中至少有这么多天活跃；活跃 1 天至该数值减一天为偶尔活跃。默认为 %1。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save these thresholds in the workspace and recompute every segment</source>
        <translation>将这些阈值保存到工作区，并重新计算所有分层</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Restore the default thresholds (churned after %1 days, newcomer for %2 days, active on %3 of %4 days) and save them</source>
        <translation>恢复默认阈值（%1 天无活动判定为已流失，新成员期限 %2 天，%4 天中活跃 %3 天为活跃）并保存</translation>
    </message>
</context>
<context>
    <name>kindred::SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>成员分层</translation>
    </message>
    <message>
        <source>Segment rules saved: churned after %1 days, newcomer for %2 days, active on %3 of %4 days</source>
        <translation>已保存分层规则：%1 天无活动判定为已流失，新成员期限 %2 天，%4 天中活跃 %3 天为活跃</translation>
    </message>
    <message>
        <source>Segments at the end of %1 (period %2 – %3), compared with the end of %4, the last day of the previous period of the same length.</source>
        <translation>截至 %1 的分层（时间段 %2 至 %3），与截至 %4（等长的上一周期的最后一天）的分层对比。</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>End of %1 → end of %2: %3 members + %4 new = %5. %6 stayed in their segment, %7 moved to another.</source>
        <translation>%1 → %2：%3 名成员 + %4 名新加入 = %5 名。%6 名留在原分层，%7 名转入其他分层。</translation>
    </message>
    <message>
        <source>all segments</source>
        <translation>全部分层</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <source>Every member at the end of the period. Double-click a member to open them.</source>
        <translation>期末的全部成员。双击成员可查看其详情。</translation>
    </message>
    <message>
        <source>Members in this segment at the end of the period: %1.
Double-click a member to open them.</source>
        <translation>期末该分层的成员：%1。
双击成员可查看其详情。</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>显示 %1 名，共 %2 名成员</translation>
    </message>
    <message>
        <source>Export members as CSV</source>
        <translation>将成员导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>已将 %n 名成员导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Members per segment</source>
        <translation>各分层成员数</translation>
    </message>
    <message>
        <source>Flow between segments</source>
        <translation>分层流动</translation>
    </message>
    <message>
        <source>Rows: segment at the end of the previous month, or New (not yet a member then). Columns: segment at the end of the month. Row totals are the previous month&apos;s counts, column totals this month&apos;s counts.</source>
        <translation>行：上月末所在分层，或新加入（当时尚不是成员）。列：本月末所在分层。行合计为上月的人数，列合计为本月的人数。</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Segments at the end of each month</source>
        <translation>各月末的分层</translation>
    </message>
    <message>
        <source>Members per segment at the end of each of the last twelve months (the last one ends with the period). Click a bar to show that month&apos;s flow.</source>
        <translation>最近十二个月每月末各分层的成员数（最后一个月截至期末）。点击柱条可查看该月的流动情况。</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>按名称搜索…</translation>
    </message>
    <message>
        <source>Shows members whose name contains this text (any case)</source>
        <translation>显示名称中包含此文字的成员（不区分大小写）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the members listed as a CSV file that Excel opens correctly (UTF-8 with BOM)</source>
        <translation>将列出的成员保存为 Excel 可正确打开的 CSV 文件（带 BOM 的 UTF-8）</translation>
    </message>
    <message>
        <source>Banned and muted: overlays from each member&apos;s status now; flagged: members with at least one open moderation flag now (see Moderation). Overlaid members keep their segment. Select a row to list its members.</source>
        <translation>已封禁和已禁言：根据每名成员当前的状态叠加显示；已标记：当前至少有一个待处理审核标记的成员（参见“审核”页面）。叠加显示的成员保留其所在分层。选择一行即可列出其成员。</translation>
    </message>
</context>
<context>
    <name>kindred::SilentMemberModel</name>
    <message>
        <source>Silent: no activity in the last days of the segment window. Double-click to open %1.</source>
        <translation>沉默：在分层时间窗口的最后几天中没有任何活动。双击可查看 %1。</translation>
    </message>
    <message>
        <source>Last post, reply or reaction in a thread</source>
        <translation>在话题串中最近一次发帖、回复或表情回应的时间</translation>
    </message>
    <message>
        <source>No thread shares members with the threads %1 engaged with</source>
        <translation>没有话题串与 %1 参与过的话题串有共同成员</translation>
    </message>
    <message>
        <source>Threads recommended from %1&apos;s history (at most 10)</source>
        <translation>根据 %1 的历史记录推荐的话题串（最多 10 个）</translation>
    </message>
    <message>
        <source>Silent member</source>
        <translation>沉默成员</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>最近参与</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>话题串</translation>
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
        <translation>不适用</translation>
    </message>
    <message>
        <source>k = %1 could not be fitted (fewer distinct members than clusters)</source>
        <translation>k = %1 无法拟合（不同的成员数少于簇数）</translation>
    </message>
    <message>
        <source>Inertia for k = %1: the sum of each member&apos;s squared distance to their cluster&apos;s centre, in squared standard deviations (%2). It always falls as k grows, so it does not choose k.</source>
        <translation>k = %1 时的惯性：每位成员到所属簇中心距离的平方和，以标准差的平方为单位（%2）。它总是随 k 增大而下降，因此不用于选择 k。</translation>
    </message>
    <message>
        <source>k = %1 is chosen: the highest mean silhouette (%2).</source>
        <translation>选择 k = %1：平均轮廓系数最高（%2）。</translation>
    </message>
    <message>
        <source>k = %1: mean silhouette %2.</source>
        <translation>k = %1：平均轮廓系数 %2。</translation>
    </message>
    <message>
        <source>Silhouette of a member = (b − a) / max(a, b), a = mean distance to the own cluster, b = to the nearest other cluster; −1..1, higher = better separated (Rousseeuw 1987).</source>
        <translation>成员的轮廓系数 = (b − a) / max(a, b)，a = 到所属簇的平均距离，b = 到最近的其他簇的平均距离；取值 −1..1，越高 = 区分越清晰（Rousseeuw 1987）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>轮廓系数</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>惯性</translation>
    </message>
    <message>
        <source>Number of clusters tried</source>
        <translation>尝试的簇数</translation>
    </message>
    <message>
        <source>Mean silhouette of the clustering: the k with the highest is kept</source>
        <translation>聚类的平均轮廓系数：保留该值最高的 k</translation>
    </message>
    <message>
        <source>Sum of squared distances to the cluster centres (squared SDs)</source>
        <translation>到各簇中心的距离平方和（单位：标准差的平方）</translation>
    </message>
</context>
<context>
    <name>kindred::SourcesPage</name>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>The file this batch came from is no longer at %1</source>
        <translation>此批次的来源文件已不在 %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Read the selected file again and replace what it added (if the import fails, the earlier import is kept)</source>
        <translation>重新读取所选文件，并替换其之前添加的数据（如果导入失败，将保留之前的导入结果）</translation>
    </message>
    <message>
        <source>Re-importing %1…</source>
        <translation>正在重新导入 %1…</translation>
    </message>
    <message>
        <source>Re-import failed</source>
        <translation>重新导入失败</translation>
    </message>
    <message>
        <source>%1 could not be imported again; the earlier import is kept.

%2</source>
        <translation>无法重新导入 %1，已保留之前的导入结果。

%2</translation>
    </message>
    <message numerus="yes">
        <source>Re-imported %1: %n message(s) added</source>
        <translation>
            <numerusform>已重新导入 %1：新增 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting what %1 added…</source>
        <translation>正在统计 %1 添加的数据…</translation>
    </message>
    <message>
        <source>Cannot remove the import</source>
        <translation>无法移除此次导入</translation>
    </message>
    <message>
        <source>Remove batch &apos;%1&apos;? Its %2, %3, and %4 will be removed. This cannot be undone.</source>
        <translation>要移除批次“%1”吗？将移除其中的 %2、%3，以及 %4。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) it created that no other import uses</source>
        <translation>
            <numerusform>由其创建且未被其他导入使用的 %Ln 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>移除导入</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>未移除任何内容。</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>正在移除 %1…</translation>
    </message>
    <message>
        <source>%1 was not removed; the workspace is unchanged.

%2</source>
        <translation>未移除 %1，工作区未做任何更改。

%2</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 (%Ln message(s))</source>
        <translation>
            <numerusform>已移除 %1（%Ln 条消息）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Export member counts as CSV</source>
        <translation>将成员统计导出为 CSV</translation>
    </message>
    <message>
        <source>Export imports as CSV</source>
        <translation>将导入记录导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>已导入的文件</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>重新导入</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove everything the selected import added to the workspace</source>
        <translation>从工作区中移除所选导入添加的所有数据</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the list of imports as a CSV file</source>
        <translation>将导入列表保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Members by platform</source>
        <translation>各平台成员数</translation>
    </message>
    <message>
        <source>Save the member counts per platform as a CSV file</source>
        <translation>将各平台的成员数保存为 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n 次导入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kindred::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>a removed source</source>
        <translation>已移除的来源</translation>
    </message>
    <message>
        <source>Recent runs of %1</source>
        <translation>%1 的最近同步记录</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>最近同步记录</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 同步失败：%2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1, SHA-256 %2.

Trust this certificate for %3? Kindred will then accept exactly this certificate for this source, and sync it again.</source>
        <translation>服务器的证书不受信任：%1，SHA-256 %2。

要为 %3 信任此证书吗？信任后，Kindred 对此来源将只接受这一证书，并重新同步。</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Remove the sync source &apos;%1&apos; and its run history? What it imported stays in the workspace (the Sources page can remove an import).</source>
        <translation>要移除同步来源“%1”及其同步记录吗？它已导入的数据会保留在工作区中（可在“数据来源”页面移除导入）。</translation>
    </message>
    <message>
        <source>Remove sync source</source>
        <translation>移除同步来源</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Sync sources</source>
        <translation>同步来源</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add the address of a chat export to keep this workspace current from</source>
        <translation>添加聊天导出文件的网址，以便从中持续更新此工作区</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove the selected source and its run history (not what it imported)</source>
        <translation>移除所选来源及其同步记录（不会移除它已导入的数据）</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Download the selected source and import what is new</source>
        <translation>下载所选来源并导入新内容</translation>
    </message>
    <message>
        <source>Sync All</source>
        <translation>全部同步</translation>
    </message>
    <message>
        <source>Sync every enabled source, one after the other</source>
        <translation>依次同步所有已启用的来源</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the sync in progress and those waiting; nothing half-done is kept</source>
        <translation>停止正在进行和等待中的同步；不会保留任何未完成的内容</translation>
    </message>
    <message>
        <source>No sync sources yet. Add the web address where a Telegram, WhatsApp, Discord, Slack or WeChat export of your group is published (or a manifest listing several exports), and Kindred downloads it and imports what is new, now or on a schedule. Tokens and passwords are kept in the system keychain.</source>
        <translation>还没有同步来源。请添加发布您群组的 Telegram、WhatsApp、Discord、Slack 或微信导出文件的网址（或列出多个导出文件的清单），Kindred 会立即或按计划下载并导入其中的新内容。令牌和密码保存在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>kindred::SyncRunModel</name>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Not modified</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n message(s) added</source>
        <translation>
            <numerusform>已更新：新增 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>进行中…</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Messages added</source>
        <translation>新增消息</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>When the run started (your local time)</source>
        <translation>本次同步的开始时间（您的本地时间）</translation>
    </message>
    <message>
        <source>The status of the server&apos;s last answer (304: nothing changed)</source>
        <translation>服务器最后一次响应的状态码（304：没有变化）</translation>
    </message>
    <message>
        <source>What the run downloaded</source>
        <translation>本次同步下载的数据量</translation>
    </message>
    <message>
        <source>Export files the run imported</source>
        <translation>本次同步导入的导出文件数</translation>
    </message>
    <message>
        <source>Joins, leaves and other events the run added</source>
        <translation>本次同步新增的加入、退出及其他事件</translation>
    </message>
</context>
<context>
    <name>kindred::SyncRunner</name>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>a sync of &apos;%1&apos; is already running</source>
        <translation>“%1”的同步已在进行中</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>a download is already running</source>
        <translation>已有下载正在进行</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot store the download in %1</source>
        <translation>无法将下载内容保存到 %1</translation>
    </message>
    <message>
        <source>cannot read the manifest: %1</source>
        <translation>无法读取清单：%1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>canceled (the file being imported was completed)</source>
        <translation>已取消（当时正在导入的文件已导入完成）</translation>
    </message>
</context>
<context>
    <name>kindred::SyncSourceController</name>
    <message>
        <source>the source was removed</source>
        <translation>该来源已被移除</translation>
    </message>
    <message>
        <source>The stored token or password could not be moved to the new name (%1). Enter it again.</source>
        <translation>无法将已保存的令牌或密码转移到新名称下（%1）。请重新输入。</translation>
    </message>
    <message>
        <source>The token or password could not be stored in the system keychain: %1</source>
        <translation>无法将令牌或密码保存到系统钥匙串：%1</translation>
    </message>
    <message>
        <source>An old token could not be removed from the system keychain: %1</source>
        <translation>无法从系统钥匙串中删除旧令牌：%1</translation>
    </message>
    <message>
        <source>Saved the sync source %1</source>
        <translation>已保存同步来源 %1</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>未移除 %1：%2</translation>
    </message>
    <message>
        <source>%1 was removed, but its token or password could not be removed from the system keychain: %2</source>
        <translation>已移除 %1，但无法从系统钥匙串中删除其令牌或密码：%2</translation>
    </message>
    <message>
        <source>Removed the sync source %1</source>
        <translation>已移除同步来源 %1</translation>
    </message>
    <message>
        <source>The certificate could not be trusted: %1</source>
        <translation>无法信任该证书：%1</translation>
    </message>
</context>
<context>
    <name>kindred::SyncSourceDialog</name>
    <message>
        <source>Add Sync Source</source>
        <translation>添加同步来源</translation>
    </message>
    <message>
        <source>Edit Sync Source</source>
        <translation>编辑同步来源</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. Telegram group export</source>
        <translation>例如 Telegram 群组导出</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Automatic: a JSON answer with a &quot;files&quot; list is a manifest of several exports, anything else one export file.</source>
        <translation>自动：若返回的 JSON 含有 &quot;files&quot; 列表，则视为包含多个导出文件的清单；否则视为单个导出文件。</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>根据内容自动识别</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>令牌 (Bearer)</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>用户名和密码 (Basic)</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>while Kindred runs; otherwise only on Sync now</source>
        <translation>同步一次（仅在 Kindred 运行时）；否则只在点击“立即同步”时同步</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>Included in Sync all and its schedule</source>
        <translation>参与“全部同步”，并按计划自动同步</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>取消信任</translation>
    </message>
    <message>
        <source>Stop trusting this certificate: the server must then have a certificate the system trusts</source>
        <translation>不再信任此证书：之后服务器必须使用系统信任的证书</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>受信任的证书：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>留空则保留已保存的令牌</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace</source>
        <translation>保存在系统钥匙串中，绝不会存入工作区</translation>
    </message>
    <message>
        <source>Forgotten when you save</source>
        <translation>保存后将取消信任</translation>
    </message>
    <message>
        <source>There is already a source named &apos;%1&apos;.</source>
        <translation>已存在名为“%1”的来源。</translation>
    </message>
    <message>
        <source>Enter the password (or choose no sign-in).</source>
        <translation>请输入密码（或将登录方式设为“无”）。</translation>
    </message>
    <message>
        <source>Enter the token (or choose no sign-in).</source>
        <translation>请输入令牌（或将登录方式设为“无”）。</translation>
    </message>
</context>
<context>
    <name>kindred::SyncSourceModel</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation>排队等待中</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Interrupted (Kindred was closed during the run)</source>
        <translation>已中断（同步期间 Kindred 被关闭）</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n min</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (disabled: not synced by Sync all or a schedule)</source>
        <translation>%1（已停用：不参与“全部同步”，也不会按计划同步）</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>用户名：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <source>Whether the URL serves one export file or a manifest listing several</source>
        <translation>该 URL 提供的是单个导出文件，还是列出多个导出文件的清单</translation>
    </message>
    <message>
        <source>How often Kindred syncs the source by itself while it runs</source>
        <translation>Kindred 运行期间自动同步此来源的频率</translation>
    </message>
    <message>
        <source>Disabled sources are left out of Sync all and their schedule is off</source>
        <translation>已停用的来源不参与“全部同步”，其定时同步也会关闭</translation>
    </message>
    <message>
        <source>When the last sync started (your local time)</source>
        <translation>上次同步的开始时间（您的本地时间）</translation>
    </message>
</context>
<context>
    <name>kindred::SyncStatusPanel</name>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 / %3</translation>
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
        <translation>（无文本）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Score = sum over the thread&apos;s %1 posts of (%2 × reactions + %3 × replies + %4 × forwards)%5.
%6 replies, %7 participants, %8 reactions.</source>
        <translation>得分 = 该话题串 %1 条帖子的（%2 × 表情回应 + %3 × 回复 + %4 × 转发）之和%5。
%6 条回复，%7 名参与者，%8 个表情回应。</translation>
    </message>
    <message>
        <source>, each halved every %1 days of age</source>
        <translation>，每条帖子发布后每满 %1 天减半</translation>
    </message>
    <message>
        <source>Double-click to open the member</source>
        <translation>双击查看该成员</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>First post</source>
        <translation>首帖</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>表情回应</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Last post</source>
        <translation>最后发帖</translation>
    </message>
</context>
<context>
    <name>kindred::ThreadsPanel</name>
    <message>
        <source>Top %1 threads of the period (a first post and the replies of its reply chain, or of its thread). Score = the sum of its posts&apos; scores; hover a score for the breakdown. Double-click a row to open the member who started it.</source>
        <translation>本时间段内得分前 %1 的话题串（一条首帖及其回复链或其话题串中的回复）。得分 = 其中各帖子得分之和；将鼠标悬停在得分上可查看明细。双击某行可查看发起该话题串的成员。</translation>
    </message>
</context>
<context>
    <name>kindred::TopicClusterModel</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 of the %2 clustered posts (k-means on TF-IDF vectors of the period&apos;s posts with at least 3 frequent terms); labelled by the terms of the largest centroid weight</source>
        <translation>%2 条参与聚类的帖子中的 %1 条（对本时间段内至少含 3 个高频词的帖子的 TF-IDF 向量进行 k-means 聚类）；以质心权重最大的词语作为标签</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子数</translation>
    </message>
    <message>
        <source>Example posts</source>
        <translation>示例帖子</translation>
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
        <translation>“%1”：在本时间段 %4 条消息中的 %3 条里出现 %2 次；上一周期出现 %5 次。
idf = ln((N + 1) / (df + 1)) + 1 = ln((%4 + 1) / (%3 + 1)) + 1 = %6
权重 = 出现次数 × idf = %2 × %6 = %7
预期次数 = 上一周期出现次数 × 词数 / 上一周期词数 = %5 × %8 / %9 = %10
上升 = 权重 × ln((出现次数 + 1) / (预期次数 + 1)) = %7 × ln(%11 / %12) = %13</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %n message(s)</source>
        <translation>
            <numerusform>%1 这一周：%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages containing “%1” per week (shaded: the current period)
%2</source>
        <translation>每周包含“%1”的消息数（阴影：当前时间段）
%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>每周趋势</translation>
    </message>
    <message>
        <source>Occurrences in the period&apos;s messages</source>
        <translation>在本时间段消息中的出现次数</translation>
    </message>
    <message>
        <source>Occurrences in the previous period of equal length</source>
        <translation>在等长的上一周期中的出现次数</translation>
    </message>
    <message>
        <source>Messages of the period containing the term (df)</source>
        <translation>本时间段内包含该词语的消息数（df）</translation>
    </message>
    <message>
        <source>count × idf, idf = ln((N + 1) / (df + 1)) + 1, N = messages with words</source>
        <translation>出现次数 × idf，idf = ln((N + 1) / (df + 1)) + 1，N = 含词语的消息数</translation>
    </message>
    <message>
        <source>weight × ln((count + 1) / (expected + 1)); expected = previous count scaled to this period&apos;s number of words</source>
        <translation>权重 × ln((出现次数 + 1) / (预期次数 + 1))；预期次数 = 上一周期的出现次数按本时间段的词数缩放后的值</translation>
    </message>
    <message>
        <source>Messages containing the term per week, previous and current period</source>
        <translation>每周包含该词语的消息数，包括上一周期和当前时间段</translation>
    </message>
</context>
<context>
    <name>kindred::TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Keyphrases</source>
        <translation>关键短语</translation>
    </message>
    <message>
        <source>Single words, or pairs of adjacent words</source>
        <translation>单个词语，或相邻的两个词语</translation>
    </message>
    <message>
        <source>%1 messages with words in %2 (previous period %3: %4). Ranked by rising = count × idf × ln((count + 1) / (expected + 1)); hover a number for its computation.</source>
        <translation>%2 内含词语的消息 %1 条（上一周期 %3：%4 条）。按上升得分排序：上升 = 出现次数 × idf × ln((出现次数 + 1) / (预期次数 + 1))；将鼠标悬停在数字上可查看计算过程。</translation>
    </message>
    <message numerus="yes">
        <source>Topic clusters (%n post(s) clustered)</source>
        <translation>
            <numerusform>话题簇（%n 条帖子参与聚类）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kindred::WorkspaceLoader</name>
    <message>
        <source>Demo community</source>
        <translation>示例社群</translation>
    </message>
    <message>
        <source>Building the demo community (about 2,000 members and a year of messages)…</source>
        <translation>正在生成示例社群（约 2,000 名成员和一年的消息）…</translation>
    </message>
    <message>
        <source>%1: demo failed</source>
        <translation>%1：示例社群生成失败</translation>
    </message>
</context>
<context>
    <name>kindred::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Community name:</source>
        <translation>社群名称：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Days in charts, activity and segments start at midnight in this time zone.</source>
        <translation>图表、活跃度与成员分层中的每一天，都从该时区的零点开始计算。</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code, such as CNY or USD.</source>
        <translation>三个字母的 ISO 4217 代码，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>分层规则</translation>
    </message>
    <message>
        <source>Churned after:</source>
        <translation>已流失判定：</translation>
    </message>
    <message>
        <source>No activity for this many days, or left: churned.</source>
        <translation>连续这么多天没有活动，或已退出：已流失。</translation>
    </message>
    <message>
        <source>Newcomer for:</source>
        <translation>新成员期限：</translation>
    </message>
    <message>
        <source>Joined within this many days: newcomer.</source>
        <translation>在这么多天内加入：新成员。</translation>
    </message>
    <message>
        <source>Activity window:</source>
        <translation>活跃统计窗口：</translation>
    </message>
    <message>
        <source>The recent days that decide active, occasional or silent.</source>
        <translation>据此判定活跃、偶尔活跃或沉默的最近天数。</translation>
    </message>
    <message>
        <source>Active from:</source>
        <translation>活跃门槛：</translation>
    </message>
    <message>
        <source>Active on this many days of the window or more: active; fewer: occasional.</source>
        <translation>窗口内有活动的天数达到该值：活跃；不足：偶尔活跃。</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
</context>
<context>
    <name>kindred::WorkspaceStatus</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>空工作区</translation>
    </message>
    <message>
        <source>%1 · %2 members</source>
        <translation>%1 · %2 名成员</translation>
    </message>
</context>
</TS>
