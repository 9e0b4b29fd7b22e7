#pragma once
// Table model over a person's platform accounts (MemberProfile::identities): platform,
// external id, username, display name, and whether the account came with a merged member.

#include "analytics/MemberProfile.h"

#include <QAbstractTableModel>

namespace kindred {

class MemberIdentityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberIdentityModel)
public:
    enum Column
    {
        Platform,
        ExternalId,
        Username,
        DisplayName,
        Source,
        ColumnCount
    };

    explicit MemberIdentityModel(QObject *parent = nullptr);

    void setIdentities(const QList<MemberIdentity> &identities);
    const QList<MemberIdentity> &identities() const { return m_rows; }
    /// Re-reads translated texts after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MemberIdentity> m_rows;
};

} // namespace kindred
