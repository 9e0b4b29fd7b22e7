#include "WordSegmenter.h"

#include <QRegularExpression>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <vector>

namespace kindred {
namespace {

QSet<QString> makeSet(const char *const *words)
{
    QSet<QString> set;
    for (const char *const *w = words; *w; ++w)
        set.insert(QString::fromUtf8(*w));
    return set;
}

// English: the common function words (articles, pronouns, auxiliaries, prepositions,
// conjunctions) plus chat fillers. Chinese: particles, pronouns, auxiliaries, conjunctions and
// the most common chat fillers.
const char *const kStopWords[] = {
    // English
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
    "does", "doesn't", "doing", "don't", "down", "during", "each", "else", "even", "ever", "few",
    "for", "from", "further", "get", "gets", "got", "had", "hadn't", "has", "hasn't", "have",
    "haven't", "having", "he", "he's", "her", "here", "hers", "herself", "him", "himself", "his",
    "how", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's",
    "its", "itself", "just", "let's", "like", "me", "more", "most", "much", "must", "my", "myself",
    "no", "nor", "not", "now", "of", "off", "ok", "okay", "on", "once", "one", "only", "or",
    "other", "our", "ours", "ourselves", "out", "over", "own", "really", "same", "she", "should",
    "shouldn't", "so", "some", "still", "such", "than", "that", "that's", "the", "their", "theirs",
    "them", "themselves", "then", "there", "there's", "these", "they", "they're", "this", "those",
    "through", "to", "too", "under", "until", "up", "us", "very", "was", "wasn't", "we", "we're",
    "were", "weren't", "what", "what's", "when", "where", "which", "while", "who", "whom", "why",
    "will", "with", "won't", "would", "wouldn't", "yeah", "yes", "you", "you're", "your", "yours",
    "yourself", "yourselves", "lol", "thanks", "thank", "hi", "hello", "hey", "pls", "please", "re",
    "ll", "ve",
    // Chinese
    "的", "了", "是", "在", "我", "你", "他", "她", "它", "这", "那", "就", "都", "也", "和", "与",
    "及", "吗", "吧", "啊", "呢", "呀", "哦", "嗯", "哈", "哈哈", "哈哈哈", "么", "嘛", "着", "过",
    "被", "把", "给", "从", "对", "向", "让", "但", "而", "或", "还", "又", "很", "太", "最", "更",
    "不", "没", "有", "要", "会", "能", "去", "来", "说", "看", "想", "做", "一个", "一下", "一些",
    "一点", "我们", "你们", "他们", "她们", "它们", "大家", "自己", "没有", "什么", "可以", "这个",
    "那个", "这些", "那些", "这样", "那样", "怎么", "怎么样", "为什么", "因为", "所以", "但是",
    "然后", "如果", "还是", "就是", "而且", "或者", "已经", "现在", "时候", "知道", "觉得", "应该",
    "可能", "需要", "不是", "还有", "其实", "真的", "一样", "比较", "非常", "有点", "有人", "谁",
    "哪", "哪个", "这里", "那里", "这么", "那么", "之", "其", "以", "为", "于", "上", "下", "中",
    "里", "吃", "个", "们", "好", "多", "些", "一般", "实际", "相关", "有关", "问个", "换个",
    "一直", "感觉", "东西", "全部", "请问", nullptr};

// Single Han characters that carry meaning on their own in community chat.
const char *const kMeaningfulSingleHan[] = {"书", "钱", "车", "房", "猫", "狗", "茶",   "酒",
                                            "课", "票", "药", "饭", "菜", "水", "电",   "网",
                                            "码", "库", "坑", "锁", "树", "图", nullptr};

// Domain lexicon: words ICU's general Chinese dictionary splits (e.g. 所有权 → 所 + 有权,
// 编译器 → 编译 + 器, 文档 → 文 + 档). Inside a run of Han text these win over ICU's
// boundaries (longest match first, scanning left to right).
const char *const kLexicon[] = {
    "所有权", "借用检查器", "生命周期", "编译器",   "编译",   "文档",     "编程",     "报错",
    "迭代器", "闭包",       "数据库",   "数据结构", "怎么样", "智能指针", "模式匹配", "错误处理",
    "标准库", "运行时",     "异步",     "并发",     "线程",   "泛型",     "指针",     "内存",
    "性能",   "源码",       "教程",     "直播",     "回放",   "打卡",     "面试",     "项目",
    "框架",   "函数",       "变量",     "类型",     "接口",   "服务器",   "前端",     "后端",
    "测试",   "部署",       "依赖",     "版本",     "社区",   "群友",     "大佬",     "摸鱼",
    "加班",   "开源",       "算法",     "结构体",   "枚举",   "宏",       "分享",     "代码",
    "学习",   "问题",       nullptr};

bool isHanChar(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace

struct WordSegmenter::Impl
{
    std::unique_ptr<icu::BreakIterator> iterator;
};

WordSegmenter::WordSegmenter()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_SUCCESS(status) && it)
        m_impl.reset(new Impl{std::move(it)});
}

WordSegmenter::~WordSegmenter() = default;

QString WordSegmenter::clean(const QString &text)
{
    static const QRegularExpression fenced(QStringLiteral("```.*?(```|$)"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression inlineCode(QStringLiteral("`[^`\\n]*`"));
    static const QRegularExpression url(
        QStringLiteral("(?:https?://|www\\.)[^\\s<>\"'，。！？、）)]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression email(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"));
    static const QRegularExpression mention(QStringLiteral("@\\w+"));
    QString s = text;
    s.replace(fenced, QStringLiteral(" "));
    s.replace(inlineCode, QStringLiteral(" "));
    s.replace(url, QStringLiteral(" "));
    s.replace(email, QStringLiteral(" "));
    s.replace(mention, QStringLiteral(" "));
    return s.normalized(QString::NormalizationForm_KC).toLower();
}

const QSet<QString> &WordSegmenter::stopWords()
{
    static const QSet<QString> set = makeSet(kStopWords);
    return set;
}

const QSet<QString> &WordSegmenter::lexicon()
{
    static const QSet<QString> set = makeSet(kLexicon);
    return set;
}

const QSet<QString> &WordSegmenter::meaningfulSingleHan()
{
    static const QSet<QString> set = makeSet(kMeaningfulSingleHan);
    return set;
}

bool WordSegmenter::isHan(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (char32_t c : s.toUcs4())
        if (!isHanChar(c))
            return false;
    return true;
}

Segmented WordSegmenter::segment(const QString &text) const
{
    Segmented out;
    if (!m_impl || text.isEmpty())
        return out;
    const QString s = clean(text);
    const icu::UnicodeString u(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
    icu::BreakIterator *iterator = m_impl->iterator.get();
    iterator->setText(u);

    // ICU's words, with the runs of adjacent Han words re-split by the domain lexicon.
    struct Word
    {
        int start;
        int end;
        int status;
    };
    std::vector<Word> words;
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next())
        words.push_back({start, end, iterator->getRuleStatus()});
    std::vector<Word> split;
    split.reserve(words.size());
    const QSet<QString> &lex = lexicon();
    for (size_t i = 0; i < words.size();) {
        if (words[i].status < UBRK_WORD_IDEO || !isHan(s.mid(words[i].start, 1))) {
            split.push_back(words[i++]);
            continue;
        }
        size_t j = i;
        std::vector<bool> boundary; // boundary[p - runStart]
        const int runStart = words[i].start;
        while (j < words.size() && words[j].status >= UBRK_WORD_IDEO &&
               words[j].start == (j == i ? runStart : words[j - 1].end))
            ++j;
        const int runEnd = words[j - 1].end;
        boundary.assign(size_t(runEnd - runStart + 1), false);
        for (size_t w = i; w < j; ++w)
            boundary[size_t(words[w].start - runStart)] = true;
        boundary.back() = true;
        if (j - i > 1) {
            for (int p = runStart; p < runEnd;) {
                int matched = 0;
                for (int len = std::min(6, runEnd - p); len >= 1 && matched == 0; --len)
                    if (lex.contains(s.mid(p, len)))
                        matched = len;
                if (matched == 0) {
                    ++p;
                    continue;
                }
                boundary[size_t(p - runStart)] = true;
                for (int q = p + 1; q < p + matched; ++q)
                    boundary[size_t(q - runStart)] = false;
                boundary[size_t(p + matched - runStart)] = true;
                p += matched;
            }
        }
        int from = runStart;
        for (int p = runStart + 1; p <= runEnd; ++p)
            if (boundary[size_t(p - runStart)]) {
                split.push_back({from, p, UBRK_WORD_IDEO});
                from = p;
            }
        i = j;
    }

    const QSet<QString> &stops = stopWords();
    const QSet<QString> &singles = meaningfulSingleHan();
    QString previous; // the last kept token when it was the previous word, else empty
    for (const Word &w : split) {
        const QString word = s.mid(w.start, w.end - w.start);
        if (w.status < UBRK_WORD_LETTER) {
            // Whitespace does not separate a phrase; punctuation, symbols and numbers do.
            if (!word.trimmed().isEmpty())
                previous.clear();
            continue;
        }
        bool keep = !stops.contains(word);
        if (keep) {
            const bool han = isHan(word);
            const int length = int(word.toUcs4().size());
            if (han && length == 1)
                keep = singles.contains(word);
            else if (!han && length < 2)
                keep = false;
        }
        if (!keep) {
            previous.clear();
            continue;
        }
        out.tokens.append(word);
        if (!previous.isEmpty())
            out.phrases.append(isHan(previous) && isHan(word)
                                   ? QString(previous + word)
                                   : QString(previous + QLatin1Char(' ') + word));
        previous = word;
    }
    return out;
}

} // namespace kindred
