#pragma once
// Table model over the members of one persona: name, messages in the period, and the six
// behavioural features in their own units (MemberFeatures.h: messages per week, shares in %,
// reactions per message, tenure in days). SortRole/ExportRole give raw numbers (shares as
// 0..1), IdRole the member id (double-click opens the member).

#include "analytics/MemberFeatures.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace kindred {

struct PersonaMemberRow
{
    qint64 member = 0;
    QString name;
    MemberFeatureRow features;
};

class PersonaMemberModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonaMemberModel)
public:
    enum Column
    {
        Name,
        Messages,
        FirstFeature,
        ColumnCount = FirstFeature + kMemberFeatureCount
    };

    explicit PersonaMemberModel(QObject *parent = nullptr);

    void setRows(std::vector<PersonaMemberRow> rows);
    /// Rows for the members `ids` (one persona), their features looked up in `features` (ordered
    /// by member id, as MemberFeatures::compute returns them) and names in `names`.
    void setMembers(const std::vector<qint64> &ids, const std::vector<MemberFeatureRow> &features,
                    const QHash<qint64, QString> &names);
    const std::vector<PersonaMemberRow> &rows() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PersonaMemberRow> m_rows;
};

} // namespace kindred
