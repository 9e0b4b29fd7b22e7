#include "DemoCorpus.h"

#include "DemoRandom.h"

namespace kindred::demo::Corpus {
namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

template <size_t N> QString any(DemoRng &rng, const char16_t *const (&items)[N])
{
    return s(items[rng.below(int(N))]);
}

struct Topic
{
    const char16_t *area;
    const char16_t *zh;    // subject in Chinese
    const char16_t *en;    // subject in English
    const char16_t *code;  // a snippet shown in backticks
    const char16_t *link;  // documentation or repository
    const char16_t *error; // an error message people paste; empty = none
};

constexpr Topic kTopics[] = {
    {u"Rust", u"生命周期", u"lifetimes", u"fn longest<'a>(x: &'a str, y: &'a str) -> &'a str",
     u"https://doc.rust-lang.org/book/ch10-03-lifetime-syntax.html",
     u"error[E0106]: missing lifetime specifier"},
    {u"Rust", u"所有权和借用检查", u"the borrow checker", u"let first = &v[0]; v.push(4);",
     u"https://doc.rust-lang.org/book/ch04-00-understanding-ownership.html",
     u"error[E0502]: cannot borrow 'v' as mutable because it is also borrowed as immutable"},
    {u"Rust", u"trait object 和泛型的取舍", u"trait objects vs generics", u"Vec<Box<dyn Shape>>",
     u"https://doc.rust-lang.org/book/ch17-02-trait-objects.html",
     u"error[E0038]: the trait 'Shape' cannot be made into an object"},
    {u"Rust", u"async/await 和 tokio 运行时", u"async/await with tokio",
     u"tokio::spawn(async move { handle(socket).await })", u"https://tokio.rs/tokio/tutorial",
     u"future cannot be sent between threads safely"},
    {u"Rust", u"Pin 和自引用结构", u"Pin and self-referential structs",
     u"Pin<Box<dyn Future<Output = ()> + Send>>", u"https://doc.rust-lang.org/std/pin/index.html",
     u""},
    {u"Rust", u"声明宏 macro_rules", u"macro_rules! macros", u"macro_rules! hashmap { ... }",
     u"https://doc.rust-lang.org/reference/macros-by-example.html",
     u"error: no rules expected the token ','"},
    {u"Rust", u"错误处理（anyhow / thiserror）", u"error handling with anyhow and thiserror",
     u"fn main() -> anyhow::Result<()>", u"https://docs.rs/anyhow",
     u"the '?' operator can only be used in a function that returns 'Result' or 'Option'"},
    {u"Rust", u"Arc<Mutex<T>> 共享状态", u"shared state with Arc<Mutex<T>>",
     u"let counter = Arc::new(Mutex::new(0));",
     u"https://doc.rust-lang.org/book/ch16-03-shared-state.html",
     u"'Rc<RefCell<Vec<u8>>>' cannot be sent between threads safely"},
    {u"Rust", u"axum 的 handler 写法", u"axum handlers",
     u"Router::new().route(\"/\", get(handler))", u"https://docs.rs/axum",
     u"the trait bound 'fn(State<AppState>) -> _: Handler<_, _>' is not satisfied"},
    {u"Rust", u"unsafe 和 FFI", u"unsafe code and FFI",
     u"extern \"C\" { fn strlen(s: *const c_char) -> usize; }",
     u"https://doc.rust-lang.org/nomicon/", u""},
    {u"Go", u"goroutine 泄漏", u"goroutine leaks",
     u"ctx, cancel := context.WithTimeout(ctx, 3*time.Second)", u"https://go.dev/blog/context",
     u"fatal error: all goroutines are asleep - deadlock!"},
    {u"Go", u"channel 和 select", u"channels and select",
     u"select { case v := <-ch: use(v); case <-ctx.Done(): return }",
     u"https://go.dev/tour/concurrency/5", u"panic: send on closed channel"},
    {u"Go", u"泛型", u"generics", u"func Map[T, U any](s []T, f func(T) U) []U",
     u"https://go.dev/doc/tutorial/generics",
     u"cannot use generic function Map without instantiation"},
    {u"Go", u"GC 调优（GOGC / GOMEMLIMIT）", u"GC tuning with GOGC and GOMEMLIMIT",
     u"GOMEMLIMIT=2GiB", u"https://go.dev/doc/gc-guide", u"fatal error: runtime: out of memory"},
    {u"Go", u"map 并发读写", u"concurrent map access", u"var m sync.Map", u"https://go.dev/ref/mem",
     u"fatal error: concurrent map writes"},
    {u"Python", u"asyncio 事件循环", u"the asyncio event loop", u"await asyncio.gather(*tasks)",
     u"https://docs.python.org/3/library/asyncio.html",
     u"RuntimeError: This event loop is already running"},
    {u"Python", u"GIL 和多进程", u"the GIL and multiprocessing",
     u"with ProcessPoolExecutor() as pool: pool.map(work, items)",
     u"https://docs.python.org/3/library/concurrent.futures.html", u""},
    {u"Python", u"类型注解和 mypy", u"type hints and mypy",
     u"def f(xs: list[int]) -> dict[str, int]:", u"https://mypy.readthedocs.io/",
     u"error: Incompatible types in assignment"},
    {u"Python", u"装饰器", u"decorators", u"@functools.wraps(func)",
     u"https://docs.python.org/3/library/functools.html",
     u"TypeError: 'NoneType' object is not callable"},
    {u"数据库", u"MySQL 联合索引和最左前缀", u"composite indexes in MySQL",
     u"EXPLAIN SELECT * FROM orders WHERE user_id = 42 AND status = 1;",
     u"https://dev.mysql.com/doc/refman/8.0/en/multiple-column-indexes.html", u"Using filesort"},
    {u"数据库", u"事务隔离级别和 MVCC", u"isolation levels and MVCC",
     u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;",
     u"https://www.postgresql.org/docs/current/transaction-iso.html",
     u"ERROR: could not serialize access due to concurrent update"},
    {u"数据库", u"PostgreSQL 慢查询分析", u"slow queries in PostgreSQL",
     u"EXPLAIN (ANALYZE, BUFFERS) SELECT ...",
     u"https://www.postgresql.org/docs/current/using-explain.html", u""},
    {u"数据库", u"Redis 缓存击穿和分布式锁", u"cache stampedes and Redis locks",
     u"SET lock:order:42 1 NX EX 10",
     u"https://redis.io/docs/latest/develop/use/patterns/distributed-locks/", u""},
    {u"数据库", u"SQLite 的 WAL 模式", u"SQLite WAL mode", u"PRAGMA journal_mode=WAL;",
     u"https://www.sqlite.org/wal.html", u"database is locked"},
    {u"面试", u"动态规划题", u"dynamic programming questions",
     u"dp[i] = max(dp[i-1], dp[i-2] + nums[i])", u"https://leetcode.cn/problemset/", u""},
    {u"面试", u"系统设计：限流器", u"designing a rate limiter",
     u"token bucket: rate=100/s, burst=200", u"https://github.com/donnemartin/system-design-primer",
     u""},
    {u"面试", u"简历里的项目经历怎么写", u"writing the projects section of a resume", u"STAR",
     u"https://github.com/yangshun/tech-interview-handbook", u""},
    {u"Git", u"rebase 和 merge 的选择", u"rebase vs merge", u"git rebase -i HEAD~3",
     u"https://git-scm.com/book/zh/v2", u"CONFLICT (content): Merge conflict in src/main.rs"},
    {u"Docker", u"多阶段构建减小镜像体积", u"multi-stage builds", u"FROM rust:1.82 AS builder",
     u"https://docs.docker.com/build/building/multi-stage/", u""},
    {u"Linux", u"perf 和火焰图排查 CPU 热点", u"CPU profiling with perf and flame graphs",
     u"perf record -g ./server", u"https://github.com/brendangregg/FlameGraph", u""},
};
constexpr int kTopicCount = int(std::size(kTopics));

const char16_t *const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵",
                                     u"吴", u"周", u"徐", u"孙", u"马", u"朱", u"胡", u"郭",
                                     u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"唐"};
