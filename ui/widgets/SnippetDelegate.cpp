#include "SnippetDelegate.h"

#include "models/SearchResultModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace kindred {

SnippetDelegate::SnippetDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QVariantList ranges = index.data(SearchResultModel::HighlightsRole).toList();
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    QTextCharFormat match;
    match.setFontWeight(QFont::Bold);
    match.setBackground(QColor(255, 193, 7, 110)); // amber, translucent
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &v : ranges) {
        const QPoint r = v.toPoint();
        formats.append({r.x(), r.y(), match});
    }
    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6); // one line; what does not fit is clipped
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                          selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace kindred
