<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Newcomer: joined within the last 14 days. Active: active on 4 or more of the last 30 days. Occasional: active on 1 to 3 of those days. Silent: no activity in the last 30 days. Churned: left, or no activity for 90 days.</source>
        <translation>新成员：最近 14 天内加入。活跃：最近 30 天中有 4 天及以上有活动。偶尔活跃：这 30 天中有 1 至 3 天有活动。沉默：最近 30 天没有活动。已流失：已退出，或 90 天没有活动。</translation>
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
        <source>Import chat exports (Telegram JSON, WhatsApp text) into this workspace</source>
        <translation>将聊天导出文件（Telegram JSON、WhatsApp 文本）导入此工作区</translation>
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
        <source>Chat exports (*.json *.txt *.zip);;All files (*)</source>
        <translation>聊天导出文件 (*.json *.txt *.zip);;所有文件 (*)</translation>
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
        <source>Days with a message, reply or reaction in the 30 days ending with the period</source>
        <translation>截至期末的 30 天内，有消息、回复或表情回应的天数</translation>
    </message>
    <message>
        <source>Last message, reaction or event up to the end of the period</source>
        <translation>截至期末，最近一次发消息、表情回应或其他事件的时间</translation>
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
