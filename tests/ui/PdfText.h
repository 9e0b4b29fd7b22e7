#pragma once
// Text of a PDF written by the report, as pdftotext reads it, made comparable with the strings
// the report drew: CJK radicals folded back to ideographs, then NFKC.
//
// Why: for a glyph the CJK font shares between a unified ideograph and a radical code point,
// Qt's PDF writer records the first code point of the font's cmap, so pdftotext reads 长 as
// ⻓ (U+2EBB) and 鱼 as ⻥ (U+2EE5). NFKC maps the Kangxi radicals (U+2F00..) back but not the
// CJK Radicals Supplement (U+2E80..), hence the glyph-based map.

#include "I18n.h"

#include <QHash>
#include <QProcess>
#include <QRawFont>
#include <QString>
#include <QStringList>

namespace kindred::test {

/// Radical code point -> the unified ideograph drawn with the same glyph of the zh_CN font.
inline const QHash<QChar, QChar> &radicalIdeographs()
{
    static const QHash<QChar, QChar> map = [] {
        QHash<QChar, QChar> out;
        const QRawFont raw = QRawFont::fromFont(I18n::fontFor(QStringLiteral("zh_CN")));
        QString ideographs, radicals;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs += QChar(c);
        for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
            radicals += QChar(c);
        const QList<quint32> ig = raw.glyphIndexesForString(ideographs);
        const QList<quint32> rg = raw.glyphIndexesForString(radicals);
        QHash<quint32, QChar> byGlyph;
        for (qsizetype i = 0; i < ig.size() && i < ideographs.size(); ++i)
            if (ig[i] != 0 && !byGlyph.contains(ig[i]))
                byGlyph.insert(ig[i], ideographs[i]);
        for (qsizetype i = 0; i < rg.size() && i < radicals.size(); ++i)
            if (rg[i] != 0 && byGlyph.contains(rg[i]))
                out.insert(radicals[i], byGlyph.value(rg[i]));
        return out;
    }();
    return map;
}

/// `raw` pdftotext output with radicals folded back and NFKC applied.
inline QString normalisedPdfText(QString raw)
{
    for (QChar &c : raw)
        c = radicalIdeographs().value(c, c);
    return raw.normalized(QString::NormalizationForm_KC);
}

} // namespace kindred::test
