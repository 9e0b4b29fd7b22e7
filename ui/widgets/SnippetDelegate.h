#pragma once
// Draws a search snippet on one line with its matches highlighted: the ranges come from the
// model's SearchResultModel::HighlightsRole (QPoint(start, length) in the display text) and
// are drawn bold on a translucent amber background, readable in light and dark themes. Cells
// without ranges are drawn as usual.

#include <QStyledItemDelegate>

namespace kindred {

class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetDelegate)
public:
    explicit SnippetDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace kindred
