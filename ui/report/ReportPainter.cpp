#include "ReportPainter.h"

#include "ReportTheme.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace kindred::report {
namespace {
constexpr double kCellPad = 2.4;   // mm of horizontal padding in table cells
constexpr double kHeaderRow = 7.5; // mm
} // namespace

ReportPainter::ReportPainter(QPagedPaintDevice *device, const QFont &base)
    : m_device(device), m_base(base), m_unit(device->logicalDpiX() / 25.4)
{
    m_base.setStyleStrategy(QFont::PreferAntialias);
}

void ReportPainter::setHeader(const QString &left, const QString &right)
{
    m_headerLeft = left;
    m_headerRight = right;
}

QRectF ReportPainter::toDevice(const QRectF &r) const
{
    return {mm(r.x()), mm(r.y()), mm(r.width()), mm(r.height())};
}

QFont ReportPainter::font(double pt, bool bold) const
{
    QFont f = m_base;
    f.setPointSizeF(pt);
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

QFontMetricsF ReportPainter::metrics(const QFont &f) const
{
    return QFontMetricsF(f, m_device);
}

double ReportPainter::lineHeight(const QFont &f) const
{
    return metrics(f).height() / m_unit;
}

void ReportPainter::firstPage()
{
    m_page = 1;
    m_y = kBodyTop;
    drawHeaderFooter(false);
}

void ReportPainter::newPage()
{
    if (m_painter)
        m_device->newPage();
    ++m_page;
    m_y = kBodyTop;
    drawHeaderFooter(true);
}

bool ReportPainter::ensureSpace(double h)
{
    if (m_y + h <= kBodyBottom)
        return false;
    newPage();
    return true;
}

void ReportPainter::drawHeaderFooter(bool header)
{
    if (!m_painter)
        return;
    if (header) {
        fill(QRectF(0, 0, kPageWidth, 3), Theme::accent());
        const double textW = width() / 2 - 2;
        text(QRectF(left(), 9, textW, 6), m_headerLeft, font(Theme::kSubheading, true),
             Theme::accentDark());
        text(QRectF(left() + width() / 2 + 2, 9, textW, 6), m_headerRight,
             font(Theme::kSmall + 0.5), Theme::muted(), Qt::AlignRight | Qt::AlignVCenter);
        hline(left(), left() + width(), 17.5, Theme::rule(), 0.25);
    }
    const double x = header ? left() : kCoverLeft;
    const double w = left() + width() - x;
    hline(x, x + w, 284, Theme::rule(), 0.25);
    const QString page = m_pagePattern.arg(m_page).arg(std::max(m_totalPages, m_page));
    text(QRectF(x, 285.5, w * 0.7, 5), m_footerLeft, font(Theme::kSmall), Theme::muted());
    text(QRectF(x + w * 0.7, 285.5, w * 0.3, 5), page, font(Theme::kSmall, true),
         Theme::secondary(), Qt::AlignRight | Qt::AlignVCenter);
}

void ReportPainter::text(const QRectF &r, const QString &s, const QFont &f, const QColor &c,
                         Qt::Alignment align)
{
    if (!m_painter || s.isEmpty())
        return;
    const QRectF d = toDevice(r);
    QString line = s;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString elided = metrics(f).elidedText(line, Qt::ElideRight, d.width());
    m_painter->setFont(f);
    m_painter->setPen(c);
    m_painter->drawText(d, int(align | Qt::TextSingleLine), elided);
}

QStringList ReportPainter::wrap(const QString &s, const QFont &f, double width, int maxLines) const
{
    QString flat = s.simplified();
    QStringList lines;
    if (flat.isEmpty() || maxLines <= 0)
        return lines;
    const double w = mm(width);
    QTextLayout layout(flat, f, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(w);
        if (lines.size() == maxLines - 1) {
            const QString rest = flat.mid(line.textStart());
            lines << metrics(f).elidedText(rest, Qt::ElideRight, w);
            break;
        }
        lines << flat.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

void ReportPainter::fill(const QRectF &r, const QColor &c, double radius)
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(c);
    if (radius > 0)
        m_painter->drawRoundedRect(toDevice(r), mm(radius), mm(radius));
    else
        m_painter->drawRect(toDevice(r));
    m_painter->restore();
}

void ReportPainter::hline(double x1, double x2, double y, const QColor &c, double widthMm)
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setPen(QPen(c, mm(widthMm)));
    m_painter->drawLine(QPointF(mm(x1), mm(y)), QPointF(mm(x2), mm(y)));
    m_painter->restore();
}

double ReportPainter::headingHeight(bool withSubtitle) const
{
    return lineHeight(font(Theme::kHeading, true)) +
           (withSubtitle ? lineHeight(font(Theme::kSubheading)) + 1 : 0) + 4;
}

void ReportPainter::keepTogether(double h)
{
    if (m_y + h > kBodyBottom && kBodyTop + h <= kBodyBottom)
        newPage();
}

void ReportPainter::subheading(const QString &title)
{
    const QFont tf = font(Theme::kBody + 3, true);
    const double th = lineHeight(tf);
    ensureSpace(th + 15);
    text(QRectF(left(), m_y, width(), th), title, tf, Theme::text());
    m_y += th + 2.5;
}

void ReportPainter::heading(const QString &title, const QString &subtitle)
{
    const QFont tf = font(Theme::kHeading, true);
    const double th = lineHeight(tf);
    const double sh = subtitle.isEmpty() ? 0 : lineHeight(font(Theme::kSubheading)) + 1;
    ensureSpace(th + sh + 20);
    fill(QRectF(left(), m_y + th * 0.18, 1.4, th * 0.64), Theme::accent());
    text(QRectF(left() + 4, m_y, width() - 4, th), title, tf, Theme::text());
    m_y += th;
    if (!subtitle.isEmpty()) {
        text(QRectF(left() + 4, m_y, width() - 4, sh), subtitle, font(Theme::kSubheading),
             Theme::muted());
        m_y += sh;
    }
    m_y += 4;
}

void ReportPainter::tableHeader(const QList<TableColumn> &columns, const QList<double> &widths,
                                double x, double w)
{
    fill(QRectF(x, m_y, w, kHeaderRow), Theme::accentSoft());
    const QFont hf = font(Theme::kSmall, true);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QRectF r(x + kCellPad, m_y, widths.at(i) - 2 * kCellPad, kHeaderRow);
        text(r, columns.at(i).title, hf, Theme::accentDark(),
             (columns.at(i).align & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter);
        x += widths.at(i);
    }
    m_y += kHeaderRow;
}

void ReportPainter::cell(const QRectF &r, const TableColumn &col, const TableCell &c, bool total)
{
    const Qt::Alignment h = col.align & Qt::AlignHorizontal_Mask;
    QRectF inner = r.adjusted(kCellPad, 0, -kCellPad, 0);
    const QFont f = font(Theme::kTable, c.bold || total);
    if (c.bar >= 0) {
        // An inline bar left of the (right-aligned) figure: a light track and the share.
        const double reserve = std::max(metrics(f).horizontalAdvance(c.text) / m_unit, 12.0) + 3;
        const double trackW = inner.width() - reserve;
        if (trackW > 4) {
            const double barH = 2.2;
            const QRectF track(inner.left(), r.center().y() - barH / 2, trackW, barH);
            fill(track, Theme::barTrack(), 1.1);
            fill(QRectF(track.left(), track.top(), trackW * std::clamp(c.bar, 0.0, 1.0), barH),
                 c.barColor.isValid() ? c.barColor : Theme::barFill(), 1.1);
        }
    }
    if (c.swatch.isValid()) {
        fill(QRectF(inner.left(), r.center().y() - 1.6, 3.2, 3.2), c.swatch, 0.7);
        inner.setLeft(inner.left() + 5);
    }
    const QColor color = c.color.isValid() ? c.color : Theme::secondary();
    const double lh = lineHeight(f);
    if (!c.detail.isEmpty()) {
        const QFont df = font(Theme::kSmall);
        const double dh = lineHeight(df);
        const double top = r.center().y() - (lh + dh) / 2;
        text(QRectF(inner.left(), top, inner.width(), lh), c.text, f, color, h | Qt::AlignVCenter);
        text(QRectF(inner.left(), top + lh, inner.width(), dh), c.detail, df, Theme::muted(),
             h | Qt::AlignVCenter);
        return;
    }
    if (col.lines <= 1) {
        text(inner, c.text, f, color, h | Qt::AlignVCenter);
        return;
    }
    const QStringList lines = wrap(c.text, f, inner.width(), col.lines);
    double top = r.center().y() - lh * double(lines.size()) / 2;
    for (const QString &line : lines) {
        text(QRectF(inner.left(), top, inner.width(), lh), line, f, color, h | Qt::AlignVCenter);
        top += lh;
    }
}

void ReportPainter::table(const QList<TableColumn> &columns, const QList<TableRow> &rows,
                          double rowHeight, bool totalRow, double x0, double w)
{
    if (x0 < 0)
        x0 = left();
    if (w <= 0)
        w = width();
    double fixed = 0;
    int flexible = 0;
    for (const TableColumn &c : columns) {
        fixed += c.width;
        flexible += c.width <= 0 ? 1 : 0;
    }
    QList<double> widths;
    for (const TableColumn &c : columns)
        widths << (c.width > 0 ? c.width : std::max(10.0, (w - fixed) / std::max(1, flexible)));

    ensureSpace(kHeaderRow + rowHeight * std::min<qsizetype>(rows.size(), 3));
    tableHeader(columns, widths, x0, w);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (ensureSpace(rowHeight))
            tableHeader(columns, widths, x0, w);
        const bool total = totalRow && r == rows.size() - 1;
        if (total)
            hline(x0, x0 + w, m_y, Theme::secondary(), 0.3);
        else if (r % 2 == 1)
            fill(QRectF(x0, m_y, w, rowHeight), Theme::zebra());
        double x = x0;
        const TableRow &row = rows.at(r);
        for (qsizetype c = 0; c < columns.size() && c < row.size(); ++c) {
            cell(QRectF(x, m_y, widths.at(c), rowHeight), columns.at(c), row.at(c), total);
            x += widths.at(c);
        }
        m_y += rowHeight;
        if (!total)
            hline(x0, x0 + w, m_y, Theme::rule(), 0.15);
    }
}