const char16_t *const kGiven[] = {
    u"伟",   u"芳",   u"娜",   u"敏",   u"静",   u"磊",   u"洋",   u"勇",   u"杰", u"涛",
    u"明",   u"超",   u"浩然", u"子涵", u"宇轩", u"欣怡", u"一鸣", u"思远", u"晨", u"雨桐",
    u"俊杰", u"佳怡", u"志强", u"文博", u"嘉欣", u"天宇", u"梦琪", u"凯",   u"鹏", u"婷"};
const char16_t *const kNickPrefix[] = {u"小", u"阿", u"老", u"大"};
const char16_t *const kNickBody[] = {u"鱼", u"白", u"K", u"周", u"飞", u"猫", u"熊", u"七",
                                     u"刀", u"木", u"Q", u"张", u"北", u"杰", u"胖", u"米"};
const char16_t *const kEnFirst[] = {u"Kevin", u"Leo",   u"Alex",   u"Tony", u"Jason", u"Eric",
                                    u"Lily",  u"Grace", u"Vivian", u"Jack", u"Sean",  u"Iris",
                                    u"Mia",   u"Ryan",  u"Oscar",  u"Cathy"};
const char16_t *const kPinyin[] = {u"Wang",  u"Li",   u"Zhang", u"Liu",  u"Chen", u"Yang",
                                   u"Huang", u"Zhao", u"Wu",    u"Zhou", u"Lin",  u"Xu"};
