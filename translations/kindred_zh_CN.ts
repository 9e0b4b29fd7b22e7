<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Score weights:</source>
        <translation>得分权重：</translation>
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
        <source>Top %1 posts of the period. Score = reactions × weight + replies × weight + forwards × weight. Forwards count only where the export records them.</source>
        <translation>本时间段内得分最高的 %1 条帖子。得分 = 表情回应 × 权重 + 回复 × 权重 + 转发 × 权重。仅当导出文件记录了转发时，转发才会计入。</translation>
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
</context>
<context>
    <name>kindred::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <name>kindred::KpiCard</name>
    <message>
        <source>Previous period: %1</source>
        <translation>上一周期：%1</translation>
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
