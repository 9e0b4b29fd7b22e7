#pragma once
// Table model over the merge suggestions (MergeSuggestions::find): the member that stays, the
// one merged into it, their platforms, the reason in words and the shared value.

#include "identity/MergeSuggestions.h"

#include <QAbstractTableModel>

namespace kindred {

class MergeSuggestionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeSuggestionModel)
public:
    enum Column
    {
        Target,
        TargetPlatforms,
        Source,
        SourcePlatforms,
        Reason,
        Evidence,
        ColumnCount
    };

    explicit MergeSuggestionModel(QObject *parent = nullptr);

    void setSuggestions(const QList<MergeSuggestion> &suggestions);
    const QList<MergeSuggestion> &suggestions() const { return m_rows; }
    const MergeSuggestion &suggestionAt(int row) const { return m_rows.at(row); }
    void retranslate();

    /// A merge reason in words: "same e-mail", "same phone", "same username", "same display
    /// name", "merged by hand"; an unknown reason as it is.
    static QString reasonText(const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MergeSuggestion> m_rows;
};

} // namespace kindred
