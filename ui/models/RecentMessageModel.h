#pragma once
// Table model over a person's latest messages (MemberProfile::recent), newest first: time in
// the community's timezone, channel, whether it is a reply (and to whom), and the text.

#include "analytics/MemberProfile.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace kindred {

class RecentMessageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentMessageModel)
public:
    enum Column
    {
        When,
        Channel,
        Reply,
        Text,
        ColumnCount
    };

    explicit RecentMessageModel(QObject *parent = nullptr);

    /// Replaces the rows; times are shown in `zone` (the community's timezone).
    void setMessages(const QList<MemberMessage> &messages, const QTimeZone &zone);
    const QList<MemberMessage> &messages() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The text shown for a message: its text on one line, else its attachment kind.
    static QString displayText(const MemberMessage &m);

private:
    QList<MemberMessage> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace kindred