const char16_t *const kHandles[] = {u"rustacean", u"gopher",      u"null_pointer", u"async_fn",
                                    u"borrowck",  u"segfault",    u"kernel_panic", u"码农",
                                    u"打工人",    u"unsafe_cell", u"pythonista",   u"dba",
                                    u"全栈",      u"摸鱼侠"};

const char16_t *const kHelloZh[] = {
    u"大家好，新人报到 👋 做后端的，想系统学一下 Rust",
    u"大家好！刚入群，请多指教 🙏",
    u"hello 各位，我是做 Go 的，最近在准备跳槽，来这里学习",
    u"新人报道，之前一直在看 Rust 圣经，看到生命周期就卡住了 😂",
    u"大家好，在校学生一枚，想找个氛围好的学习群，终于找到了",
    u"来了来了，朋友推荐进来的，先潜水学习",
    u"各位好，数据库方向，平时写 Python 多一点",
};
const char16_t *const kHelloEn[] = {
    u"Hi everyone, just joined! Backend dev learning Rust 👋",
    u"Hello all, glad to be here. Working mostly with Go.",
    u"Hey folks, new here. Preparing for interviews, happy to learn together.",
};
const char16_t *const kChatZh[] = {
    u"早上好 ☀️",
    u"大家晚上好 👋",
    u"今天又学到了新东西",
    u"周末有人一起刷题吗？",
    u"终于把 mini-redis 跑起来了，开心 🎉",
    u"上班摸鱼看群消息中 🐟",
    u"这周的作业有点难啊",
    u"有没有人在杭州？线下约个饭",
    u"刚看完昨天的直播回放，讲得真好",
    u"编译了 20 分钟，cargo 你是认真的吗 😂",
    u"最近面了三家，都问了数据库事务",
    u"求推荐机械键盘 😂",
    u"今天的打卡大家别忘了",
    u"群里大佬好多，瑟瑟发抖",
    u"我觉得 Rust 的学习曲线主要是前两周最陡",
    u"clippy 提示好多，强迫症表示全部改掉",
    u"公司终于同意在新项目里试 Rust 了！",
    u"今天把 Go 服务的 p99 从 200ms 降到 40ms，开心",
    u"有人用过 sqlx 吗，和 diesel 比怎么样",
    u"周五了，准备周末啃完异步那一章",
    u"下班了下班了",
    u"这个群的学习氛围真不错",
    u"大家平时用什么编辑器？我 VS Code + rust-analyzer",
    u"LeetCode 每日一题今天是困难 😭",
    u"准备试试用 Rust 重写公司的一个小工具",
    u"今天被借用检查器教做人了",
    u"求个内推，后端方向，三年经验",
    u"同事说 Go 的错误处理太啰嗦，我竟无法反驳",
    u"看到一个讲 MVCC 的视频很不错，晚点发资源区",
    u"有人在做 6.824 的 lab 吗",
};
const char16_t *const kChatEn[] = {
    u"good morning everyone",
    u"anyone else doing Advent of Code in Rust this year?",
    u"finally got my first PR merged upstream 🎉",
    u"the borrow checker won again today",
    u"TIL about `cargo expand`, super handy",
    u"is anyone going to RustConf?",
    u"weekend project: a tiny key-value store in Go",
    u"thanks for yesterday's session, very helpful",
    u"rust-analyzer keeps eating my RAM lol",
    u"just finished chapter 16 of the book",
};
const char16_t *const kReplyZh[] = {
    u"+1",
    u"同问",
    u"哈哈哈哈",
    u"确实",
    u"学到了 👍",
    u"mark",
    u"我也是这么想的",
    u"这个得看场景",
    u"有道理",
    u"感谢分享 🙏",
    u"太真实了 😂",
    u"牛啊",
    u"收藏了",
    u"同感，我当时也卡了好久",
    u"可以私聊交流一下吗",
    u"我在上海，可以约",
    u"加油 💪",
    u"我用的 Neovim，插件配好了也很香",
    u"这个我知道，晚上整理一下发出来",
};
const char16_t *const kReplyEn[] = {
    u"+1",         u"same here",          u"lol",       u"nice!", u"agreed",
    u"good point", u"thanks for sharing", u"congrats 🎉"};