void ReportPainter::paragraph(const QString &s, const QFont &f, const QColor &c, double indent)
{
    const double lh = lineHeight(f) * 1.15;
    for (const QString &line : wrap(s, f, width() - indent, 1000)) {
        ensureSpace(lh);
        text(QRectF(left() + indent, m_y, width() - indent, lh), line, f, c);
        m_y += lh;
    }
}

void ReportPainter::card(const QRectF &r, const QString &label, const QString &value,
                         const QString &change, const QColor &changeColor,
                         const QString &changeNote)
{
    fill(r, Theme::accentSoft(), 2.0);
    fill(QRectF(r.left(), r.top() + 3, 1.2, r.height() - 6), Theme::accent());
    const double pad = 5;
    const double w = r.width() - 2 * pad;
    text(QRectF(r.left() + pad, r.top() + 3.5, w, 5), label, font(Theme::kSmall + 0.5),
         Theme::muted());
    text(QRectF(r.left() + pad, r.top() + 9, w, 11), value, font(20, true), Theme::text());
    const QFont cf = font(Theme::kSmall + 0.5, true);
    const double changeW = std::min(w, metrics(cf).horizontalAdvance(change) / m_unit + 1.5);
    text(QRectF(r.left() + pad, r.bottom() - 8.5, changeW, 5), change, cf, changeColor);
    text(QRectF(r.left() + pad + changeW, r.bottom() - 8.5, w - changeW, 5), changeNote,
         font(Theme::kSmall), Theme::muted());
}

} // namespace kindred::report
