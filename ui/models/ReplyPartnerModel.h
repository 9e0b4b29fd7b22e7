#pragma once
// Table model over the members a person exchanged replies with (MemberProfile::partners):
// name, replies sent to them, replies received from them, and the total. IdRole gives the
// partner's member id (the panel opens that member on a double click).

#include "analytics/MemberProfile.h"

#include <QAbstractTableModel>

namespace kindred {

class ReplyPartnerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyPartnerModel)
public:
    enum Column
    {
        Name,
        RepliesTo,
        RepliesFrom,
        Total,
        ColumnCount
    };

    explicit ReplyPartnerModel(QObject *parent = nullptr);

    /// Replaces the rows; `personName` names the person in the tooltips.
    void setPartners(const QList<ReplyPartner> &partners, const QString &personName);
    const QList<ReplyPartner> &partners() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReplyPartner> m_rows;
    QString m_person;
};

} // namespace kindred