const char16_t *const kQuestionZh[] = {
    u"请教一下，%1 的 %2 一直没搞懂，有没有比较好的学习资料？",
    u"面试被问到 %2，大家一般怎么回答比较好？",
    u"有大佬在生产环境踩过 %2 的坑吗？想听听经验",
    u"%2 这块，官方文档看了两遍还是云里雾里 😵 求个通俗的解释",
    u"新手求助：`%3` 这样写有问题吗？和 %2 有关吗？",
    u"%2 有没有推荐的开源项目可以参考？最好是 %1 写的",
    u"问个 %1 的问题：%2 在实际项目里一般怎么用？",
};
const char16_t *const kQuestionErrZh[] = {
    u"%1 %2 相关：写了 `%3` 结果报错 `%4`，是哪里不对？",
    u"线上报 `%4`，怀疑和 %2 有关，急，求助 🙏",
    u"各位大佬，这个报错怎么解决：`%4`",
};
const char16_t *const kQuestionEn[] = {
    u"Quick question about %2 in %1: what's the idiomatic way to do it?",
    u"Does anyone have a good resource on %2? The official docs are a bit dense.",
    u"How do you handle %2 in production?",
    u"Interview prep: how would you explain %2 in two minutes?",
};
const char16_t *const kQuestionErrEn[] = {
    u"Getting `%4` when I write `%3`. Any idea why?",
    u"Stuck on this %1 error: `%4`. What am I missing?",
};
const char16_t *const kAnswerZh[] = {
    u"这个官方文档讲得很清楚：%5",
    u"关键是理解 %2，改成 `%3` 这种写法就可以了",
    u"我之前也踩过这个坑，推荐看下 %5",
    u"建议先写个最小复现贴出来，大家好帮你看",
    u"可以参考这个：%5 ，里面专门讲了 %2",
    u"简单说：别和 %2 对着干 😂 换个思路设计数据结构，问题自然就没了",
    u"我们线上是这么做的：`%3`，跑了一年没出过问题",
    u"面试的话先讲原理，再讲你项目里怎么用的，最后说踩过的坑，基本稳了",
};
const char16_t *const kAnswerErrZh[] = {
    u"报错其实已经提示了：`%4`，看下 %2 相关的规则，用 `%3` 就行",
    u"`%4` 这个一般是 %2 没处理好，贴一下完整代码？",
};
const char16_t *const kAnswerEn[] = {
    u"Check the docs: %5, the section on %2 explains it well.",
    u"Try `%3`. Once %2 clicks it gets much easier.",
    u"We do exactly this at work, happy to share notes. Start with %5",
};
const char16_t *const kThanksZh[] = {u"谢谢，解决了！🙏", u"原来如此，感谢大佬", u"明白了，我去试试",
                                     u"按你说的改好了，感谢 👍", u"学到了，谢谢解答"};
const char16_t *const kThanksEn[] = {u"thanks, that fixed it!", u"got it, thank you 🙏",
                                     u"makes sense now, thanks"};
