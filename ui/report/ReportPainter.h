#pragma once
// Page layout of the PDF report: A4 pages measured in millimetres, a running header (accent
// strip, community name, period) and footer ("page N of M"), a vertical cursor that breaks
// pages, and the building blocks every page uses — headings, elided and wrapped text, zebra
// tables and KPI cards. Without a QPainter it only measures (a dry run that counts the pages,
// so that the real run can print "of M").

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace kindred::report {

/// One column of a table: header text, width in mm (0 = share the remaining width) and how
/// many lines a cell may wrap to before it is elided.
struct TableColumn
{
    QString title;
    double width = 0;
    Qt::Alignment align = Qt::AlignLeft;
    int lines = 1;
};

/// One cell: text, an optional smaller grey second line, colour, colour swatch and a bar
/// (0..1 of the cell width) drawn behind the text.
struct TableCell
{
    TableCell() = default;
    TableCell(const QString &t, const QColor &c = {}, bool b = false) : text(t), color(c), bold(b)
    {
    }
    TableCell &withDetail(const QString &d)
    {
        detail = d;
        return *this;
    }
    TableCell &withSwatch(const QColor &c)
    {
        swatch = c;
        return *this;
    }
    TableCell &withBar(double fraction, const QColor &c = {})
    {
        bar = fraction;
        barColor = c;
        return *this;
    }

    QString text;
    QString detail;
    QColor color;
    QColor swatch;
    bool bold = false;
    double bar = -1;
    QColor barColor; ///< invalid = the report's accent
};

using TableRow = QList<TableCell>;

class ReportPainter final
{
public:
    static constexpr double kPageWidth = 210;
    static constexpr double kPageHeight = 297;
    static constexpr double kMargin = 18;
    static constexpr double kCoverLeft = 30; ///< the cover's text starts right of its accent bar
    static constexpr double kBodyTop = 26;
    static constexpr double kBodyBottom = 278;

    /// `device` is the QPdfWriter (metrics); `base` the language's font.
    ReportPainter(QPagedPaintDevice *device, const QFont &base);

    /// Null for the measuring dry run.
    void setPainter(QPainter *painter) { m_painter = painter; }
    QPainter *painter() const { return m_painter; }
    bool isDryRun() const { return m_painter == nullptr; }
    void setHeader(const QString &left, const QString &right);
    void setFooter(const QString &left) { m_footerLeft = left; }
    /// Formats "page N of M" (translated by the caller; %1 = N, %2 = M).
    void setPageLabel(const QString &pattern) { m_pagePattern = pattern; }
    void setTotalPages(int total) { m_totalPages = total; }
    int pageNumber() const { return m_page; }

    /// Starts the first page (the cover: footer only) or a new page with header and footer.
    void firstPage();
    void newPage();

    double mm(double v) const { return v * m_unit; }
    QRectF toDevice(const QRectF &mmRect) const;
    double left() const { return kMargin; }
    double width() const { return kPageWidth - 2 * kMargin; }
    /// The cursor (mm from the top of the page).
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double h) { m_y += h; }
    /// Breaks the page unless `h` mm still fit below the cursor; true when it broke.
    bool ensureSpace(double h);

    QFont font(double pt, bool bold = false) const;
    QFontMetricsF metrics(const QFont &f) const;
    /// Text height of a font in mm.
    double lineHeight(const QFont &f) const;

    /// One line of text in rect (mm), elided at the end when too wide.
    void text(const QRectF &r, const QString &s, const QFont &f, const QColor &c,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    /// Up to maxLines lines wrapped to width (mm), the last one elided.
    QStringList wrap(const QString &s, const QFont &f, double width, int maxLines) const;
    void fill(const QRectF &r, const QColor &c, double radius = 0);
    void hline(double x1, double x2, double y, const QColor &c, double widthMm = 0.2);

    /// Section title with a short accent mark and a grey subtitle; advances the cursor.
    void heading(const QString &title, const QString &subtitle = {});
    /// Height heading() takes (with or without a subtitle).
    double headingHeight(bool withSubtitle) const;
    /// A smaller title inside a section; advances the cursor.
    void subheading(const QString &title);
    /// Breaks the page when h mm do not fit below the cursor but fit on an empty page.
    void keepTogether(double h);
    /// A table at the cursor; rows that do not fit go to the next page under a repeated
    /// header. rowHeight in mm; the last row is a bold total when `totalRow`.
    /// x and w (mm) place the table; w <= 0 spans the body width.
    void table(const QList<TableColumn> &columns, const QList<TableRow> &rows, double rowHeight,
               bool totalRow = false, double x = -1, double w = -1);
    /// Wrapped text over the body width at the cursor; advances the cursor.
    void paragraph(const QString &s, const QFont &f, const QColor &c, double indent = 0);
    /// A figure card: label, big value and a coloured change line.
    void card(const QRectF &r, const QString &label, const QString &value, const QString &change,
              const QColor &changeColor, const QString &changeNote);

private:
    void drawHeaderFooter(bool header);
    void tableHeader(const QList<TableColumn> &columns, const QList<double> &widths, double x,
                     double w);
    void cell(const QRectF &r, const TableColumn &col, const TableCell &c, bool total);

    QPagedPaintDevice *m_device;
    QPainter *m_painter = nullptr;
    QFont m_base;
    double m_unit; ///< device units per mm
    double m_y = 0;
    int m_page = 0;
    int m_totalPages = 0;
    QString m_headerLeft, m_headerRight, m_footerLeft, m_pagePattern;
};

} // namespace kindred::report
