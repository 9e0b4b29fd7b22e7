#pragma once
// Word segmentation of chat messages for the topics analytics (PRODUCT.md §3, content ranking:
// keywords and topics per period). Handles Chinese and English in the same message.
//
//   1. cleaning   code spans (```…``` and `…`), URLs (http://, https://, www.), e-mail
//                 addresses and @mentions are removed; the rest is NFKC-normalised and
//                 lower-cased (so full-width "ＲＵＳＴ" becomes "rust").
//   2. words      ICU's dictionary-based word BreakIterator for the locale "zh" (it splits Han
//                 text with ICU's Chinese dictionary and Latin text at word boundaries). ICU's
//                 general dictionary splits many technical words (所有权 → 所 + 有权), so in
//                 each run of adjacent Han words the built-in domain lexicon (lexicon()) wins:
//                 scanning left to right, the longest lexicon word (up to 6 characters)
//                 starting at a position becomes one word, its inner ICU boundaries removed.
//   3. filtering  a word is kept when ICU tags it as letters, ideographs or kana (numbers,
//                 punctuation, symbols and emoji are dropped), it is not a stop word (the
//                 built-in English and Chinese lists of stopWords()), a Latin word has at least
//                 2 characters, and a single Han character is dropped unless it is in the
//                 short list of meaningful single characters (meaningfulSingleHan()).
//   Keyphrases are the bigrams of tokens that were adjacent words in the message (no dropped
//   word between them); Han–Han pairs are joined without a space ("所有权" + "借用" →
//   "所有权借用"), other pairs with one space ("borrow checker").
//
// Not thread-safe: one WordSegmenter per thread (ICU's dictionary itself is shared).

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace kindred {

struct Segmented
{
    QStringList tokens;  ///< the kept words, in message order (repeats kept)
    QStringList phrases; ///< adjacent-token bigrams, in message order
};

class WordSegmenter final
{
public:
    /// Creates the ICU word iterator; isValid() is false when ICU has no "zh" break rules.
    WordSegmenter();
    ~WordSegmenter();
    WordSegmenter(const WordSegmenter &) = delete;
    WordSegmenter &operator=(const WordSegmenter &) = delete;

    bool isValid() const { return bool(m_impl); }

    /// Tokens and keyphrases of one message text (empty when the segmenter is invalid).
    Segmented segment(const QString &text) const;
    /// Only the tokens of segment().
    QStringList tokens(const QString &text) const { return segment(text).tokens; }

    /// Step 1 alone: code spans, URLs, e-mails and @mentions removed, NFKC, lower case.
    static QString clean(const QString &text);
    /// The built-in stop words (English and Chinese, lower case, NFKC).
    static const QSet<QString> &stopWords();
    /// The domain lexicon that overrides ICU's boundaries inside Han text (所有权, 编译器, …).
    static const QSet<QString> &lexicon();
    /// Single Han characters kept as tokens (e.g. 书, 钱, 车, 猫).
    static const QSet<QString> &meaningfulSingleHan();
    /// True when every character of `s` is a Han ideograph.
    static bool isHan(const QString &s);

private:
    struct Impl; ///< the ICU word BreakIterator (kept out of this header)
    std::unique_ptr<Impl> m_impl;
};

} // namespace kindred