const char16_t *const kCheckinDone[] = {
    u"看完 Rust 圣经一章", u"刷了 3 道 LeetCode",     u"写完 mini-redis 的 GET/SET",
    u"复习了 MVCC",        u"读了 tokio 的 tutorial", u"做了 rustlings 10 题",
    u"整理了 Go 并发笔记", u"看了直播回放",           u"改了简历",
    u"写了一篇博客",       u"跟着课程做完作业",       u"看了两节数据库课"};
struct Resource
{
    const char16_t *title;
    const char16_t *link;
};
constexpr Resource kResources[] = {
    {u"The Rust Programming Language（官方书）", u"https://doc.rust-lang.org/book/"},
    {u"Rust 语言圣经", u"https://course.rs"},
    {u"Rust by Example", u"https://doc.rust-lang.org/rust-by-example/"},
    {u"rustlings 小练习", u"https://github.com/rust-lang/rustlings"},
    {u"tokio 官方教程", u"https://tokio.rs/tokio/tutorial"},
    {u"mini-redis 示例项目", u"https://github.com/tokio-rs/mini-redis"},
    {u"Effective Go", u"https://go.dev/doc/effective_go"},
    {u"Go 语言设计与实现", u"https://draveness.me/golang/"},
    {u"PingCAP talent-plan", u"https://github.com/pingcap/talent-plan"},
    {u"MIT 6.824 分布式系统", u"https://pdos.csail.mit.edu/6.824/"},
    {u"Use The Index, Luke（SQL 索引）", u"https://use-the-index-luke.com/"},
    {u"PostgreSQL 文档：MVCC", u"https://www.postgresql.org/docs/current/mvcc.html"},
    {u"System Design Primer", u"https://github.com/donnemartin/system-design-primer"},
    {u"Python asyncio 文档", u"https://docs.python.org/3/library/asyncio.html"},
    {u"The Rustonomicon", u"https://doc.rust-lang.org/nomicon/"},
};
const char16_t *const kResourceZh[] = {u"推荐一个：%1 %2", u"整理了一份资料，%1：%2",
                                       u"%1，讲得很透，值得收藏 %2", u"新人必看 👉 %1 %2"};
const char16_t *const kResourceEn[] = {u"Great resource: %1 %2", u"Sharing %1 – %2"};
const char16_t *const kAnnouncements[] = {
    u"【群规】请大家友善交流，提问前先搜索群历史；广告、引流一律移出群聊。",
    u"【通知】本周作业已发布，周日晚 22:00 前提交到作业区，助教会逐个点评 📝",
    u"【通知】打卡活动第二期开始啦，连续打卡 21 天送定制周边 🎁",
    u"【公告】新增「面试」专题，每周三晚答疑，欢迎提前在技术问答区提问",
    u"【提醒】最近有冒充助教的私聊骗子，官方不会私聊收费，请大家注意甄别 "
    u"⚠️",
    u"【通知】学习资料已更新到群文件，包括本月直播的 PPT 和代码",
    u"【公告】本月优秀学员：感谢大家的认真答疑，积分榜已更新 🏆",
    u"【通知】服务器维护，今晚 23:00–24:00 作业系统暂停使用",
    u"【公告】续费通道已开放，老学员续费享 8 折优惠",
    u"【活动】周末线上 code review，欢迎提交你的小项目 🙌",
};
const char16_t *const kEventTitles[] = {
    u"Rust 异步编程实战：从 Future 到 tokio", u"Go 高并发服务的性能调优",
    u"数据库索引与事务：面试高频题精讲",      u"用 Rust 写一个 mini-redis",
    u"系统设计面试：从限流器到短链服务",      u"Python 到 Rust：用 PyO3 加速热点代码"};
const char16_t *const kLiveZh[] = {u"声音有点小",
                                   u"老师讲得好清楚",
                                   u"这里为什么要 clone？",
                                   u"代码能发一下吗",
                                   u"刚进来，错过了开头 😭",
                                   u"+1",
                                   u"屏幕能放大一点吗",
                                   u"这个例子好",
                                   u"懂了懂了",
                                   u"有回放吗",
                                   u"所以 Send 和 Sync 的区别是？",
                                   u"打卡 ✅"};
const char16_t *const kLiveEn[] = {u"can you zoom in a bit?",
                                   u"lol",
                                   u"+1 same question",
                                   u"ok got it",
                                   u"is there a recording?",
                                   u"great example",
                                   u"what's the crate name again?",
                                   u"thanks, this was great!"};
const char16_t *const kSpam[] = {
    u"🔥 免费领取 ChatGPT Plus 账号，限时 100 个，点击 https://t.me/free_gpt_plus_bot",
    u"USDT 日赚 500+，稳赚不赔，私聊我 👉 https://bit.ly/3xYz9Qk",
    u"低价出售各大网课资料，Rust/Go 全套，加V：rustvip888 https://t.me/course_cheap",
    u"Crypto airdrop! Claim your free tokens now 👉 https://airdrop-claim.top/r/88",
    u"兼职刷单，日结 200-800，手机就能做 https://t.me/job_daily_pay",
    u"Binance VIP signals, 300% profit guaranteed https://t.me/vip_signals_group",
};
const char16_t *const kFlood[] = {u"在吗",   u"有人吗", u"？？？", u"求助！！",
                                  u"急急急", u"help",   u"在线等", u"有人吗有人吗"};
const char16_t *const kForwardSources[] = {
    u"Rust 中文社区",    u"Go 夜读", u"This Week in Rust", u"Hacker News Digest",
    u"阮一峰的网络日志", u"PingCAP", u"InfoQ 中文站"};
const char16_t *const kRepos[] = {u"rust-lang/rust", u"tokio-rs/tokio",   u"golang/go",
                                  u"python/cpython", u"tokio-rs/axum",    u"launchbadge/sqlx",
                                  u"sqlite/sqlite",  u"postgres/postgres"};

// Replaces %1..%9 in one pass (QString::arg renumbers when placeholders are missing).
QString fill(const QString &tmpl, std::initializer_list<QString> args)
{
    QString out;
    out.reserve(tmpl.size() + 64);
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QChar c = tmpl.at(i);
        if (c == QLatin1Char('%') && i + 1 < tmpl.size() && tmpl.at(i + 1) >= QLatin1Char('1') &&
            tmpl.at(i + 1) <= QLatin1Char('9')) {
            const size_t n = size_t(tmpl.at(i + 1).unicode() - u'1');
            if (n < args.size()) {
                out += *(args.begin() + n);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString topicText(const QString &tmpl, const Topic &t)
{
    return fill(tmpl, {s(t.area), s(t.zh), s(t.code), s(t.error), s(t.link)});
}
QString topicTextEn(const QString &tmpl, const Topic &t)
{
    return fill(tmpl, {s(t.area), s(t.en), s(t.code), s(t.error), s(t.link)});
}

} // namespace

int topicCount()
{
    return kTopicCount;
}

QString personName(DemoRng &rng)
{
    switch (rng.weighted(std::initializer_list<double>{40, 22, 18, 20})) {
    case 0:
        return any(rng, kSurnames) + any(rng, kGiven);
    case 1:
        return any(rng, kNickPrefix) + any(rng, kNickBody);
    case 2:
        return any(rng, kEnFirst) + QLatin1Char(' ') + any(rng, kPinyin);
    default:
        return any(rng, kHandles) + QLatin1Char('_') + QString::number(rng.between(1, 2048));
    }
}

QString spammerName(int variant)
{
    static const char16_t *const kNames[] = {u"免费GPT领取",    u"💰财富自由",
                                             u"网课资料库",     u"Airdrop Official",
                                             u"兼职招聘小助手", u"Crypto Signals VIP"};
    return s(kNames[variant % int(std::size(kNames))]);
}

QString botName(int bot)
{
    switch (bot) {
    case 0:
        return s(u"打卡机器人");
    case 1:
        return s(u"入群欢迎 Bot");
    default:
        return s(u"GitHub Feed");
    }
}

QString hello(DemoRng &rng, bool zh)
{
    return zh ? any(rng, kHelloZh) : any(rng, kHelloEn);
}

QString chat(DemoRng &rng, bool zh)
{
    if (rng.chance(0.06)) // a topic remark with a snippet now and then
        return s(u"刚发现 `%1` 原来可以这么用 😮").arg(s(kTopics[rng.below(kTopicCount)].code));
    return zh ? any(rng, kChatZh) : any(rng, kChatEn);
}

QString chatReply(DemoRng &rng, bool zh)
{
    return zh ? any(rng, kReplyZh) : any(rng, kReplyEn);
}

QString question(DemoRng &rng, int topic, bool zh)
{
    const Topic &t = kTopics[topic % kTopicCount];
    const bool withError = t.error[0] != 0 && rng.chance(0.4);
    if (zh)
        return topicText(withError ? any(rng, kQuestionErrZh) : any(rng, kQuestionZh), t);
    return topicTextEn(withError ? any(rng, kQuestionErrEn) : any(rng, kQuestionEn), t);
}

QString answer(DemoRng &rng, int topic, bool zh)
{
    const Topic &t = kTopics[topic % kTopicCount];
    const bool withError = t.error[0] != 0 && rng.chance(0.25);
    if (zh)
        return topicText(withError ? any(rng, kAnswerErrZh) : any(rng, kAnswerZh), t);
    return topicTextEn(any(rng, kAnswerEn), t);
}

QString thanks(DemoRng &rng, bool zh)
{
    return zh ? any(rng, kThanksZh) : any(rng, kThanksEn);
}

QString checkin(DemoRng &rng, int streak)
{
    const QString hours = QString::number(0.5 * rng.between(1, 6), 'f', 1);
    return s(u"打卡 Day %1 ✅ %2，学习 %3 小时")
        .arg(QString::number(streak), any(rng, kCheckinDone), hours);
}

QString checkinPrompt(int dayNo, const QDate &date)
{
    return s(u"【每日打卡】%1 · 第 %2 天\n回复本条消息打卡：今天学了什么 + 学习时长。坚持就是胜利 "
             u"💪")
        .arg(date.toString(Qt::ISODate), QString::number(dayNo));
}

QString welcome(const QString &name)
{
    return s(u"欢迎 @%1 加入！👏 请先阅读置顶的群规，提问请到「技术问答」，资料在「资源分享」。")
        .arg(name);
}

QString resource(DemoRng &rng, bool zh)
{
    const Resource &r = kResources[rng.below(int(std::size(kResources)))];
    return (zh ? any(rng, kResourceZh) : any(rng, kResourceEn)).arg(s(r.title), s(r.link));
}

QString feed(DemoRng &rng)
{
    const QString repo = any(rng, kRepos);
    const QString version = QStringLiteral("%1.%2.%3")
                                .arg(rng.between(0, 2))
                                .arg(rng.between(1, 90))
                                .arg(rng.between(0, 9));
    return QStringLiteral("[%1] New release v%2 https://github.com/%1/releases").arg(repo, version);
}

QString announcement(DemoRng &rng)
{
    return any(rng, kAnnouncements);
}

QString liveEvent(int idx, const QDate &date, bool before)
{
    const QString title = s(kEventTitles[idx % int(std::size(kEventTitles))]);
    if (before)
        return s(u"【直播预告】%1（周%2）晚 20:00：%3。欢迎带着问题来，直播间见 🎬")
            .arg(date.toString(QStringLiteral("M月d日")),
                 s(u"一二三四五六日").mid(date.dayOfWeek() - 1, 1), title);
    return s(u"【回放】%1 的直播回放和课件已上传：https://www.bilibili.com/video/BV1demo%2 ，"
             u"没赶上的同学记得补课 📺")
        .arg(title, QString::number(idx + 1));
}

QString live(DemoRng &rng, bool zh)
{
    return zh ? any(rng, kLiveZh) : any(rng, kLiveEn);
}

QString spam(int variant)
{
    return s(kSpam[variant % int(std::size(kSpam))]);
}

QString flood(DemoRng &rng)
{
    return any(rng, kFlood);
}

QString forwardSource(DemoRng &rng)
{
    return any(rng, kForwardSources);
}

QString emoji(DemoRng &rng)
{
    static const char16_t *const kEmoji[] = {u"👍", u"❤", u"🔥", u"😂",   u"🙏",
                                             u"👏", u"🎉", u"💯", u"🤔"};
    static const double kWeights[] = {35, 15, 12, 10, 8, 7, 6, 4, 3};
    return s(kEmoji[rng.weighted(kWeights)]);
}

} // namespace kindred::demo::Corpus
